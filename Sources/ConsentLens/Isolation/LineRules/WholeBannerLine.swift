import ConsentParse

/// Cookie wording and its row of buttons in one line, as a copy that ran a banner together gives
/// it ("We use cookies to improve your experience. Accept all Reject all"): a notice by itself
/// when it speaks of cookies.
enum WholeBannerLine: LineRule {
    static let examples: [LineRuleExample] = [
        LineRuleExample("We use cookies to improve your experience. Accept all Reject all",
                        .init(value: NoticeIsolator.minimumScore, strong: true, isButtonRow: true, consent: true)),
        LineRuleExample("Wir verwenden Cookies, um die Website zu verbessern. Alle akzeptieren Ablehnen",
                        .init(value: NoticeIsolator.minimumScore, strong: true, isButtonRow: true, consent: true)),
        LineRuleExample("We use cookies to improve your experience on our website.", nil),
        LineRuleExample("Accept all Reject all", nil),
    ]

    static func score(_ line: TextLine, reading: LineScorer.Reading) -> LineScorer.Score? {
        guard reading.length > LineScorer.labelLength, ControlLexicon.trailingLabels(in: line.text).count >= 2 else { return nil }
        let hit = reading.hit
        let speaksOfCookies = hit == .cookieWord || hit == .cookieUse
        return .init(value: speaksOfCookies ? LineScorer.minimumWholeBanner : 5, strong: true, isButtonRow: true, consent: hit != .none)
    }
}
