import Testing
import ConsentParse
@testable import ConsentLens

/// Every line rule of isolation reads its own examples as they say: the score for the lines it
/// must read, nothing for the lines it must leave.
@Suite struct LineRuleExampleTests {
    static let cases: [(rule: String, example: Int)] = LineScorer.rules.flatMap { rule in
        rule.examples.indices.map { (String(describing: rule), $0) }
    }

    @Test(arguments: cases.indices)
    func ruleReadsItsExample(index: Int) throws {
        let (name, number) = Self.cases[index]
        let rule = try #require(LineScorer.rules.first { String(describing: $0) == name })
        let example = rule.examples[number]
        let line = TextLine(text: example.text, role: example.role)
        let reading = try #require(LineScorer.reading(line))
        #expect(rule.score(line, reading: reading) == example.score, "\(name): \(example.text)")
    }

    /// The page gate before scoring lets through every example a rule reads as consent wording:
    /// a rule added without teaching the gate fails here.
    @Test(arguments: cases.indices)
    func theGateLetsThroughEveryConsentExample(index: Int) throws {
        let (name, number) = Self.cases[index]
        let rule = try #require(LineScorer.rules.first { String(describing: $0) == name })
        let example = rule.examples[number]
        guard example.score?.consent == true else { return }
        let line = TextLine(text: example.text, role: example.role)
        #expect(LineScorer.mayBeConsentWording(line, reading: LineScorer.reading(line)), "\(name): \(example.text)")
    }

    /// Every rule has lines it must read and, but for the last, which reads every line, lines it
    /// must leave.
    @Test func everyRuleHasBothKindsOfExample() {
        for rule in LineScorer.rules {
            #expect(rule.examples.contains { $0.score != nil }, "\(rule)")
        }
        for rule in LineScorer.rules.dropLast() {
            #expect(rule.examples.contains { $0.score == nil }, "\(rule)")
        }
    }
}
