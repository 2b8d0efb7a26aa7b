extension ConsentPlatform {
    /// Google Funding Choices (the Privacy & messaging tool of AdSense / Ad Manager): scripts from
    /// fundingchoicesmessages.google.com, `window.googlefc`, the `.fc-consent-root` dialog.
    static let googleFundingChoices = ConsentPlatform(
        id: "google-funding-choices", name: "Google Funding Choices",
        noticeContainers: [.className("fc-consent-root"), .className("fc-dialog-container")],
        markers: [.className("fc-ab-root"), .className("fc-message-root")],
        urls: [.host("fundingchoicesmessages.google.com"), .host("fundingchoices.google.com")],
        globals: ["googlefc", "signalGooglefcPresent", "googlefcPresent"],
        wording: [
            WordingRule([[.label("Do not consent")], [.label("Manage options")], [.label("Consent")]]),
            WordingRule([[.passage("asks for your consent to use your personal data to")], [.label("Manage options"), .label("Consent")]]),
            WordingRule([[.passage("This site asks for consent to use your data")]]),
            // Its first layer in other languages: "<site> asks for your consent to use your personal data to:".
            WordingRule([[.passage("chiede il tuo consenso per usare i tuoi dati personali per"),
                          .passage("bittet um Ihre Einwilligung zur Nutzung Ihrer personenbezogenen Daten"),
                          .passage("demande votre consentement pour utiliser vos données personnelles"),
                          .passage("solicita tu consentimiento para usar tus datos personales")]]),
            // The "Manage options" layer: its heading line and its per-purpose vendor counts.
            WordingRule([[.passage("Vendors want your permission to do the following")]]),
            WordingRule([[.passage("Legitimate interest (")], [.passage("Consent (")], [.label("Confirm choices")]]),
        ],
        layers: [(.banner, .className("fc-consent-root"))],
        examples: PlatformExamples(
            positive: [
                .html(##"<script async src="https://fundingchoicesmessages.google.com/i/pub-0842936145805457?ers=1"></script>"##),
                .html(##"<link rel="preconnect" href="https://fundingchoicesmessages.google.com/">"##),
                .html(##"<script>window.googlefc = window.googlefc || {}; googlefc.callbackQueue = googlefc.callbackQueue || [];</script>"##),
                .html(##"<div class="fc-consent-root"><p>example.com asks for your consent to use your personal data to:</p><button>Consent</button></div>"##),
                .text("example.com asks for your consent to use your personal data to:\nPersonalised advertising and content\nManage options\nConsent"),
                .text("This site asks for consent to use your data\nManage options\nConsent"),
                .text("example.it chiede il tuo consenso per usare i tuoi dati personali per:\nAcconsento\nNon acconsento\nGestisci opzioni"),
                .text("Measure advertising performance\nConsent (390 vendors)Legitimate interest (97 vendors)\nConfirm choices"),
            ],
            negative: [
                .html(##"<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>"##),
                .html(##"<p>Google's Funding Choices (googlefc) was renamed Privacy &amp; messaging.</p>"##),
                .text("Consent\nManage options"),
                .text("Legitimate interest (a legal basis) and consent (another) are explained below."),
            ]))
}
