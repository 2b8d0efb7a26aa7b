import Foundation
import Testing
@testable import ConsentParse
import ConsentLens

/// Loading and parsing: charsets, formats, visibility, and every kind of bad input.
@Suite struct PageLoadingTests {
    func load(_ text: String, path: String = "page.html") throws -> LoadedPage {
        try PageLoader.load(bytes: Array(text.utf8), path: path)
    }

    // MARK: - Charsets

    @Test func windows1252ForLatin1LabelAndUnlabelledBytes() throws {
        let labelled: [UInt8] = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9, 0x20, 0x93] + Array("ok".utf8) + [0x94] + Array("</p></body></html>".utf8)
        let page = try PageLoader.load(bytes: labelled, path: "a.html")
        #expect(page.content.lines.map(\.text) == ["Café “ok”"])
        let unlabelled: [UInt8] = Array("<html><body><p>Na".utf8) + [0xEF, 0x76, 0x65] + Array("</p></body></html>".utf8)
        #expect(try PageLoader.load(bytes: unlabelled, path: "b.html").content.lines.map(\.text) == ["Naïve"])
    }

    @Test func invalidBytesInUTF8PageAreReplacedNotTruncated() throws {
        let bytes: [UInt8] = Array("<html><head><meta charset=utf-8></head><body><p>Bad ".utf8) + [0xFF] + Array(" byte, then the rest</p><p>Second</p></body></html>".utf8)
        let lines = try PageLoader.load(bytes: bytes, path: "c.html").content.lines.map(\.text)
        #expect(lines == ["Bad \u{FFFD} byte, then the rest", "Second"])
    }

    @Test func utf16WithAndWithoutBOM() throws {
        let html = "<html><body><p>Wir und unsere 42 Partner – Grüße</p></body></html>"
        var le: [UInt8] = []
        for unit in html.utf16 { le.append(UInt8(unit & 0xFF)); le.append(UInt8(unit >> 8)) }
        #expect(try PageLoader.load(bytes: le, path: "le.html").content.lines.map(\.text) == ["Wir und unsere 42 Partner – Grüße"])
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in html.utf16 { be.append(UInt8(unit >> 8)); be.append(UInt8(unit & 0xFF)) }
        #expect(try PageLoader.load(bytes: be, path: "be.html").content.lines.map(\.text) == ["Wir und unsere 42 Partner – Grüße"])
    }

    // MARK: - Formats

    @Test func formatIsSniffedFromContent() throws {
        #expect(try load("<!DOCTYPE html><html><body><p>x</p></body></html>", path: "x.txt").format == .html)
        #expect(try load("Plain text that mentions <all> and <b> once.\nSecond line.", path: "x.html").format == .text)
        #expect(try load("# Title\n\n## Cookies\n\n- [x] Necessary\n- [ ] Marketing\n\n[Privacy](https://x.example/p)\n", path: "x.txt").format == .markdown)
        let aria = "- dialog \"Privacy\" [ref=e4]:\n  - text: We use cookies\n  - button \"Reject All\" [ref=e16]\n  - button \"Accept All Cookies\" [ref=e17]\n"
        #expect(try load(aria, path: "x.yml").format == .accessibilitySnapshot)
    }

    @Test func markdownKeepsCheckboxStateAndLinkText() throws {
        let lines = try load("## Manage Consent Preferences\n\n- [x] Strictly Necessary Cookies\n- [ ] Targeting Cookies\n\nRead our [Privacy Policy](https://x.example/p).\n", path: "p.md").content.lines
        #expect(lines.map(\.text) == ["Manage Consent Preferences", "Strictly Necessary Cookies", "Targeting Cookies", "Read our Privacy Policy."])
        #expect(lines.map(\.role) == [.heading, .checkbox, .checkbox, .text])
        #expect(lines.map(\.checked) == [nil, true, false, nil])
    }

    @Test func accessibilitySnapshotKeepsButtons() throws {
        let aria = "- dialog \"Privacy\" [ref=e4]:\n  - text: We use cookies to track you.\n  - button \"Cookie Settings, Opens the preference center dialog\" [ref=e15] [cursor=pointer]: Cookie Settings\n  - button \"Reject All\" [ref=e16]\n  - checkbox \"Marketing\" [checked]\n"
        let lines = try load(aria, path: "snap.yml").content.lines
        #expect(lines.map(\.text) == ["Privacy", "We use cookies to track you.", "Cookie Settings", "Reject All", "Marketing"])
        // The dialog's own name is its title.
        #expect(lines.map(\.role) == [.heading, .text, .button, .button, .checkbox])
        #expect(lines[4].checked == true)
    }

    // MARK: - Visibility and templates

    @Test func hiddenTextIsKeptButMarked() throws {
        let html = """
            <html><body><p>Shown</p><div hidden><p>Attr hidden</p></div><div aria-hidden="true">Aria hidden</div>
            <div style="display: none">Display none</div><div style="visibility:hidden">Invisible</div>
            <noscript>No script</noscript><button>Accept All</button></body></html>
            """
        let lines = try load(html).content.lines
        #expect(lines.map(\.text) == ["Shown", "Attr hidden", "Aria hidden", "Display none", "Invisible", "No script", "Accept All"])
        #expect(lines.map(\.shown) == [true, false, false, false, false, false, true])
        #expect(lines.last?.role == .button)
    }

    @Test func templateScriptsAreParsedAndMarked() throws {
        let html = """
            <html><body><p>Article</p><script type="text/template" id="BorlabsCookieBoxWrap"><div class="cookie-box"><h3>Datenschutzeinstellungen</h3><p>Wir nutzen Cookies.</p><button>Alle akzeptieren</button></div></script>
            <template><p>Later</p></template><script>var x = "<p>not text</p>";</script></body></html>
            """
        let page = try load(html)
        let lines = page.content.lines
        #expect(lines.map(\.text) == ["Article", "Datenschutzeinstellungen", "Wir nutzen Cookies.", "Alle akzeptieren", "Later"])
        #expect(lines.map(\.inTemplate) == [false, true, true, true, true])
        #expect(lines.map(\.shown) == [true, false, false, false, false])
        #expect(page.content.html?.scripts.count == 2)
    }

    @Test func inlineTextStaysOnOneLine() throws {
        let lines = try load("<html><body><p>We and our <a href='#'>157 partners</a> store <b>data</b>.</p><div>Next</div></body></html>").content.lines
        #expect(lines.map(\.text) == ["We and our 157 partners store data.", "Next"])
    }

    // MARK: - Bad input

    @Test func emptyAndWhitespaceFilesAreErrors() {
        #expect(throws: PageLoadError.empty) { try PageLoader.load(bytes: [], path: "e.html") }
        #expect(throws: PageLoadError.empty) { try PageLoader.load(bytes: Array("  \n\t ".utf8), path: "e.html") }
    }

    @Test func binaryFilesAreErrors() {
        #expect(throws: PageLoadError.binary) { try PageLoader.load(bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00], path: "a.out") }
        #expect(throws: PageLoadError.binary) { try PageLoader.load(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64), path: "x.png") }
    }

    @Test func missingFileAndDirectory() throws {
        #expect(throws: PageLoadError.notFound) { try PageReader.read(path: "/nonexistent/consentlens/page.html") }
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: PageLoadError.isDirectory) { try PageReader.read(path: dir.path) }
    }

    @Test func unreadableFile() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("locked.html")
        try Data("<p>x</p>".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        if getuid() == 0 {
            // root reads any file: the mapping of EACCES is what can be checked here.
            #expect(PageReader.error(EACCES) == .permissionDenied)
        } else {
            #expect(throws: PageLoadError.permissionDenied) { try PageReader.read(path: file.path) }
        }
    }

    @Test func truncatedHTMLIsRecovered() throws {
        let lines = try load("<html><body><div id=\"onetrust-banner-sdk\"><p>We and our 12 partners store data <b>on your dev").content.lines
        #expect(lines.map(\.text) == ["We and our 12 partners store data on your dev"])
    }

    @Test func fiftyThousandDeepNestingParsesWithoutRecursion() throws {
        let depth = 50_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep text</p>" + String(repeating: "</div>", count: depth) + "<p>After</p></body></html>"
        let page = try load(html)
        #expect(page.content.lines.map(\.text) == ["Deep text", "After"])
        #expect(page.content.html!.elements.count >= depth)
    }

    @Test func largePageIsNotTruncated() throws {
        // 12 MB in one text node: libxml2 truncates text nodes over 10,000,000 bytes without XML_PARSE_HUGE.
        let body = String(repeating: "word ", count: 2_400_000)
        let lines = try load("<html><body><p>\(body)END</p></body></html>").content.lines
        #expect(lines.count == 1)
        #expect(lines[0].text.hasSuffix("word END"))
        #expect(lines[0].text.utf8.count == 12_000_003)
    }
}

/// A page of 100 MB: read, parsed and analysed whole, with the notice at its very end still found.
@Suite struct HugePageTests {
    @Test func hundredMegabytePage() throws {
        let paragraph = "<p>" + String(repeating: "Long article text about the harbour and its ferries. ", count: 190) + "</p>\n"
        var html = "<html><body><article>"
        html.reserveCapacity(105_000_000)
        while html.utf8.count < 100_000_000 { html += paragraph }
        html += "</article><div id=\"onetrust-banner-sdk\"><p>We and our 64 partners store and/or access information on a device.</p><button>Accept All</button><button>Reject All</button></div></body></html>"
        let bytes = Array(html.utf8)
        html = ""
        #expect(bytes.count > 100_000_000)
        let analysis = try ConsentAnalyzer.analyse(bytes: bytes, path: "huge.html")
        #expect(analysis.source.bytes == bytes.count)
        let notice = try #require(analysis.notice)
        #expect(notice.totalPartners == 64)
        #expect(notice.controls.rejectAll == true)
    }
}

/// Script and style bodies are taken out before libxml2 parses and put back after: every script
/// and style must read exactly as libxml2 alone would give it.
@Suite struct RawTextBodiesTests {
    @Test func bodiesComeBackAndTagsInsideStringsOrCommentsAreLeftAlone() throws {
        let html = """
            <html><head><title>a title</title>
            <script type="text/javascript" data-x='a>b'>var s = "<div>not markup</div>"; if (a < b) {}</script>
            <STYLE media="screen">.cky-btn > span { color: red }</STYLE>
            <!-- <script>window._sp_ = {};</script> -->
            <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"></script>
            </head><body><p title="<script>x</script>">Text</p><textarea><script>kept</script></textarea>
            <script type="text/template"><div class="box"><p>Template text</p></div></script></body></html>
            """
        let page = try PageLoader.load(bytes: Array(html.utf8), path: "raw.html")
        let scripts = try #require(page.content.html?.scripts)
        // libxml2 2.9 reads a <script> inside <textarea> as a script too.
        #expect(scripts.map(\.text) == ["var s = \"<div>not markup</div>\"; if (a < b) {}", "", "kept", "<div class=\"box\"><p>Template text</p></div>"])
        #expect(scripts[0].attributes == ["type": "text/javascript", "data-x": "a>b"])
        #expect(page.content.html?.styles == [".cky-btn > span { color: red }"])
        #expect(page.content.html?.commentedMarkup == [" <script>window._sp_ = {};</script> "])
        #expect(page.content.lines.map(\.text).contains("Template text"))
        #expect(page.content.lines.map(\.text).contains("Text"))
        #expect(page.content.html?.elements.allSatisfy { $0.attributes[RawTextBodies.attribute] == nil } == true)
    }
}
