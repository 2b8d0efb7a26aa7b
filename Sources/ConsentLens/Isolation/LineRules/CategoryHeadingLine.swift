import ConsentParse

/// A cookie category's name ("Marketing cookies", "Statistik", "Cookies de mesure d'audience"):
/// strong, and consent wording when it names cookies ("Advertisement" over an ad slot does not).
enum CategoryHeadingLine: LineRule {
    /// Longer lines are no heading.
    static let longestHeading = 120

    static let examples: [LineRuleExample] = [
        LineRuleExample("Marketing cookies", .init(value: 3, strong: true, consent: true)),
        LineRuleExample("Statistik-Cookies", .init(value: 3, strong: true, consent: true)),
        LineRuleExample("Advertisement", .init(value: 3, strong: true, consent: false)),
        LineRuleExample("Our marketing team grew again this year, with four new colleagues.", nil),
    ]

    static func score(_ line: TextLine, reading: LineScorer.Reading) -> LineScorer.Score? {
        guard reading.length < longestHeading,
              PhraseMatcher.categoryClass(ofHeading: line.text, languages: NoticeLanguage.all) != nil else { return nil }
        return .init(value: 3, strong: true, consent: reading.hit == .cookieWord || reading.hit == .cookieUse)
    }
}
