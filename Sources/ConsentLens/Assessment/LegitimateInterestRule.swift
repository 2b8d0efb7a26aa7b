/// Legitimate interest: processing that runs until the visitor objects, instead of waiting for
/// consent. Claiming it at all scores (the EDPB taskforce lists it as a practice to examine);
/// offering it for purpose 1 (never allowed) or purposes 3–6 (not allowed since TCF v2.2) scores
/// per purpose.
enum LegitimateInterestRule: AssessmentRule {
    static let component = AssessmentComponent.legitimateInterest
    static let claimPoints = 3
    static let perPurposePoints = 1
    /// Purposes the TCF v2.2 allows only on consent.
    static let consentOnlyPurposes: Set<Int> = [1, 3, 4, 5, 6]

    static func findings(for notice: ConsentNotice) -> [Finding] {
        var out: [Finding] = []
        let perPurpose = notice.purposes.filter { $0.kind == .purpose && $0.legitimateInterest == true }
        switch notice.legitimateInterestClaimed ?? (perPurpose.isEmpty ? nil : true) {
        case true?:
            out.append(Finding(
                id: "legitimate-interest.claimed", component: component, severity: .medium,
                explanation: "The notice says partners rely on legitimate interest: they process data until the visitor finds and uses an objection.",
                basis: "\(claimPoints) for claiming legitimate interest",
                points: claimPoints, edpbCriterion: .legitimateInterestClaimed))
        case false?:
            out.append(Finding(
                id: "legitimate-interest.claimed", component: component, severity: .info,
                explanation: "The notice's choices (its preference centre or vendor list) claim no legitimate interest."))
        case nil:
            out.append(Finding(
                id: "legitimate-interest.claimed", component: component, severity: .info, status: .unknown,
                explanation: "Unknown: the file shows only the notice's first layer, which says nothing about legitimate interest; the choices behind it, where partners' legitimate interests are listed, are not in the file.",
                basis: "unknown: up to \(claimPoints) points at stake", pointsAtStake: claimPoints))
        }
        for (i, purpose) in notice.purposes.enumerated() where purpose.kind == .purpose && purpose.legitimateInterest == true {
            guard let id = purpose.tcfId, consentOnlyPurposes.contains(id) else { continue }
            out.append(Finding(
                id: "legitimate-interest.\(ItemLabel.slug(purpose, index: i))", component: component, severity: .high,
                explanation: "Legitimate interest is offered for \(ItemLabel.of(purpose)), which the TCF v2.2 allows only with consent.",
                basis: "\(perPurposePoints) per purpose 1, 3, 4, 5 or 6 offered on legitimate interest",
                points: perPurposePoints, edpbCriterion: .legitimateInterestClaimed))
        }
        let allowed = perPurpose.filter { $0.tcfId.map { !consentOnlyPurposes.contains($0) } ?? true }
        if !allowed.isEmpty {
            out.append(Finding(
                id: "legitimate-interest.other-purposes", component: component, severity: .low,
                explanation: "Legitimate interest is also offered for \(ItemLabel.list(allowed.map(ItemLabel.short))): allowed by the TCF, but the visitor must object to stop it."))
        }
        return out
    }
}
