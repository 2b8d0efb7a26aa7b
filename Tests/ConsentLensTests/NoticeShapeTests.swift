import Testing
@testable import ConsentLens

/// Notices in the shapes real copies take, written for these tests after real notices (Google
/// Funding Choices' two layers, Didomi, Cookiebot, OneTrust, Sourcepoint, sites' own banners) in
/// eight languages, none of them tuned on: banners that are the whole file, TCF names inside run-on
/// prose, controls worded and glued every way, Markdown with headings inside list items, setext
/// headings and tables, accessibility-snapshot dialogs. `Fixtures/shapes/`.
@Suite struct NoticeShapeTests {
    struct Want: Sendable, CustomStringConvertible {
        var file: String
        var platform: String? = nil
        var total: Int? = nil
        /// "purpose 1", "specialFeature 2", "stack 42", with ":partners" and "/li" for legitimate-interest partners.
        var items: [String] = []
        /// Normalised class, "*" when always active.
        var categories: [String] = []
        /// accept, reject, manage: true / false / nil.
        var controls: (Bool?, Bool?, Bool?)
        var description: String { file }
    }

    static let cases: [Want] = [
        Want(file: "banner-only.txt", controls: (true, true, false)),
        Want(file: "aria-it.yml", controls: (true, true, true)),
        Want(file: "sv-banner.yml", controls: (true, true, true)),
        Want(file: "pl-banner.txt", controls: (true, true, true)),
        Want(file: "nl-banner.txt", total: 312, controls: (true, true, true)),
        Want(file: "en-upper.txt", controls: (true, true, true)),
        Want(file: "cookiebot-de.txt", platform: "cookiebot", categories: ["necessary", "preferences", "statistics", "marketing"],
             controls: (true, true, true)),
        Want(file: "da-banner.txt", platform: "cookiebot", categories: ["necessary", "preferences", "statistics", "marketing"],
             controls: (true, true, true)),
        Want(file: "didomi-es.txt", total: 842, items: ["specialFeature 1", "stack 25"], controls: (true, true, true)),
        Want(file: "fr-didomi.md", total: 842, items: ["specialFeature 1"], controls: (true, true, true)),
        Want(file: "gfc-first.txt", platform: "google-funding-choices", total: 183, items: ["purpose 1", "stack 42"],
             controls: (true, true, true)),
        Want(file: "it-gfc.txt", platform: "google-funding-choices", total: 154, items: ["purpose 1"], controls: (true, true, true)),
        Want(file: "gfc-manage.txt", platform: "google-funding-choices",
             items: ["purpose 1:402", "purpose 2:350/120", "purpose 3:380", "purpose 7:390/97", "specialPurpose 1:288",
                     "specialFeature 1:120"],
             controls: (true, false, false)),
        Want(file: "inline-such-as.txt", items: ["purpose 1", "purpose 2", "purpose 3", "purpose 4", "purpose 7"],
             controls: (true, true, false)),
        Want(file: "sourcepoint-en.txt", total: 870, items: ["purpose 1", "specialFeature 1", "specialFeature 2", "stack 42"],
             controls: (true, false, true)),
        // OneTrust's preference centre: "Manage Consent Preferences" is its heading, not a button.
        Want(file: "ot-md.md", platform: "onetrust", categories: ["necessary*", "statistics", "marketing"], controls: (true, true, false)),
        Want(file: "en-ot-text.txt", platform: "onetrust", categories: ["necessary*", "statistics", "marketing"], controls: (true, true, false)),
        Want(file: "de-ot.md", platform: "onetrust", categories: ["necessary*", "statistics", "marketing"], controls: (true, true, nil)),
        // "Cookie settings" is the centre's (setext) heading here, not a button.
        Want(file: "inmobi.txt", platform: "inmobi-choice", total: 1478, items: ["purpose 1", "specialFeature 1", "stack 42"],
             controls: (true, false, true)),
        Want(file: "didomi-en.txt", platform: "didomi", items: ["purpose 1", "purpose 10", "stack 26"], controls: (true, true, false)),
        Want(file: "generic-dialog.html", controls: (true, true, false)),
        // "Cookie Preferences" is the settings' button, not a category named "preferences".
        Want(file: "trustarc.txt", controls: (true, false, true)),
        Want(file: "usercentrics-de.txt", categories: ["necessary", "statistics", "other"], controls: (true, true, true)),
        Want(file: "sp-aria.yml", platform: "sourcepoint", total: 870, items: ["purpose 1"], controls: (true, true, true)),
        // Complianz's German banner: its "Funktional" is the always-active essential category.
        Want(file: "complianz-de.txt", platform: "complianz", categories: ["necessary*", "preferences", "statistics", "marketing"],
             controls: (true, true, true)),
        Want(file: "borlabs-de.txt", platform: "borlabs", categories: ["necessary", "statistics", "marketing", "other"],
             controls: (true, true, true)),
        Want(file: "iubenda-it.txt", controls: (true, true, true)),
        Want(file: "cookiefirst-nl.txt", categories: ["necessary", "preferences", "statistics", "marketing"], controls: (true, true, false)),
        Want(file: "klaro-en.md", controls: (true, true, true)),
        Want(file: "tabs.md", categories: ["necessary*", "statistics", "marketing"], controls: (true, true, false)),
    ]

    @Test(arguments: cases)
    func readsTheNotice(want: Want) throws {
        let analysis = try ConsentAnalyzer.analyse(path: TestPaths.fixture("shapes/\(want.file)"))
        let notice = try #require(analysis.notice, "\(want.file): no notice")
        if let platform = want.platform { #expect(analysis.platforms.first?.id == platform) }
        #expect(notice.totalPartners == want.total)
        let items = notice.purposes.compactMap { p in
            p.tcfId.map { "\(p.kind.rawValue) \($0)" + (p.partners.map { ":\($0)" } ?? "") + (p.legitimateInterestPartners.map { "/\($0)" } ?? "") }
        } + notice.stacks.map { "stack \($0.tcfId.map(String.init) ?? "?")" + ($0.partners.map { ":\($0)" } ?? "") }
        #expect(items == want.items)
        #expect(notice.cookieCategories.map { $0.normalized.rawValue + ($0.alwaysActive ? "*" : "") } == want.categories)
        #expect(notice.controls.acceptAll == want.controls.0, "accept")
        #expect(notice.controls.rejectAll == want.controls.1, "reject")
        if let manage = want.controls.2 { #expect(notice.controls.manageChoices == manage, "manage") }
    }

    /// The re-laid shapes of each fixture give its figures too (see MetamorphicLayoutTests).
    @Test(arguments: cases.map(\.file))
    func sameFiguresReLaid(file: String) throws {
        try MetamorphicLayoutTests().sameFiguresInEveryShape(path: TestPaths.fixture("shapes/\(file)"))
    }
}

/// ConsentLens's own outputs, even without the mark that scans skip them by, are no notice: a
/// Markdown table of figures beside purpose names is not consent-notice language (issue 9.8).
@Suite struct OwnOutputsAreNoNoticeTests {
    @Test(arguments: ["thejournal-ie-drone-attack.md", "example-courier-onetrust-handwritten.md",
                      "compare-thejournal-ie-drone-attack-vs-example-courier-onetrust-handwritten.md"])
    func reportWithoutItsMark(name: String) throws {
        let report = try String(contentsOfFile: TestPaths.repositoryRoot.appendingPathComponent("Reports/\(name)").path, encoding: .utf8)
        let unmarked = report.replacingOccurrences(of: "<!-- generated by consentlens -->", with: "")
        let analysis = try ConsentAnalyzer.analyse(bytes: Array(unmarked.utf8), path: name)
        #expect(analysis.notice == nil, "\(name): read as a notice with \(analysis.notice?.purposes.count ?? 0) items")
    }

    @Test func tableOfFiguresIsNoNotice() throws {
        let table = """
        # Scan summary

        | Purpose | Pages | Partners (median) | Share |
        |---|---:|---:|---:|
        | Store and/or access information on a device | 2 | 178 | 100.0% |
        | Create profiles for personalised advertising | 2 | 83 | 100.0% |
        | Reject all | 1 | – | 50.0% |
        """
        #expect(try ConsentAnalyzer.analyse(bytes: Array(table.utf8), path: "summary.md").notice == nil)
    }
}
