extension ConsentPlatform {
    /// TrustArc (formerly TRUSTe): `notice` script from consent.trustarc.com, preferences from
    /// consent-pref.trustarc.com, the `#truste-consent-track` banner in `#consent_blackbar`,
    /// `truste.eu` and `PrivacyManagerAPI` in scripts.
    static let trustarc = ConsentPlatform(
        id: "trustarc", name: "TrustArc",
        noticeContainers: [.id("truste-consent-track"), .id("consent_blackbar"), .className("truste_box_overlay")],
        markers: [.idPrefix("truste-"), .idPrefix("truste_"), .classPrefix("truste_"), .classPrefix("truste-"), .id("teconsent")],
        urls: [.host("consent.trustarc.com"), .host("consent-pref.trustarc.com"), .host("consent.truste.com"),
               .host("preferences.truste.com"), .host("trustarc.mgr.consensu.org")],
        globals: ["truste.eu", "truste.cma", "truste.util", "TRUSTeWidget", "PrivacyManagerAPI"],
        captureButtons: [(.rejectAll, "#truste-consent-required"), (.acceptAll, "#truste-consent-button")],
        examples: PlatformExamples(
            positive: [
                .html(##"<script async src="//consent.trustarc.com/notice?domain=example.com&c=teconsent&js=nj"></script>"##),
                .html(##"<div id="consent_blackbar"><div id="truste-consent-track"><p>This site uses cookies.</p><button id="truste-consent-button">Agree and Proceed</button></div></div>"##),
                .html(##"<script>var fileNameToLoad = '//preferences.truste.com/webservices/js?type=webmd&domain=webmd'; webmd.load({js:[fileNameToLoad]});</script>"##),
                .html(##"<a onclick="TRUSTeWidget.Tab.link();">AdChoices</a>"##),
            ],
            negative: [
                .html(##"<a href="https://privacy.truste.com/privacy-seal/Example/validation"><img src="//privacy-policy.truste.com/privacy-seal/Example/seal" alt="TRUSTe online privacy certification"></a>"##),
                .html("<p>TrustArc, once called TRUSTe, certifies privacy programmes.</p>"),
            ]))
}
