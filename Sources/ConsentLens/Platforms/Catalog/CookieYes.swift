extension ConsentPlatform {
    /// CookieYes (SaaS script from cdn-cookieyes.com, and the WordPress plugin `cookie-law-info`
    /// from version 3, whose `lite/` build ships the `cky-*` banner as a template).
    static let cookieyes = ConsentPlatform(
        id: "cookieyes", name: "CookieYes",
        noticeContainers: [.className("cky-consent-container"), .className("cky-modal"), .className("cky-consent-bar"),
                           .className("cky-preference-center")],
        markers: [.classPrefix("cky-"), .idPrefix("cky-")],
        urls: [.host("cdn-cookieyes.com"), .host("app.cookieyes.com"), .host("log.cookieyes.com"),
               .segments("cookie-law-info", "lite")],
        scriptMarkers: [.attribute("data-cookieyes")],
        globals: ["_ckyConfig", "_ckyStyles", "ckyBanner", "_ckyGetCookie", "getCkyConsent"],
        wording: [
            WordingRule([[.label("Customise Consent Preferences"), .label("Customize Consent Preferences")]]),
            WordingRule([[.passage("We use cookies to help you navigate efficiently and perform certain functions")]]),
        ],
        layers: [(.banner, .className("cky-consent-container")), (.banner, .className("cky-consent-bar")), (.preferenceCentre, .className("cky-modal")), (.preferenceCentre, .className("cky-preference-center"))],
        categoryHeadingClasses: ["cky-accordion-btn"],
        // Its template prints "Always Active" under every category and hides all but the
        // necessary one's with script.
        templateAlwaysActiveClasses: [.necessary],
        captureButtons: [
            (.rejectAll, ".cky-btn-reject"),
            (.acceptAll, ".cky-btn-accept"),
            (.manageChoices, ".cky-btn-customize"),
            (.saveChoices, ".cky-btn-preferences"),
        ],
        examples: PlatformExamples(
            positive: [
                .html(##"<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/0a1b2c/script.js"></script>"##),
                .html(##"<script src="https://example.de/wp-content/plugins/cookie-law-info/lite/frontend/js/script.min.js"></script>"##),
                .html(##"<div class="cky-consent-container"><div class="cky-consent-bar"><p class="cky-title">We value your privacy</p><button class="cky-btn cky-btn-accept">Accept All</button></div></div>"##),
                .html(##"<script>var _ckyConfig = {"_ipData": []};</script>"##),
                .text("Customise Consent Preferences\nWe use cookies to help you navigate efficiently and perform certain functions.\nNecessary\nAlways Active"),
            ],
            negative: [
                .html(##"<div class="sticky-header"><p>CookieYes is a consent plugin.</p></div>"##),
                .html(##"<span class="lucky-star">★</span>"##),
            ]))
}
