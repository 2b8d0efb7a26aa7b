extension ConsentPlatform {
    /// Ketch: boot script from global.ketchcdn.com, UI rendered into `#lanyard_root`.
    static let ketch = ConsentPlatform(
        id: "ketch", name: "Ketch",
        noticeContainers: [.id("lanyard_root")],
        urls: [.host("ketchcdn.com")],
        examples: PlatformExamples(
            positive: [
                .html(##"<script>!function(){window.semaphore=window.semaphore||[]; var e=document.createElement("script"); e.src="https://global.ketchcdn.com/web/v3/config/example/website_smart_tag/boot.js"; document.head.appendChild(e)}();</script>"##),
                .html(##"<div id="lanyard_root"><div><p>Your privacy choices</p></div></div>"##),
            ],
            negative: [
                .html(##"<p>Ketch raised a Series B.</p><a href="https://www.ketch.com/">Ketch</a>"##),
            ]))
}
