import Testing
@testable import ConsentLens

/// Page text is data: every hostile string comes out of the Markdown renderers as inert text,
/// byte for byte as specified here.
@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"),
        ("[click](javascript:alert(1))", "\\[click\\]\\(javascript:alert\\(1\\)\\)"),
        ("a | b", "a \\| b"),
        ("![x](http://evil/x.png)", "\\!\\[x\\]\\(http\\://evil/x.png\\)"),
        ("First line\nsecond line\r\n\nthird", "First line second line third"),
        ("# Heading", "\\# Heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("1. First", "1\\. First"),
        ("2023) Year", "2023\\) Year"),
        ("*bold* _em_ ~~strike~~ `code`", "\\*bold\\* \\_em\\_ \\~\\~strike\\~\\~ \\`code\\`"),
        ("C:\\Users", "C:\\\\Users"),
        ("AT&T <b>bold</b>", "AT&amp;T &lt;b&gt;bold&lt;/b&gt;"),
        ("> quoted", "&gt; quoted"),
        ("visit www.evil.example now", "visit www\\.evil.example now"),
        ("costs $5 or $10", "costs \\$5 or \\$10"),
        ("  padded\tand\u{2028}spaced  ", "padded and spaced"),
        ("abc\u{202E}def\u{07}ghi", "abcdefghi"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;"),
        ("[ref]: javascript:alert(1)", "\\[ref\\]: javascript:alert\\(1\\)"),
        ("<!-- comment -->", "&lt;\\!-- comment --&gt;"),
        ("Plain text, 3.5 stars - fine", "Plain text, 3.5 stars - fine"),
        ("", ""),
    ])
    func escapes(input: String, expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    @Test func interpolationEscapesStringsButNotMarkup() {
        let name = "<b>|x|</b>"
        let line: MarkdownText = "**\(name)** has \(3) \(MarkdownText("*items*"))"
        #expect(line.source == "**&lt;b&gt;\\|x\\|&lt;/b&gt;** has 3 *items*")
    }

    // MARK: - Hostile notices in the report

    static let hostile: PageAnalysis = {
        let notice = ConsentNotice(
            platform: nil, language: "en", totalPartners: 12,
            purposes: [
                PurposeDeclaration(kind: .purpose, tcfId: nil, name: "a | b", description: "[click](javascript:alert(1))\nfirst\nsecond", partners: 12),
                PurposeDeclaration(kind: .purpose, tcfId: 1, name: "![x](http://evil/x.png)", description: "<script>alert(1)</script>", partners: 7, legitimateInterest: true),
            ],
            stacks: [StackDeclaration(tcfId: nil, name: "# Stack\n| injected | row |", partners: 3)],
            cookieCategories: [
                CookieCategory(name: "<script>alert(1)</script>", description: "*bold* and `code`", alwaysActive: true, normalized: .marketing),
            ],
            controls: NoticeControls(acceptAll: true, rejectAll: false),
            legitimateInterestClaimed: true)
        return PageAnalysis(
            source: SourceDescription(path: "pages/evil|name<1>.html", format: "html", bytes: 10, sha256: String(repeating: "0", count: 64)),
            platforms: [], notice: notice, limitations: ["Limitation with [link](javascript:x) text"],
            assessment: PrivacyAssessor.assess(notice))
    }()

    static var report: String { MarkdownReport.render(hostile) }

    @Test func hostileNamesAreEscapedExactlyInTheReport() {
        let lines = Self.report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# Consent notice report: pages/evil\\|name&lt;1&gt;.html")
        #expect(lines.contains("| Purpose | – | a \\| b | 12 | yes | not shown |"))
        #expect(lines.contains("| Purpose | 1 | \\!\\[x\\]\\(http\\://evil/x.png\\) | 7 | yes | offered |"))
        #expect(lines.contains("| – | \\# Stack \\| injected \\| row \\| | 3 | – | – |"))
        #expect(lines.contains("| &lt;script&gt;alert\\(1\\)&lt;/script&gt; | marketing | yes |"))
        #expect(lines.contains("- **Purpose, a \\| b:** \\[click\\]\\(javascript:alert\\(1\\)\\) first second"))
        #expect(lines.contains("- **Purpose 1, \\!\\[x\\]\\(http\\://evil/x.png\\):** &lt;script&gt;alert\\(1\\)&lt;/script&gt;"))
        #expect(lines.contains("- **Cookie category, &lt;script&gt;alert\\(1\\)&lt;/script&gt;:** \\*bold\\* and \\`code\\`"))
        #expect(lines.contains("- Limitation with \\[link\\]\\(javascript:x\\) text"))
        // The finding that quotes the category name escapes it, and only it: its own words
        // ("(marketing)") carry no escapes.
        #expect(lines.contains { $0.contains("“&lt;script&gt;alert\\(1\\)&lt;/script&gt;” (marketing) is shown as always active") })
    }

    @Test func noRawMarkupSurvives() {
        let report = Self.report
        for raw in ["<script", "</script", "<b>", "](javascript", "![x](", "[click](", "http://evil", "\n# Stack", "`code`", "*bold*"] {
            #expect(!report.contains(raw), "raw \(raw) in the report")
        }
    }

    @Test func everyTableRowKeepsItsColumns() {
        Self.expectTablesKeepTheirColumns(Self.report)
    }

    /// Every row of every table has as many unescaped `|` as the table's header.
    static func expectTablesKeepTheirColumns(_ markdown: String) {
        var expected: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { expected = nil; continue }
            let count = unescapedPipes(String(line))
            if let expected { #expect(count == expected, "row has \(count) separators: \(line)") } else { expected = count }
        }
    }

    @Test func chartHoldsNoPageText() throws {
        let report = Self.report
        let start = try #require(report.range(of: "```mermaid"))
        let end = try #require(report.range(of: "```\n", range: start.upperBound..<report.endIndex))
        let chart = report[start.upperBound..<end.lowerBound]
        #expect(chart.contains("x-axis [\"P1\"]"))
        #expect(chart.contains("bar [7]"))
        #expect(!chart.contains("evil"))
    }

    @Test func hostileNamesAreEscapedInTheComparison() {
        let markdown = ComparisonMarkdown.render(PolicyComparer.compare(Self.hostile, Self.hostile))
        #expect(markdown.contains("| Purpose | – | a \\| b | 12 | 12 | 0 | yes / yes |"))
        #expect(markdown.contains("| marketing | &lt;script&gt;alert\\(1\\)&lt;/script&gt; (always active) | &lt;script&gt;alert\\(1\\)&lt;/script&gt; (always active) |"))
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("](javascript"))
    }

    /// The whole pipeline, from a saved page whose notice carries markup in its names.
    @Test func hostilePageThroughTheCLI() throws {
        let run = try CLIRun.run(["report", "Tests/ConsentLensTests/Fixtures/hostile-onetrust-names.html"])
        #expect(run.status == 0)
        let report = run.stdout
        #expect(report.contains("| Special feature | – | \\[click\\]\\(javascript:alert\\(1\\)\\) \\| a \\| b | 5 | yes | not shown |"))
        #expect(report.contains("- **Cookie category, Strictly Necessary Cookies:** \\[click\\]\\(javascript:alert\\(1\\)\\) these cookies are needed \\| a \\| b and more text here."))
        #expect(report.contains("\\!\\[x\\]\\(http\\://evil/x.png\\) &lt;img src=x onerror=alert\\(1\\)&gt; \\# not a heading, \\*not bold\\*"))
        #expect(report.contains("&lt;script&gt;alert\\(1\\)"))
        for raw in ["<script", "<img", "](javascript", "![x](", "http://evil", "*not bold*"] {
            #expect(!report.contains(raw), "raw \(raw) in the report")
        }
        Self.expectTablesKeepTheirColumns(report)
    }

    static func unescapedPipes(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for c in line {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true } else if c == "|" { count += 1 }
        }
        return count
    }
}
