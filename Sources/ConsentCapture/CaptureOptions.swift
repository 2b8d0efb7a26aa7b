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

/// The buttons platforms' own markup names (``ConsentPlatform/captureButtons``, kept in each
/// platform's catalogue file): tried before wording, because an id the platform gives its own
/// reject button says what the button does in any language. In catalogue order, each platform's
/// in the order its profile lists them.
enum ControlSelectors {
    static let all: [(platform: PlatformID, kind: ControlKind, css: String)] = ConsentPlatform.all.flatMap { platform in
        platform.captureButtons.map { (platform.id, $0.kind, $0.css) }
    }
}
