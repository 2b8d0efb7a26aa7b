import Foundation
import Testing
@testable import ConsentLens

/// Issue 9, items 18–22, through the built binary: the report's own words follow what the
/// analysis did, only page text is escaped, configuration notices are named and judged fairly,
/// `compare` sees a difference in controls, and the score ranks what the EDPB taskforce ranks
/// (scoring version 2), always shown as a range.
@Suite(.serialized) struct TrustworthyScoreTests {
    /// A OneTrust preference centre where every category, Targeting and Sale of Personal Data
    /// included, is "Always Active"; a reject-all button is offered in it. The banner is not in
    /// the file, so the first layer's reject-all is unknown.
    static let centre = """
        <html><body><div id="onetrust-pc-sdk"><h2>Privacy Preference Center</h2><p>When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies.</p>
        <div class="ot-cat-item"><h4 class="ot-cat-header">Strictly Necessary Cookies</h4><div class="ot-always-active">Always Active</div><p>These cookies are needed for the site to work.</p></div>
        <div class="ot-cat-item"><h4 class="ot-cat-header">Functional Cookies</h4><div class="ot-always-active">Always Active</div><p>These cookies enable enhanced functionality and personalisation.</p></div>
        <div class="ot-cat-item"><h4 class="ot-cat-header">Performance Cookies</h4><div class="ot-always-active">Always Active</div><p>These cookies count visits so we can measure and improve performance.</p></div>
        <div class="ot-cat-item"><h4 class="ot-cat-header">Targeting Cookies</h4><div class="ot-always-active">Always Active</div><p>These cookies build a profile of your interests for advertising partners.</p></div>
        <div class="ot-cat-item"><h4 class="ot-cat-header">Sale of Personal Data</h4><div class="ot-always-active">Always Active</div><p>We share your personal data with partners.</p></div>
        <button>Accept All</button><button>Reject All</button><button>Confirm My Choices</button></div></body></html>
        """

    /// A first-layer banner with accept and settings buttons and no reject-all.
    static let banner = """
        <html><body><div id="onetrust-banner-sdk"><p>We and our partners use cookies to store and/or access information on a device, to personalise ads and content and to measure them. By clicking Accept All you agree to this.</p>
        <button>Accept All</button><button>Cookie Settings</button></div></body></html>
        """

    /// The same banner with a reject-all button.
    static let bannerWithReject = """
        <html><body><div id="onetrust-banner-sdk"><p>We and our partners use cookies to store and/or access information on a device, to personalise ads and content and to measure them. By clicking Accept All you agree to this.</p>
        <button>Accept All</button><button>Reject All</button><button>Cookie Settings</button></div></body></html>
        """

    static func withPages(_ body: ([String: String]) throws -> Void) throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String: String] = [:]
        for (name, page) in [("centre", centre), ("banner", banner), ("reject", bannerWithReject)] {
            let url = dir.appendingPathComponent("\(name).html")
            try Data(page.utf8).write(to: url)
            paths[name] = url.path
        }
        paths["dir"] = dir.path
        try body(paths)
    }

    static func assessment(_ path: String) throws -> [String: Any] {
        let run = try CLIRun.run(["analyse", "--format", "json", path])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require(json["assessment"] as? [String: Any])
    }

    // MARK: - Item 22: the score

    /// Was 23, grade B in scoring version 1: non-essential cookies that cannot be refused now
    /// dominate the score and lead the findings.
    @Test func allAlwaysActiveCentreIsDominatedByWhatCannotBeRefused() throws {
        try Self.withPages { paths in
            let a = try Self.assessment(paths["centre"]!)
            #expect(a["scoringVersion"] as? Int == 3)
            #expect(a["score"] as? Int == 47)
            #expect(a["grade"] as? String == "D")
            #expect(a["worstCaseScore"] as? Int == 82)
            #expect(a["worstCaseGrade"] as? String == "F")
            let findings = try #require(a["findings"] as? [[String: Any]])
            // Ranked by points: the sale of data category (30) first, then 5 for each further one.
            #expect(findings.prefix(4).map { $0["points"] as? Int } == [30, 5, 5, 5])
            #expect(findings.first?["explanation"] as? String == "“Sale of Personal Data” (sale of data) is shown as always active, although only strictly necessary cookies may be set without consent.")
            #expect((a["topFindingIds"] as? [String])?.first == "cannot-refuse.category-5")
            let components = try #require(a["components"] as? [[String: Any]])
            #expect(components.first?["component"] as? String == "cannotRefuse")
            #expect(components.first?["points"] as? Int == 45)
            let text = try CLIRun.run(["analyse", paths["centre"]!]).stdout
            #expect(text.contains("Privacy impact: 47–82/100, grade D–F (47 from what the page shows; up to 35 more points unknown)"))
        }
    }

    @Test func bannerWithoutRejectIsAtLeastGradeB() throws {
        try Self.withPages { paths in
            let a = try Self.assessment(paths["banner"]!)
            #expect(a["score"] as? Int == 15)
            #expect(a["grade"] as? String == "B")
            // 15 for the missing reject-all, plus what is unknown: a first layer silent on
            // legitimate interest leaves it unknown (3 at stake).
            #expect(a["worstCaseScore"] as? Int == 36)
            #expect((a["topFindingIds"] as? [String]) == ["controls.reject-all"])
        }
    }

    /// The range wherever a grade is shown: report, CSV, SQLite (already had it), scan summary.
    @Test func rangeInReportCSVAndSummary() throws {
        try Self.withPages { paths in
            let report = try CLIRun.run(["report", paths["centre"]!]).stdout
            #expect(report.contains("| Privacy-impact score | **47–82 / 100, grade D–F** |"))
            #expect(report.contains("Grade D at best (47), F at worst (82)."))
            let csv = try CLIRun.run(["scan", "--format", "csv", "--jobs", "1", paths["centre"]!, paths["banner"]!])
            let records = try ScanCSV.parse(csv.stdout)
            let header = records[0]
            let score = header.firstIndex(of: "score")!
            #expect(Array(header[score...(score + 3)]) == ["score", "grade", "worst_case_score", "worst_case_grade"])
            #expect(Array(records[1][score...(score + 3)]) == ["47", "D", "82", "F"])
            #expect(Array(records[2][score...(score + 3)]) == ["15", "B", "36", "C"])
            let summaryPath = paths["dir"]! + "/summary.md"
            let run = try CLIRun.run(["scan", "--output", "/dev/null", "--summary", summaryPath, paths["centre"]!, paths["banner"]!])
            #expect(run.status == 0)
            let summary = try String(contentsOfFile: summaryPath, encoding: .utf8)
            #expect(summary.contains("| Grade | Scores | Notices, best case | Share | Notices, worst case | Share |"))
            #expect(summary.contains("| B | 15–29 | 1 | 50.0% | 0 | 0.0% |"))
            #expect(summary.contains("| C | 30–44 | 0 | 0.0% | 1 | 50.0% |"))
        }
    }

    /// The sample keeps its figures; its score moves from 51 (D, worst 67 E) to 27 (B, worst 50 D).
    @Test func sampleScoresVersionTwo() throws {
        let a = try Self.assessment("Samples/thejournal-ie-drone-attack.txt")
        #expect(a["score"] as? Int == 27)
        #expect(a["worstCaseScore"] as? Int == 50)
        let findings = try #require(a["findings"] as? [[String: Any]])
        let points = findings.map { $0["points"] as? Int ?? -1 }
        #expect(points == points.sorted(by: >), "findings are ranked by points")
    }

    // MARK: - Item 21: compare

    @Test func compareSeesAMissingRejectAll() throws {
        try Self.withPages { paths in
            let run = try CLIRun.run(["compare", paths["reject"]!, paths["banner"]!])
            #expect(run.status == 0)
            #expect(run.stdout.contains("- Only A: nothing"))
            #expect(run.stdout.contains("- Only B: consent without a reject-all button on the first layer"))
            #expect(run.stdout.contains("| Control (first layer) | A | B |"))
            #expect(run.stdout.contains("| Reject all | yes | no |"))
            #expect(run.stdout.contains("and only B asks for consent without a reject-all button on the first layer."))
            let json = try CLIRun.run(["compare", "--format", "json", paths["reject"]!, paths["banner"]!]).stdout
            let c = try JSONDecoder().decode(PolicyComparison.self, from: Data(json.utf8))
            #expect(c.onlyInB == ["consent without a reject-all button on the first layer"])
            #expect(c.b.worstCaseScore == 36)
            #expect(c.b.worstCaseGrade == .c)
        }
    }

    // MARK: - Items 18 and 19: the report's own words

    @Test func limitationsAndMethodFollowWhatWasRead() throws {
        try Self.withPages { paths in
            // HTML with its buttons: no word about text dumps, and the Method says how controls were read.
            let report = try CLIRun.run(["report", paths["centre"]!]).stdout
            #expect(!report.contains("text dump"))
            #expect(!report.contains("Whether boxes were pre-ticked is not recorded"))
            #expect(report.contains("This file holds the notice's preference centre but not its first layer, so the first layer's buttons are unknown and the reject-all finding scores nothing (its points are at stake)."))
            let banner = try CLIRun.run(["report", paths["reject"]!]).stdout
            #expect(banner.contains("The controls are read from the row of buttons of the notice's first layer in this file; a control not in that row is “no”."))
            let json = try CLIRun.run(["analyse", "--format", "json", paths["centre"]!]).stdout
            #expect(!json.contains("which words were buttons"))
        }
        // A page whose controls are all null says so, whatever its format.
        let analysis = try ConsentAnalyzer.analyse(bytes: Array("<html><body><div id=\"onetrust-banner-sdk\"><p>We and our 12 partners use cookies to store and/or access information on a device, to personalise ads and content.</p></div></body></html>".utf8), path: "nobuttons.html")
        #expect(analysis.notice?.controls == NoticeControls())
        #expect(analysis.limitations.contains("This file shows no row of the notice's buttons: every control is unknown (null)."))
    }

    @Test func onlyPageTextIsEscaped() throws {
        let report = try CLIRun.run(["report", "Samples/thejournal-ie-drone-attack.txt"]).stdout
        #expect(report.contains("| round(2.5 × log10 157) = 5 (at most 7) |"))
        #expect(!report.contains("round\\("))
        #expect(report.contains("(the TCF lets no one object to them)"))
        try Self.withPages { paths in
            let centre = try CLIRun.run(["report", paths["centre"]!]).stdout
            #expect(centre.contains("“Sale of Personal Data” (sale of data) is shown as always active"))
            #expect(!centre.contains("saleOfData"))
        }
        // FindingText: literals are ours, interpolated strings are the page's.
        let name = "*x*"
        let text: FindingText = "“\(name)” (marketing) has \(3) partners"
        #expect(text.plain == "“*x*” (marketing) has 3 partners")
        #expect(text.markdown.source == "“\\*x\\*” (marketing) has 3 partners")
    }

    // MARK: - Item 20: configuration notices

    @Test func configurationNoticeShowsOfficialNamesAndUnknownAlwaysActive() {
        let notice = ConsentNotice(
            platform: "didomi",
            purposes: [PurposeDeclaration(kind: .purpose, tcfId: 2, name: "select_basic_ads")],
            cookieCategories: [CookieCategory(name: "Cookies strictement nécessaires", normalized: .necessary)],
            origin: .configuration)
        let analysis = PageAnalysis(
            source: SourceDescription(path: "config.html", format: "html", bytes: 1, sha256: ""), platforms: [], notice: notice,
            assessment: PrivacyAssessor.assess(notice))
        let report = MarkdownReport.render(analysis)
        #expect(report.contains("| Kind | TCF id | Name (from configuration) | Partners | Can be refused | Legitimate interest |"))
        #expect(report.contains("| Purpose | 2 | Use limited data to select advertising | not shown | yes | not shown |"))
        #expect(!report.contains("select\\_basic\\_ads"))
        #expect(report.contains("| Cookies strictement nécessaires | necessary | unknown |"))
        let text = TerminalRendering.render(analysis)
        #expect(text.contains("Use limited data to select advertising"))
        #expect(!text.contains("select_basic_ads"))
    }

    @Test(.enabled(if: TestPaths.corpus != nil, "../shared/corpus is not on this machine"))
    func configurationNoticeFromTheCorpus() throws {
        let path = TestPaths.corpus!.appendingPathComponent("pages/didomi/lesechos-fr-config-popup-text.html").path
        let report = try CLIRun.run(["report", path]).stdout
        #expect(report.contains("| Purpose | 2 | Use limited data to select advertising |"))
        #expect(report.contains("| Cookies strictement nécessaires | necessary | unknown |"))
        #expect(!report.contains("select\\_basic\\_ads"))
    }
}
