/// The `report` command's document: one page's policy, score and findings as Markdown, readable
/// on GitHub or in any Markdown viewer. A visitor over ``PageAnalysis``: each section reads one
/// part of the model and adds its blocks; every string from the page goes through
/// ``MarkdownText`` and so is escaped.
///
/// The output depends only on the analysis and the path as given (no date), so committed reports can
/// be regenerated and compared byte for byte.
public struct MarkdownReport {
    let analysis: PageAnalysis
    let assessment: PrivacyAssessment?
    var document = MarkdownDocument()

    public static func render(_ analysis: PageAnalysis) -> String {
        var report = MarkdownReport(analysis: analysis)
        report.visitAll()
        return report.document.text
    }

    init(analysis: PageAnalysis) {
        self.analysis = analysis
        self.assessment = analysis.assessment ?? analysis.notice.map(PrivacyAssessor.assess)
    }

    mutating func visitAll() {
        document.heading(1, "Consent notice report: \(MarkdownLabels.path(analysis.source.path))")
        document.paragraph("Made by ConsentLens from the saved page alone. Names and descriptions are quoted from the page as data (any Markdown or HTML in them is escaped); the score and findings are ConsentLens's reading of what the notice declares, not a legal opinion.")
        visitSummary()
        if let capture = analysis.capture { visitObserved(capture) }
        guard let notice = analysis.notice, let assessment else {
            visitMethod(notice: nil)
            return
        }
        visitScore(assessment)
        visitDeclarations(notice)
        visitChart(notice)
        visitStacks(notice)
        visitCategories(notice)
        visitControls(notice)
        visitFindings(assessment)
        visitWording(notice)
        visitMethod(notice: notice)
    }

    // MARK: - Summary

    mutating func visitSummary() {
        document.heading(2, "Summary")
        let source = analysis.source
        var table = MarkdownTable(["Fact", "Value"])
        table.add(["File", "\(MarkdownLabels.path(source.path)) (\(source.format), \(source.bytes) bytes)"])
        table.add(["SHA-256", "\(source.sha256)"])
        let platforms: MarkdownText = analysis.platforms.isEmpty
            ? "none recognised"
            : analysis.platforms.map { p -> MarkdownText in
                p.confidence == "low" ? "\(p.name) (from wording only)" : "\(p.name)"
            }.joined(separator: ", ")
        table.add(["Platform", platforms])
        guard let notice = analysis.notice, let assessment else {
            table.add(["Notice", "not found in this file"])
            table.add(["Privacy-impact score", "not assessed: there is no notice to assess"])
            document.table(table)
            return
        }
        table.add(["Language", notice.language.map { "\($0)" } ?? "unknown"])
        table.add(["Partners", notice.totalPartners.map { "\($0)" } ?? "not shown"])
        let tcfCount = notice.purposes.count
        table.add(["TCF items", "\(tcfCount) (\(notice.purposes.filter(\.alwaysActive).count) shown as always active), \(notice.stacks.count) stack\(notice.stacks.count == 1 ? "" : "s")"])
        if !notice.firstLayerInFile {
            table.add(["First layer", "not in the file: it holds the notice's \((notice.controlsLayer ?? .preferenceCentre).words) only"])
        }
        table.add(["Legitimate interest", notice.legitimateInterestClaimed.map { $0 ? "claimed" : "not claimed" } ?? "not stated"])
        table.add(["Privacy-impact score", MarkdownLabels.range(assessment, bold: true)])
        if assessment.pointsAtStake > 0 {
            table.add(["Points at stake", "up to \(assessment.pointsAtStake) more points depend on facts this page cannot show: worst case \(assessment.worstCaseScore), grade \(assessment.worstCaseGrade.rawValue)"])
        }
        document.table(table)
        let top = assessment.topFindings
        if !top.isEmpty {
            document.paragraph("The findings that matter most:")
            document.list(top.map { f in "**\(f.severity.label)** (\(f.points) points): \(f.explanationText.markdown)" }, ordered: true)
        }
    }

    // MARK: - Score

    mutating func visitScore(_ assessment: PrivacyAssessment) {
        document.heading(2, "Score")
        document.paragraph("0 is least intrusive, 100 most. Each component adds the points of its findings, up to its maximum; facts the page cannot show score nothing and are counted as at stake instead. The rules are in docs/scoring.md.")
        var table = MarkdownTable(["Component", "Points", "Maximum", "At stake (unknown)"], right: [1, 2, 3])
        for c in assessment.components {
            let capped: MarkdownText = c.uncappedPoints > c.points ? " (capped from \(c.uncappedPoints))" : ""
            table.add(["\(c.component.title)", "\(c.points)\(capped)", "\(c.maximum)", "\(c.pointsAtStake)"])
        }
        table.add(["**Total**", "**\(assessment.score)**", "**100**", "**\(assessment.pointsAtStake)**"])
        document.table(table)
        let unknown = assessment.findings.filter { $0.status == .unknown || $0.pointsAtStake > 0 }
        if !unknown.isEmpty {
            let listed = unknown.map { f -> MarkdownText in "`\(f.id)` (\(f.pointsAtStake))" }
            document.paragraph("Points at stake, by finding: \(listed.joined(separator: ", ")).")
        }
        let bands = Grade.allCases.map { g -> MarkdownText in "\(g.rawValue) \(g.range.lowerBound)–\(g.range.upperBound)" }
        let grade: MarkdownText = assessment.pointsAtStake == 0
            ? "Grade \(assessment.grade.rawValue)."
            : "Grade \(assessment.grade.rawValue) at best (\(assessment.score)), \(assessment.worstCaseGrade.rawValue) at worst (\(assessment.worstCaseScore))."
        document.paragraph("\(grade) Grades: \(bands.joined(separator: ", ")).")
    }

    // MARK: - Policy

    mutating func visitDeclarations(_ notice: ConsentNotice) {
        document.heading(2, "Purposes, special purposes, features and special features")
        guard !notice.purposes.isEmpty else {
            document.paragraph("The notice lists no TCF purposes or features.")
            return
        }
        let fromConfiguration = notice.origin == .configuration
        var table = MarkdownTable(["Kind", "TCF id", fromConfiguration ? "Name (from configuration)" : "Name as shown", "Partners", "Can be refused", "Legitimate interest"], right: [1, 3])
        for item in notice.purposes {
            table.add([
                MarkdownLabels.kind(item.kind), item.tcfId.map { "\($0)" } ?? "–", MarkdownLabels.itemName(item, origin: notice.origin),
                MarkdownLabels.count(item.partners), MarkdownLabels.refusable(item), MarkdownLabels.legitimateInterest(item),
            ])
        }
        document.table(table)
    }

    /// A mermaid bar chart of partners per TCF item. Labels are ids the renderer makes (P1, SF2),
    /// never page text, so nothing in the fenced block needs escaping.
    mutating func visitChart(_ notice: ConsentNotice) {
        let bars = notice.purposes.compactMap { item -> (String, Int)? in
            guard let id = item.tcfId, let n = item.partners else { return nil }
            return ("\(MarkdownLabels.code(item.kind))\(id)", n)
        }
        guard !bars.isEmpty else { return }
        document.heading(3, "Partners per item")
        let top = max(bars.map(\.1).max() ?? 0, notice.totalPartners ?? 0)
        let axisTop = max(10, (top + 9) / 10 * 10)
        document.fenced("mermaid", [
            "xychart-beta",
            "    title \"Partners per TCF item\"",
            "    x-axis [" + bars.map { "\"\($0.0)\"" }.joined(separator: ", ") + "]",
            "    y-axis \"Partners\" 0 --> \(axisTop)",
            "    bar [" + bars.map { String($0.1) }.joined(separator: ", ") + "]",
        ])
        let left = notice.purposes.count - bars.count
        document.paragraph("P = purpose, SP = special purpose, F = feature, SF = special feature.\(left > 0 ? MarkdownText(stringLiteral: " \(left) item\(left == 1 ? "" : "s") without an id or a count \(left == 1 ? "is" : "are") left out.") : "")")
    }

    mutating func visitStacks(_ notice: ConsentNotice) {
        document.heading(2, "Stacks")
        guard !notice.stacks.isEmpty else {
            document.paragraph("The notice shows no TCF stacks.")
            return
        }
        var table = MarkdownTable(["TCF id", "Name as shown", "Partners", "Groups purposes", "Special features"], right: [0, 2])
        for s in notice.stacks {
            table.add([
                s.tcfId.map { "\($0)" } ?? "–", "\(s.name)", MarkdownLabels.count(s.partners),
                s.purposeIds.isEmpty ? "–" : "\(s.purposeIds.map(String.init).joined(separator: ", "))",
                s.specialFeatureIds.isEmpty ? "–" : "\(s.specialFeatureIds.map(String.init).joined(separator: ", "))",
            ])
        }
        document.table(table)
    }

    mutating func visitCategories(_ notice: ConsentNotice) {
        document.heading(2, "Cookie categories")
        guard !notice.cookieCategories.isEmpty else {
            document.paragraph("The notice shows no cookie categories.")
            return
        }
        let fromConfiguration = notice.origin == .configuration
        var table = MarkdownTable([fromConfiguration ? "Name (from configuration)" : "Name as shown", "Class", "Always active"])
        for c in notice.cookieCategories {
            table.add(["\(c.name)", MarkdownLabels.categoryClass(c.normalized), MarkdownLabels.alwaysActive(c, origin: notice.origin)])
        }
        document.table(table)
        if fromConfiguration && notice.cookieCategories.contains(where: { !$0.alwaysActive }) {
            document.paragraph("“unknown”: the configuration does not say whether the category can be switched off; the rendered notice would.")
        }
    }

    mutating func visitControls(_ notice: ConsentNotice) {
        document.heading(2, "Controls")
        // One column per layer when the file holds several: the first layer is what a visitor
        // meets, and what the findings judge.
        let layers = notice.layers.count > 1 ? notice.layers : []
        let judged: MarkdownText = !notice.firstLayerInFile
            ? "\(MarkdownLabels.layerKind(notice.controlsLayer ?? .preferenceCentre)) (no banner in the file)"
            : layers.isEmpty ? "Offered" : "First layer (judged)"
        var table = MarkdownTable(["Control", judged] + layers.map { layer in
            "\(MarkdownLabels.layerKind(layer.kind))\(layer.shown ? "" : " (hidden until opened)")"
        })
        for (name, path) in MarkdownLabels.controls {
            table.add([name, MarkdownLabels.yesNo(notice.controls[keyPath: path])] + layers.map { MarkdownLabels.yesNo($0.controls[keyPath: path]) })
        }
        document.table(table)
        if !notice.firstLayerInFile {
            document.paragraph("The file holds the notice's \((notice.controlsLayer ?? .preferenceCentre).words) but not the banner a visitor meets first: these are that layer's buttons, and what the first layer offered is unknown.")
        }
        document.paragraph("“unknown”: the saved file shows no row of the notice's buttons, so whether it had this control cannot be told; “no”: the row is in the file and this control is not in it.")
    }

    // MARK: - Findings

    /// Every finding in one table, most points first, so that the worst one leads.
    mutating func visitFindings(_ assessment: PrivacyAssessment) {
        document.heading(2, "Findings")
        document.paragraph("Most points first; then the facts this page cannot show, most points at stake first.")
        var table = MarkdownTable(["Points", "Severity", "Component", "Finding", "How scored", "EDPB practice"])
        for f in assessment.findings {
            table.add([
                MarkdownLabels.points(f), MarkdownLabels.severity(f.severity), "\(f.component.title)",
                f.explanationText.markdown, f.basisText.markdown, f.edpbCriterion.map { "\($0.title)" } ?? "–",
            ])
        }
        document.table(table)
    }

    // MARK: - Wording

    mutating func visitWording(_ notice: ConsentNotice) {
        var items: [MarkdownText] = []
        for item in notice.purposes {
            let id: MarkdownText = item.tcfId.map { " \($0)" } ?? ""
            items.append("**\(MarkdownLabels.kind(item.kind))\(id), \(MarkdownLabels.itemName(item, origin: notice.origin)):** \(described(item.description))")
        }
        for s in notice.stacks where s.description != nil {
            items.append("**Stack\(s.tcfId.map { MarkdownText(stringLiteral: " \($0)") } ?? ""), \(s.name):** \(s.description ?? "")")
        }
        for c in notice.cookieCategories {
            items.append("**Cookie category, \(c.name):** \(described(c.description))")
        }
        guard !items.isEmpty else { return }
        document.heading(2, "Wording as shown")
        document.paragraph("The name and description of every item, as the page shows them.")
        document.list(items)
    }

    func described(_ description: String?) -> MarkdownText {
        description.map { MarkdownText(escaping: $0) } ?? "(no description shown)"
    }

    // MARK: - Method

    mutating func visitMethod(notice: ConsentNotice?) {
        document.heading(2, "Method")
        document.paragraph("ConsentLens reads the saved file only: it does not load the site, run its scripts or watch what it does after a choice. It isolates the consent notice from the rest of the page and reads what the notice declares: the partner total, each TCF purpose, special purpose, feature and special feature with its official id (matched by name) and partner count, stacks, cookie categories, “Always Active” labels, legitimate-interest wording and, where the file shows buttons, the controls.")
        document.paragraph("A saved page cannot show how the notice looked or behaved, so these EDPB Cookie Banner Taskforce practices are not assessed: \(EDPBCriterion.notAssessable.map { "\($0.title.lowercased())" }.joined(separator: ", ")). Nor is what the site really sets or sends, which may differ from what the notice declares.")
        if let notice {
            document.paragraph(Self.whatWasRead(notice))
        }
        let limitations = analysis.limitations
        if limitations.isEmpty {
            document.paragraph("This file has no further limitations.")
        } else {
            document.paragraph("Limitations of this file:")
            let known = Limitations.texts(of: analysis)
            document.list(limitations.map { text in known.first { $0.plain == text }?.markdown ?? "\(text)" })
        }
        if notice != nil {
            document.paragraph("Scoring version \(PrivacyAssessment.currentScoringVersion); the rules, weights and a worked example are in docs/scoring.md.")
        }
    }

    /// What this analysis actually read of buttons and boxes, so that the Method never contradicts
    /// the findings.
    static func whatWasRead(_ notice: ConsentNotice) -> MarkdownText {
        let buttons: MarkdownText
        let c = notice.controls
        let all = [c.acceptAll, c.rejectAll, c.manageChoices, c.saveChoices]
        if !notice.firstLayerInFile {
            buttons = "This file holds the notice's \((notice.controlsLayer ?? .preferenceCentre).words) but not its first layer, so the first layer's buttons are unknown and the reject-all finding scores nothing (its points are at stake)."
        } else if all.allSatisfy({ $0 == nil }) {
            buttons = "This file shows no row of the notice's buttons, so every control is unknown and the reject-all finding scores nothing (its points are at stake)."
        } else if c.rejectAll == nil {
            buttons = "This file shows some of the notice's buttons but not whether a reject-all was among them, so the reject-all finding scores nothing (its points are at stake)."
        } else if all.contains(where: { $0 == nil }) {
            buttons = "The reject-all control is read from the buttons of the notice's first layer in this file; controls the file does not show are unknown."
        } else {
            buttons = "The controls are read from the row of buttons of the notice's first layer in this file; a control not in that row is “no”."
        }
        let optional = notice.cookieCategories.filter { $0.normalized != .necessary && !$0.alwaysActive }
        let boxes: MarkdownText
        if notice.cookieCategories.contains(where: { $0.preTicked != nil }) {
            let ticked = optional.filter { $0.preTicked == true }.count
            boxes = " The categories' boxes are read as saved (\(ticked) optional categor\(ticked == 1 ? "y" : "ies") ticked), and pre-ticked boxes are scored."
        } else if optional.isEmpty && notice.cookieCategories.isEmpty {
            boxes = " The notice shows no cookie categories, so whether any box was pre-ticked is unknown (its points are at stake)."
        } else {
            boxes = " This file shows no category's box ticked or unticked, so whether boxes were pre-ticked is unknown (its points are at stake)."
        }
        return buttons + boxes
    }
}
