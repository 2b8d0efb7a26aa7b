extension ConsentPlatform {
    /// Usercentrics: the `usercentrics-cmp` loader from app.usercentrics.eu (or web.cmp…),
    /// `privacy-proxy` blocking, scripts gated by `data-usercentrics`, the `UC_UI` API.
    static let usercentrics = ConsentPlatform(
        id: "usercentrics", name: "Usercentrics",
        noticeContainers: [.id("usercentrics-root"), .id("usercentrics-cmp-ui"), .id("uc-center-container"),
                           .id("uc-banner-modal"), .className("uc-banner-content")],
        markers: [.id("usercentrics-cmp"), .id("uc-privacy-button")],
        urls: [.host("usercentrics.eu"), .file("uc-block.bundle.js")],
        scriptMarkers: [.attribute("data-usercentrics")],
        globals: ["UC_UI", "UC_UI_SUPPRESS_CMP_DISPLAY", "UC_UI_DOMAINS", "UC_UI_IS_RENDERED", "UC_UI_ZINDEX"],
        wording: [
            WordingRule([[.label("Powered by Usercentrics Consent Management")]]),
            WordingRule([[.passage("I agree and may revoke or change my consent at any time with effect for the future")]]),
            WordingRule([[.passage("kann meine Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen oder ändern")]]),
            WordingRule([[.label("Privacy Settings")], [.label("Save Settings")], [.label("Accept All")]]),
        ],
        layers: [(.banner, .id("uc-banner-modal")), (.banner, .className("uc-banner-content")), (.preferenceCentre, .id("uc-center-container"))],
        captureButtons: [
            (.rejectAll, "[data-testid=uc-deny-all-button]"),
            (.acceptAll, "[data-testid=uc-accept-all-button]"),
            (.manageChoices, "[data-testid=uc-more-button]"),
            (.saveChoices, "[data-testid=uc-save-button]"),
        ],
        examples: PlatformExamples(
            positive: [
                .html(##"<script id="usercentrics-cmp" data-settings-id="8SnBiBhuO" src="https://app.usercentrics.eu/browser-ui/latest/bundle_legacy.js" async></script>"##),
                .html(##"<script type="text/plain" data-usercentrics="Google Analytics">ga('send');</script>"##),
                .html(##"<a onclick="UC_UI.showSecondLayer(); return false;" href="#">Cookie-Einstellungen</a>"##),
                .html(##"<script>window.UC_UI_SUPPRESS_CMP_DISPLAY = true;</script>"##),
                .text("Privacy Settings\nThis site uses third-party website tracking technologies to provide and continually improve our services, and to display advertisements according to users' interests. I agree and may revoke or change my consent at any time with effect for the future.\nMarketing\nAccept All Save Settings\nPowered by Usercentrics Consent Management"),
            ],
            negative: [
                .html("<p>Usercentrics bought Cookiebot in 2021.</p>"),
                .html(##"<script>var UC_UIX = 1; var myUC_UI = 2;</script>"##),
                .text("Privacy Settings\nYou can change your privacy settings in your account at any time."),
            ]))
}
