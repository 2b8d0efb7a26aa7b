import ConsentLens

/// What `consentlens capture` was asked to do for each URL.
public struct CaptureOptions: Sendable {
    public enum Choice: String, Sendable, CaseIterable { case none, accept, reject }

    public var choose: Choice = .none
    /// The cap on waiting for the notice.
    public var wait: Double = 15
    /// The cap on the first response: past it, the page "hangs".
    public var navigationTimeout: Double = 30
    /// How long cookies and requests are watched after a choice.
    public var afterChoice: Double = 3
    /// `--browser`; `nil` for `$CHROMIUM` or `chromium` on the PATH.
    public var browser: String?

    public init(choose: Choice = .none, wait: Double = 15, navigationTimeout: Double = 30, afterChoice: Double = 3, browser: String? = nil) {
        self.choose = choose
        self.wait = wait
        self.navigationTimeout = navigationTimeout
        self.afterChoice = afterChoice
        self.browser = browser
    }
}

/// Buttons of the notices of the commonest platforms, by the catalogue's platform id: tried before
/// wording, because an id the platform gives its own reject button says what the button does in
/// any language. Only buttons whose meaning the platform's own markup states are listed.
enum ControlSelectors {
    static let all: [(platform: String, kind: ControlKind, css: String)] = [
        ("onetrust", .rejectAll, "#onetrust-reject-all-handler"),
        ("onetrust", .acceptAll, "#onetrust-accept-btn-handler"),
        ("onetrust", .manageChoices, "#onetrust-pc-btn-handler"),
        ("onetrust", .saveChoices, ".save-preference-btn-handler"),
        ("onetrust", .rejectAll, ".ot-pc-refuse-all-handler"),
        ("cookiebot", .rejectAll, "#CybotCookiebotDialogBodyButtonDecline"),
        ("cookiebot", .acceptAll, "#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll"),
        ("cookiebot", .saveChoices, "#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection"),
        ("didomi", .rejectAll, "#didomi-notice-disagree-button"),
        ("didomi", .acceptAll, "#didomi-notice-agree-button"),
        ("didomi", .manageChoices, "#didomi-notice-learn-more-button"),
        ("usercentrics", .rejectAll, "[data-testid=uc-deny-all-button]"),
        ("usercentrics", .acceptAll, "[data-testid=uc-accept-all-button]"),
        ("usercentrics", .manageChoices, "[data-testid=uc-more-button]"),
        ("usercentrics", .saveChoices, "[data-testid=uc-save-button]"),
        ("cookieyes", .rejectAll, ".cky-btn-reject"),
        ("cookieyes", .acceptAll, ".cky-btn-accept"),
        ("cookieyes", .manageChoices, ".cky-btn-customize"),
        ("cookieyes", .saveChoices, ".cky-btn-preferences"),
        ("complianz", .rejectAll, ".cmplz-deny"),
        ("complianz", .acceptAll, ".cmplz-accept"),
        ("complianz", .saveChoices, ".cmplz-save-preferences"),
        ("trustarc", .rejectAll, "#truste-consent-required"),
        ("trustarc", .acceptAll, "#truste-consent-button"),
        ("inmobi-choice", .acceptAll, ".qc-cmp2-summary-buttons button[mode=primary]"),
        ("axeptio", .rejectAll, "#axeptio_btn_dismiss"),
        ("axeptio", .acceptAll, "#axeptio_btn_acceptAll"),
        ("iubenda", .rejectAll, ".iubenda-cs-reject-btn"),
        ("iubenda", .acceptAll, ".iubenda-cs-accept-btn"),
        ("klaro", .rejectAll, ".cm-btn-decline"),
        ("klaro", .acceptAll, ".cm-btn-accept-all"),
    ]
}
