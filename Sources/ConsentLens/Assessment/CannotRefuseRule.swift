/// What the visitor cannot refuse. TCF special purposes and features cannot be objected to by
/// design: they score by how many there are and how many partners use the largest. A TCF purpose
/// or special feature, or a cookie category other than strictly necessary, shown as always active
/// is worse — it takes away a choice the law requires — and is the EDPB's "inaccurately classified
/// essential cookies".
enum CannotRefuseRule: AssessmentRule {
    static let component = AssessmentComponent.cannotRefuse
    static let itemMaximum = 6
    static let partnerMaximum = 4
    static let misclassifiedPoints = 5

    static func findings(for notice: ConsentNotice) -> [Finding] {
        var out: [Finding] = []
        if let finding = tcfExceptions(notice) { out.append(finding) }
        for (i, item) in notice.purposes.enumerated() where item.alwaysActive && (item.kind == .purpose || item.kind == .specialFeature) {
            out.append(Finding(
                id: "cannot-refuse.\(ItemLabel.slug(item, index: i))", component: component, severity: .high,
                explanation: "\(ItemLabel.of(item).capitalisedFirst) is shown as always active, although the TCF lets the visitor refuse it\(item.partners.map { " (\($0) partners)" } ?? "").",
                basis: "\(misclassifiedPoints) per purpose or special feature shown as always active",
                points: misclassifiedPoints, edpbCriterion: .inaccuratelyClassifiedEssentialCookies))
        }
        for (i, category) in notice.cookieCategories.enumerated() where category.alwaysActive {
            if category.normalized == .necessary {
                out.append(Finding(
                    id: "cannot-refuse.category-\(i + 1)", component: component, severity: .info,
                    explanation: "“\(category.name)” is always active, as strictly necessary cookies may be."))
            } else {
                out.append(Finding(
                    id: "cannot-refuse.category-\(i + 1)", component: component, severity: .high,
                    explanation: "“\(category.name)” (\(category.normalized.rawValue)) is shown as always active, although only strictly necessary cookies may be set without consent.",
                    basis: "\(misclassifiedPoints) per non-necessary cookie category shown as always active",
                    points: misclassifiedPoints, edpbCriterion: .inaccuratelyClassifiedEssentialCookies))
            }
        }
        if out.isEmpty {
            out.append(Finding(
                id: "cannot-refuse.none", component: component, severity: .info,
                explanation: "Nothing is shown as impossible to refuse."))
        }
        return out
    }

    /// Special purposes and features: declared means not refusable, whether or not the notice
    /// prints "Always Active" next to them.
    static func tcfExceptions(_ notice: ConsentNotice) -> Finding? {
        let items = notice.purposes.filter { $0.kind == .specialPurpose || $0.kind == .feature }
        guard !items.isEmpty else { return nil }
        let count = min(itemMaximum, items.count)
        let itemBasis = Points.basis("\(items.count) items × 1", items.count, maximum: itemMaximum)
        let labelled = items.allSatisfy(\.alwaysActive) ? ", all shown as always active" : ""
        guard let (largest, partners) = Points.largest(items) else {
            return Finding(
                id: "cannot-refuse.special-purposes-and-features", component: component, severity: .medium,
                explanation: "\(items.count) TCF special purposes and features cannot be refused (the TCF lets no one object to them)\(labelled); their partner counts are not shown.",
                basis: "\(itemBasis); up to \(partnerMaximum) more at stake",
                points: count, pointsAtStake: partnerMaximum)
        }
        let extra = Points.per(25, of: partners, maximum: partnerMaximum)
        return Finding(
            id: "cannot-refuse.special-purposes-and-features", component: component, severity: .medium,
            explanation: "\(items.count) TCF special purposes and features cannot be refused (the TCF lets no one object to them)\(labelled); the largest, \(ItemLabel.of(largest)), is used by \(partners) partners.",
            basis: "\(itemBasis) + \(Points.basis("round(\(partners) / 25)", Points.rounded(partners, per: 25), maximum: partnerMaximum))",
            points: count + extra)
    }
}

extension String {
    /// The string with its first character upper-cased ("purpose 1 …" → "Purpose 1 …").
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
