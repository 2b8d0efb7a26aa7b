extension ConsentPlatform {
    /// Piwik PRO Consent Manager. Its tag manager loads on sites without the consent manager, so
    /// only the consent manager's own API (`ppms.cm.api`) and `ppms_cm_*` markup count.
    static let piwikPro = ConsentPlatform(
        id: "piwik-pro", name: "Piwik PRO Consent Manager",
        noticeContainers: [.idPrefix("ppms_cm_consent_popup"), .idPrefix("ppms_cm_popup")],
        markers: [.idPrefix("ppms_cm_"), .classPrefix("ppms_cm_")],
        globals: ["ppms.cm.api"],
        examples: PlatformExamples(
            positive: [
                .html(##"<script>ppms.cm.api('getComplianceSettings', function (s) {}, function () {});</script>"##),
                .html(##"<div id="ppms_cm_consent_popup_abc"><p>We use cookies</p><button id="ppms_cm_agree-to-all">Agree to all</button></div>"##),
            ],
            negative: [
                .html(##"<script src="https://example.containers.piwik.pro/abc.js"></script><script>var ppms = {}; ppms.tm = 1;</script>"##),
            ]))
}
