extension ConsentPlatform {
    /// Clickio Consent: `consent_*.js` from clickiocmp.com.
    static let clickio = ConsentPlatform(
        id: "clickio", name: "Clickio Consent",
        urls: [.host("clickiocmp.com"), .host("clickio.mgr.consensu.org")],
        globals: ["__lxG__consent__", "__lxG__consent__v2"],
        examples: PlatformExamples(
            positive: [
                .html(##"<script async type="text/javascript" src="//clickiocmp.com/t/consent_232117.js"></script>"##),
            ],
            negative: [
                .html(##"<script src="//s.clickiocdn.com/t/232117/360_light.js"></script><p>Clickio ads.</p>"##),
            ]))
}
