import Foundation
import Testing
@testable import ConsentLens
@testable import ConsentParse

/// Issue 10: hostile and odd input never crashes, hangs or goes quietly wrong.
@Suite struct HostileInputTests {
    static func scripts(_ html: String, takingOut: Bool = true) throws -> [ScriptElement] {
        try HTMLPageBuilder.build(utf8: Array(html.utf8), takingOutRawText: takingOut).html?.scripts ?? []
    }

    // MARK: Item 2 — script and style bodies are put back out of band, never through page markup.

    @Test func forgedBodyAttributeIsPageData() throws {
        let page = #"<html><body><script data-consentlens-body="-1"></script></body></html>"#
        let scripts = try Self.scripts(page)
        #expect(scripts.count == 1)
        #expect(scripts.first?.text == "")
        #expect(scripts.first?.attributes["data-consentlens-body"] == "-1")
        let analysis = try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: "forged.html")
        #expect(analysis.notice == nil)
    }

    @Test(arguments: ["-1", "99999999999999999999999", "9223372036854775807", "abc", "", "0x1", "1e3"])
    func forgedIndexVariants(value: String) throws {
        let page = #"<html><head><style>p { color: red }</style></head><body><script data-consentlens-body="\#(value)"></script>"#
            + #"<script data-consentlens-body="\#(value)">var real = 1;</script><style data-consentlens-body="0">a{}</style></body></html>"#
        let scripts = try Self.scripts(page)
        #expect(scripts.map(\.text) == ["", "var real = 1;"])
        #expect(scripts.map { $0.attributes["data-consentlens-body"] } == [value, value])
        let styles = try HTMLPageBuilder.build(utf8: Array(page.utf8)).html?.styles
        #expect(styles == ["p { color: red }", "a{}"])
    }

    /// Duplicate and swapped forged numbers point at other elements' bodies in the old scheme.
    @Test func forgedDuplicateAndSwappedIndices() throws {
        let page = #"<script data-consentlens-body="1">first()</script><script data-consentlens-body="1">second()</script>"#
            + #"<script data-consentlens-body="0"></script><script>third()</script>"#
        let scripts = try Self.scripts(page)
        #expect(scripts.map(\.text) == ["first()", "second()", "", "third()"])
        #expect(scripts.map(\.text) == (try Self.scripts(page, takingOut: false)).map(\.text))
    }

    /// A forged page inside a WARC no longer ends the scan: the record and the one after it both get rows.
    @Test func forgedPageAsFileAnalyses() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("forged.html")
        try Data(#"<html><body><script data-consentlens-body="-1"></script></body></html>"#.utf8).write(to: file)
        let run = try CLIRun.run(["analyse", file.path, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"notice\" : null"))
    }

    /// When the tokenizer's list and libxml2's elements disagree, nothing is paired.
    @Test func mismatchedPairingIsRejected() throws {
        let markup = Array("<html><body><script></script><style></style></body></html>".utf8)
        let document = try HTMLDocument(utf8: markup)
        let script = RawTextBodies.Body(isStyle: false, range: 0..<3)
        let style = RawTextBodies.Body(isStyle: true, range: 3..<6)
        #expect(RawTextBodies.match([script, style], in: document.pointer)?.count == 2)
        #expect(RawTextBodies.match([style, script], in: document.pointer) == nil)  // kinds swapped
        #expect(RawTextBodies.match([script, style, script], in: document.pointer) == nil)  // one element missing
        #expect(RawTextBodies.match([script], in: document.pointer)?.count == 1)  // a leftover keeps libxml2's content
        let filled = try HTMLDocument(utf8: Array("<script>kept()</script>".utf8))
        #expect(RawTextBodies.match([script], in: filled.pointer) == nil)  // content where a body was taken out
    }

    // MARK: Item 3 — raw-text closing tags are found within the buffer.

    @Test func pageEndingInsideClosingTag() throws {
        let bytes = Array("<html><script>x</script".utf8)
        bytes.withUnsafeBufferPointer { p in
            #expect(RawTextBodies.closingTag(p, "script", from: 14) == nil)
        }
        #expect(RawTextBodies.split(bytes) == nil)
        let scripts = try Self.scripts("<html><script>x</script")
        #expect(scripts.count == 1)
        #expect(scripts.first?.text.hasPrefix("x") == true)
    }

    /// Every prefix of a small page with scripts, styles, comments and quoted attributes parses
    /// (or fails cleanly) and, when whole, reads as expected.
    @Test func everyPrefixOfAPageParses() throws {
        let page = #"<!DOCTYPE html><html><head><style>p > a { content: "</style" }</style><!-- <script>no</script> -->"#
            + #"<script type="text/javascript" data-x='a>b'>var s = "</div>";</script></head><body><p title="<script>">Hi</p>"#
            + #"<script>x()</script ><STYLE>b{}</STYLE\#n><script src=a.js></script></body></html>"#
        let bytes = Array(page.utf8)
        for length in 0...bytes.count {
            let prefix = Array(bytes[0..<length])
            _ = RawTextBodies.split(prefix)
            _ = try? HTMLPageBuilder.build(utf8: prefix)
        }
        let whole = try HTMLPageBuilder.build(utf8: bytes)
        #expect(whole.html?.scripts.map(\.text) == [#"var s = "</div>";"#, "x()", ""])
        #expect(whole.html?.styles == [#"p > a { content: "</style" }"#, "b{}"])
        #expect(whole.lines.map(\.text) == ["Hi"])
    }
}

extension HostileInputTests {
    @Test(arguments: [
        "<script/><p>Hello</p><script>x()</script>",
        #"<script src="a"/><p>Hello</p><script>x()</script>"#,
        "<script src=a/><p>Hello</p><script>x()</script>",
        "<p>a<script>b()</script><script>c()",
        "<style>a{}</style><style>b{}",
        #"<script async/><p>Shown</p><style media="x" />p{}<script src=a/>s()</script>"#,
        "<script.x>hidden<b>bold</b></script><script>a()</script><script_y>t</script_y>",
        "<table><script>t()</script><tr><td>cell<style>s{}</style></td></tr></table>",
        "<select><script>s()</script><option>o</option></select>",
        "<frameset><script>f()</script></frameset><body><script>g()</script></body>",
    ])
    /// Pages where the tokenizer could misread libxml2: self-closing raw-text tags (libxml2 closes
    /// `<script src="a"/>` at once; the tokenizer used to take the rest of the page for its body),
    /// names that only start like `script`, unclosed bodies, elements libxml2 moves or drops.
    func trickyPagesReadAsLibxml2AloneReadsThem(page: String) throws {
        let whole = try HTMLPageBuilder.build(utf8: Array(page.utf8), takingOutRawText: false)
        let split = try HTMLPageBuilder.build(utf8: Array(page.utf8), takingOutRawText: true)
        #expect(whole.lines == split.lines)
        #expect(whole.html?.scripts.map(\.text) == split.html?.scripts.map(\.text))
        #expect(whole.html?.styles == split.html?.styles)
    }
}

// MARK: Item 1 — deep nesting: HTML decided from structure, the notice after the nesting found.

extension HostileInputTests {
    static let oneTrustNotice = #"<div id="onetrust-pc-sdk"><h2>Privacy Preference Center</h2>"#
        + "<p>We and our 157 partners store and/or access information on a device.</p>"
        + #"<button id="accept-recommended-btn-handler">Accept All Cookies</button>"#
        + #"<button class="ot-pc-refuse-all-handler">Reject All</button></div>"#

    @Test func pageOpeningWithAKnownTagIsHTML() {
        #expect(FormatSniffer.format(of: String(repeating: "<div>", count: 20_000) + Self.oneTrustNotice) == .html)
        #expect(FormatSniffer.format(of: "\n  <section class=\"a\">" + String(repeating: "<section>", count: 20_000)) == .html)
        #expect(FormatSniffer.format(of: "Nested markup follows\n" + String(repeating: "<div>", count: 20_000)) == .html)
        #expect(FormatSniffer.format(of: "We use <all> cookies.\n<Accept> or <Reject>") == .text)
        #expect(FormatSniffer.format(of: "<divine> comedy\nText") == .text)
    }

    /// libxml2 parses with XML_PARSE_HUGE (no depth limit) and the walk is iterative, so the notice
    /// after 50,000 or 200,000 levels is found, with the nesting closed or left open.
    @Test(arguments: [50_000, 200_000])
    func noticeAfterDeepNesting(depth: Int) throws {
        for closed in [true, false] {
            let page = String(repeating: "<div>", count: depth) + Self.oneTrustNotice
                + (closed ? String(repeating: "</div>", count: depth) : "")
            let analysis = try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: "deep.html")
            #expect(analysis.source.format == "html")
            #expect(analysis.platforms.first?.id == "onetrust")
            #expect(analysis.notice?.platform == "onetrust")
            #expect(analysis.notice?.totalPartners == 157)
            #expect(analysis.notice?.controls.acceptAll == true)
        }
    }
}

// MARK: Item 5 — configuration markers are read in one pass, whatever their number.

extension HostileInputTests {
    /// The scan each marker used to run on its own: the reference the linear pass must agree with.
    static func referenceEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        var depth = 0, inString = false, escaped = false
        var j = start
        while j < bytes.count, j - start < limit {
            let c = bytes[j]
            if inString {
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == 0x22 {
                    inString = false
                    if depth == 0 { return j }
                }
            } else {
                switch c {
                case 0x22: inString = true
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    depth -= 1
                    if depth == 0 { return j }
                default: break
                }
            }
            j += 1
        }
        return nil
    }

    @Test(arguments: 0..<200)
    func onePassAgreesWithAScanPerStart(seed: Int) {
        var generator = RobustnessTests.Generator(state: UInt64(90_000 + seed))
        let alphabet: [UInt8] = Array(#"{}[]"\ax"#.utf8)
        let bytes = (0..<Int.random(in: 1...300, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        let openers = bytes.indices.filter { bytes[$0] == 0x7B || bytes[$0] == 0x5B || bytes[$0] == 0x22 }
        let starts = openers.filter { _ in Bool.random(using: &generator) }
        let limit = seed % 3 == 0 ? 17 : 8_000_000
        let ends = bytes.withUnsafeBufferPointer { JSONValueScanner.valueEnds(in: $0, starts: starts, limit: limit) }
        #expect(ends == starts.map { Self.referenceEnd(bytes, from: $0, limit: limit) }, "seed \(seed): \(String(decoding: bytes, as: UTF8.self)) \(starts)")
    }

    static func didomiPage(repeats: Int) -> String {
        let real = #"window.didomiConfig = {"notice":{"content":{"notice":{"en":"We and our 842 partners store and/or access information on a device, such as cookies."},"#
            + #""dismiss":{"en":"Agree and close"},"learnMore":{"en":"Learn more"},"deny":{"en":"Disagree"}}}};"#
        return #"<html><head><script src="https://sdk.privacy-center.org/loader.js"></script><script>"#
            + String(repeating: #"didomiConfig = {"a":1,"#, count: repeats) + real + "</script></head><body><p>Hello</p></body></html>"
    }

    /// 20,000 unclosed markers before the real configuration (460 KB): it is still read, at once
    /// (33 s in a release build before; a growth check in Scripts/growth-check times n and 4n).
    @Test func twentyThousandConfigurationMarkers() throws {
        let page = Self.didomiPage(repeats: 20_000)
        let clock = ContinuousClock()
        var analysis: PageAnalysis?
        let elapsed = try clock.measure { analysis = try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: "didomi.html") }
        #expect(analysis?.notice?.origin == .configuration)
        #expect(analysis?.notice?.platform == "didomi")
        #expect(analysis?.notice?.totalPartners == 842)
        #expect(analysis?.notice?.controls.acceptAll == true)
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    /// Markers nested 20,000 deep in one closed value: read once as a whole (JSON too deep to
    /// parse), never 20,000 times.
    @Test func nestedConfigurationMarkers() throws {
        let n = 20_000
        let script = String(repeating: #"didomiConfig = {"notice":{"title":"We and our 100 partners use cookies","x":"#, count: n)
            + "1" + String(repeating: "}}", count: n)
        let values = ConfigurationNoticeReader.values(after: "didomiConfig =", in: script)
        #expect(values.count == 1)
        #expect(values.first?.count == script.utf8.count - "didomiConfig =".utf8.count - 1)
    }
}

// MARK: A million attributes on one tag — libxml2's duplicate check is quadratic, so a tag keeps 1,000.

extension HostileInputTests {
    @Test func attributesPastTheLimitAreDropped() throws {
        let n = 100_000
        let attributes = (0..<n).map { $0 % 3 == 0 ? "a\($0)=\"v>\($0)\"" : $0 % 3 == 1 ? "b\($0)=w" : "c\($0)" }.joined(separator: " ")
        let page = "<html><body><div id=\"x\" \(attributes)>inside</div>" + Self.oneTrustNotice + "</body></html>"
        let clock = ContinuousClock()
        var content: PageContent?
        let elapsed = try clock.measure { content = try HTMLPageBuilder.build(utf8: Array(page.utf8)) }
        let div = try #require(content?.html?.elements.first { $0.id == "x" })
        #expect(div.attributes.count == RawTextBodies.maximumAttributes)
        #expect(div.attributes["a996"] == "v>996")  // id, then the first 999 of the page's own
        #expect(div.attributes["b997"] == "w")
        #expect(div.attributes["c998"] == "")
        #expect(div.attributes["a999"] == nil)
        #expect(content?.lines.map(\.text).first == "inside")
        #expect(content?.lines.map(\.text).contains("Accept All Cookies") == true)
        #expect(elapsed < .seconds(20), "\(elapsed)")
        // Under the limit nothing changes.
        let small = "<div " + (0..<999).map { "a\($0)" }.joined(separator: " ") + " />text<script a b>s()</script>"
        #expect(try HTMLPageBuilder.build(utf8: Array(small.utf8)).html?.elements.first { $0.tag == "div" }?.attributes.count == 999)
        #expect(try HTMLPageBuilder.build(utf8: Array(small.utf8)).html?.scripts.map(\.text) == ["s()"])
    }
}
