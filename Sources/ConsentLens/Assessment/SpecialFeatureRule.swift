/// The two TCF special features: precise geolocation (1) and actively scanning device
/// characteristics, i.e. fingerprinting (2). Both reach beyond what cookies do, so each scores for
/// being declared at all and a little more per partner.
enum SpecialFeatureRule: AssessmentRule {
    static let component = AssessmentComponent.specialFeatures
    static let declarationPoints = 2
    static let partnerMaximum = 1

    static let features: [(id: Int, name: FindingText, what: FindingText)] = [
        (1, "precise geolocation", "use the visitor's location to within about 500 metres"),
        (2, "device scanning", "actively scan the device's characteristics to identify it, i.e. fingerprint it"),
    ]

    static func findings(for notice: ConsentNotice) -> [Finding] {
        guard ItemLabel.isTCF(notice) else {
            return [Finding(
                id: "special-features.unknown", component: component, severity: .info, status: .unknown,
                explanation: "Unknown: the notice does not use the TCF's terms, so whether partners use precise geolocation or scan devices cannot be read.",
                basis: "unknown: up to \(component.maximum) points at stake", pointsAtStake: component.maximum)]
        }
        return features.map { feature in
            let id = "special-feature.\(feature.id)"
            let item = notice.purposes.first { $0.kind == .specialFeature && $0.tcfId == feature.id }
            let inStack = notice.stacks.contains { $0.specialFeatureIds.contains(feature.id) }
            guard item != nil || inStack else {
                return Finding(
                    id: id, component: component, severity: .info,
                    explanation: "Special feature \(feature.id), \(feature.name), is not declared: no partner may \(feature.what).")
            }
            guard let count = item?.partners else {
                return Finding(
                    id: id, component: component, severity: .high,
                    explanation: "Special feature \(feature.id), \(feature.name): partners may \(feature.what); how many is not shown.",
                    basis: "\(declarationPoints) for declaring it; up to \(partnerMaximum) more at stake",
                    points: declarationPoints, pointsAtStake: partnerMaximum)
            }
            return Finding(
                id: id, component: component, severity: .high,
                explanation: "Special feature \(feature.id), \(feature.name): \(count) partners may \(feature.what).",
                basis: "\(declarationPoints) for declaring it + \(Points.basis("round(\(count) / 50)", Points.rounded(count, per: 50), maximum: partnerMaximum))",
                points: declarationPoints + Points.per(50, of: count, maximum: partnerMaximum))
        }
    }
}
