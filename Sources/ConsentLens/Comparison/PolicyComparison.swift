/// Two pages' policies side by side: the `compare --format json` contract. Items are matched by
/// TCF kind and id (by name when a notice shows an item the TCF does not know), categories by
/// their normalised class. Every figure is given for both pages with the difference `b - a`;
/// unknown values are `null`.
public struct PolicyComparison: Codable, Sendable, Equatable {
    public var a: ComparedPage
    public var b: ComparedPage
    public var totalPartners: FigureComparison
    public var score: FigureComparison
    public var components: [ComponentComparison]
    public var declarations: [DeclarationComparison]
    public var stacks: [StackComparison]
    public var categories: [CategoryComparison]
    public var controls: [ControlComparison]
    /// What page A's notice asks for that B's does not, in plain words ("special feature 1 (Use
    /// precise geolocation data)", "marketing cookies", "preferences cookies without a choice",
    /// "legitimate interest").
    public var onlyInA: [String]
    public var onlyInB: [String]
    /// One sentence that follows from the figures above.
    public var verdict: String
    /// ``onlyInA``, ``onlyInB`` and ``verdict`` with the page text they quote marked, for
    /// renderers: Markdown escapes only that (decoded comparisons escape all of it).
    public internal(set) var onlyInAText: [FindingText]
    public internal(set) var onlyInBText: [FindingText]
    public internal(set) var verdictText: FindingText

    enum CodingKeys: String, CodingKey {
        case a, b, totalPartners, score, components, declarations, stacks, categories, controls, onlyInA, onlyInB, verdict
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        a = try c.decode(ComparedPage.self, forKey: .a)
        b = try c.decode(ComparedPage.self, forKey: .b)
        totalPartners = try c.decode(FigureComparison.self, forKey: .totalPartners)
        score = try c.decode(FigureComparison.self, forKey: .score)
        components = try c.decode([ComponentComparison].self, forKey: .components)
        declarations = try c.decode([DeclarationComparison].self, forKey: .declarations)
        stacks = try c.decode([StackComparison].self, forKey: .stacks)
        categories = try c.decode([CategoryComparison].self, forKey: .categories)
        controls = try c.decode([ControlComparison].self, forKey: .controls)
        onlyInA = try c.decode([String].self, forKey: .onlyInA)
        onlyInB = try c.decode([String].self, forKey: .onlyInB)
        verdict = try c.decode(String.self, forKey: .verdict)
        onlyInAText = onlyInA.map(FindingText.init(page:))
        onlyInBText = onlyInB.map(FindingText.init(page:))
        verdictText = FindingText(page: verdict)
    }

    /// Sets ``verdict`` with its marked form.
    mutating func setVerdict(_ text: FindingText) {
        verdictText = text
        verdict = text.plain
    }

    public init(
        a: ComparedPage, b: ComparedPage, totalPartners: FigureComparison, score: FigureComparison,
        components: [ComponentComparison], declarations: [DeclarationComparison], stacks: [StackComparison],
        categories: [CategoryComparison], controls: [ControlComparison], onlyInA: [String], onlyInB: [String], verdict: String
    ) {
        self.a = a
        self.b = b
        self.totalPartners = totalPartners
        self.score = score
        self.components = components
        self.declarations = declarations
        self.stacks = stacks
        self.categories = categories
        self.controls = controls
        self.onlyInA = onlyInA
        self.onlyInB = onlyInB
        self.verdict = verdict
        self.onlyInAText = onlyInA.map(FindingText.init(page:))
        self.onlyInBText = onlyInB.map(FindingText.init(page:))
        self.verdictText = FindingText(page: verdict)
    }

    init(
        a: ComparedPage, b: ComparedPage, totalPartners: FigureComparison, score: FigureComparison,
        components: [ComponentComparison], declarations: [DeclarationComparison], stacks: [StackComparison],
        categories: [CategoryComparison], controls: [ControlComparison], onlyIn: (a: [FindingText], b: [FindingText])
    ) {
        self.init(a: a, b: b, totalPartners: totalPartners, score: score, components: components, declarations: declarations,
                  stacks: stacks, categories: categories, controls: controls,
                  onlyInA: onlyIn.a.map(\.plain), onlyInB: onlyIn.b.map(\.plain), verdict: "")
        onlyInAText = onlyIn.a
        onlyInBText = onlyIn.b
    }
}

/// One of the two pages, in brief.
public struct ComparedPage: Codable, Sendable, Equatable {
    public var path: String
    public var sha256: String
    @Nullable public var platform: String?
    public var noticeFound: Bool
    @Nullable public var totalPartners: Int?
    @Nullable public var score: Int?
    @Nullable public var grade: Grade?
    @Nullable public var pointsAtStake: Int?
    /// `score + pointsAtStake` and its grade: the worst case (additive in this version).
    @Nullable public var worstCaseScore: Int?
    @Nullable public var worstCaseGrade: Grade?
    @Nullable public var legitimateInterestClaimed: Bool?
    /// For a capture folder: the observed-behaviour score (cookies and tracking before consent,
    /// tracking after refusal; docs/scoring.md) and its worst case; `null` for a saved page
    /// (additive in this version).
    @Nullable public var observedScore: Int?
    @Nullable public var observedWorstCaseScore: Int?
    /// For a capture folder that refused: the third-party domains tracking went on to after the
    /// refusal; `null` when no refusal was captured.
    @Nullable public var trackingAfterRefusal: [String]?
    /// For a capture folder that read TC strings: their figures and findings; `null` otherwise
    /// (additive in this version).
    @Nullable public var tcStrings: TCStringCounts?
    /// The page's "consent or pay" wall (``ConsentNotice/payOrConsent``); `null` without one
    /// (additive in this version).
    @Nullable public var payOrConsent: PayOrConsent?

    public init(_ analysis: PageAnalysis, assessment: PrivacyAssessment?) {
        payOrConsent = analysis.notice?.payOrConsent
        path = analysis.source.path
        sha256 = analysis.source.sha256
        platform = analysis.notice?.platform ?? analysis.platforms.first?.id
        noticeFound = analysis.notice != nil
        totalPartners = analysis.notice?.totalPartners
        score = assessment?.score
        grade = assessment?.grade
        pointsAtStake = assessment?.pointsAtStake
        worstCaseScore = assessment?.worstCaseScore
        worstCaseGrade = assessment?.worstCaseGrade
        legitimateInterestClaimed = analysis.notice?.legitimateInterestClaimed
        observedScore = analysis.capture?.assessment.score
        observedWorstCaseScore = analysis.capture?.assessment.worstCaseScore
        if let choice = analysis.capture?.choice, choice.requested == "reject", choice.made {
            trackingAfterRefusal = choice.trackingAfterChoice?.map(\.registrableDomain)
        }
        tcStrings = analysis.capture?.tcStringCounts
    }
}

/// A figure on both pages and how much larger it is on B (`b - a`, `null` unless both are known).
public struct FigureComparison: Codable, Sendable, Equatable {
    @Nullable public var a: Int?
    @Nullable public var b: Int?
    @Nullable public var difference: Int?

    public init(a: Int?, b: Int?) {
        self.a = a
        self.b = b
        self.difference = a.flatMap { a in b.map { $0 - a } }
    }
}

/// Which of the two notices shows an item.
public enum Presence: String, Codable, Sendable, Equatable {
    case both, onlyA, onlyB
}

/// One TCF item on both pages.
public struct DeclarationComparison: Codable, Sendable, Equatable {
    public var kind: DeclarationKind
    @Nullable public var tcfId: Int?
    /// The official English name, or the name as shown when the item has no id.
    public var name: String
    public var presence: Presence
    public var partners: FigureComparison
    /// `null` on the side that does not show the item.
    @Nullable public var refusableA: Bool?
    @Nullable public var refusableB: Bool?

    public init(kind: DeclarationKind, tcfId: Int?, name: String, presence: Presence, partners: FigureComparison, refusableA: Bool?, refusableB: Bool?) {
        self.kind = kind
        self.tcfId = tcfId
        self.name = name
        self.presence = presence
        self.partners = partners
        self.refusableA = refusableA
        self.refusableB = refusableB
    }
}

/// One stack on both pages.
public struct StackComparison: Codable, Sendable, Equatable {
    @Nullable public var tcfId: Int?
    public var name: String
    public var presence: Presence
    public var partners: FigureComparison

    public init(tcfId: Int?, name: String, presence: Presence, partners: FigureComparison) {
        self.tcfId = tcfId
        self.name = name
        self.presence = presence
        self.partners = partners
    }
}

/// One normalised cookie category on both pages, with the names each page gives it.
public struct CategoryComparison: Codable, Sendable, Equatable {
    public var normalized: CategoryClass
    public var presence: Presence
    public var namesA: [String]
    public var namesB: [String]
    /// Whether any of the side's categories of this class is always active; `null` on a side without it.
    @Nullable public var alwaysActiveA: Bool?
    @Nullable public var alwaysActiveB: Bool?

    public init(normalized: CategoryClass, presence: Presence, namesA: [String], namesB: [String], alwaysActiveA: Bool?, alwaysActiveB: Bool?) {
        self.normalized = normalized
        self.presence = presence
        self.namesA = namesA
        self.namesB = namesB
        self.alwaysActiveA = alwaysActiveA
        self.alwaysActiveB = alwaysActiveB
    }
}

/// One control (`acceptAll`, `rejectAll`, `manageChoices`, `saveChoices`) on both pages.
public struct ControlComparison: Codable, Sendable, Equatable {
    public var control: String
    @Nullable public var a: Bool?
    @Nullable public var b: Bool?

    public init(control: String, a: Bool?, b: Bool?) {
        self.control = control
        self.a = a
        self.b = b
    }
}

/// One score component on both pages.
public struct ComponentComparison: Codable, Sendable, Equatable {
    public var component: AssessmentComponent
    public var points: FigureComparison
    @Nullable public var pointsAtStakeA: Int?
    @Nullable public var pointsAtStakeB: Int?

    public init(component: AssessmentComponent, points: FigureComparison, pointsAtStakeA: Int?, pointsAtStakeB: Int?) {
        self.component = component
        self.points = points
        self.pointsAtStakeA = pointsAtStakeA
        self.pointsAtStakeB = pointsAtStakeB
    }
}
