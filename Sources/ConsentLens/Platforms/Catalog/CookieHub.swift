extension ConsentPlatform {
    /// CookieHub: loader from cookiehub.net (`/c2/<id>.js`), `window.cookiehub.load(…)`, the
    /// `.ch2-container` dialog.
    static let cookiehub = ConsentPlatform(
        id: "cookiehub", name: "CookieHub",
        noticeContainers: [.className("ch2-container"), .className("ch2-dialog"), .className("ch2-settings")],
        markers: [.className("ch2-open-settings-btn"), .className("ch2-dialog-actions"), .className("ch2-settings-declaration")],
        urls: [.host("cookiehub.net")],
        globals: ["cookiehub.load", "cookiehub.openSettings", "cookiehub.hasConsented"],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="https://cookiehub.net/c2/1a2b3c4d.js"></script><script>window.addEventListener("DOMContentLoaded", function () { window.cookiehub.load({}); });</script>"##),
                .html(##"<div class="ch2"><div class="ch2-container"><div class="ch2-dialog"><p>We use cookies</p></div></div></div>"##),
            ],
            negative: [
                .html(##"<p>CookieHub is a consent tool.</p><a href="https://www.cookiehub.com/">CookieHub</a>"##),
            ]))
}
