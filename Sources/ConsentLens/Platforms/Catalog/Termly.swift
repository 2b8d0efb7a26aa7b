extension ConsentPlatform {
    /// Termly: `embed.min.js` and the resource blocker from app.termly.io, the
    /// `#termly-code-snippet-support` banner, `displayPreferenceModal()`.
    static let termly = ConsentPlatform(
        id: "termly", name: "Termly",
        noticeContainers: [.id("termly-code-snippet-support")],
        markers: [.classPrefix("termly-styles-"), .className("termly-display-preferences"), .id("termly-jssdk")],
        urls: [.host("app.termly.io")],
        globals: ["displayPreferenceModal", "Termly.initialize"],
        examples: PlatformExamples(
            positive: [
                .html(##"<script type="text/javascript" src="https://app.termly.io/resource-blocker/0a1b2c3d?autoBlock=on"></script>"##),
                .html(##"<a href="#" class="termly-display-preferences">Consent Preferences</a>"##),
                .html(##"<div id="termly-code-snippet-support"><div class="termly-styles-root-b4a1"><p>We use essential cookies</p></div></div>"##),
            ],
            negative: [
                .html(##"<p>Our terms were drafted with Termly.</p><a href="https://termly.io/products/">Termly</a>"##),
            ]))
}
