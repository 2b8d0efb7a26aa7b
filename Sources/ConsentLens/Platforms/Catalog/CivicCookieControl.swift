extension ConsentPlatform {
    /// Civic Cookie Control: `cookieControl-9.x.min.js` from cc.cdn.civiccomputing.com,
    /// `CookieControl.load(config)`, the `#ccc` root with `#ccc-notify` / `#ccc-module`.
    static let civicCookieControl = ConsentPlatform(
        id: "civic-cookie-control", name: "Civic Cookie Control",
        noticeContainers: [.id("ccc-notify"), .id("ccc-module")],
        markers: [.id("ccc-overlay"), .id("ccc-icon"), .id("ccc-content"), .classPrefix("ccc-notify"), .classPrefix("ccc-module")],
        urls: [.host("cdn.civiccomputing.com")],
        globals: ["CookieControl.load", "CookieControl.open", "CookieControl.getCategoryConsent", "CookieControl.changeCategory"],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>"##),
                .html(##"<script>var config = { apiKey: 'abc', product: 'PRO_MULTISITE' }; CookieControl.load(config);</script>"##),
                .html(##"<div id="ccc"><div id="ccc-notify" class="ccc-notify__notify"><h3>This site uses cookies</h3></div></div>"##),
            ],
            negative: [
                .html(##"<div id="ccc-header" class="cccp">Civic centre news</div><p>Cookie control on civic sites.</p>"##),
            ]))
}
