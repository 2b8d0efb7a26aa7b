/// How intrusive a consent notice's declared policy is: a score from 0 (least intrusive) to 100,
/// a grade, and every finding that contributed, so that the number can be checked by hand.
public struct PrivacyAssessment: Codable, Sendable, Equatable {
    /// Bumped whenever a rule or a weight changes, so that scores of different versions are not compared.
    public static let currentScoringVersion = 3

    public var scoringVersion: Int
    /// The sum of the components' points: facts the page shows, never guesses. The best case:
    /// every unknown fact counted as harmless.
    public var score: Int
    public var grade: Grade
    /// Points that facts the page cannot show could still add (a text dump's reject button, …).
    public var pointsAtStake: Int
    /// `score + pointsAtStake`: the score if every unknown turned out badly.
    public var worstCaseScore: Int
    public var worstCaseGrade: Grade
    /// One row per component, in ``AssessmentComponent`` order.
    public var components: [ComponentScore]
    /// Every finding, most points first (then most points at stake, then rule order).
    public var findings: [Finding]
    /// Ids of the (at most three) observed findings that matter most: most points, then highest severity.
    public var topFindingIds: [String]

    public init(components: [ComponentScore], findings: [Finding]) {
        self.scoringVersion = Self.currentScoringVersion
        self.components = components
        self.findings = findings
        self.score = components.reduce(0) { $0 + $1.points }
        self.pointsAtStake = components.reduce(0) { $0 + $1.pointsAtStake }
        self.worstCaseScore = score + pointsAtStake
        self.grade = Grade(score: score)
        self.worstCaseGrade = Grade(score: worstCaseScore)
        self.topFindingIds = Self.rank(findings).prefix(3).map(\.id)
    }

    /// The findings that matter most, in order.
    public var topFindings: [Finding] {
        topFindingIds.compactMap { id in findings.first { $0.id == id } }
    }

    public func component(_ component: AssessmentComponent) -> ComponentScore? {
        components.first { $0.component == component }
    }

    /// The score range, best to worst: "27–50 (B–D)", or "27 (B)" when nothing is unknown.
    public var range: String {
        pointsAtStake == 0
            ? "\(score) (\(grade.rawValue))"
            : "\(score)–\(worstCaseScore) (\(grade == worstCaseGrade ? grade.rawValue : "\(grade.rawValue)–\(worstCaseGrade.rawValue)"))"
    }

    /// The grade range: "B–D", or "B" when the worst case has the same grade.
    public var gradeRange: String {
        grade == worstCaseGrade ? grade.rawValue : "\(grade.rawValue)–\(worstCaseGrade.rawValue)"
    }

    /// Observed findings that score or at least matter (severity above info), most points first,
    /// then highest severity; ties keep the order in which the rules report them.
    static func rank(_ findings: [Finding]) -> [Finding] {
        findings.enumerated()
            .filter { $0.element.status == .observed && ($0.element.points > 0 || $0.element.severity > .info) }
            .sorted { a, b in
                if a.element.points != b.element.points { return a.element.points > b.element.points }
                if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
                return a.offset < b.offset
            }
            .map(\.element)
    }

    /// All findings, most points first, then most points at stake; ties keep rule order.
    static func byPoints(_ findings: [Finding]) -> [Finding] {
        findings.enumerated()
            .sorted { a, b in
                if a.element.points != b.element.points { return a.element.points > b.element.points }
                if a.element.pointsAtStake != b.element.pointsAtStake { return a.element.pointsAtStake > b.element.pointsAtStake }
                return a.offset < b.offset
            }
            .map(\.element)
    }
}

/// One component's share of the score: its findings' points, capped at the component's maximum.
public struct ComponentScore: Codable, Sendable, Equatable {
    public var component: AssessmentComponent
    public var points: Int
    public var maximum: Int
    /// Unknown points, capped so that `points + pointsAtStake` never exceeds `maximum`.
    public var pointsAtStake: Int
    /// The findings' points before the cap, when the cap cut them (otherwise equal to `points`).
    public var uncappedPoints: Int

    public init(component: AssessmentComponent, findings: [Finding]) {
        let own = findings.filter { $0.component == component }
        self.component = component
        self.maximum = component.maximum
        self.uncappedPoints = own.reduce(0) { $0 + $1.points }
        self.points = min(maximum, uncappedPoints)
        self.pointsAtStake = min(maximum - points, own.reduce(0) { $0 + $1.pointsAtStake })
    }
}

/// A letter for the score, A (least intrusive) to F, in bands of 15 points.
public enum Grade: String, Codable, Sendable, Equatable, CaseIterable, Comparable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F"

    public init(score: Int) {
        switch score {
        case ..<15: self = .a
        case 15..<30: self = .b
        case 30..<45: self = .c
        case 45..<60: self = .d
        case 60..<75: self = .e
        default: self = .f
        }
    }

    /// The scores that give this grade, for legends ("45–59").
    public var range: ClosedRange<Int> {
        switch self {
        case .a: return 0...14
        case .b: return 15...29
        case .c: return 30...44
        case .d: return 45...59
        case .e: return 60...74
        case .f: return 75...100
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
