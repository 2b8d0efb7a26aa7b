/// Whether the notice's figures agree with each other. A purpose cannot have more partners than
/// the notice has in all, and a stack counts every partner of the purposes it groups, so it cannot
/// have fewer than any of them. Disagreement scores nothing but says the figures (and so the score)
/// rest on a notice that contradicts itself or was read incompletely.
enum ConsistencyRule: AssessmentRule {
    static let component = AssessmentComponent.consistency

    static func findings(for notice: ConsentNotice) -> [Finding] {
        var out: [Finding] = []
        func stackLabel(_ stack: StackDeclaration) -> FindingText {
            stack.tcfId.map { "\($0)" } ?? "“\(stack.name)”"
        }
        if let total = notice.totalPartners {
            for (i, item) in notice.purposes.enumerated() {
                guard let n = item.partners, n > total else { continue }
                out.append(Finding(
                    id: "consistency.above-total.\(ItemLabel.slug(item, index: i))", component: component, severity: .medium,
                    explanation: "\(ItemLabel.of(item).capitalisedFirst) names \(n) partners, more than the notice's total of \(total)."))
            }
            for (i, stack) in notice.stacks.enumerated() {
                guard let n = stack.partners, n > total else { continue }
                out.append(Finding(
                    id: "consistency.above-total.stack-\(stack.tcfId.map(String.init) ?? "unnamed-\(i + 1)")", component: component, severity: .medium,
                    explanation: "Stack \(stackLabel(stack)) names \(n) partners, more than the notice's total of \(total)."))
            }
        }
        for (i, stack) in notice.stacks.enumerated() {
            guard let n = stack.partners else { continue }
            let grouped = notice.purposes.filter { item in
                guard let id = item.tcfId else { return false }
                return (item.kind == .purpose && stack.purposeIds.contains(id))
                    || (item.kind == .specialFeature && stack.specialFeatureIds.contains(id))
            }
            guard let (item, m) = Points.largest(grouped), m > n else { continue }
            out.append(Finding(
                id: "consistency.stack-below-item.stack-\(stack.tcfId.map(String.init) ?? "unnamed-\(i + 1)")", component: component, severity: .low,
                explanation: "Stack \(stackLabel(stack)) names \(n) partners, fewer than the \(m) of \(ItemLabel.short(item)), which it groups."))
        }
        let counted = notice.purposes.filter { $0.partners != nil }
        let uncounted = notice.purposes.filter { $0.partners == nil }
        if !counted.isEmpty && !uncounted.isEmpty {
            out.append(Finding(
                id: "consistency.missing-counts", component: component, severity: .low,
                explanation: "Partner counts are shown for \(counted.count) items but missing for \(uncounted.count): \(ItemLabel.list(uncounted.map(ItemLabel.short)))."))
        }
        if out.isEmpty {
            let anyCount = notice.totalPartners != nil || !counted.isEmpty || notice.stacks.contains { $0.partners != nil }
            out.append(Finding(
                id: "consistency.ok", component: component, severity: .info,
                explanation: anyCount
                    ? "The partner counts agree with each other: none exceeds the total and no stack has fewer partners than an item it groups."
                    : "The notice shows no partner counts to check against each other."))
        }
        return out
    }
}
