extension ConsentPlatform {
    /// Sirdata CMP (ABconsent): `cmp.js` from cache.consentframework.com / choices.consentframework.com,
    /// the `#sd-cmp` dialog.
    static let sirdata = ConsentPlatform(
        id: "sirdata", name: "Sirdata",
        noticeContainers: [.id("sd-cmp")],
        markers: [.classPrefix("sd-cmp-"), .idPrefix("sd-cmp-")],
        urls: [.host("cache.consentframework.com"), .host("choices.consentframework.com"), .host("sirdata.mgr.consensu.org")],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="https://cache.consentframework.com/js/pa/32284/c/8qfNT/stub" referrerpolicy="unsafe-url"></script><script src="https://choices.consentframework.com/js/pa/32284/c/8qfNT/cmp" async></script>"##),
                .html(##"<div id="sd-cmp"><div class="sd-cmp-3cRQ2"><p>Vos données personnelles</p></div></div>"##),
            ],
            negative: [
                .html(##"<script src="https://js.sddan.com/GS.d?pa=1&c=2"></script><p>Sirdata is a data company.</p>"##),
            ]))
}
