/// The parts of the privacy-impact score, in the order of the EDPB Cookie Banner Taskforce's
/// practices they weigh (what cannot be refused, then the controls, then legitimate interest),
/// followed by what the notice declares. Their maxima add up to 100, so the score is a plain sum
/// that a reader can recompute from the component table (see `docs/scoring.md`).
public enum AssessmentComponent: String, Codable, Sendable, Equatable, CaseIterable {
    case cannotRefuse
    case controls
    case legitimateInterest
    case scale
    case profiling
    case specialFeatures
    /// Whether the notice's figures agree with each other. Scores nothing: it says how far the
    /// other components can be trusted.
    case consistency
    /// Observed by a capture, scored apart from the declared policy (``observed``): non-essential
    /// cookies in the jar before any choice.
    case cookiesBeforeConsent
    /// Third-party requests that track, before any choice.
    case trackingBeforeConsent
    /// Tracking that went on after the capture refused (`--choose reject`).
    case trackingAfterRefusal
    /// What the capture's TC strings say beside the notice and each other (legitimate interest
    /// where TCF v2.2 allows none, disagreements). Scores nothing, as ``consistency``: the
    /// consent signals before a choice and after a refusal score in ``cookiesBeforeConsent`` and
    /// ``trackingAfterRefusal``.
    case consentString

    /// The components of the declared policy's score, in order; their maxima add up to 100.
    public static let declared: [AssessmentComponent] = [.cannotRefuse, .controls, .legitimateInterest, .scale, .profiling, .specialFeatures, .consistency]
    /// The components of a capture's observed-behaviour score (`CaptureObservation.assessment`),
    /// a second score from 0 to 100: what the site did, which a saved page cannot show, so it
    /// never changes the declared policy's score.
    public static let observed: [AssessmentComponent] = [.cookiesBeforeConsent, .trackingBeforeConsent, .trackingAfterRefusal, .consentString]

    public var title: String {
        switch self {
        case .scale: return "Scale"
        case .profiling: return "Profiling"
        case .specialFeatures: return "Special features"
        case .cannotRefuse: return "What cannot be refused"
        case .legitimateInterest: return "Legitimate interest"
        case .controls: return "Controls"
        case .consistency: return "Consistency"
        case .cookiesBeforeConsent: return "Cookies before consent"
        case .trackingBeforeConsent: return "Tracking before consent"
        case .trackingAfterRefusal: return "Tracking after refusal"
        case .consentString: return "Consent string (TCF)"
        }
    }

    /// The most points the component can add to the score.
    public var maximum: Int {
        switch self {
        case .cannotRefuse: return 50
        case .controls: return 23
        case .legitimateInterest: return 5
        case .scale: return 10
        case .profiling: return 6
        case .specialFeatures: return 6
        case .consistency: return 0
        case .cookiesBeforeConsent: return 40
        case .trackingBeforeConsent: return 30
        case .trackingAfterRefusal: return 30
        case .consentString: return 0
        }
    }
}
