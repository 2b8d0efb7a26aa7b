/// The parts of the privacy-impact score. Their maxima add up to 100, so the score is a plain sum
/// that a reader can recompute from the component table (see `docs/scoring.md`).
public enum AssessmentComponent: String, Codable, Sendable, Equatable, CaseIterable {
    case scale
    case profiling
    case specialFeatures
    case cannotRefuse
    case legitimateInterest
    case controls
    /// Whether the notice's figures agree with each other. Scores nothing: it says how far the
    /// other components can be trusted.
    case consistency

    public var title: String {
        switch self {
        case .scale: return "Scale"
        case .profiling: return "Profiling"
        case .specialFeatures: return "Special features"
        case .cannotRefuse: return "What cannot be refused"
        case .legitimateInterest: return "Legitimate interest"
        case .controls: return "Controls"
        case .consistency: return "Consistency"
        }
    }

    /// The most points the component can add to the score.
    public var maximum: Int {
        switch self {
        case .scale: return 20
        case .profiling: return 15
        case .specialFeatures: return 14
        case .cannotRefuse: return 20
        case .legitimateInterest: return 15
        case .controls: return 16
        case .consistency: return 0
        }
    }
}
