extension ConsentPlatform {
    /// DMG Media's own CMP (Daily Mail, Metro, i): scripts and consent backend at
    /// cmp.dmgmediaprivacy.co.uk, its configuration inline with banner wording.
    static let dmgMedia = ConsentPlatform(
        id: "dmg-media", name: "DMG Media CMP",
        urls: [.host("dmgmediaprivacy.co.uk")],
        // Its notice's wording as JSON in the page, every string of it.
        configuration: ConfigurationSource(markers: ["\"level1Heading\":", "\"level1Paragraphs\":"]),
        examples: PlatformExamples(
            positive: [
                .html(##"<link rel="preconnect" href="//cmp.dmgmediaprivacy.co.uk" crossorigin="use-credentials">"##),
                .html(##"<script>window.cmpConfig = {"backendUrl":"https:\/\/cmp.dmgmediaprivacy.co.uk\/gdpr\/consent\/persist"};</script>"##),
            ],
            negative: [
                .html(##"<p>The Daily Mail is published by DMG Media.</p><a href="https://www.dmgmedia.co.uk/">DMG Media</a>"##),
            ]))
}
