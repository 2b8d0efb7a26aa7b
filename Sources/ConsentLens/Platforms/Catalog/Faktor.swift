extension ConsentPlatform {
    /// Faktor CMP: `faktor.js` from config-prod.choice.faktor.io. The name is a common German word
    /// part ("Risikofaktor"), so it is recognised only from its hosts, never from text.
    static let faktor = ConsentPlatform(
        id: "faktor", name: "Faktor",
        urls: [.host("choice.faktor.io"), .host("faktor.mgr.consensu.org")],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="https://config-prod.choice.faktor.io/cache/0a1b2c3d/faktor.js"></script>"##),
            ],
            negative: [
                .html(##"<p>Der Risikofaktor Bewegungsmangel ist ein Faktor für viele Krankheiten.</p><script>var Zeitfaktor = 2; var faktor = 3;</script>"##),
                .text("Der Risikofaktor Bewegungsmangel\nEin entscheidender Faktor"),
            ]))
}
