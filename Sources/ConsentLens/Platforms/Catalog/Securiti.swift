extension ConsentPlatform {
    /// Securiti consent: auto-blocking and banner scripts from cdn-prod.securiti.ai.
    static let securiti = ConsentPlatform(
        id: "securiti", name: "Securiti",
        urls: [.host("cdn-prod.securiti.ai"), .host("cdn.securiti.ai")],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="https://cdn-prod.securiti.ai/consent/auto_blocking/0a1b2c3d-4e5f.js"></script>"##),
            ],
            negative: [
                .html(##"<p>Securiti.ai raised funds.</p><a href="https://securiti.ai/">Securiti</a>"##),
            ]))
}
