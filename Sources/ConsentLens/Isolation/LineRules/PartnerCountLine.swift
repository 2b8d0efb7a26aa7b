import ConsentParse

/// "We and our 157 partners", "Wir und unsere 1.204 Partner": a count of partners in any
/// language's pattern. Only consent notices print one, so it is a strong signal by itself.
enum PartnerCountLine: LineRule {
    static let examples: [LineRuleExample] = [
        LineRuleExample("We and our 157 partners store and/or access information on a device.", .init(value: 6, strong: true, consent: true)),
        LineRuleExample("Wir und unsere 1.204 Partner", .init(value: 6, strong: true, consent: true)),
        LineRuleExample("Nous et nos 850 partenaires", .init(value: 6, strong: true, consent: true)),
        LineRuleExample("The 3 best partners for your business in 2024", nil),
        LineRuleExample("We and our partners", nil),
    ]

    static func score(_ line: TextLine, reading: LineScorer.Reading) -> LineScorer.Score? {
        // A count needs a digit: most lines end at this check.
        guard line.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              PhraseMatcher.partnerCount(in: line.text, languages: NoticeLanguage.all) != nil else { return nil }
        return .init(value: 6, strong: true, consent: true)
    }
}
