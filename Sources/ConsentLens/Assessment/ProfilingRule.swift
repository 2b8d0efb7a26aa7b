/// Profiling: TCF purposes 3–6 build a profile of the visitor and choose ads or content with it.
/// That is the processing the visitor is least likely to expect from reading a page, so declaring
/// it scores by itself, and more the more partners do it.
enum ProfilingRule: AssessmentRule {
    static let component = AssessmentComponent.profiling
    static let profilingPurposes = 3...6
    static let declarationPoints = 2
    static let partnerMaximum = 4

    static func findings(for notice: ConsentNotice) -> [Finding] {
        let itemised = notice.purposes.filter { $0.kind == .purpose && $0.tcfId.map(profilingPurposes.contains) == true }
        let inStacks = notice.stacks.contains { $0.purposeIds.contains(where: profilingPurposes.contains) }
        if !itemised.isEmpty || inStacks {
            return [declared(itemised)]
        }
        if ItemLabel.isTCF(notice) {
            return [Finding(
                id: "profiling.purposes-3-6", component: component, severity: .info,
                explanation: "The notice declares none of purposes 3–6 (building or using profiles for advertising or content).")]
        }
        if let marketing = notice.cookieCategories.first(where: { $0.normalized == .marketing }) {
            return [Finding(
                id: "profiling.marketing-category", component: component, severity: .medium,
                explanation: "The notice has a marketing cookie category, “\(marketing.name)”, but does not say how many partners profile visitors.",
                basis: "\(declarationPoints) for a marketing category; up to \(partnerMaximum) more at stake",
                points: declarationPoints, pointsAtStake: partnerMaximum)]
        }
        return [Finding(
            id: "profiling.none", component: component, severity: .info,
            explanation: "The notice declares neither a profiling purpose nor a marketing cookie category.")]
    }

    static func declared(_ itemised: [PurposeDeclaration]) -> Finding {
        let figures = itemised.map { d -> FindingText in "\(ItemLabel.short(d)): \(d.partners.map { FindingText("\($0)") } ?? "count not shown")" }
        guard let (_, largest) = Points.largest(itemised) else {
            return Finding(
                id: "profiling.purposes-3-6", component: component, severity: .medium,
                explanation: itemised.isEmpty
                    ? "Partners may build or use profiles (purposes 3–6 are part of a declared stack); how many is not shown."
                    : "Partners may build or use profiles (\(figures.joined(separator: ", "))); how many is not shown.",
                basis: "\(declarationPoints) for declaring profiling; up to \(partnerMaximum) more at stake",
                points: declarationPoints, pointsAtStake: partnerMaximum)
        }
        let extra = Points.per(25, of: largest, maximum: partnerMaximum)
        return Finding(
            id: "profiling.purposes-3-6", component: component, severity: largest >= 50 ? .high : .medium,
            explanation: "Up to \(largest) partners may build or use profiles of the visitor for advertising or content (\(figures.joined(separator: ", "))).",
            basis: "\(declarationPoints) for declaring profiling + \(Points.basis("round(\(largest) / 25)", Points.rounded(largest, per: 25), maximum: partnerMaximum))",
            points: declarationPoints + extra)
    }
}
