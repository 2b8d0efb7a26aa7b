/// One observation behind the privacy-impact score: what was seen (or could not be seen), how much
/// it weighs, and the EDPB practice it corresponds to, so that every point can be traced.
public struct Finding: Codable, Sendable, Equatable {
    /// Stable and unique within an assessment, e.g. `special-feature.1` or `legitimate-interest.purpose-3`.
    public var id: String
    public var component: AssessmentComponent
    public var severity: Severity
    /// `unknown` when the saved page cannot show the fact: the finding then scores no points.
    public var status: FindingStatus
    /// One plain-language line (plain text; ``explanationText`` keeps the page's quoted text apart).
    public var explanation: String
    /// How the points were reached, with the figures filled in ("round(5 × log10 157) = 11, at most
    /// 15"), so that a reader can recompute them.
    public var basis: String
    public var points: Int
    /// The points this finding would add if the unknown fact turned out badly (0 when known).
    public var pointsAtStake: Int
    /// The EDPB Cookie Banner Taskforce practice this finding corresponds to, when one does.
    @Nullable public var edpbCriterion: EDPBCriterion?
    /// ``explanation`` with the page text it quotes marked, for renderers: Markdown escapes only that.
    public private(set) var explanationText: FindingText
    /// ``basis`` likewise.
    public private(set) var basisText: FindingText

    enum CodingKeys: String, CodingKey {
        case id, component, severity, status, explanation, basis, points, pointsAtStake, edpbCriterion
    }

    public init(
        id: String, component: AssessmentComponent, severity: Severity, status: FindingStatus = .observed,
        explanation: FindingText, basis: FindingText = "no points", points: Int = 0, pointsAtStake: Int = 0, edpbCriterion: EDPBCriterion? = nil
    ) {
        self.id = id
        self.component = component
        self.severity = severity
        self.status = status
        self.explanation = explanation.plain
        self.basis = basis.plain
        self.explanationText = explanation
        self.basisText = basis
        self.points = points
        self.pointsAtStake = pointsAtStake
        self.edpbCriterion = edpbCriterion
    }

    /// Decoded findings do not know which words were the page's: all their text is escaped.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        component = try c.decode(AssessmentComponent.self, forKey: .component)
        severity = try c.decode(Severity.self, forKey: .severity)
        status = try c.decode(FindingStatus.self, forKey: .status)
        explanation = try c.decode(String.self, forKey: .explanation)
        basis = try c.decode(String.self, forKey: .basis)
        points = try c.decode(Int.self, forKey: .points)
        pointsAtStake = try c.decode(Int.self, forKey: .pointsAtStake)
        _edpbCriterion = try c.decodeIfPresent(Nullable<EDPBCriterion>.self, forKey: .edpbCriterion) ?? Nullable(wrappedValue: nil)
        explanationText = FindingText(page: explanation)
        basisText = FindingText(page: basis)
    }
}

/// How much a finding matters to a visitor's privacy, independent of its points.
public enum Severity: String, Codable, Sendable, Equatable, CaseIterable, Comparable {
    case info, low, medium, high

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var label: String {
        switch self {
        case .info: return "Info"
        case .low: return "Low"
        case .medium: return "Medium"
        case .high: return "High"
        }
    }
}

/// Whether a finding rests on something the page shows or on something it cannot show.
public enum FindingStatus: String, Codable, Sendable, Equatable {
    case observed, unknown
}

/// The practices the EDPB Cookie Banner Taskforce report (adopted 17 January 2023) describes,
/// as far as a saved page can bear on them.
public enum EDPBCriterion: String, Codable, Sendable, Equatable, CaseIterable {
    case noRejectButtonOnFirstLayer = "no-reject-button-on-first-layer"
    case preTickedBoxes = "pre-ticked-boxes"
    case deceptiveLinkDesign = "deceptive-link-design"
    case deceptiveButtonColours = "deceptive-button-colours"
    case deceptiveButtonContrast = "deceptive-button-contrast"
    case legitimateInterestClaimed = "legitimate-interest-claimed"
    case inaccuratelyClassifiedEssentialCookies = "inaccurately-classified-essential-cookies"
    case noWithdrawIcon = "no-withdraw-icon"
    /// Observed by a capture. Art. 5(3) ePrivacy Directive as the EDPB reads it (Guidelines 2/2023
    /// on its technical scope; Guidelines 05/2020 on consent): storing or reading what is not
    /// strictly necessary needs consent *before* it happens.
    case nonEssentialCookiesBeforeConsent = "non-essential-cookies-before-consent"
    /// Observed by a capture: the same rule for third-party tracking requests (Guidelines 2/2023
    /// count tracking pixels and URL tracking as gaining access).
    case trackingBeforeConsent = "tracking-before-consent"
    /// Observed by a capture: consent refused is no consent (Guidelines 05/2020, withdrawal and
    /// refusal without detriment); the taskforce report's premise that a refusal is honoured.
    case trackingAfterRefusal = "tracking-after-refusal"
    /// Observed in a TC string: consent signals stored before the visitor chose. Consent is a
    /// clear affirmative act (GDPR Art. 4(11), EDPB Guidelines 05/2020); the TCF specification:
    /// "A TC string that contains positive consent signals must not be created before clear
    /// affirmative action is taken by a user".
    case consentSignalBeforeChoice = "consent-signal-before-choice"
    /// Observed in a TC string: consent signals still stored after the visitor refused: the
    /// refusal is not what vendors are told (Guidelines 05/2020; Matte, Bielova and Santos 2020).
    case consentSignalAfterRefusal = "consent-signal-after-refusal"
    /// Observed in TC strings: what vendors are told differs from what the notice shows, or the
    /// two places a CMP hands the signal out disagree (GDPR Art. 5(1)(a) transparency; TCF
    /// Policies: CMPs signal the user's choices accurately).
    case consentSignalInaccurate = "consent-signal-inaccurate"
    /// Not the taskforce's: EDPB Opinion 08/2024 on consent or pay models. Refusing only by
    /// paying, with no free alternative without behavioural advertising, is in most cases not
    /// freely given consent.
    case consentOrPay = "consent-or-pay-without-free-alternative"

    /// The practice's name as the report words it.
    public var title: String {
        switch self {
        case .noRejectButtonOnFirstLayer: return "No reject button on the first layer"
        case .preTickedBoxes: return "Pre-ticked boxes"
        case .deceptiveLinkDesign: return "Deceptive link design"
        case .deceptiveButtonColours: return "Deceptive button colours"
        case .deceptiveButtonContrast: return "Deceptive button contrast"
        case .legitimateInterestClaimed: return "Legitimate interest claimed, list of purposes"
        case .inaccuratelyClassifiedEssentialCookies: return "Inaccurately classified essential cookies"
        case .noWithdrawIcon: return "No withdraw icon"
        case .nonEssentialCookiesBeforeConsent: return "Non-essential cookies set before consent"
        case .trackingBeforeConsent: return "Third-party tracking before consent"
        case .trackingAfterRefusal: return "Tracking after refusal"
        case .consentSignalBeforeChoice: return "Consent signal stored before any choice"
        case .consentSignalAfterRefusal: return "Consent signal stored after refusal"
        case .consentSignalInaccurate: return "Consent signal disagrees with the notice or itself"
        case .consentOrPay: return "Consent or pay without a free alternative (EDPB Opinion 08/2024)"
        }
    }

    /// Practices that depend on how the notice looks or behaves, which the model does not record.
    public static let notAssessable: [EDPBCriterion] = [
        .deceptiveLinkDesign, .deceptiveButtonColours, .deceptiveButtonContrast, .noWithdrawIcon,
    ]
}
