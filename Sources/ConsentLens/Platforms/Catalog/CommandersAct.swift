extension ConsentPlatform {
    /// Commanders Act TrustCommander: privacy scripts from cdn.trustcommander.net (or
    /// cdn.tagcommander.com/privacy), the `#footer_tc_privacy` banner and `#popin_tc_privacy`,
    /// `tC.privacy` API.
    static let commandersAct = ConsentPlatform(
        id: "commanders-act", name: "Commanders Act (TrustCommander)",
        noticeContainers: [.id("footer_tc_privacy"), .id("popin_tc_privacy")],
        markers: [.idPrefix("footer_tc_privacy"), .idPrefix("popin_tc_privacy")],
        urls: [.host("cdn.trustcommander.net"), .host("privacy.trustcommander.net"), .host("cdn.tagcommander.com", path: "/privacy")],
        globals: ["tC.privacy", "tC.privacyCenter", "tCPrivacyTagManager", "tC.privacyVersion"],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="https://cdn.trustcommander.net/privacy/3109/privacy_v2_12.js"></script>"##),
                .html(##"<div id="footer_tc_privacy"><div id="footer_tc_privacy_text">Nous utilisons des cookies</div><button id="footer_tc_privacy_button">OK</button></div>"##),
                .html(##"<a href="javascript:tC.privacy.showPrivacyCenter()">Gérer mes cookies</a>"##),
            ],
            negative: [
                .html(##"<script src="https://cdn.tagcommander.com/3109/tc_Site_1.js"></script><p>Commanders Act is a tag manager.</p>"##),
            ]))
}
