extension ConsentPlatform {
    /// Klaro (KIProtect, open source; also bundled by shop plugins): `klaro.js`, `klaroConfig`,
    /// the `#klaro` root, "Powered by Klaro!".
    static let klaro = ConsentPlatform(
        id: "klaro", name: "Klaro",
        noticeContainers: [.id("klaro"), .className("klaro")],
        markers: [.classPrefix("klaro-")],
        urls: [.host("cdn.kiprotect.com", path: "/klaro"), .file("klaro.js"), .file("klaro-no-css.js")],
        scriptMarkers: [.attribute("data-klaro-config")],
        globals: ["klaroConfig", "renderKlaro", "klaro.show", "klaro.getManager", "klaroshow"],
        wording: [
            WordingRule([[.label("Powered by Klaro!"), .label("Realisiert mit Klaro!")]]),
        ],
        captureButtons: [(.rejectAll, ".cm-btn-decline"), (.acceptAll, ".cm-btn-accept-all")],
        examples: PlatformExamples(
            positive: [
                .html(##"<script defer data-config="klaroConfig" src="https://cdn.kiprotect.com/klaro/v0.7/klaro.js"></script>"##),
                .html(##"<script>var klaroConfig = { elementID: 'klaro', purposes: [] };</script>"##),
                .html(##"<script>n.d(t,"renderKlaro",(function(){return Nt}));</script>"##),
                .html(##"<div id="klaro"><div class="klaro"><div class="cookie-notice"><p>Hi! Could we please enable some additional services?</p></div></div></div>"##),
                .text("Information that we collect\nAccept all\nPowered by Klaro!"),
            ],
            negative: [
                .html("<p>Na klaro, das machen wir!</p>"),
                .html(##"<script>var text = "Alles klaro, sagte er";</script>"##),
                .text("Alles klaro? Dann bis morgen."),
            ]))
}
