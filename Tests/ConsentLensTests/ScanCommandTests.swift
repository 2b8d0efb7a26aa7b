import Foundation
import GRDB
import Testing
@testable import ConsentScan
import ConsentLens

/// A folder of good and broken pages, written for each test and removed by the caller.
struct ScanFolder {
    let root: URL
    /// Relative paths of the pages that must analyse, in the order a folder scan lists them.
    static let good = ["a-onetrust.html", "b-dump.txt", "c-cookieyes.html.gz", "sub/d-hostile.htm"]
    /// Relative paths of the broken files, with the error each must give.
    static let broken: [(String, String)] = [
        ("e-binary.html", "binary data, not an HTML or text page"),
        ("f-empty [x]|y.html", "file is empty"),
        ("g-truncated.html.gz", "cannot be parsed: truncated gzip data"),
        ("h-dangling.html", "no such file"),
        ("i-fifo.html", "not a regular file (a pipe, socket or device)"),
    ]
    /// Every row's relative path in folder order (sorted by path).
    static var all: [String] {
        (good + broken.map(\.0)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    init() throws {
        root = try TestPaths.temporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try fm.copyItem(atPath: TestPaths.fixture("onetrust-tcf-dom-snapshot.html"), toPath: path("a-onetrust.html"))
        try fm.copyItem(atPath: TestPaths.sample("thejournal-ie-drone-attack.txt"), toPath: path("b-dump.txt"))
        try Data(try ScanGzip.compress(Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("cookieyes-template-always-active.html")))))
            .write(to: URL(fileURLWithPath: path("c-cookieyes.html.gz")))
        try fm.copyItem(atPath: TestPaths.fixture("hostile-onetrust-names.html"), toPath: path("sub/d-hostile.htm"))

        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]).write(to: url("e-binary.html"))
        try Data().write(to: url("f-empty [x]|y.html"))
        let gzipped = try ScanGzip.compress(Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("onetrust-tcf-dom-snapshot.html"))))
        try gzipped.prefix(gzipped.count / 2).write(to: url("g-truncated.html.gz"))
        try fm.createSymbolicLink(atPath: path("h-dangling.html"), withDestinationPath: root.appendingPathComponent("gone.html").path)
        // Root can read a chmod-000 file, so unreadable inputs are a dangling link and a FIFO
        // (which a scan must report, not open: nobody writes to it).
        #expect(mkfifo(path("i-fifo.html"), 0o644) == 0)
        // Files a folder scan leaves alone.
        try Data("not a page".utf8).write(to: url("notes.pdf"))
        try Data("{}".utf8).write(to: url("sub/data.json"))
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// gzip through `/bin/gzip`, so that the tests do not need zlib's C API.
enum ScanGzip {
    static func compress(_ data: Data) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("consentlens-gzip-\(UUID().uuidString)")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", "-n", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return out
    }
}

/// JSON helpers: parse a line, and re-encode compactly with sorted keys for comparisons.
enum ScanJSON {
    static func object(_ text: some StringProtocol) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func canonical(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }
}

/// `consentlens scan` as a user runs it on a folder: rows in order, errors as rows, exit status,
/// the three formats and the summary.
@Suite(.serialized) struct ScanCommandTests {
    @Test func jsonLinesHaveOneRowPerFileInOrderWithErrorRows() throws {
        let folder = try ScanFolder()
        defer { folder.remove() }
        let run = try CLIRun.run(["scan", folder.root.path])
        #expect(run.status == 2)
        let lines = ScanJSON.lines(run.stdout)
        #expect(lines.count == ScanFolder.all.count)
        for (line, relative) in zip(lines, ScanFolder.all) {
            let object = try ScanJSON.object(line)
            let source = try #require(object["source"] as? [String: Any])
            #expect(source["path"] as? String == folder.path(relative))
            if let problem = ScanFolder.broken.first(where: { $0.0 == relative })?.1 {
                #expect(object["error"] as? String == problem, "\(relative)")
                #expect(Set(object.keys) == ["error", "schemaVersion", "source"])
                #expect(object["schemaVersion"] as? Int == 1)
            } else {
                #expect(object["error"] == nil, "\(relative)")
                // The row is the page's `analyse --format json` document, on one line.
                let analyse = try CLIRun.run(["analyse", "--format", "json", folder.path(relative)])
                #expect(analyse.status == 0)
                #expect(try ScanJSON.canonical(ScanJSON.object(analyse.stdout)) == ScanJSON.canonical(object), "\(relative)")
            }
        }
        // What the folder holds, one line per failed file, then the count.
        var expected = ["consentlens: 9 pages found, 2 files skipped (by extension)"]
        expected += ScanFolder.all.compactMap { relative in
            ScanFolder.broken.first { $0.0 == relative }.map { "consentlens: \(folder.path(relative)): \($0.1)" }
        }
        expected.append("consentlens: 5 of 9 pages could not be read")
        #expect(run.stderr.split(separator: "\n").map(String.init) == expected)
    }

    @Test func theOneTrustPageHasItsPartnerCount() throws {
        let folder = try ScanFolder()
        defer { folder.remove() }
        let run = try CLIRun.run(["scan", folder.path("a-onetrust.html"), folder.path("c-cookieyes.html.gz")])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = ScanJSON.lines(run.stdout)
        #expect(lines.count == 2)
        let notice = try #require(try ScanJSON.object(lines[0])["notice"] as? [String: Any])
        #expect(notice["totalPartners"] as? Int == 212)
        #expect(try ScanJSON.object(lines[1])["notice"] is [String: Any])
    }

    @Test func outputIsTheSameWhateverTheJobs() throws {
        let folder = try ScanFolder()
        defer { folder.remove() }
        for format in ["jsonl", "csv"] {
            let one = try CLIRun.run(["scan", "--format", format, "--jobs", "1", folder.root.path])
            let two = try CLIRun.run(["scan", "--format", format, "--jobs", "2", folder.root.path])
            let many = try CLIRun.run(["scan", "--format", format, "--jobs", "7", folder.root.path, folder.root.path])
            #expect(one.status == 2 && two.status == 2 && many.status == 2)
            #expect(one.stdout == two.stdout, "\(format)")
            #expect(!one.stdout.isEmpty)
            // The same folder twice: the same rows twice, in order.
            let header = format == "csv" ? 1 : 0
            let rows = ScanJSON.lines(one.stdout.replacingOccurrences(of: "\r\n", with: "\n"))
            let twice = ScanJSON.lines(many.stdout.replacingOccurrences(of: "\r\n", with: "\n"))
            #expect(Array(twice) == Array(rows) + Array(rows.dropFirst(header)))
        }
    }

    @Test func csvHasTheDocumentedHeaderAndOneLinePerRow() throws {
        let folder = try ScanFolder()
        defer { folder.remove() }
        let output = folder.url("out.csv")
        let run = try CLIRun.run(["scan", "--format", "csv", "--output", output.path, folder.root.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        let text = try String(contentsOf: output, encoding: .utf8)
        let header = "path,format,bytes,sha256,platforms,notice_found,language,total_partners,"
            + "p1_partners,p2_partners,p3_partners,p4_partners,p5_partners,p6_partners,p7_partners,p8_partners,p9_partners,p10_partners,p11_partners,"
            + "sp1_partners,sp2_partners,sp3_partners,f1_partners,f2_partners,f3_partners,sf1_partners,sf2_partners,"
            + "always_active_ids,stacks,categories,accept_all,reject_all,manage_choices,save_choices,legitimate_interest_claimed,"
            + "pay_or_consent,pay_price,pay_currency,pay_period,"
            + "score,grade,worst_case_score,worst_case_grade,"
            + "tc_strings,tc_purpose_consents_before_choice,tc_vendor_consents_before_choice,tc_purpose_consents_after_choice,tc_vendor_consents_after_choice,tc_findings,"
            + "error,warc_file,warc_offset"
        #expect(text.hasPrefix(header + "\r\n"))
        #expect(CSVFormat.header.joined(separator: ",") == header)
        let records = try ScanCSV.parse(text)
        #expect(records.count == 1 + ScanFolder.all.count)
        #expect(records.allSatisfy { $0.count == CSVFormat.header.count })
        let column = { (name: String) in CSVFormat.header.firstIndex(of: name)! }
        let onetrust = records[1 + ScanFolder.all.firstIndex(of: "a-onetrust.html")!]
        #expect(onetrust[column("path")] == folder.path("a-onetrust.html"))
        #expect(onetrust[column("total_partners")] == "212")
        #expect(onetrust[column("notice_found")] == "true")
        #expect(onetrust[column("platforms")].contains("onetrust"))
        #expect(Int(onetrust[column("score")]) != nil)
        #expect(["A", "B", "C", "D", "E", "F"].contains(onetrust[column("grade")]))
        #expect(onetrust[column("error")] == "")
        let empty = records[1 + ScanFolder.all.firstIndex(of: "f-empty [x]|y.html")!]
        #expect(empty[column("error")] == "file is empty")
        #expect(empty[column("notice_found")] == "")
    }

    @Test func sqliteHasTheNormalisedTables() throws {
        let folder = try ScanFolder()
        defer { folder.remove() }
        let database = folder.url("scan.sqlite")
        try Data("an older file in the way".utf8).write(to: database)
        let run = try CLIRun.run(["scan", "--format", "sqlite", "-o", database.path, folder.root.path])
        #expect(run.status == 2)
        let jsonl = try CLIRun.run(["scan", folder.root.path])
        let analyses = try ScanJSON.lines(jsonl.stdout).map { try ScanJSON.object($0) }
        let notices = analyses.compactMap { $0["notice"] as? [String: Any] }

        let queue = try DatabaseQueue(path: database.path)
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            #expect(tables == ["categories", "findings", "pages", "pay_or_consent", "platforms", "purposes", "stacks"])
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == SQLiteWriter.schemaVersion)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM pages") == ScanFolder.all.count)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM pages WHERE error IS NOT NULL") == ScanFolder.broken.count)
            let paths = try String.fetchAll(db, sql: "SELECT path FROM pages ORDER BY id")
            #expect(paths == ScanFolder.all.map(folder.path))
            let purposes = notices.reduce(0) { $0 + (($1["purposes"] as? [Any])?.count ?? 0) }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM purposes") == purposes)
            let categories = notices.reduce(0) { $0 + (($1["cookieCategories"] as? [Any])?.count ?? 0) }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM categories") == categories)
            let platforms = analyses.reduce(0) { $0 + (($1["platforms"] as? [Any])?.count ?? 0) }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM platforms") == platforms)
            let findings = analyses.reduce(0) { $0 + ((($1["assessment"] as? [String: Any])?["findings"] as? [Any])?.count ?? 0) }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM findings") == findings)
            #expect(try Int.fetchOne(db, sql: "SELECT total_partners FROM pages WHERE path LIKE '%a-onetrust.html'") == 212)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM findings f LEFT JOIN pages p ON p.id = f.page_id WHERE p.id IS NULL") == 0)
        }
    }

    @Test func sqliteNeedsAnOutputFile() throws {
        let run = try CLIRun.run(["scan", "--format", "sqlite", "Samples"])
        #expect(run.status == 64)
    }

    @Test func summaryOverviewsTheScanWithEscapedPageText() throws {
        let folder = try ScanFolder()
        defer { folder.remove() }
        let summary = folder.url("summary.md")
        let run = try CLIRun.run(["scan", "--summary", summary.path, "-o", folder.path("rows.jsonl"), folder.root.path])
        #expect(run.status == 2)
        let text = try String(contentsOf: summary, encoding: .utf8)
        for heading in ["# ConsentLens scan summary", "## Consent platforms", "## Partners", "## Declared TCF items", "## What cannot be refused",
                        "## Reject all", "## Top findings", "## Pages that failed"] {
            #expect(text.contains("\n\(heading)\n") || text.hasPrefix("\(heading)\n"), "\(heading)")
        }
        #expect(text.contains("9 pages scanned: 4 analysed, 5 failed."))
        #expect(text.contains("| OneTrust (`onetrust`) |"))
        // The file name's `[`, `]` and `|` are escaped, so the table keeps two columns.
        #expect(text.contains("f-empty \\[x\\]\\|y.html | file is empty |"))
        for line in text.split(separator: "\n") where line.hasPrefix("| ") && line.contains("f-empty") {
            #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 3)
        }
    }

    @Test func filesFromListsPagesInTheirOrder() throws {
        let folder = try ScanFolder()
        defer { folder.remove() }
        let list = [folder.path("sub/d-hostile.htm"), "", folder.path("a-onetrust.html"), folder.path("missing.html")].joined(separator: "\n") + "\n"
        try Data(list.utf8).write(to: folder.url("list.txt"))
        let fromFile = try CLIRun.run(["scan", "--files-from", folder.path("list.txt"), folder.path("b-dump.txt")])
        let fromStdin = try CLIRun.run(["scan", "--files-from", "-", folder.path("b-dump.txt")], stdin: Data(list.utf8))
        #expect(fromFile.status == 2)
        #expect(fromFile.stdout == fromStdin.stdout)
        let paths = try ScanJSON.lines(fromFile.stdout).map { try #require(ScanJSON.object($0)["source"] as? [String: Any])["path"] as? String }
        #expect(paths == [folder.path("b-dump.txt"), folder.path("sub/d-hostile.htm"), folder.path("a-onetrust.html"), folder.path("missing.html")])
        #expect(fromFile.stderr.contains("consentlens: \(folder.path("missing.html")): no such file\n"))
    }

    /// An empty list on `--files-from -` (an empty Spark partition, an empty Hadoop split) is zero
    /// rows and a success, in every format; an empty folder keeps its message and exit status 1.
    @Test func emptyFileListIsZeroRows() throws {
        for list in ["", "\n", "\n  \n\r\n"] {
            let jsonl = try CLIRun.run(["scan", "--format", "jsonl", "--files-from", "-"], stdin: Data(list.utf8))
            #expect(jsonl.status == 0)
            #expect(jsonl.stdout == "")
            #expect(!jsonl.stderr.contains("nothing to scan"))
        }
        let csv = try CLIRun.run(["scan", "--format", "csv", "--files-from", "-"], stdin: Data())
        #expect(csv.status == 0)
        #expect(csv.stdout.split(separator: "\n").count == 1, "the header alone")
        let folder = try ScanFolder()
        defer { folder.remove() }
        try Data().write(to: folder.url("empty.txt"))
        let fromFile = try CLIRun.run(["scan", "--format", "jsonl", "--files-from", folder.path("empty.txt")])
        #expect(fromFile.status == 0)
        #expect(fromFile.stdout == "")
        let emptyFolder = folder.path("nothing-here")
        try FileManager.default.createDirectory(atPath: emptyFolder, withIntermediateDirectories: true)
        let withFolder = try CLIRun.run(["scan", "--format", "jsonl", "--files-from", "-", emptyFolder], stdin: Data())
        #expect(withFolder.status == 1)
        #expect(withFolder.stderr.contains("nothing to scan"))
    }

    @Test func usageErrors() throws {
        #expect(try CLIRun.run(["scan"]).status == 64)
        #expect(try CLIRun.run(["scan", "-", "-"]).status == 64)
        #expect(try CLIRun.run(["scan", "--files-from", "-", "-"]).status == 64)
        #expect(try CLIRun.run(["scan", "--jobs", "0", "Samples"]).status == 64)
    }

    @Test func onlyTheFolderCountOnStandardErrorWhenAllIsWell() throws {
        let run = try CLIRun.run(["scan", "--format", "csv", "Samples"])
        #expect(run.status == 0)
        #expect(run.stderr == "consentlens: 2 pages found, 0 files skipped (by extension)\n")
        let named = try CLIRun.run(["scan", "--format", "csv", "Samples/thejournal-ie-drone-attack.txt"])
        #expect(named.status == 0)
        #expect(named.stderr.isEmpty)
    }

    @Test func unwritableOutputIsExitStatusOne() throws {
        let run = try CLIRun.run(["scan", "-o", "/nonexistent-dir/out.jsonl", "Samples"])
        #expect(run.status == 1)
        #expect(run.stderr == "consentlens: /nonexistent-dir/out.jsonl: cannot write: No such file or directory\n")
    }

    // MARK: - The corpus

    @Test func corpusGivesOneRowPerPageInEachFormat() throws {
        guard let corpus = TestPaths.corpus else { return }  // ../shared/corpus is absent here
        let pages = corpus.appendingPathComponent("pages")
        let files = FileManager.default.enumerator(atPath: pages.path)!.compactMap { $0 as? String }.filter { name in
            let lower = name.lowercased()
            let base = lower.hasSuffix(".gz") ? String(lower.dropLast(3)) : lower
            return ScanPlan.pageExtensions.contains { base.hasSuffix("." + $0) }
        }
        #expect(!files.isEmpty)
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }

        let jsonl = try CLIRun.run(["scan", pages.path])
        #expect(jsonl.status == 0 || jsonl.status == 2)
        #expect(ScanJSON.lines(jsonl.stdout).count == files.count)
        // Every row is exactly what `analyse` says of that page.
        for line in ScanJSON.lines(jsonl.stdout) {
            let row = try ScanJSON.object(line)
            let path = try #require((row["source"] as? [String: Any])?["path"] as? String)
            let analysed = try JSONRendering.render(ConsentAnalyzer.analyse(path: path), pretty: false)
            #expect(try ScanJSON.canonical(row) == ScanJSON.canonical(ScanJSON.object(analysed)), "\(path)")
        }

        let csv = try CLIRun.run(["scan", "--format", "csv", pages.path])
        #expect(try ScanCSV.parse(csv.stdout).count == files.count + 1)

        let database = dir.appendingPathComponent("corpus.sqlite").path
        _ = try CLIRun.run(["scan", "--format", "sqlite", "-o", database, pages.path])
        let count = try DatabaseQueue(path: database).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM pages") }
        #expect(count == files.count)
    }
}

/// An RFC 4180 reader, enough to check what the scan writes.
enum ScanCSV {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { cell.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                guard cell.isEmpty else { throw Malformed() }
                quoted = true
            } else if c == "," {
                record.append(cell); cell = ""
            } else if c == "\r" {
                guard chars.popFirst() == "\n" else { throw Malformed() }
                record.append(cell); cell = ""
                records.append(record); record = []
            } else if c == "\n" {
                throw Malformed()  // rows end with CRLF
            } else {
                cell.unicodeScalars.append(c)
            }
        }
        guard !quoted, record.isEmpty, cell.isEmpty else { throw Malformed() }
        return records
    }
}
