import ConsentParse

/// A short line that is, word for word, a label consent tools print: "Always Active", an "Accept
/// all" / "Reject all" control (for the languages whose control words do not read it), or a
/// preference centre's title ("Privacy Preference Center").
enum KnownLabelLine: LineRule {
    /// Longer lines are no label.
    static let longestLabel = 60

    static let examples: [LineRuleExample] = [
        LineRuleExample("Always Active", .init(value: 4, strong: true, consent: true)),
        LineRuleExample("Immer aktiv", .init(value: 4, strong: true, consent: true)),
        LineRuleExample("Privacy Preference Center", .init(value: 3, strong: false, consent: true)),
        LineRuleExample("Permet totes les galetes", .init(value: 4, strong: true, isButtonRow: true)),
        LineRuleExample("Always open on Sundays", nil),
    ]

    /// The label the line is, word for word, with the label's text (trimmed and folded).
    static func label(_ reading: LineScorer.Reading) -> (kind: LineScorer.Vocabulary.Label, text: String)? {
        guard reading.length <= longestLabel else { return nil }
        let label = String(PhraseMatcher.trimmedLabel(Substring(reading.folded)))
        return LineScorer.Vocabulary.shared.label(label).map { ($0, label) }
    }

    static func score(_ line: TextLine, reading: LineScorer.Reading) -> LineScorer.Score? {
        guard let (kind, label) = Self.label(reading) else { return nil }
        switch kind {
        case .alwaysActive: return .init(value: 4, strong: true, consent: true)
        // A button when markup says so, or when the label has several words ("Permet totes les
        // galetes"), which prose does not print on a line of its own. A lone word ("OK") is only
        // a hint.
        case .acceptOrReject:
            if line.role == .button || label.utf8.contains(0x20) {
                return .init(value: 4, strong: true, isButtonRow: true)
            }
            return .init(value: 2, strong: false)
        case .preferenceCentreTitle: return .init(value: 3, strong: false, consent: true)
        }
    }

    /// Whether the line is a label that counts as consent wording (an "Always Active" label or a
    /// preference centre's title), as ``score(_:reading:)`` would say.
    static func isConsentLabel(_ reading: LineScorer.Reading) -> Bool {
        guard let (kind, _) = label(reading) else { return false }
        return kind != .acceptOrReject
    }
}
