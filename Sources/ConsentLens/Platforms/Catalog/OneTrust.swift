extension ConsentPlatform {
    /// OneTrust (and its CookiePro edition): `otSDKStub.js` from cdn.cookielaw.org, the
    /// `#onetrust-banner-sdk` / `#onetrust-pc-sdk` UI, `OptanonWrapper` callback.
    static let onetrust = ConsentPlatform(
        id: "onetrust", name: "OneTrust",
        noticeContainers: [.id("onetrust-banner-sdk"), .id("onetrust-pc-sdk"), .id("onetrust-consent-sdk"),
                           .className("optanon-alert-box-wrapper"), .id("optanon-popup-wrapper")],
        markers: [.idPrefix("onetrust-"), .classPrefix("onetrust-"), .idPrefix("ot-sdk-"), .classPrefix("ot-sdk-"),
                  .classPrefix("optanon-"), .id("ot-sync-ntfy")],
        urls: [.host("cookielaw.org"), .host("cookie-cdn.cookiepro.com"), .host("geolocation.cookiepro.com"), .host("geolocation.onetrust.com"),
               .host("optanon.blob.core.windows.net"), .file("otSDKStub.js"), .file("otBannerSdk.js"),
               .file("otCCPAiab.js"), .file("OtAutoBlock.js"), .file("otTCF.js")],
        scriptMarkers: [.attribute("data-domain-script"), .scriptClassPrefix("optanon-category-")],
        globals: ["OptanonWrapper", "OneTrust.ToggleInfoDisplay", "OneTrust.OnConsentChanged", "OneTrust.Init",
                  "OnetrustActiveGroups", "OptanonActiveGroups", "OneTrustStub", "Optanon.ToggleInfoDisplay"],
        wording: [
            WordingRule([[.label("Privacy Preference Center"), .label("Privacy Preference Centre"), .label("Cookies Preference Centre"), .label("Cookie Preference Center")],
                         [.label("Manage Consent Preferences"), .label("Always Active"), .label("Confirm My Choices")]]),
            WordingRule([[.label("Manage Consent Preferences")], [.label("Always Active")]]),
            // Its default German preference centre.
            WordingRule([[.label("Datenschutz-Präferenz-Center"), .label("Einwilligungspräferenzen verwalten")],
                         [.label("Immer aktiv"), .label("Meine Auswahl bestätigen")]]),
            WordingRule([[.label("Accept All Cookies")], [.label("Cookies Settings"), .label("Cookie Settings")], [.label("Reject All")]]),
            WordingRule([[.passage("When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies")]]),
            // Text copies of its UI: the accessible names of its buttons, its vendor list's column
            // heads and unlabelled checkboxes, its credit line, its containers named in a report.
            WordingRule([[.passage("Opens the preference center dialog"), .passage("Opens the preference centre dialog")]]),
            WordingRule([[.label("Consent Leg.Interest")], [.label("checkbox label label")]]),
            WordingRule([[.label("Powered by OneTrust"), .label("Powered by Onetrust")]]),
            WordingRule([[.passage("#onetrust-banner-sdk"), .passage("#onetrust-pc-sdk"), .passage("#onetrust-consent-sdk")]]),
        ],
        layers: [(.banner, .id("onetrust-banner-sdk")), (.banner, .className("optanon-alert-box-wrapper")), (.preferenceCentre, .id("onetrust-pc-sdk")), (.preferenceCentre, .id("optanon-popup-wrapper")), (.vendorList, .id("ot-pc-lst")), (.vendorList, .id("vendors-list"))],
        nonCategoryPanels: [.id("ot-pc-lst")],
        categoryHeadingClasses: ["ot-cat-header", "category-header"],
        captureButtons: [
            (.rejectAll, "#onetrust-reject-all-handler"),
            (.acceptAll, "#onetrust-accept-btn-handler"),
            (.manageChoices, "#onetrust-pc-btn-handler"),
            (.saveChoices, ".save-preference-btn-handler"),
            (.rejectAll, ".ot-pc-refuse-all-handler"),
        ],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0190-abc"></script>"##),
                .html(##"<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p>We use cookies</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>"##),
                .html(##"<script src="reuters_files/otSDKStub.js"></script>"##),
                .html(##"<script>function OptanonWrapper() { window.dataLayer.push({event: 'OneTrustGroupsUpdated'}); }</script>"##),
                .html(##"<style id="onetrust-style">#onetrust-banner-sdk{font-size:16px}</style>"##),
                .text("Privacy Preference Center\nManage Consent Preferences\nStrictly Necessary Cookies\nAlways Active\nConfirm My Choices"),
                .text("Cookie Settings\nReject All\nAccept All Cookies"),
                .markdown("### Datenschutz-Präferenz-Center\n\nAlle zulassen\n\n### Einwilligungspräferenzen verwalten\n\n* #### Unbedingt erforderliche Cookies\n\n  Immer aktiv"),
                .text("We use cookies.\nCustomize Preferences, Opens the preference center dialog\nAccept All"),
                .markdown("Search Icon\nFilter Icon\nConsent Leg.Interest\ncheckbox label label\nReject All Confirm My Choices"),
                .text("Allow All\nPowered by Onetrust"),
                .markdown("**CSS selector:** `#onetrust-banner-sdk`\n**Layer count:** 2"),
            ],
            negative: [
                .html(##"<p>OneTrust and Cookiebot are consent platforms used by many publishers.</p>"##),
                .html(##"<a href="https://www.onetrust.com/products/cookie-consent/">OneTrust cookie consent</a>"##),
                .html(##"<script src="https://cdn.example.com/cookielaw.org.js"></script>"##),
                .text("Many sites use OneTrust. Its preference center lists categories that are always active."),
                .text("Consent\nLegitimate interest\ncheckbox"),
                .text("OneTrust, the company that powers many banners, reported its results today."),
            ]))
}
