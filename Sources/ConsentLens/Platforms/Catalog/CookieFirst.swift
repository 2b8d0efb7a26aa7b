extension ConsentPlatform {
    /// CookieFirst: `consent.js` / `banner.js` from consent.cookiefirst.com, scripts gated by
    /// `data-cookiefirst-category`.
    static let cookiefirst = ConsentPlatform(
        id: "cookiefirst", name: "CookieFirst",
        noticeContainers: [.className("cookiefirst-root"), .id("cookiefirst-root")],
        markers: [.classPrefix("cookiefirst-")],
        urls: [.host("consent.cookiefirst.com"), .host("api.cookiefirst.com"), .host("cdn.cookiefirst.com")],
        scriptMarkers: [.attribute("data-cookiefirst-category"), .attribute("data-cookiefirst-key"), .attribute("data-cookiefirst-script")],
        globals: ["CookieFirst.openPanel", "CookieFirst.consent", "cookiefirstCallback"],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="https://consent.cookiefirst.com/sites/mbl.is-81d84fd8/consent.js"></script>"##),
                .html(##"<script type="text/plain" data-cookiefirst-category="advertising">loadAds();</script>"##),
                .html(##"<a href="javascript:CookieFirst.openPanel()">Cookie settings</a>"##),
            ],
            negative: [
                .html(##"<p>CookieFirst and Cookiebot compared.</p><a href="https://cookiefirst.com/">CookieFirst</a>"##),
            ]))
}
