import Foundation
import Testing
@testable import ConsentLens

/// `compare`: the sample against a copy with changed counts, matched row by row.
@Suite struct ComparisonTests {
    static let samplePath = TestPaths.sample("thejournal-ie-drone-attack.txt")

    /// Lines of the sample replaced in the copy, with the item each one counts.
    static let changes: [(line: String, replacement: String, kind: String, id: Int, a: Int, b: Int)] = [
        ("Store and/or access information on a device 109 partners can use this purpose",
         "Store and/or access information on a device 120 partners can use this purpose", "Purpose", 1, 109, 120),
        ("Create profiles for personalised advertising 83 partners can use this purpose",
         "Create profiles for personalised advertising 95 partners can use this purpose", "Purpose", 3, 83, 95),
        ("Measure content performance 60 partners can use this purpose",
         "Measure content performance 41 partners can use this purpose", "Purpose", 8, 60, 41),
        ("Deliver and present advertising and content 97 partners can use this special purpose",
         "Deliver and present advertising and content 101 partners can use this special purpose", "Special purpose", 2, 97, 101),
        ("Link different devices 53 partners can use this feature",
         "Link different devices 50 partners can use this feature", "Feature", 2, 53, 50),
        ("Use precise geolocation data 46 partners can use this special feature",
         "Use precise geolocation data 52 partners can use this special feature", "Special feature", 1, 46, 52),
    ]

    /// The sample with the changed counts, its total raised to 171 and stack 42 to 150, written to `dir`.
    static func modifiedCopy(in dir: URL) throws -> String {
        var text = try String(contentsOfFile: samplePath, encoding: .utf8)
        var replacements = changes.map { ($0.line, $0.replacement) }
        replacements.append(("We and our 157 partners", "We and our 171 partners"))
        replacements.append(("audience research and services development 141 partners", "audience research and services development 150 partners"))
        for (old, new) in replacements {
            precondition(text.components(separatedBy: old).count == 2, "\(old) must occur once")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let path = dir.appendingPathComponent("modified.txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func changedItemsShowBothFiguresInOneRow() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = try Self.modifiedCopy(in: dir)
        let run = try CLIRun.run(["compare", "Samples/thejournal-ie-drone-attack.txt", copy])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        for change in Self.changes {
            let row = lines.first { $0.hasPrefix("| \(change.kind) | \(change.id) | ") }
            let difference = change.b - change.a
            let expected = "| \(change.a) | \(change.b) | \(difference > 0 ? "+" : "")\(difference) |"
            #expect(row?.contains(expected) == true, "\(change.kind) \(change.id): \(row ?? "no row")")
        }
        #expect(lines.contains("| Partners | 157 | 171 | +14 |"))
        #expect(lines.contains { $0.hasPrefix("| 42 | ") && $0.hasSuffix("| 141 | 150 | +9 |") })
        // Unchanged items: both figures equal, difference 0.
        #expect(lines.contains("| Purpose | 7 | Measure advertising performance | 132 | 132 | 0 | yes / yes |"))
        #expect(lines.contains("| necessary | Necessary Cookies (always active) | Necessary Cookies (always active) |"))
        #expect(lines.contains("| Reject all | unknown | unknown |"))
        #expect(lines.contains("- Only A: nothing"))
    }

    @Test func jsonGivesTheSameAsData() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = try Self.modifiedCopy(in: dir)
        let run = try CLIRun.run(["compare", Self.samplePath, copy, "--format", "json"])
        #expect(run.status == 0)
        let comparison = try JSONDecoder().decode(PolicyComparison.self, from: Data(run.stdout.utf8))
        let changed = comparison.declarations.filter { $0.partners.difference != 0 }
        #expect(changed.map { "\($0.kind.rawValue) \($0.tcfId ?? 0)" } == [
            "purpose 1", "purpose 3", "purpose 8", "specialPurpose 2", "feature 2", "specialFeature 1",
        ])
        #expect(comparison.declarations.count == 19)
        #expect(comparison.declarations.allSatisfy { $0.presence == .both })
        #expect(comparison.totalPartners == FigureComparison(a: 157, b: 171))
        #expect(comparison.stacks.first?.partners.difference == 9)
        #expect(comparison.categories.map(\.normalized) == [.necessary, .preferences, .statistics, .marketing])
        #expect(comparison.a.score == 27)
        #expect(comparison.a.worstCaseScore == 50)
        #expect(comparison.a.worstCaseGrade == .d)
        #expect(!comparison.verdict.isEmpty)
    }

    @Test func identicalPagesAskForAsMuch() throws {
        let analysis = try ConsentAnalyzer.analyse(path: Self.samplePath)
        let comparison = PolicyComparer.compare(analysis, analysis)
        #expect(comparison.verdict == "A (thejournal-ie-drone-attack.txt) and B (thejournal-ie-drone-attack.txt) ask for about as much: they score 27 (B) and 27 (B), with 157 and 157 partners. Up to 23 points for A and 23 for B depend on facts the saved pages cannot show.")
        #expect(comparison.onlyInA.isEmpty && comparison.onlyInB.isEmpty)
    }

    // MARK: - Matching and verdict on built notices

    static func analysis(_ path: String, _ notice: ConsentNotice?) -> PageAnalysis {
        PageAnalysis(
            source: SourceDescription(path: path, format: "html", bytes: 1, sha256: ""), platforms: [], notice: notice,
            assessment: notice.map(PrivacyAssessor.assess))
    }

    static func item(_ kind: DeclarationKind, _ id: Int, _ partners: Int?) -> PurposeDeclaration {
        PurposeDeclaration(kind: kind, tcfId: id, name: TCFTaxonomy.officialName(kind, id) ?? "x", partners: partners)
    }

    @Test func verdictFollowsFromTheFigures() {
        let a = Self.analysis("sites/a.html", ConsentNotice(
            totalPartners: 20, purposes: [Self.item(.purpose, 1, 20)],
            controls: NoticeControls(acceptAll: true, rejectAll: true), legitimateInterestClaimed: false))
        let b = Self.analysis("sites/b.html", ConsentNotice(
            totalPartners: 400, purposes: [Self.item(.purpose, 1, 300), Self.item(.specialFeature, 1, 90)],
            controls: NoticeControls(acceptAll: true, rejectAll: false), legitimateInterestClaimed: false))
        let c = PolicyComparer.compare(a, b)
        #expect(c.score.a == 3)
        #expect(c.score.b == 28)
        // B lacks the reject-all that A's first layer has: that is a difference too, and the one
        // that weighs most (15 points), so it leads.
        #expect(c.onlyInB == ["consent without a reject-all button on the first layer", "special feature 1 (Use precise geolocation data)"])
        #expect(c.verdict == "B (b.html) asks for more than A (a.html): it scores 28 (B) against 3 (A), with 400 partners against 20, and only B asks for consent without a reject-all button on the first layer and special feature 1 (Use precise geolocation data). Up to 8 points for A and 8 for B depend on facts the saved pages cannot show.")
    }

    @Test func categoriesMatchByClassWhateverTheirNames() {
        let a = Self.analysis("a.html", ConsentNotice(cookieCategories: [CookieCategory(name: "Targeting Cookies", normalized: .marketing)]))
        let b = Self.analysis("b.html", ConsentNotice(cookieCategories: [
            CookieCategory(name: "Werbung", alwaysActive: true, normalized: .marketing),
            CookieCategory(name: "Statistiken", normalized: .statistics),
        ]))
        let c = PolicyComparer.compare(a, b)
        #expect(c.categories.count == 2)
        #expect(c.categories[0] == CategoryComparison(normalized: .statistics, presence: .onlyB, namesA: [], namesB: ["Statistiken"], alwaysActiveA: nil, alwaysActiveB: false))
        #expect(c.categories[1] == CategoryComparison(normalized: .marketing, presence: .both, namesA: ["Targeting Cookies"], namesB: ["Werbung"], alwaysActiveA: false, alwaysActiveB: true))
        // Most points first: a marketing class that cannot be refused before one more class.
        #expect(c.onlyInB == ["marketing cookies without a choice", "statistics cookies"])
        let markdown = ComparisonMarkdown.render(c)
        #expect(markdown.contains("| marketing | Targeting Cookies | Werbung (always active) |"))
        #expect(markdown.contains("| statistics | not declared | Statistiken |"))
    }

    @Test func missingNoticeIsSaid() {
        let a = Self.analysis("a.html", ConsentNotice(totalPartners: 5))
        let b = Self.analysis("b.html", nil)
        let c = PolicyComparer.compare(a, b)
        #expect(c.verdict == "Only A (a.html) holds a consent notice; B (b.html) has none in the saved file, so the policies cannot be compared.")
        #expect(c.b.score == nil)
        #expect(ComparisonMarkdown.render(c).contains("| Privacy-impact score | 2–37 (A–C) | not assessed |"))
    }

    @Test func unreadablePageIsOneLineAndExit1() throws {
        let run = try CLIRun.run(["compare", "Samples/thejournal-ie-drone-attack.txt", "missing/b.html"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let errors = run.stderr.split(separator: "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.contains("missing/b.html") == true)
    }

    @Test func outputOptionWritesTheFile() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("c.md").path
        let run = try CLIRun.run(["compare", "Samples/thejournal-ie-drone-attack.txt", "Samples/thejournal-ie-drone-attack.txt", "-o", out])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("<!-- generated by consentlens -->\n\n# Consent notice comparison: Samples/thejournal-ie-drone-attack.txt vs Samples/thejournal-ie-drone-attack.txt\n"))
    }
}

extension ComparisonTests {
    @Test func choiceTakenAwayCountsAsAskingForMore() {
        let a = Self.analysis("a.html", ConsentNotice(
            purposes: [Self.item(.purpose, 1, 10)],
            cookieCategories: [CookieCategory(name: "Functional", normalized: .preferences)]))
        var fixed = Self.item(.purpose, 1, 10)
        fixed.alwaysActive = true
        let b = Self.analysis("b.html", ConsentNotice(
            purposes: [fixed],
            cookieCategories: [CookieCategory(name: "Functional", alwaysActive: true, normalized: .preferences)]))
        let c = PolicyComparer.compare(a, b)
        #expect(c.onlyInA.isEmpty)
        #expect(c.onlyInB == ["purpose 1 (Store and/or access information on a device) without a choice", "preferences cookies without a choice"])
    }
}
