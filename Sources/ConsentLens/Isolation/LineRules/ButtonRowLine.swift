import ConsentParse

/// A row of buttons, alone or glued into one line by a copy ("Cookie settingsReject allAccept
/// all"), read by the control words; or the same row in labels that consent tools print word for
/// word. A row that accepts or refuses is strong; "More options" or "Cookie settings" is part of
/// the notice's UI but says little alone; bare answers ("Yes", "No") are buttons only by markup.
enum ButtonRowLine: LineRule {
    /// Longer lines are no row of labels.
    static let longestRow = 160

    static let examples: [LineRuleExample] = [
        LineRuleExample("Accept all", role: .button, .init(value: 4, strong: true, isButtonRow: true)),
        LineRuleExample("Cookie settingsReject allAccept all", .init(value: 5, strong: true, isButtonRow: true)),
        LineRuleExample("Alle akzeptieren Alle ablehnen", .init(value: 5, strong: true, isButtonRow: true)),
        LineRuleExample("Cookie settings", role: .button, .init(value: 1, strong: false, isButtonRow: true)),
        LineRuleExample("Yes", .init(value: 1, strong: false, isButtonRow: true)),
        LineRuleExample("The team accepted all the changes. Then they left.", nil),
        LineRuleExample("Fish twice a week is fine", nil),
    ]

    static func score(_ line: TextLine, reading: LineScorer.Reading) -> LineScorer.Score? {
        let text = line.text
        guard reading.length <= longestRow, line.role == .button || !text.containsBytes(". ") else { return nil }
        let labels = ControlLexicon.labels(in: text, strict: line.role != .button)
        if line.role != .button, !labels.isEmpty, labels.allSatisfy({ ControlLexicon.isBareAnswer($0.text) }) {
            return .init(value: 1, strong: false, isButtonRow: true)
        }
        if labels.contains(where: { $0.kind == .acceptAll || $0.kind == .rejectAll }) {
            // Several buttons on one line, one of which accepts or refuses, are a notice's whole
            // row: with one paragraph about cookies above it, that is a banner.
            return .init(value: labels.count >= 2 ? 5 : 4, strong: true, isButtonRow: true)
        }
        if let mask = ExactLabelIndex.shared.mask(of: NoticeLanguage.all),
           ExactLabelIndex.shared.row(text, languageMask: mask) != nil {
            return .init(value: 5, strong: true, isButtonRow: true)
        }
        return labels.isEmpty ? nil : .init(value: 1, strong: false, isButtonRow: true)
    }
}
