import Foundation
import GRDB
import Testing

/// Outputs that agree with the JSON contract (issue 9, item 19): `compare --format json` carries
/// `schemaVersion`, the scan summary names category classes in words, and CSV and SQLite carry
/// each category's saved box (`preTicked`).
@Suite(.serialized) struct CLIScanOutputsTests {
    /// A OneTrust preference centre: two always-active categories (one of them sale of data), a
    /// ticked and an unticked box.
    static let page = """
        <html><body><div id="onetrust-pc-sdk"><p>We and our 12 partners use cookies to store and/or access information on a device.</p>
        <div class="ot-cat-item"><h4 class="ot-cat-header">Strictly Necessary Cookies</h4><div class="ot-always-active">Always Active</div><p>These cookies are needed for the site to work.</p></div>
        <div class="ot-cat-item"><h4 class="ot-cat-header">Sale of Personal Data</h4><div class="ot-always-active">Always Active</div><p>We share your personal data with partners.</p></div>
        <div class="ot-cat-item"><h4 class="ot-cat-header">Targeting Cookies</h4><input type="checkbox" checked><p>These cookies build a profile of your interests for advertising partners.</p></div>
        <div class="ot-cat-item"><h4 class="ot-cat-header">Performance Cookies</h4><input type="checkbox"><p>These cookies count visits so we can measure and improve performance.</p></div>
        <button>Accept All</button><button>Reject All</button></div></body></html>
        """

    static func withPage(_ body: (URL, String) throws -> Void) throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("boxes.html")
        try Data(Self.page.utf8).write(to: page)
        try body(dir, page.path)
    }

    @Test func compareJSONCarriesTheSchemaVersion() throws {
        let run = try CLIRun.run(["compare", "--format", "json", "Samples/thejournal-ie-drone-attack.txt", "Samples/example-courier-onetrust-handwritten.html"])
        #expect(run.status == 0)
        let object = try ScanJSON.object(run.stdout)
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["verdict"] is String)
    }

    @Test func summaryNamesCategoryClassesInWords() throws {
        try Self.withPage { dir, page in
            let summary = dir.appendingPathComponent("summary.md")
            #expect(try CLIRun.run(["scan", page, "-o", "/dev/null", "--summary", summary.path]).status == 0)
            let text = try String(contentsOf: summary, encoding: .utf8)
            #expect(text.contains("\n| Cookie category: sale of data | 1 | 100.0% | – |\n"))
            #expect(text.contains("\n| Cookie category: necessary | 1 | 100.0% | – |\n"))
            #expect(!text.contains("Cookie category: saleOfData"))
        }
    }

    @Test func csvCategoriesCarryTheirSavedBox() throws {
        try Self.withPage { _, page in
            let run = try CLIRun.run(["scan", "--format", "csv", page])
            #expect(run.status == 0)
            let records = try ScanCSV.parse(run.stdout)
            let column = try #require(records[0].firstIndex(of: "categories"))
            #expect(records[1][column] == "Strictly Necessary Cookies [necessary, always active]; Sale of Personal Data [saleOfData, always active]; "
                + "Targeting Cookies [marketing, pre-ticked]; Performance Cookies [statistics, unticked]")
        }
    }

    @Test func sqliteCategoriesCarryTheirSavedBox() throws {
        try Self.withPage { dir, page in
            let database = dir.appendingPathComponent("scan.sqlite").path
            #expect(try CLIRun.run(["scan", "--format", "sqlite", "-o", database, page]).status == 0)
            try DatabaseQueue(path: database).read { db in
                #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == 3)
                let rows = try Row.fetchAll(db, sql: "SELECT name, pre_ticked FROM categories ORDER BY position")
                #expect(rows.map { $0["name"] as String } == ["Strictly Necessary Cookies", "Sale of Personal Data", "Targeting Cookies", "Performance Cookies"])
                #expect(rows.map { $0["pre_ticked"] as Int? } == [nil, nil, 1, 0])
            }
        }
    }
}
