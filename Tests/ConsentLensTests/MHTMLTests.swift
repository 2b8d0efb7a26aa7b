import Foundation
import Testing
@testable import ConsentLens
@testable import ConsentParse

/// MHTML archives ("Save page as → Webpage, Single File" in Chrome and Edge; issue 9, item 14):
/// the HTML part decoded (quoted-printable, base64, its charset), frames read where their iframe
/// stands, and the same notice as the HTML file.
///
/// `Fixtures/mhtml/*.mhtml` are written like Chrome's: `From: <Saved by Blink>` headers, a folded
/// `Content-Type: multipart/related` with its boundary, CRLF lines, quoted-printable HTML parts
/// soft-broken at 76 characters (`onetrust-tcf.mhtml` holds `onetrust-tcf-dom-snapshot.html`
/// byte for byte, plus a CSS and a base64 PNG part). ``Archive`` below writes others in the tests.
@Suite struct MHTMLTests {
    static let html = TestPaths.fixture("onetrust-tcf-dom-snapshot.html")
    static let oneTrust = TestPaths.fixture("mhtml/onetrust-tcf.mhtml")
    static let sourcepoint = TestPaths.fixture("mhtml/sourcepoint-frame.mhtml")

    static func json<T: Encodable>(_ value: T) throws -> String { try JSONRendering.render(value, pretty: false) }

    // MARK: - The same notice as the HTML file

    @Test func theOneTrustArchiveGivesTheHTMLFilesNotice() throws {
        let fromHTML = try ConsentAnalyzer.analyse(path: Self.html)
        let fromMHTML = try ConsentAnalyzer.analyse(path: Self.oneTrust)
        let notice = try #require(fromMHTML.notice)
        #expect(try Self.json(notice) == Self.json(try #require(fromHTML.notice)))
        #expect(try Self.json(fromMHTML.assessment) == Self.json(fromHTML.assessment))
        #expect(try Self.json(fromMHTML.platforms) == Self.json(fromHTML.platforms))
        #expect(fromMHTML.source.format == "html")
        #expect(fromMHTML.limitations == fromHTML.limitations + ["Read from an MHTML archive: 1 HTML part (1 page, 0 frames)."])

        // Real values, not only equality.
        #expect(notice.platform == "onetrust")
        #expect(notice.totalPartners == 212)
        #expect(notice.controls == NoticeControls(acceptAll: true, rejectAll: true, manageChoices: true, saveChoices: false))
        let categories = notice.cookieCategories.map { "\($0.name)|\($0.alwaysActive)|\(String(describing: $0.preTicked))" }
        #expect(categories == ["Strictly Necessary Cookies|true|nil", "Targeting Cookies|false|Optional(false)"])
        let items = notice.purposes.map { "\($0.kind.rawValue) \(String(describing: $0.tcfId)) \(String(describing: $0.partners))" }
        #expect(items == [
            "purpose Optional(1) Optional(186)", "purpose Optional(2) Optional(160)", "specialPurpose Optional(1) Optional(121)",
            "feature Optional(2) Optional(77)", "specialFeature Optional(1) Optional(58)", "specialFeature Optional(2) nil",
        ])
        #expect(notice.purposes.filter(\.alwaysActive).map(\.kind) == [.specialPurpose, .feature])
        #expect(notice.stacks.map(\.tcfId) == [42])
        #expect(fromMHTML.assessment?.score == fromHTML.assessment?.score)
    }

    /// Written here, differently from the fixture: LF line ends, an unquoted boundary on one line,
    /// `=` escapes in lower case. Still the same notice.
    @Test func anArchiveWrittenWithLFAndLowerCaseEscapesReadsTheSame() throws {
        let html = try String(contentsOfFile: Self.html, encoding: .utf8)
        let bytes = Archive(lineEnd: "\n", quoteBoundary: false, lowerCaseHex: true).write([.html(html, location: "https://example.test/")])
        let page = try PageLoader.load(bytes: bytes, path: "saved.mht")
        #expect(page.archive == MHTMLReader.Summary(htmlParts: 1, framesAppended: 0, htmlPartsNotRead: 0, truncated: false))
        let fromHTML = try ConsentAnalyzer.analyse(path: Self.html)
        #expect(try Self.json(ConsentAnalyzer.analyse(page).notice) == Self.json(fromHTML.notice))
        // The lines are the HTML file's, one for one.
        let htmlPage = try PageLoader.load(path: Self.html)
        #expect(page.content.lines == htmlPage.content.lines)
        #expect(page.content.html?.elements.count == htmlPage.content.html?.elements.count)
    }

    @Test func softBreaksInsideATCFNameDoNotLeak() throws {
        let raw = try String(contentsOfFile: Self.oneTrust, encoding: .utf8)
        // The fixture really breaks these names (76-character lines).
        #expect(raw.contains("store and/or ac=\r\ncess information"))
        #expect(raw.contains("Ensure security, prevent and detect fraud, =\r\n"))
        let page = try PageLoader.load(path: Self.oneTrust)
        #expect(!page.content.lines.contains { $0.text.contains("ac= cess") || $0.text.contains("=\r") || $0.text.contains("=3D") })
        #expect(page.content.lines.contains { $0.text.hasPrefix("We and our 212 partners store and/or access information on a device,") })
        let notice = try #require(ConsentAnalyzer.analyse(page).notice)
        let security = try #require(notice.purposes.first { $0.kind == .specialPurpose })
        #expect(security.tcfId == 1)
        #expect(security.name == "Ensure security, prevent and detect fraud, and fix errors")
        #expect(notice.purposes.allSatisfy { !$0.name.contains("=") && $0.tcfId != nil })
        // Checkbox states survive: the targeting box is saved unticked.
        #expect(page.content.lines.contains { $0.role == .checkbox && $0.checked == false })
    }

    // MARK: - Frames

    @Test func aNoticeInsideAFrameIsFoundInItsContainer() throws {
        let analysis = try ConsentAnalyzer.analyse(path: Self.sourcepoint)
        #expect(analysis.platforms.first?.id == "sourcepoint")
        let notice = try #require(analysis.notice)
        #expect(notice.platform == "sourcepoint")
        #expect(notice.totalPartners == 870)
        #expect(notice.controls == NoticeControls(acceptAll: true, rejectAll: true, manageChoices: true, saveChoices: false))
        #expect(notice.purposes.map(\.tcfId) == [1, 1, 2])
        #expect(notice.purposes.map(\.kind) == [.purpose, .specialFeature, .specialFeature])
        #expect(notice.stacks.map(\.tcfId) == [42])
        #expect(analysis.limitations.contains("Read from an MHTML archive: 3 HTML parts (1 page, 2 frames); each frame is read where its iframe stands."))
        #expect(notice.layers.map(\.tcfItems) == [["purpose 1", "specialFeature 1", "specialFeature 2", "stack 42"]])

        // Reading order: each frame's text stands where its iframe is, inside its container.
        let page = try PageLoader.load(path: Self.sourcepoint)
        let texts = page.content.lines.map(\.text)
        let ad = try #require(texts.firstIndex(of: "Summer sale: garden furniture from 49 euros"))
        let heat = try #require(texts.firstIndex { $0.hasPrefix("Temperatures are expected") })
        let councils = try #require(texts.firstIndex { $0.hasPrefix("Councils have opened") })
        let privacy = try #require(texts.firstIndex(of: "We care about your privacy"))
        #expect(heat < ad && ad < councils && councils < privacy)
        let html = try #require(page.content.html)
        let container = try #require(html.elements.firstIndex { $0.id == "sp_message_container_1058046" })
        let range = html.elements[container].lineStart..<html.elements[container].lineEnd
        // The frame's document: its title, then its message.
        #expect(Array(texts[range].prefix(2)) == ["Notice Message App", "We care about your privacy"])
        #expect(!texts[range].contains("Summer sale: garden furniture from 49 euros"))
        #expect(texts[range].last == "Accept all")
        // Parents lead from the frame's text to the page's container.
        let line = page.content.lines[privacy]
        var element = line.element
        var steps = 0
        while element >= 0, element != container, steps < 50 { element = html.elements[element].parent; steps += 1 }
        #expect(element == container)
        // Every element's lines are inside its parent's.
        for element in html.elements where element.parent >= 0 {
            let parent = html.elements[element.parent]
            #expect(parent.lineStart <= element.lineStart && element.lineEnd <= parent.lineEnd)
        }
    }

    @Test func aFrameNoIframeNamesIsReadAfterThePage() throws {
        let frame = "<html><body><div class=\"message-container\"><p>We and our 55 partners store and/or access information on a device.</p><button>Accept all</button><button>Reject all</button></div></body></html>"
        let bytes = Archive().write([
            .html("<html><body><p>An article.</p></body></html>", location: "https://example.test/"),
            .html(frame, location: "https://cmp.example.test/message", id: "frame-77@mhtml.blink"),
        ])
        let analysis = try ConsentAnalyzer.analyse(bytes: bytes, path: "x.mhtml")
        #expect(analysis.notice?.totalPartners == 55)
        #expect(analysis.notice?.controls.rejectAll == true)
        #expect(analysis.limitations.contains("Read from an MHTML archive: 2 HTML parts (1 page, 1 frame); 1 frame that no iframe names is read after the page."))
    }

    @Test func aFrameInAHiddenIframeIsNotShown() throws {
        let bytes = Archive().write([
            .html("<html><body><p>Article.</p><iframe style=\"display:none\" src=\"cid:frame-9@mhtml.blink\"></iframe></body></html>", location: "https://example.test/"),
            .html("<html><body><p>Hidden frame text</p></body></html>", location: "cid:frame-9@mhtml.blink", id: "frame-9@mhtml.blink"),
        ])
        let page = try PageLoader.load(bytes: bytes, path: "x.mhtml")
        let line = try #require(page.content.lines.first { $0.text == "Hidden frame text" })
        #expect(line.shown == false)
        #expect(page.archive?.framesAppended == 0)
    }

    // MARK: - Decoding

    @Test func quotedPrintableDecoding() {
        func decode(_ s: String) -> String { String(decoding: MHTMLReader.decodeQuotedPrintable(Array(s.utf8)), as: UTF8.self) }
        #expect(decode("a=3Db=\r\nc=\nd") == "a=bcd")
        #expect(decode("caf=C3=A9 caf=c3=a9") == "café café")
        #expect(decode("soft with blanks=  \r\nnext") == "soft with blanksnext")
        // Invalid sequences are kept as they stand.
        #expect(decode("=ZZ =4 x=G1 end=") == "=ZZ =4 x=G1 end")
        #expect(decode("tail=4") == "tail=4")
        #expect(decode("hard\r\nbreak") == "hard\r\nbreak")
    }

    @Test func base64AndCharsetsOfParts() throws {
        let latin = Archive().write([.raw(
            headers: "Content-Type: text/html; charset=\"iso-8859-1\"\r\nContent-Transfer-Encoding: quoted-printable",
            body: "<html><body><h2>Pr=E9f=E9rences des cookies</h2></body></html>")])
        #expect(try PageLoader.load(bytes: latin, path: "a.mhtml").content.lines.map(\.text) == ["Préférences des cookies"])
        #expect(try PageLoader.load(bytes: latin, path: "a.mhtml").encoding == .windows1252)

        let encoded = Data("<html><body><p>Zustimmung für 31 Partner</p></body></html>".utf8).base64EncodedString(options: .lineLength76Characters)
        let base64 = Archive().write([.raw(headers: "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64", body: encoded)])
        #expect(try PageLoader.load(bytes: base64, path: "b.mhtml").content.lines.map(\.text) == ["Zustimmung für 31 Partner"])
    }

    // MARK: - Sniffing

    @Test func anArchiveIsMHTMLWhateverItsName() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.oneTrust)))
        for name in ["saved.txt", "saved.html", "saved", "-"] {
            let page = try PageLoader.load(bytes: bytes, path: name)
            #expect(page.format == .html)
            #expect(page.archive?.htmlParts == 1)
        }
        // Gzip-compressed too.
        let gz = Array(try ScanGzip.compress(Data(bytes)))
        #expect(try PageLoader.load(bytes: gz, path: "saved.mhtml.gz").archive?.htmlParts == 1)
        // An e-mail or a text that merely starts with headers is not an archive.
        let mail = Array("From: Jane <jane@example.test>\nSubject: cookies\n\nWe and our 12 partners store and/or access information.\n".utf8)
        #expect(try PageLoader.load(bytes: mail, path: "mail.txt").archive == nil)
        #expect(MHTMLReader.looksLikeMHTML(Array("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n".utf8)))
        #expect(!MHTMLReader.looksLikeMHTML(Array("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n".utf8)))
        #expect(!MHTMLReader.looksLikeMHTML(Array("<html>Content-Type: multipart/related</html>".utf8)))
    }

    // MARK: - Broken archives

    @Test func anArchiveWithoutABoundaryIsOneLineError() throws {
        let bytes = Array("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"\r\n\r\n<html><body>x</body></html>\r\n".utf8)
        #expect(throws: PageLoadError.unparsable("MHTML archive without a part boundary")) { try PageLoader.load(bytes: bytes, path: "a.mhtml") }

        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("broken.mhtml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let run = try CLIRun.run(["analyse", path])
        #expect(run.status == 1)
        #expect(run.stderr == "consentlens: \(path): cannot be parsed: MHTML archive without a part boundary\n")

        let noHTML = Archive().write([.raw(headers: "Content-Type: text/css", body: "p { color: red }")])
        #expect(throws: PageLoadError.unparsable("MHTML archive holds no text/html part")) { try PageLoader.load(bytes: noHTML, path: "b.mhtml") }
        // Cut right after its headers.
        let headersOnly = Array("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n".utf8)
        #expect(throws: PageLoadError.unparsable("MHTML archive holds no part (no line starts with its boundary)")) {
            try PageLoader.load(bytes: headersOnly, path: "c.mhtml")
        }
    }

    @Test func aBoundaryTheHeadersDoNotNameIsFoundInTheBody() throws {
        var text = try String(contentsOfFile: Self.oneTrust, encoding: .utf8)
        text = text.replacingOccurrences(of: ";\r\n\tboundary=\"----MultipartBoundary--abc----\"", with: "")
        #expect(!text.contains("boundary="))
        let analysis = try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "x.mhtml")
        #expect(try Self.json(analysis.notice) == Self.json(ConsentAnalyzer.analyse(path: Self.html).notice))
    }

    @Test func aTruncatedArchiveReadsWhatItHoldsAndSaysSo() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.oneTrust)))
        // Cut inside the preference centre: the banner is whole.
        let cut = Array(bytes.prefix(bytes.count * 3 / 5))
        let analysis = try ConsentAnalyzer.analyse(bytes: cut, path: "cut.mhtml")
        #expect(analysis.notice?.totalPartners == 212)
        #expect(analysis.limitations.contains("The MHTML archive ends before its closing boundary: its last part may be cut short."))
        // Cut anywhere, or damaged anywhere: a result or a one-line error, never a crash.
        for length in stride(from: 0, to: bytes.count, by: 97) {
            var damaged = bytes
            damaged[length] = 0x3D // '='
            for candidate in [Array(bytes.prefix(length)), damaged] {
                do {
                    _ = try ConsentAnalyzer.analyse(bytes: candidate, path: "x.mhtml")
                } catch {
                    #expect(!error.description.contains("\n"))
                }
            }
        }
    }

    // MARK: - scan

    @Test func scanCountsArchivesInAFolderAsPages() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.copyItem(atPath: Self.oneTrust, toPath: dir.appendingPathComponent("a-onetrust.mhtml").path)
        try fm.copyItem(atPath: Self.sourcepoint, toPath: dir.appendingPathComponent("b-sourcepoint.MHT").path)
        try ScanGzip.compress(Data(contentsOf: URL(fileURLWithPath: Self.oneTrust))).write(to: dir.appendingPathComponent("c-onetrust.mhtml.gz"))
        try Data("x".utf8).write(to: dir.appendingPathComponent("notes.pdf"))

        let run = try CLIRun.run(["scan", dir.path])
        #expect(run.status == 0)
        #expect(run.stderr == "consentlens: 3 pages found, 1 file skipped (by extension)\n")
        let rows = try ScanJSON.lines(run.stdout).map { try ScanJSON.object($0) }
        #expect(rows.count == 3)
        let partners = rows.map { ($0["notice"] as? [String: Any])?["totalPartners"] as? Int }
        #expect(partners == [212, 870, 212])
        for (row, name) in zip(rows, ["a-onetrust.mhtml", "b-sourcepoint.MHT", "c-onetrust.mhtml.gz"]) {
            let analyse = try CLIRun.run(["analyse", "--format", "json", dir.appendingPathComponent(name).path])
            #expect(analyse.status == 0)
            #expect(try ScanJSON.canonical(ScanJSON.object(analyse.stdout)) == ScanJSON.canonical(row), "\(name)")
            #expect((row["source"] as? [String: Any])?["format"] as? String == "html")
        }
    }
}

/// Writes MHTML archives the way Chrome does (or, with options, less tidily).
struct Archive {
    enum Part {
        case html(String, location: String, id: String? = nil)
        case raw(headers: String, body: String)
    }

    var lineEnd = "\r\n"
    var quoteBoundary = true
    var lowerCaseHex = false
    let boundary = "----MultipartBoundary--Xq3jZ8pT----"

    func write(_ parts: [Part]) -> [UInt8] {
        let nl = lineEnd
        var out = "From: <Saved by Blink>\(nl)Snapshot-Content-Location: https://example.test/\(nl)Subject: A page\(nl)"
        out += "Date: Tue, 14 May 2024 09:12:44 +0200\(nl)MIME-Version: 1.0\(nl)"
        out += quoteBoundary
            ? "Content-Type: multipart/related;\(nl)\ttype=\"text/html\";\(nl)\tboundary=\"\(boundary)\"\(nl)\(nl)\(nl)"
            : "Content-Type: multipart/related; type=\"text/html\"; boundary=\(boundary)\(nl)\(nl)"
        for part in parts {
            out += "--\(boundary)\(nl)"
            switch part {
            case .html(let html, let location, let id):
                out += "Content-Type: text/html\(nl)"
                if let id { out += "Content-ID: <\(id)>\(nl)" }
                out += "Content-Transfer-Encoding: quoted-printable\(nl)Content-Location: \(location)\(nl)\(nl)"
                out += quotedPrintable(html) + nl
            case .raw(let headers, let body):
                out += headers.replacingOccurrences(of: "\r\n", with: nl) + nl + nl + body + nl
            }
        }
        out += "--\(boundary)--\(nl)"
        return Array(out.utf8)
    }

    /// Quoted-printable as Chrome writes it: lines of at most 76 characters, `=` at the end of a
    /// soft-broken line, `=XX` for `=`, non-ASCII bytes and a blank ending a line.
    func quotedPrintable(_ text: String) -> String {
        var lines: [String] = []
        for sourceLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(sourceLine.utf8)
            var tokens: [String] = []
            for (i, byte) in bytes.enumerated() {
                let last = i == bytes.count - 1
                if (33...126).contains(byte) && byte != 0x3D || (byte == 0x20 || byte == 0x09) && !last {
                    tokens.append(String(UnicodeScalar(byte)))
                } else {
                    let hex = String(byte, radix: 16, uppercase: !lowerCaseHex)
                    tokens.append("=" + (hex.count == 1 ? "0" + hex : hex))
                }
            }
            var current = ""
            for token in tokens {
                if current.count + token.count > 75 { lines.append(current + "="); current = "" }
                current += token
            }
            lines.append(current)
        }
        return lines.joined(separator: lineEnd)
    }
}
