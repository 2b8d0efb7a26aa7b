/// What the visitor cannot refuse. The heaviest component: a TCF purpose or special feature, or a
/// cookie category other than strictly necessary, shown as always active is processing that needs
/// consent done without any way to refuse it — the EDPB taskforce's "inaccurately classified
/// essential cookies", where consent is not merely invalid but not asked at all. The first such
/// item scores ``firstMisclassifiedPoints`` on its own, each further one
/// ``furtherMisclassifiedPoints``. TCF special purposes and features cannot be objected to by
/// design: they score a little, by how many there are and how many partners use the largest.
enum CannotRefuseRule: AssessmentRule {
    static let component = AssessmentComponent.cannotRefuse
    static let firstMisclassifiedPoints = 30
    static let furtherMisclassifiedPoints = 5
    static let itemMaximum = 3
    static let partnerMaximum = 2

    static func findings(for notice: ConsentNotice) -> [Finding] {
        var out: [Finding] = []
        // The first-item points go to the most intrusive item that cannot be refused.
        let worst = mostIntrusive(notice)
        func points(_ key: String) -> (Int, FindingText) {
            key == worst
                ? (firstMisclassifiedPoints, "\(firstMisclassifiedPoints) for the first thing needing consent that cannot be refused")
                : (furtherMisclassifiedPoints, "\(furtherMisclassifiedPoints) for each further thing needing consent that cannot be refused")
        }
        for (i, item) in notice.purposes.enumerated() where item.alwaysActive && (item.kind == .purpose || item.kind == .specialFeature) {
            let (n, basis) = points("item-\(i)")
            let partners: FindingText = item.partners.map { " (\($0) partners)" } ?? ""
            out.append(Finding(
                id: "cannot-refuse.\(ItemLabel.slug(item, index: i))", component: component, severity: .high,
                explanation: "\(ItemLabel.of(item).capitalisedFirst) is shown as always active, although the TCF lets the visitor refuse it\(partners).",
                basis: basis, points: n, edpbCriterion: .inaccuratelyClassifiedEssentialCookies))
        }
        for (i, category) in notice.cookieCategories.enumerated() where category.alwaysActive {
            if category.normalized == .necessary {
                out.append(Finding(
                    id: "cannot-refuse.category-\(i + 1)", component: component, severity: .info,
                    explanation: "“\(category.name)” is always active, as strictly necessary cookies may be."))
            } else {
                let (n, basis) = points("category-\(i)")
                out.append(Finding(
                    id: "cannot-refuse.category-\(i + 1)", component: component, severity: .high,
                    explanation: "“\(category.name)” (\(ItemLabel.categoryWords(category.normalized))) is shown as always active, although only strictly necessary cookies may be set without consent.",
                    basis: basis, points: n, edpbCriterion: .inaccuratelyClassifiedEssentialCookies))
            }
        }
        if let finding = tcfExceptions(notice) { out.append(finding) }
        if out.isEmpty {
            out.append(Finding(
                id: "cannot-refuse.none", component: component, severity: .info,
                explanation: "Nothing is shown as impossible to refuse."))
        }
        return out
    }

    /// Which of the consent-requiring things shown as always active is the most intrusive: sale of
    /// data, then marketing, then a TCF special feature or purpose, then statistics, other and
    /// preferences cookies; the first on the notice on a tie.
    static func mostIntrusive(_ notice: ConsentNotice) -> String? {
        func rank(_ cls: CategoryClass) -> Int {
            switch cls {
            case .saleOfData: return 0
            case .marketing: return 1
            case .statistics: return 4
            case .other: return 5
            case .preferences: return 6
            case .necessary: return 9
            }
        }
        var candidates: [(rank: Int, key: String)] = []
        for (i, item) in notice.purposes.enumerated() where item.alwaysActive && (item.kind == .purpose || item.kind == .specialFeature) {
            candidates.append((item.kind == .specialFeature ? 2 : 3, "item-\(i)"))
        }
        for (i, category) in notice.cookieCategories.enumerated() where category.alwaysActive && category.normalized != .necessary {
            candidates.append((rank(category.normalized), "category-\(i)"))
        }
        return candidates.enumerated().min { a, b in (a.element.rank, a.offset) < (b.element.rank, b.offset) }?.element.key
    }

    /// Special purposes and features: declared means not refusable, whether or not the notice
    /// prints "Always Active" next to them.
    static func tcfExceptions(_ notice: ConsentNotice) -> Finding? {
        let items = notice.purposes.filter { $0.kind == .specialPurpose || $0.kind == .feature }
        guard !items.isEmpty else { return nil }
        let count = min(itemMaximum, items.count)
        let itemBasis = Points.basis("\(items.count) items × 1", items.count, maximum: itemMaximum)
        let labelled: FindingText = items.allSatisfy(\.alwaysActive) ? ", all shown as always active" : ""
        guard let (largest, partners) = Points.largest(items) else {
            return Finding(
                id: "cannot-refuse.special-purposes-and-features", component: component, severity: .medium,
                explanation: "\(items.count) TCF special purposes and features cannot be refused (the TCF lets no one object to them)\(labelled); their partner counts are not shown.",
                basis: "\(itemBasis); up to \(partnerMaximum) more at stake",
                points: count, pointsAtStake: partnerMaximum)
        }
        let extra = Points.per(50, of: partners, maximum: partnerMaximum)
        return Finding(
            id: "cannot-refuse.special-purposes-and-features", component: component, severity: .medium,
            explanation: "\(items.count) TCF special purposes and features cannot be refused (the TCF lets no one object to them)\(labelled); the largest, \(ItemLabel.of(largest)), is used by \(partners) partners.",
            basis: "\(itemBasis) + \(Points.basis("round(\(partners) / 50)", Points.rounded(partners, per: 50), maximum: partnerMaximum))",
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
