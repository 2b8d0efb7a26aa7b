import ConsentParse

/// The name of a TCF purpose, special purpose, feature, special feature or stack, in any of the
/// IAB's wordings, read with the typo-tolerant matcher.
enum TCFNameLine: LineRule {
    /// Longer lines are prose that may quote a name, not the name.
    static let longestName = 400

    static let examples: [LineRuleExample] = [
        LineRuleExample("Store and/or access information on a device", .init(value: 5, strong: true, consent: true)),
        LineRuleExample("Measure advertising performance", .init(value: 5, strong: true, consent: true)),
        LineRuleExample("Informationen auf einem Gerät speichern und/oder abrufen", .init(value: 5, strong: true, consent: true)),
        LineRuleExample("Stocker et/ou accéder à des informations sur un appareil", .init(value: 5, strong: true, consent: true)),
        LineRuleExample("Store opening hours and directions", nil),
        LineRuleExample("Accept all", nil),
    ]

    static func score(_ line: TextLine, reading: LineScorer.Reading) -> LineScorer.Score? {
        guard reading.length < longestName, !TCFTaxonomy.cannotMatch(line.text), TCFTaxonomy.match(line.text) != nil else { return nil }
        return .init(value: 5, strong: true, consent: true)
    }
}
