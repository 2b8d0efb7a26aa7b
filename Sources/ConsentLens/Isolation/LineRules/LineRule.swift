import ConsentParse

/// One reading of a line during isolation: what the line is (a partner count, a TCF name, a row
/// of buttons, …) as the score it earns, or nil when the rule does not read it. Each rule lives
/// in its own file with the examples that define it; `LineRuleExampleTests` runs them all, and
/// ``LineScorer/rules`` tries the rules in order.
protocol LineRule {
    /// Lines the rule must read, with the score they must get, and lines it must leave (`nil`).
    static var examples: [LineRuleExample] { get }
    static func score(_ line: TextLine, reading: LineScorer.Reading) -> LineScorer.Score?
}

/// A line, its markup role and the score a rule must give it (nil: the rule must not read it).
struct LineRuleExample: Sendable {
    var text: String
    var role: LineRole = .text
    var score: LineScorer.Score?

    init(_ text: String, role: LineRole = .text, _ score: LineScorer.Score?) {
        self.text = text
        self.role = role
        self.score = score
    }
}
