/// The `compare` command's Markdown: two policies side by side, one row per matched item with
/// both figures and the difference (B − A). A visitor over ``PolicyComparison``; page text enters
/// only through ``MarkdownText`` and so is escaped.
public struct ComparisonMarkdown {
    let comparison: PolicyComparison
    var document = MarkdownDocument()

    public static func render(_ comparison: PolicyComparison) -> String {
        var renderer = ComparisonMarkdown(comparison: comparison)
        renderer.visitAll()
        return renderer.document.text
    }

    init(comparison: PolicyComparison) {
        self.comparison = comparison
    }

    mutating func visitAll() {
        let c = comparison
        document.heading(1, "Consent notice comparison: \(MarkdownLabels.path(c.a.path)) vs \(MarkdownLabels.path(c.b.path))")
        document.paragraph("Made by ConsentLens from the two saved pages alone. A is \(MarkdownLabels.path(c.a.path)), B is \(MarkdownLabels.path(c.b.path)). Items are matched by TCF kind and id, cookie categories by class; “Difference” is B minus A, “–” where a figure is missing.")
        visitSummary()
        guard c.a.noticeFound && c.b.noticeFound else { return }
        visitComponents()
        visitDeclarations()
        visitStacks()
        visitCategories()
        visitControls()
        visitPayOrConsent()
        visitOnlyIn()
        document.paragraph("How each page's score is made: docs/scoring.md. Each page's own report gives the findings behind its points.")
    }

    mutating func visitSummary() {
        let c = comparison
        document.heading(2, "Summary")
        var table = MarkdownTable(["", "A", "B", "Difference"], right: [3])
        table.add(["File", MarkdownLabels.path(c.a.path), MarkdownLabels.path(c.b.path), ""])
        table.add(["Platform", c.a.platform.map { "\($0)" } ?? "none recognised", c.b.platform.map { "\($0)" } ?? "none recognised", ""])
        table.add(["Notice", c.a.noticeFound ? "found" : "not found", c.b.noticeFound ? "found" : "not found", ""])
        table.add(["Partners", MarkdownLabels.count(c.totalPartners.a), MarkdownLabels.count(c.totalPartners.b), MarkdownLabels.difference(c.totalPartners.difference)])
        table.add(["Privacy-impact score", score(c.a), score(c.b), MarkdownLabels.difference(c.score.difference)])
        table.add(["Points at stake (unknown)", c.a.pointsAtStake.map { "\($0)" } ?? "–", c.b.pointsAtStake.map { "\($0)" } ?? "–", ""])
        table.add(["Legitimate interest", claimed(c.a.legitimateInterestClaimed, found: c.a.noticeFound), claimed(c.b.legitimateInterestClaimed, found: c.b.noticeFound), ""])
        if c.a.observedScore != nil || c.b.observedScore != nil {
            // Capture folders: what the browser saw the site do, scored apart (docs/scoring.md).
            table.add(["Observed-behaviour score (capture)", observed(c.a), observed(c.b), ""])
            table.add(["Tracking after refusal (capture)", afterRefusal(c.a), afterRefusal(c.b), ""])
        }
        if c.a.tcStrings != nil || c.b.tcStrings != nil {
            table.add(["TC string consents before / after the choice (capture)", tcConsents(c.a), tcConsents(c.b), ""])
            table.add(["TC string findings (capture)", tcFindings(c.a), tcFindings(c.b), ""])
        }
        document.table(table)
        document.paragraph("**Verdict:** \(c.verdictText.markdown)")
    }

    func score(_ page: ComparedPage) -> MarkdownText {
        guard let s = page.score, let g = page.grade else { return "not assessed" }
        guard let w = page.worstCaseScore, let wg = page.worstCaseGrade, w > s else { return "\(s) (\(g.rawValue))" }
        return "\(s)–\(w) (\(g == wg ? g.rawValue : "\(g.rawValue)–\(wg.rawValue)"))"
    }

    func observed(_ page: ComparedPage) -> MarkdownText {
        guard let s = page.observedScore else { return "not captured" }
        guard let w = page.observedWorstCaseScore, w > s else { return "\(s)/100" }
        return "\(s)–\(w)/100"
    }

    func afterRefusal(_ page: ComparedPage) -> MarkdownText {
        guard let domains = page.trackingAfterRefusal else { return page.observedScore == nil ? "–" : "no refusal captured" }
        return domains.isEmpty ? "none" : MarkdownText(escaping: domains.joined(separator: ", "))
    }

    /// `4 purposes, 312 vendors / none`.
    func tcConsents(_ page: ComparedPage) -> MarkdownText {
        guard let t = page.tcStrings else { return "no TC string read" }
        return "\(t.beforeChoiceText) / \(t.afterChoiceText)"
    }

    func tcFindings(_ page: ComparedPage) -> MarkdownText {
        guard let t = page.tcStrings else { return "–" }
        return t.findings.isEmpty ? "none" : "\(t.findings.joined(separator: ", "))"
    }

    func claimed(_ value: Bool?, found: Bool) -> MarkdownText {
        guard found else { return "–" }
        return value.map { $0 ? "claimed" : "not claimed" } ?? "not stated"
    }

    mutating func visitComponents() {
        document.heading(2, "Score components")
        var table = MarkdownTable(["Component", "Maximum", "A", "B", "Difference"], right: [1, 2, 3, 4])
        for row in comparison.components where row.component.maximum > 0 {
            table.add([
                "\(row.component.title)", "\(row.component.maximum)",
                points(row.points.a, stake: row.pointsAtStakeA), points(row.points.b, stake: row.pointsAtStakeB),
                MarkdownLabels.difference(row.points.difference),
            ])
        }
        document.table(table)
    }

    func points(_ value: Int?, stake: Int?) -> MarkdownText {
        guard let value else { return "–" }
        guard let stake, stake > 0 else { return "\(value)" }
        return "\(value) (+\(stake) unknown)"
    }

    mutating func visitDeclarations() {
        document.heading(2, "Purposes, special purposes, features and special features")
        guard !comparison.declarations.isEmpty else {
            document.paragraph("Neither notice lists TCF purposes or features.")
            return
        }
        var table = MarkdownTable(["Kind", "TCF id", "Name", "A", "B", "Difference", "Can be refused (A / B)"], right: [1, 3, 4, 5])
        for d in comparison.declarations {
            table.add([
                MarkdownLabels.kind(d.kind), d.tcfId.map { "\($0)" } ?? "–", "\(d.name)",
                figure(d.partners.a, present: d.presence != .onlyB), figure(d.partners.b, present: d.presence != .onlyA),
                MarkdownLabels.difference(d.partners.difference),
                "\(refusable(d.refusableA)) / \(refusable(d.refusableB))",
            ])
        }
        document.table(table)
    }

    /// A count, "not shown" when the item is listed without one, "—" when the page lacks the item.
    func figure(_ value: Int?, present: Bool) -> MarkdownText {
        guard present else { return "not declared" }
        return MarkdownLabels.count(value)
    }

    func refusable(_ value: Bool?) -> MarkdownText {
        value.map { $0 ? "yes" : "no" } ?? "–"
    }

    mutating func visitStacks() {
        guard !comparison.stacks.isEmpty else { return }
        document.heading(2, "Stacks")
        var table = MarkdownTable(["TCF id", "Name", "A", "B", "Difference"], right: [0, 2, 3, 4])
        for s in comparison.stacks {
            table.add([
                s.tcfId.map { "\($0)" } ?? "–", "\(s.name)",
                figure(s.partners.a, present: s.presence != .onlyB), figure(s.partners.b, present: s.presence != .onlyA),
                MarkdownLabels.difference(s.partners.difference),
            ])
        }
        document.table(table)
    }

    mutating func visitCategories() {
        guard !comparison.categories.isEmpty else { return }
        document.heading(2, "Cookie categories")
        var table = MarkdownTable(["Class", "A", "B"])
        for row in comparison.categories {
            table.add([MarkdownLabels.categoryClass(row.normalized), category(row.namesA, row.alwaysActiveA), category(row.namesB, row.alwaysActiveB)])
        }
        document.table(table)
    }

    func category(_ names: [String], _ alwaysActive: Bool?) -> MarkdownText {
        guard !names.isEmpty else { return "not declared" }
        let shown = names.map { MarkdownText(escaping: $0) }.joined(separator: ", ")
        return alwaysActive == true ? "\(shown) (always active)" : shown
    }

    mutating func visitControls() {
        document.heading(2, "Controls")
        var table = MarkdownTable(["Control (first layer)", "A", "B"])
        for (row, (label, _)) in zip(comparison.controls, MarkdownLabels.controls) {
            table.add([label, MarkdownLabels.yesNo(row.a), MarkdownLabels.yesNo(row.b)])
        }
        document.table(table)
    }

    mutating func visitOnlyIn() {
        document.heading(2, "What one asks for that the other does not")
        let c = comparison
        document.list([
            "Only A: \(c.onlyInAText.isEmpty ? "nothing" : c.onlyInAText.joined(separator: "; ").markdown)",
            "Only B: \(c.onlyInBText.isEmpty ? "nothing" : c.onlyInBText.joined(separator: "; ").markdown)",
        ])
    }
}
