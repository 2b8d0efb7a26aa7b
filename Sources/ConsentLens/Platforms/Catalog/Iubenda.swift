extension ConsentPlatform {
    /// iubenda Privacy Controls and Cookie Solution: scripts from cdn.iubenda.com, the
    /// `#iubenda-cs-banner`, `_iub.csConfiguration`, policy embeds (`iubenda-embed`) and scripts
    /// held back as `class="_iub_cs_activate"`.
    static let iubenda = ConsentPlatform(
        id: "iubenda", name: "iubenda",
        noticeContainers: [.id("iubenda-cs-banner"), .id("iubenda-iframe")],
        markers: [.classPrefix("iubenda-cs-"), .className("iubenda-embed"), .className("iubenda-tp-btn"),
                  .idPrefix("iubenda-cs-"), .className("iub-manage-preferences-container")],
        urls: [.host("cdn.iubenda.com"), .host("cs.iubenda.com"), .host("idb.iubenda.com"), .host("hits.iubenda.com")],
        scriptMarkers: [.scriptClass("_iub_cs_activate"), .scriptClass("_iub_cs_activate-inline"), .attribute("data-iub-purposes")],
        globals: ["_iub", "_iub.csConfiguration", "_iub_cs", "_iub_cs_activate"],
        wording: [
            WordingRule([[.passage("for technical purposes and, with your consent, for other purposes as specified in the cookie policy")]]),
            WordingRule([[.label("Learn more and customize"), .label("Learn more and customise")], [.label("Accept")], [.label("Reject")]]),
        ],
        captureButtons: [(.rejectAll, ".iubenda-cs-reject-btn"), (.acceptAll, ".iubenda-cs-accept-btn")],
        examples: PlatformExamples(
            positive: [
                .html(##"<link href="//cdn.iubenda.com" rel="preconnect">"##),
                .html(##"<script>var _iub = _iub || []; _iub.csConfiguration = {"siteId": 1};</script><script src="//cdn.iubenda.com/cs/iubenda_cs.js" async></script>"##),
                .html(##"<a href="https://www.iubenda.com/privacy-policy/8009648" class="iubenda-nostyle no-brand iubenda-embed">Privacy Policy</a>"##),
                .html(##"<div id="iubenda-cs-banner"><p>We and selected third parties use cookies</p><button class="iubenda-cs-accept-btn">Accept</button></div>"##),
            ],
            negative: [
                .html(##"<p>Our policy was generated with iubenda.</p><a href="https://www.iubenda.com/en/">iubenda</a>"##),
                .html(##"<script>var _iubX = 1; var a_iub = 2;</script>"##),
            ]))
}
