extension ConsentPlatform {
    /// consent_manager, the consent add-on of the REDAXO CMS: its script
    /// `consent_manager_frontend.js` and a `.consent_manager-wrapper` box rendered into the page,
    /// hidden until shown, with its cookie groups, each cookie's name, purpose and lifetime, and
    /// its buttons (`.consent_manager-save-selection`, `.consent_manager-accept-all`).
    static let redaxoConsentManager = ConsentPlatform(
        id: "redaxo-consent-manager", name: "consent_manager (REDAXO)",
        noticeContainers: [.className("consent_manager-wrapper")],
        markers: [.id("consent_manager-background"), .classPrefix("consent_manager-")],
        urls: [.file("consent_manager_frontend.js")],
        captureButtons: [(.acceptAll, ".consent_manager-accept-all"), (.saveChoices, ".consent_manager-save-selection")],
        examples: PlatformExamples(
            positive: [
                .html(##"<script src="/assets/addons/consent_manager/consent_manager_frontend.js?v=4.1"></script>"##),
                .html(##"<div class="consent_manager-background consent_manager-hidden" id="consent_manager-background"><div class="consent_manager-wrapper"><div class="consent_manager-headline">Privacy settings</div><p>We use cookies.</p></div></div>"##),
            ],
            negative: [
                .html("<p>Our consent manager keeps track of your choices.</p>"),
                .html(##"<div class="consent-manager">Settings</div>"##),
            ]))
}
