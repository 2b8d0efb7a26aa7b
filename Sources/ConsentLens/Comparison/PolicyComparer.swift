/// Builds a ``PolicyComparison`` from two analyses: matches their items, categories and controls
/// and puts each pair in one row.
public enum PolicyComparer {
    public static func compare(_ a: PageAnalysis, _ b: PageAnalysis) -> PolicyComparison {
        let assessmentA = a.assessment ?? a.notice.map(PrivacyAssessor.assess)
        let assessmentB = b.assessment ?? b.notice.map(PrivacyAssessor.assess)
        let pageA = ComparedPage(a, assessment: assessmentA)
        let pageB = ComparedPage(b, assessment: assessmentB)
        let noticeA = a.notice, noticeB = b.notice

        let declarations = compareDeclarations(noticeA?.purposes ?? [], noticeB?.purposes ?? [])
        let stacks = compareStacks(noticeA?.stacks ?? [], noticeB?.stacks ?? [])
        let categories = compareCategories(noticeA?.cookieCategories ?? [], noticeB?.cookieCategories ?? [])
        let controls: [ControlComparison] = [
            ("acceptAll", \NoticeControls.acceptAll), ("rejectAll", \.rejectAll),
            ("manageChoices", \.manageChoices), ("saveChoices", \.saveChoices),
        ].map { name, path in
            ControlComparison(control: name, a: noticeA?.controls[keyPath: path], b: noticeB?.controls[keyPath: path])
        }
        let components = AssessmentComponent.declared.map { component in
            let ca = assessmentA?.component(component), cb = assessmentB?.component(component)
            return ComponentComparison(
                component: component, points: FigureComparison(a: ca?.points, b: cb?.points),
                pointsAtStakeA: ca?.pointsAtStake, pointsAtStakeB: cb?.pointsAtStake)
        }
        var weightedA = asks(declarations, categories, side: .onlyA)
        var weightedB = asks(declarations, categories, side: .onlyB)
        let claim = LegitimateInterestRule.claimPoints
        if noticeA?.legitimateInterestClaimed == true && noticeB?.legitimateInterestClaimed == false { weightedA.append(("legitimate interest", claim)) }
        if noticeB?.legitimateInterestClaimed == true && noticeA?.legitimateInterestClaimed == false { weightedB.append(("legitimate interest", claim)) }
        // A difference in controls is a difference: the first layers' buttons, compared where both
        // files hold the first layer and show its buttons.
        let bothFirstLayers = noticeA?.firstLayerInFile == true && noticeB?.firstLayerInFile == true
        for (words, path, points) in missingControls where bothFirstLayers {
            let x = noticeA?.controls[keyPath: path], y = noticeB?.controls[keyPath: path]
            if x == true && y == false { weightedB.append(("consent without a \(words) on the first layer", points)) }
            if y == true && x == false { weightedA.append(("consent without a \(words) on the first layer", points)) }
        }
        let tickedA = preTicked(assessmentA), tickedB = preTicked(assessmentB)
        if tickedA == true && tickedB == false { weightedA.append(("consent with pre-ticked boxes", ControlsRule.preTickedPoints)) }
        if tickedB == true && tickedA == false { weightedB.append(("consent with pre-ticked boxes", ControlsRule.preTickedPoints)) }
        // Most points first, so that the verdict names what weighs most (a missing reject-all
        // before one more purpose); equal weights keep their order.
        let onlyInA = byPoints(weightedA), onlyInB = byPoints(weightedB)

        var comparison = PolicyComparison(
            a: pageA, b: pageB,
            totalPartners: FigureComparison(a: noticeA?.totalPartners, b: noticeB?.totalPartners),
            score: FigureComparison(a: assessmentA?.score, b: assessmentB?.score),
            components: components, declarations: declarations, stacks: stacks, categories: categories,
            controls: controls, onlyIn: (onlyInA, onlyInB))
        comparison.setVerdict(ComparisonVerdict.sentence(for: comparison))
        return comparison
    }

    /// Controls whose absence takes a choice away, in words.
    static var missingControls: [(FindingText, KeyPath<NoticeControls, Bool?>, Int)] { [
        ("reject-all button", \.rejectAll, ControlsRule.noRejectPoints), ("manage-choices button", \.manageChoices, 0),
    ] }

    /// A difference and the points the scoring gives the practice it names.
    typealias Weighted = (text: FindingText, points: Int)

    static func byPoints(_ items: [Weighted]) -> [FindingText] {
        items.enumerated().sorted { l, r in
            l.element.points != r.element.points ? l.element.points > r.element.points : l.offset < r.offset
        }.map(\.element.text)
    }

    /// Whether the page's optional categories were saved ticked: `nil` when unknown.
    static func preTicked(_ assessment: PrivacyAssessment?) -> Bool? {
        guard let f = assessment?.findings.first(where: { $0.id == "controls.pre-ticked-boxes" }), f.status == .observed else { return nil }
        return f.points > 0
    }

    // MARK: - Matching

    /// How an item is matched: its TCF id, or its folded name when it has none.
    struct DeclarationKey: Hashable, Comparable {
        var kind: DeclarationKind
        var tcfId: Int?
        var name: String

        init(_ d: PurposeDeclaration) {
            kind = d.kind
            tcfId = d.tcfId
            name = d.tcfId == nil ? TextNormalizer.fold(d.name) : ""
        }

        static func < (l: Self, r: Self) -> Bool {
            if l.kind != r.kind { return l.kind < r.kind }
            switch (l.tcfId, r.tcfId) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return l.name < r.name
            }
        }
    }

    static func compareDeclarations(_ a: [PurposeDeclaration], _ b: [PurposeDeclaration]) -> [DeclarationComparison] {
        let byKeyA = firstByKey(a, key: DeclarationKey.init)
        let byKeyB = firstByKey(b, key: DeclarationKey.init)
        let keys = Set(byKeyA.keys).union(byKeyB.keys).sorted()
        return keys.map { key in
            let x = byKeyA[key], y = byKeyB[key]
            let shown = (x ?? y)!
            let name = shown.tcfId.flatMap { TCFTaxonomy.officialName(shown.kind, $0) } ?? shown.name
            return DeclarationComparison(
                kind: key.kind, tcfId: key.tcfId, name: name, presence: presence(x != nil, y != nil),
                partners: FigureComparison(a: x?.partners, b: y?.partners),
                refusableA: x?.refusability.canBeRefused, refusableB: y?.refusability.canBeRefused)
        }
    }

    static func compareStacks(_ a: [StackDeclaration], _ b: [StackDeclaration]) -> [StackComparison] {
        func key(_ s: StackDeclaration) -> String { s.tcfId.map { "#\($0)" } ?? TextNormalizer.fold(s.name) }
        let byKeyA = firstByKey(a, key: key), byKeyB = firstByKey(b, key: key)
        var keys: [String] = []
        for s in a + b where !keys.contains(key(s)) { keys.append(key(s)) }
        keys.sort { l, r in
            let li = byKeyA[l]?.tcfId ?? byKeyB[l]?.tcfId, ri = byKeyA[r]?.tcfId ?? byKeyB[r]?.tcfId
            switch (li, ri) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return l < r
            }
        }
        return keys.map { k in
            let x = byKeyA[k], y = byKeyB[k]
            let shown = (x ?? y)!
            let name = shown.tcfId.flatMap { TCFTaxonomy.stack($0)?.name } ?? shown.name
            return StackComparison(tcfId: shown.tcfId, name: name, presence: presence(x != nil, y != nil), partners: FigureComparison(a: x?.partners, b: y?.partners))
        }
    }

    static func compareCategories(_ a: [CookieCategory], _ b: [CookieCategory]) -> [CategoryComparison] {
        CategoryClass.allCases.compactMap { cls in
            let x = a.filter { $0.normalized == cls }, y = b.filter { $0.normalized == cls }
            guard !x.isEmpty || !y.isEmpty else { return nil }
            return CategoryComparison(
                normalized: cls, presence: presence(!x.isEmpty, !y.isEmpty),
                namesA: x.map(\.name), namesB: y.map(\.name),
                alwaysActiveA: x.isEmpty ? nil : x.contains(where: \.alwaysActive),
                alwaysActiveB: y.isEmpty ? nil : y.contains(where: \.alwaysActive))
        }
    }

    /// What one side asks for and the other does not, in plain words: items and cookie classes
    /// only one declares, and items or classes only one makes impossible to refuse. Stacks are
    /// left out: they bundle purposes that are compared one by one.
    static func asks(_ declarations: [DeclarationComparison], _ categories: [CategoryComparison], side: Presence) -> [Weighted] {
        // Something needing consent that cannot be refused weighs what the cannot-refuse rule
        // gives it; a purpose or class only one side declares, one point.
        let cannotRefuse = CannotRefuseRule.firstMisclassifiedPoints
        let withoutChoice: FindingText = " without a choice"
        let mine: (DeclarationComparison) -> Bool? = { side == .onlyA ? $0.refusableA : $0.refusableB }
        let theirs: (DeclarationComparison) -> Bool? = { side == .onlyA ? $0.refusableB : $0.refusableA }
        var out: [Weighted] = []
        for d in declarations {
            let label: FindingText = d.tcfId.map { id -> FindingText in
                let name = TCFTaxonomy.officialName(d.kind, id).map { FindingText(own: $0) } ?? "\(d.name)"
                return "\(ItemLabel.noun(d.kind)) \(id) (\(name))"
            } ?? "\(ItemLabel.noun(d.kind)) “\(d.name)”"
            if d.presence == side {
                out.append((label, 1))
            } else if d.presence == .both, mine(d) == false, theirs(d) == true {
                out.append((label + withoutChoice, cannotRefuse))
            }
        }
        for c in categories where c.normalized != .necessary {
            let (own, other) = side == .onlyA ? (c.alwaysActiveA, c.alwaysActiveB) : (c.alwaysActiveB, c.alwaysActiveA)
            let cookies: FindingText = "\(categoryWords(c.normalized)) cookies"
            if c.presence == side {
                out.append(own == true ? (cookies + withoutChoice, cannotRefuse) : (cookies, 1))
            } else if c.presence == .both, own == true, other == false {
                out.append((cookies + withoutChoice, cannotRefuse))
            }
        }
        return out
    }

    static func categoryWords(_ cls: CategoryClass) -> FindingText {
        ItemLabel.categoryWords(cls)
    }

    static func presence(_ inA: Bool, _ inB: Bool) -> Presence {
        inA && inB ? .both : inA ? .onlyA : .onlyB
    }

    static func firstByKey<T, K: Hashable>(_ items: [T], key: (T) -> K) -> [K: T] {
        var out: [K: T] = [:]
        for item in items where out[key(item)] == nil { out[key(item)] = item }
        return out
    }
}
