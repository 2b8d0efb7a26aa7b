import ConsentLens
import Foundation
import Testing
@testable import ConsentScan

/// The scan's pieces on rows built in memory: CSV flattening and defusing, JSON Lines error rows,
/// the summary's figures, the progress line and file lists.
@Suite struct ScanFormatTests {
    static func row(
        _ index: Int, path: String = "page.html", platforms: [String] = ["onetrust"], notice: ConsentNotice?
    ) -> ScanRow {
        let analysis = PageAnalysis(
            source: SourceDescription(path: path, format: "html", bytes: 100, sha256: String(repeating: "0", count: 64)),
            platforms: platforms.map { PlatformDetection(id: $0, name: $0.capitalized, evidence: ["test"], confidence: "high") },
            notice: notice, assessment: notice.map(PrivacyAssessor.assess))
        return ScanRow(index: index, path: path, outcome: .analysed(analysis), inputBytes: 100)
    }

    static let tcfNotice = ConsentNotice(
        platform: "onetrust", language: "en", totalPartners: 157,
        purposes: [
            PurposeDeclaration(kind: .purpose, tcfId: 1, name: "Store and/or access information on a device", partners: 120),
            PurposeDeclaration(kind: .purpose, tcfId: 3, name: "Create profiles for personalised advertising"),
            PurposeDeclaration(kind: .specialPurpose, tcfId: 1, name: "Ensure security, prevent and detect fraud", partners: 99, alwaysActive: true),
            PurposeDeclaration(kind: .specialFeature, tcfId: 2, name: "Actively scan device characteristics", partners: 12),
            PurposeDeclaration(kind: .feature, tcfId: 1, name: "Match and combine data", partners: 40, alwaysActive: true),
        ],
        stacks: [StackDeclaration(tcfId: 42, name: "Stack"), StackDeclaration(tcfId: nil, name: "Other")],
        cookieCategories: [
            CookieCategory(name: "=HYPERLINK(\"http://evil.example\",\"click\")", alwaysActive: true, normalized: .necessary),
            CookieCategory(name: "Ads; more, \"quoted\"\nnext line", normalized: .marketing),
        ],
        controls: NoticeControls(acceptAll: true, rejectAll: false, manageChoices: true, saveChoices: nil),
        legitimateInterestClaimed: true)

    // MARK: - CSV

    @Test func csvCellsFlattenTheNotice() {
        let cells = CSVFormat.cells(of: Self.row(0, path: "-page.html", platforms: ["onetrust", "iab-tcf"], notice: Self.tcfNotice))
        #expect(cells.count == CSVFormat.header.count)
        let cell = { (name: String) in cells[CSVFormat.header.firstIndex(of: name)!] }
        #expect(cell("platforms") == "onetrust;iab-tcf")
        #expect(cell("notice_found") == "true")
        #expect(cell("total_partners") == "157")
        #expect(cell("p1_partners") == "120")
        #expect(cell("p2_partners") == "")
        #expect(cell("p3_partners") == "?")
        #expect(cell("sp1_partners") == "99")
        #expect(cell("f1_partners") == "40")
        #expect(cell("sf2_partners") == "12")
        #expect(cell("always_active_ids") == "sp1;f1")
        #expect(cell("stacks") == "42;?")
        #expect(cell("accept_all") == "true")
        #expect(cell("reject_all") == "false")
        #expect(cell("save_choices") == "")
        #expect(cell("legitimate_interest_claimed") == "true")
        #expect(cell("categories").hasPrefix("=HYPERLINK(\"http://evil.example\",\"click\") [necessary, always active]; Ads, more"))
        #expect(Int(cell("score")) != nil)
        #expect(cell("error") == "")
    }

    @Test func csvLineDefusesFormulasAndQuotes() throws {
        #expect(CSVFormat.neutralise("=1+1") == "'=1+1")
        #expect(CSVFormat.neutralise("+33 1") == "'+33 1")
        #expect(CSVFormat.neutralise("-2") == "'-2")
        #expect(CSVFormat.neutralise("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVFormat.neutralise("\t=1") == "'\t=1")
        #expect(CSVFormat.neutralise("a=1") == "a=1")
        #expect(CSVFormat.quote("plain") == "plain")
        #expect(CSVFormat.quote("a,b") == "\"a,b\"")
        #expect(CSVFormat.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVFormat.quote("two\nlines") == "\"two\nlines\"")
        let line = CSVFormat.line(CSVFormat.cells(of: Self.row(0, path: "@page,1.html", notice: Self.tcfNotice)))
        #expect(line.hasSuffix("\r\n"))
        let records = try ScanCSV.parse(line)
        #expect(records.count == 1)
        let record = records[0]
        #expect(record.count == CSVFormat.header.count)
        #expect(record[0] == "'@page,1.html")
        #expect(record[CSVFormat.header.firstIndex(of: "categories")!].hasPrefix("'=HYPERLINK(\"http://evil.example\""))
        #expect(record[CSVFormat.header.firstIndex(of: "categories")!].contains("\"quoted\"\nnext line"))
    }

    @Test func failedRowsFillPathErrorAndWARC() {
        let row = ScanRow(index: 3, path: "https://x.example/", warc: WARCOrigin(file: "c.warc.gz", offset: 1234), outcome: .failed("file is empty"))
        let cells = CSVFormat.cells(of: row)
        #expect(cells.count == CSVFormat.header.count)
        #expect(cells[0] == "https://x.example/")
        #expect(cells.suffix(3) == ["file is empty", "c.warc.gz", "1234"])
        #expect(cells.dropFirst().dropLast(3).allSatisfy { $0.isEmpty })
    }

    // MARK: - JSON Lines

    @Test func jsonLines() throws {
        let failed = ScanRow(index: 0, path: "a \"b\".html", outcome: .failed("no such file"))
        #expect(try failed.jsonLine() == "{\"error\":\"no such file\",\"schemaVersion\":1,\"source\":{\"path\":\"a \\\"b\\\".html\"}}")
        let warc = ScanRow(index: 0, path: "https://x.example/a", warc: WARCOrigin(file: "c.warc", offset: 7, recordId: "<urn:uuid:1>", date: nil),
                           outcome: .failed("binary data, not an HTML or text page"))
        #expect(try warc.jsonLine().hasSuffix(",\"warc\":{\"date\":null,\"file\":\"c.warc\",\"offset\":7,\"recordId\":\"<urn:uuid:1>\"}}"))
        let good = Self.row(0, notice: Self.tcfNotice)
        let line = try good.jsonLine()
        #expect(!line.contains("\n"))
        #expect(line == (try JSONRendering.render(good.analysis!, pretty: false)))
    }

    // MARK: - Summary

    @Test func summaryFigures() {
        var summary = ScanSummary()
        var text = ConsentNotice(platform: "cookiebot", language: "de", totalPartners: 10, controls: NoticeControls(rejectAll: nil))
        text.purposes = [PurposeDeclaration(kind: .purpose, tcfId: 1, name: "x", partners: 5)]
        summary.add(Self.row(0, notice: Self.tcfNotice))
        summary.add(Self.row(1, platforms: ["cookiebot"], notice: text))
        summary.add(Self.row(2, platforms: [], notice: nil))
        summary.add(ScanRow(index: 3, path: "bad|[1].html", outcome: .failed("file is empty")))
        var more = Self.tcfNotice
        more.totalPartners = 1000
        more.controls.rejectAll = true
        summary.add(Self.row(4, notice: more))
        let md = summary.markdown()
        #expect(md.contains("5 pages scanned: 4 analysed, 1 failed. 3 of the analysed pages show a consent notice (75.0%)."))
        #expect(md.contains("| Onetrust (`onetrust`) | 2 | 50.0% | 2 |"))
        // Totals 10, 157, 1000: median 157, nearest-rank p90 1000.
        #expect(md.contains("| 3 of 3 | 157 | 1000 | 1000 |"))
        // P1 on three notices with 120, 5, 120 partners.
        #expect(md.contains("| P1 | Store and/or access information on a device | 3 | 100.0% | 120 | 3 |"))
        #expect(md.contains("| SP1 Ensure security, prevent and detect fraud, and fix errors | 2 | 66.7% | 99 |"))
        #expect(md.contains("| Cookie category: necessary | 2 | 66.7% | – |"))
        #expect(md.contains("| Offered | 1 | 33.3% |"))
        #expect(md.contains("| Not offered (the notice is visible and has none) | 1 | 33.3% |"))
        #expect(md.contains("| Unknown (the saved page shows no first layer's buttons) | 1 | 33.3% |"))
        #expect(md.contains("Median score 20 of 100 in the best case and 32 in the worst case (0 is least intrusive)."), "\(md)")
        #expect(md.contains("| bad\\|\\[1\\].html | file is empty |"))
        #expect(md.contains("de 1, en 2") || md.contains("en 2, de 1"))
    }

    @Test func aSavedPreferenceCentreCountsAsUnknownReject() {
        var summary = ScanSummary()
        var centre = Self.tcfNotice
        centre.controls = NoticeControls(acceptAll: true, rejectAll: false, manageChoices: false, saveChoices: true)
        centre.controlsLayer = .preferenceCentre
        summary.add(Self.row(0, notice: centre))
        let md = summary.markdown()
        #expect(md.contains("| Not offered (the notice is visible and has none) | 0 | 0.0% |"))
        #expect(md.contains("| Unknown (the saved page shows no first layer's buttons) | 1 | 100.0% |"))
    }

    @Test func findingKeysDropPositions() {
        #expect(ScanSummary.findingKey("cannot-refuse.category-3") == "cannot-refuse.category-*")
        #expect(ScanSummary.findingKey("legitimate-interest.purpose-unnamed-2") == "legitimate-interest.purpose-unnamed-*")
        #expect(ScanSummary.findingKey("cannot-refuse.special-purpose-1") == "cannot-refuse.special-purpose-1")
        #expect(ScanSummary.findingKey("consistency.above-total.stack-42") == "consistency.above-total.stack-42")
    }

    @Test func medianAndPercentile() {
        let summary = ScanSummary()
        #expect(summary.median([1, 2, 3, 4]) == "2.5")
        #expect(summary.median([1, 3]) == "2")
        #expect(summary.median([7]) == "7")
        #expect(summary.percentile(Array(1...10), 90) == 9)
        #expect(summary.percentile(Array(1...11), 90) == 10)
        #expect(summary.percentile([5], 90) == 5)
    }

    // MARK: - Progress and inputs

    @Test func progressLine() {
        var progress = ScanProgress(totalRows: 10, totalBytes: 1_000_000)
        progress.add(ScanRow(index: 0, path: "a", outcome: .failed("x"), inputBytes: 250_000))
        progress.add(Self.row(1, notice: nil))
        #expect(progress.line(elapsed: 2) == "2/10 pages, 1.0 pages/s, 0.1 MB/s, 1 error, ETA 0:06")
        var stream = ScanProgress(totalRows: nil, totalBytes: nil)
        stream.add(Self.row(0, notice: nil))
        #expect(stream.line(elapsed: 0.5) == "1 pages, 2.0 pages/s, 0.0 MB/s, 0 errors")
        #expect(progress.line(elapsed: 2, finished: true) == "2 pages in 0:02, 1.0 pages/s, 0.1 MB/s, 1 error")
        #expect(ScanProgress.duration(3725) == "1:02:05")
    }

    @Test func fileListsAndPlans() throws {
        #expect(ScanPlan.paths(inFileList: "a.html\r\n\n  \nb c.html\nd.warc.gz") == ["a.html", "b c.html", "d.warc.gz"])
        let plan = ScanPlan.make(arguments: ["-", "/nonexistent.html", "/nonexistent.warc.gz"], listed: ["-"])
        #expect(plan.inputs == [
            .warcStandardInput(name: "-"), .unreadable(path: "/nonexistent.html", problem: "no such file"),
            .unreadable(path: "/nonexistent.warc.gz", problem: "no such file"),
            .unreadable(path: "-", problem: "standard input cannot be named in a file list"),
        ])
        #expect(plan.knownRowCount == nil)
        #expect(plan.totalBytes == nil)
    }

    // MARK: - Documentation

    @Test func docsShowTheExactSchemaAndHeader() throws {
        let docs = try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent("docs/scan.md"), encoding: .utf8)
        #expect(docs.contains("\n" + CSVFormat.header.joined(separator: ",") + "\n"))
        for statement in SQLiteWriter.schema where statement.hasPrefix("CREATE") {
            #expect(docs.contains(statement + ";\n"), "\(statement.prefix(40))")
        }
    }
}
