import ConsentParse

/// Every other line, by the notices' words it holds: cookies, a sentence about using them (a
/// banner's opening), the notices' vocabulary (consent wording in a sentence, not in a lone
/// label such as "Werbung" over an ad slot), or none (article text, which costs a little).
enum NoticeWordingLine: LineRule {
    static let examples: [LineRuleExample] = [
        LineRuleExample("This website uses cookies.", .init(value: 5, strong: false, consent: true)),
        LineRuleExample("Read about cookies", .init(value: 3, strong: false, consent: true)),
        LineRuleExample("Fish twice a week is fine, but avoid those high in mercury.", .init(value: -1, strong: false)),
    ]

    static func score(_ line: TextLine, reading: LineScorer.Reading) -> LineScorer.Score? {
        switch reading.hit {
        case .cookieWord: return .init(value: 3, strong: false, consent: true)
        case .cookieUse: return .init(value: 5, strong: false, consent: true)
        case .vocabulary: return .init(value: 1, strong: false, consent: reading.length > LineScorer.labelLength)
        case .none: return .init(value: -1, strong: false)
        }
    }
}
