extension ConsentPlatform {
    /// Didomi: SDK from sdk.privacy-center.org (or a first-party host), `window.didomiConfig`,
    /// scripts gated as `type="didomi/javascript"`, the `#didomi-host` UI.
    static let didomi = ConsentPlatform(
        id: "didomi", name: "Didomi",
        noticeContainers: [.id("didomi-notice"), .id("didomi-popup"), .id("didomi-host")],
        markers: [.idPrefix("didomi-"), .classPrefix("didomi-")],
        urls: [.host("privacy-center.org"), .host("api.didomi.io"), .host("sdk.didomi.io")],
        scriptMarkers: [.type("didomi/javascript")],
        globals: ["didomiConfig", "didomiOnReady", "didomiEventListeners", "didomiRemoteConfig", "Didomi.preferences",
                  "Didomi.getUserConsentStatusForVendor", "Didomi.getUserStatus", "Didomi.notice", "Didomi.setUserAgreeToAll"],
        wording: [
            WordingRule([[.label("Agree and close"), .label("Agree & close")],
                         [.label("Disagree and close"), .label("Continue without agreeing"), .label("Learn more")]]),
            WordingRule([[.label("Agree to all")], [.label("Disagree to all")]]),
        ],
        layers: [(.banner, .id("didomi-notice")), (.preferenceCentre, .id("didomi-popup")), (.vendorList, .className("didomi-consent-popup-vendors"))],
        configuration: ConfigurationSource(
            markers: ["didomiConfig =", "didomiConfig="],
            textKeys: ["notice", "popup", "title", "text", "content", "dismiss", "learnMore", "deny", "agree", "disagree",
                       "save", "customPurposes", "name", "description", "preferences", "purposes"],
            buttonKeys: ["dismiss", "learnMore", "deny", "agree", "disagree", "save", "agreeToAll", "disagreeToAll"],
            skippedKeys: ["theme", "css", "vendors", "app.vendors", "logoUrl", "privacyPolicyURL", "apiKey", "sync", "integrations", "languages"]),
        captureButtons: [
            (.rejectAll, "#didomi-notice-disagree-button"),
            (.acceptAll, "#didomi-notice-agree-button"),
            (.manageChoices, "#didomi-notice-learn-more-button"),
        ],
        examples: PlatformExamples(
            positive: [
                .html(##"<link rel="preconnect" href="https://sdk.privacy-center.org">"##),
                .html(##"<script>window.didomiConfig = { app: { apiKey: 'abc' } }; window.didomiOnReady = window.didomiOnReady || [];</script>"##),
                .html(##"<script type="didomi/javascript" data-vendor="c:google">loadAds();</script>"##),
                .html(##"<div id="didomi-host"><div id="didomi-notice"><p>We and our partners…</p><button>Agree and close</button></div></div>"##),
                .html(##"<a href="javascript:Didomi.preferences.show()">Cookie settings</a>"##),
                .text("We and our partners store and/or access information on a device.\nLearn More →\nDisagree and close\nAgree and close"),
            ],
            negative: [
                .html(##"<p>Didomi raised funding to grow its consent platform.</p>"##),
                .html(##"<script src="https://cdn.example.org/privacy-center.org/loader.js"></script>"##),
            ]))
}
