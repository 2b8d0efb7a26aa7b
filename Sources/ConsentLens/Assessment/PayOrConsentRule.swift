/// Consent or pay: a wall whose alternative to consenting to tracking is paying ("PUR-Abo",
/// "Pay or OK"). The EDPB's Opinion 08/2024 on valid consent in the context of consent or pay
/// models (adopted 17 April 2024) finds that offering only a paid alternative to consent will in
/// most cases not give freely given consent (for large online platforms, which the opinion
/// addresses; its reasoning is what national regulators apply to publishers' walls), and that a
/// further, free alternative without behavioural advertising should be considered. So a wall
/// where refusing is possible only by paying scores ``points`` in "what cannot be refused": the
/// visitor cannot refuse without paying. A wall that also offers a free way on without tracking
/// (a reject, "only necessary", a free limited version) is reported without points; a file that
/// shows none of the notice's buttons leaves it unknown, with the points at stake.
enum PayOrConsentRule: AssessmentRule {
    static let component = AssessmentComponent.cannotRefuse
    static let points = 10

    static func findings(for notice: ConsentNotice) -> [Finding] {
        guard let wall = notice.payOrConsent else { return [] }
        switch wall.freeAlternative {
        case false?:
            return [Finding(
                id: "pay-or-consent", component: component, severity: .high,
                explanation: "Refusing tracking is possible only by paying: the alternative to consenting is \(offer(wall)), and the notice offers no free way on without tracking (no reject, no “only necessary”, no free limited version).",
                basis: "\(points) for consent or pay without a free alternative", points: points, edpbCriterion: .consentOrPay)]
        case true?:
            let free: FindingText = wall.freeAlternativeLabel.map { " (“\($0)”)" } ?? ""
            return [Finding(
                id: "pay-or-consent", component: component, severity: .info,
                explanation: "The notice offers a paid alternative to consent, \(offer(wall)), and also a free way on without tracking\(free).",
                edpbCriterion: .consentOrPay)]
        case nil:
            return [Finding(
                id: "pay-or-consent", component: component, severity: .info, status: .unknown,
                explanation: "Unknown: the notice offers a paid alternative to consent, \(offer(wall)), but the saved file shows no row of the notice's buttons, so whether a free way on without tracking was offered cannot be told.",
                basis: "unknown: \(points) points at stake", pointsAtStake: points, edpbCriterion: .consentOrPay)]
        }
    }

    /// “PUR-Abo kaufen” at 2.49 EUR per month.
    static func offer(_ wall: PayOrConsent) -> FindingText {
        let price: FindingText = wall.price != nil ? " at \(FindingText(own: wall.priceWords))" : wall.priceAsShown.map { " at \($0)" } ?? ""
        return "“\(wall.label)”\(price)"
    }

    /// What the missing-reject finding adds on a wall: the alternative to consenting is to pay.
    static func alternativeIsToPay(_ wall: PayOrConsent?) -> FindingText {
        guard let wall, wall.freeAlternative != true else { return "" }
        return " The alternative to consenting is to pay: \(offer(wall))."
    }
}
