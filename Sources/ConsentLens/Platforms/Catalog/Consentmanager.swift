extension ConsentPlatform {
    /// consentmanager.net: loader and autoblocking script from (cdn|delivery).consentmanager.net
    /// (attributes `data-cmp-host`, `data-cmp-cdn`), the `#cmpbox` dialog, `data-cmp-src` on blocked
    /// elements. (`data-cmp-ab` is not its own: INFOnline's loader carries it on every site.) Its
    /// "consent or pay" layer with contentpass sits in `cmpcontentpass…` boxes (`.cmpcontentpassbox`,
    /// `.cmpcontentpassboxleft`/`right`, `.cmpcontentpasslogin`, as its own stylesheet names them).
    static let consentmanager = ConsentPlatform(
        id: "consentmanager", name: "consentmanager",
        noticeContainers: [.id("cmpbox"), .id("cmpbox2")],
        markers: [.id("cmpboxrecall"), .classPrefix("cmpbox"), .className("cmpstyleroot")],
        urls: [.host("cdn.consentmanager.net"), .host("delivery.consentmanager.net"), .host("consentmanager.mgr.consensu.org")],
        scriptMarkers: [.attribute("data-cmp-host"), .attribute("data-cmp-cdn"), .attribute("data-cmp-codesrc"),
                        .attribute("data-cmp-src"), .attribute("data-cmp-vendor"), .attribute("data-cmp-purpose")],
        globals: ["cmp_host", "cmp_cdn", "cmp_codesrc", "cmp_getlang", "cmp_block_inline", "cmp_block_ignoredomains"],
        payOrConsentMarkers: [.classPrefix("cmpcontentpass")],
        examples: PlatformExamples(
            positive: [
                .html(##"<link rel="preconnect" href="https://cdn.consentmanager.net/delivery/autoblocking/73879c159968.js">"##),
                .html(##"<script type="text/javascript" data-cmp-ab="1" data-cmp-host="c.delivery.consentmanager.net" data-cmp-cdn="cdn.consentmanager.net" data-cmp-codesrc="1"></script>"##),
                .html(##"<div id="cmpbox" class="cmpbox cmpstyleroot"><div class="cmpboxtxt">Wir brauchen Ihre Zustimmung</div></div>"##),
            ],
            negative: [
                .html(##"<script type="text/javascript" src="//data-8abe5cc617.example.de/iomm/latest/bootstrap/loader.js" data-cmp-ab="2"></script>"##),
                .html(##"<div class="cmp-teaser">Compare</div><p>consentmanager.net is a CMP.</p>"##),
            ]))
}
