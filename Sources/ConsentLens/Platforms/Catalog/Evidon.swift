extension ConsentPlatform {
    /// Crownpeak Universal Consent, formerly Evidon: scripts from c.evidon.com (older: betrad.com),
    /// the `#_evidon_banner` banner and `_evidon-*` ids.
    static let evidon = ConsentPlatform(
        id: "evidon", name: "Crownpeak (Evidon)",
        noticeContainers: [.id("_evidon_banner"), .id("_evidon-banner"), .id("_evidon-barrier-wrapper")],
        markers: [.idPrefix("_evidon"), .classPrefix("evidon-"), .classPrefix("_evidon")],
        urls: [.host("c.evidon.com"), .host("l.evidon.com"), .host("betrad.com")],
        globals: ["evidon.notice", "evidon.id", "evidon.test"],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="https://c.evidon.com/sitenotice/evidon-sitenotice-tag.js"></script>"##),
                .html(##"<div id="_evidon_banner"><div id="_evidon-message">We use cookies</div><button id="_evidon-accept-button">Accept</button></div>"##),
                .html(##"<script>(function (id) { window.evidon = {}; window.evidon.id = id; })(1234);</script>"##),
            ],
            negative: [
                .html(##"<p>Evidon was bought by Crownpeak.</p><a href="https://www.crownpeak.com/">Crownpeak</a>"##),
            ]))
}
