extension ConsentPlatform {
    /// Cookie-Script: loader from cdn.cookie-script.com, the `#cookiescript_injected` banner,
    /// scripts gated by `data-cookiescript`.
    static let cookieScript = ConsentPlatform(
        id: "cookie-script", name: "Cookie-Script",
        noticeContainers: [.id("cookiescript_injected"), .id("cookiescript_injected_wrapper")],
        markers: [.idPrefix("cookiescript_"), .classPrefix("cookiescript_")],
        urls: [.host("cdn.cookie-script.com"), .host("report.cookie-script.com")],
        scriptMarkers: [.attribute("data-cookiescript")],
        globals: ["CookieScript.instance", "CookieScriptReport"],
        examples: PlatformExamples(
            positive: [
                .html(##"<script type="text/javascript" charset="UTF-8" src="//cdn.cookie-script.com/s/0a1b2c3d4e5f.js"></script>"##),
                .html(##"<div id="cookiescript_injected"><div id="cookiescript_description">This website uses cookies</div></div>"##),
                .html(##"<script type="text/plain" data-cookiescript="accepted" data-cookiecategory="targeting">fbq('init');</script>"##),
            ],
            negative: [
                .html(##"<script src="/js/cookie-script.js"></script><p>A cookie script sets the cookie.</p>"##),
            ]))
}
