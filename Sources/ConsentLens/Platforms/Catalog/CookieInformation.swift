extension ConsentPlatform {
    /// Cookie Information (Danish CMP): `uc.js` from policy.app.cookieinformation.com as
    /// `<script id="CookieConsent">`, the `#coiOverlay` banner, `data-category-consent` gating.
    static let cookieinformation = ConsentPlatform(
        id: "cookieinformation", name: "Cookie Information",
        noticeContainers: [.id("coiOverlay"), .id("coi-banner-wrapper")],
        markers: [.idPrefix("coi-banner"), .classPrefix("coi-banner"), .id("coiConsentBanner"), .className("coi-consent-banner")],
        urls: [.host("policy.app.cookieinformation.com"), .host("policy.cookieinformation.com")],
        scriptMarkers: [.attribute("data-category-consent"), .attribute("data-consent-src")],
        globals: ["CookieInformation.getConsentGivenFor", "CookieInformation.renew", "CookieInformation.declineAllCategories"],
        examples: PlatformExamples(
            positive: [
                .html(##"<script id="CookieConsent" src="https://policy.app.cookieinformation.com/uc.js" data-culture="DA" type="text/javascript"></script>"##),
                .html(##"<script type="text/plain" data-category-consent="cookie_cat_statistic">ga('send');</script>"##),
                .html(##"<div id="coiOverlay"><div id="coi-banner-wrapper"><p>Vi bruger cookies</p></div></div>"##),
            ],
            negative: [
                .html(##"<p>Cookie information: we use cookies.</p><a href="https://cookieinformation.com/">Cookie Information</a>"##),
            ]))
}
