@testable import ConsentParse
import Foundation
import Testing
@testable import ConsentLens

/// Text dumps made by text-mode browsers and converters (lynx, w3m, html2text, pandoc): their
/// marks are read as what they stand for, and their filled paragraphs are joined again.
@Suite struct TextDumpReadingTests {
    /// Every mark's own example, from the data table, reads as its text with its meaning.
    @Test(arguments: TextDecorations.marks.indices)
    func everyMarkReadsItsExample(index: Int) {
        let mark = TextDecorations.marks[index]
        let readings = TextDecorations.read(String(mark.example.line.drop(while: { $0 == " " })))
        #expect(readings.count == 1, "\(mark.tool): \(mark.example.line)")
        guard let reading = readings.first else { return }
        #expect(reading.text == mark.example.text, "\(mark.tool): \(mark.example.line)")
        switch mark.meaning {
        case .checked: #expect(reading.checked == true)
        case .unchecked: #expect(reading.checked == false)
        case .button: #expect(reading.button)
        case .bullet: #expect(reading.bullet)
        }
    }

    /// A line without any mark's first character is read byte by byte; the reading is the one the
    /// full reader gives, and lines with a mark's first character take the full reader.
    @Test func plainLinesReadAsTheFullReaderReadsThem() {
        let lines = ["a", "Bbbbbb Cookies", "  \tAlways Active  ", "Accept all  Reject\tall", "x  y   z ", " ", "Cookie Settings",
                     "We and our 157 partners store and/or access information on a device.", "Hello, world!", "\t\t", "a \t b"]
        for line in lines {
            #expect(TextDecorations.plainReading(line) == TextDecorations.markedReading(line), "\(line)")
        }
        // Other characters than ASCII read the same way ("We’re", quotes, another script), where
        // no mark and no space before them can change the reading.
        for line in ["Déjà vu", "We’re using “cookies”", "  Alle akzeptieren — jetzt", "Cookie设置", "Cookies ’n’ more", "Ça va",
                     "Cookies (optional) - on or off", "Partners + vendors", "Always Active - 1 item", "x (y) z", "a ( b", "x – y", "Alle ◦ Marketing",
                     "naïve  café\tdone ", "Принять все", "قبول الكل", "すべて 受け入れる"] {
            #expect(TextDecorations.plainReading(line) == TextDecorations.markedReading(line), "\(line)")
        }
        for line in ["[x] Statistics", "* Essenziell *", "- Functional", "(BUTTON) Allow All", "+ Performance", "• Marketing",
                     "Statistics ☑", "a\u{A0}b", "Hello \u{301}world", "\u{600} 5", "a \u{200D}b",
                     "Marketing (*)", "Accept (BUTTON) Reject", "Statistics (   )", "Essenziell *", "  - Functional", "◦ Marketing"] {
            #expect(TextDecorations.plainReading(line) == nil, "\(line)")
        }
        // Every line of the sample dumps: the byte reader, where it reads a line, agrees.
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Samples").standardized
        let files = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        var compared = 0
        for file in files where file.hasSuffix(".txt") || file.hasSuffix(".md") {
            guard let text = try? String(contentsOfFile: samples.appendingPathComponent(file).path, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                guard let plain = TextDecorations.plainReading(line) else { continue }
                compared += 1
                #expect(plain == TextDecorations.markedReading(line), "\(file): \(line)")
            }
        }
        #expect(compared > 60)
    }

    @Test func aRowOfLynxButtonsIsOneLinePerButton() {
        let readings = TextDecorations.read("(BUTTON) Reject All (BUTTON) Confirm My Choices")
        #expect(readings.map(\.text) == ["Reject All", "Confirm My Choices"])
        #expect(readings.allSatisfy { $0.button })
        let lines = PlainTextReader.lines(of: "   (BUTTON) Reject All (BUTTON) Confirm My Choices\n")
        #expect(lines.map(\.role) == [.button, .button])
    }

    @Test func html2textHeadingsAndBulletedHeadings() {
        #expect(TextDecorations.read("**** Performance Cookies ****") == [.init(text: "Performance Cookies", heading: true)])
        #expect(TextDecorations.read("* **** Functional Cookies ****") == [.init(text: "Functional Cookies", bullet: true, heading: true)])
        // Emphasis is not a heading, nor a bullet.
        #expect(TextDecorations.read("** Important ** notice") == [.init(text: "** Important ** notice")])
        #expect(TextDecorations.read("*") == [.init(text: "*")])
    }

    @Test func checkBoxesBeforeAfterAndInsideALabel() {
        #expect(PlainTextReader.lines(of: "  • Marketing [*]\n").first == TextLine(text: "Marketing", role: .checkbox, checked: true))
        #expect(PlainTextReader.lines(of: "    [ ] Statistics\n").first == TextLine(text: "Statistics", role: .checkbox, checked: false))
        #expect(PlainTextReader.lines(of: "   Funktional [ ] Funktional Immer aktiv\n").first
                == TextLine(text: "Funktional Funktional Immer aktiv", role: .checkbox, checked: false))
        // Brackets in prose are text ("[1]", "[edit]").
        #expect(PlainTextReader.lines(of: "See note [1] and [edit] here\n").first == TextLine(text: "See note [1] and [edit] here"))
    }

    /// A paragraph filled to a width is one line again, so that its last word ("advertising.")
    /// is not read as a heading of its own; innerText, which keeps a paragraph on one line, is
    /// left alone.
    @Test func filledParagraphsAreJoined() {
        let filled = """
           These cookies may be set through our site by our advertising partners. They may be used
           by those companies to build a profile of your interests and show you relevant adverts on
           other sites. If you do not allow these cookies, you will experience less targeted
           advertising.

        Functional Cookies
        """
        let lines = PlainTextReader.lines(of: filled)
        #expect(lines.map(\.text) == [
            "These cookies may be set through our site by our advertising partners. They may be used by those companies to build a profile of your interests and show you relevant adverts on other sites. If you do not allow these cookies, you will experience less targeted advertising.",
            "Functional Cookies",
        ])
        let innerText = "We use cookies to improve your experience and to show you relevant adverts on other sites you visit.\nAccept all\nReject all\n"
        #expect(PlainTextReader.lines(of: innerText).map(\.text) == ["We use cookies to improve your experience and to show you relevant adverts on other sites you visit.", "Accept all", "Reject all"])
    }

    /// html2text (C) draws rules of "=" and keeps links as "[text](url)"-like pieces, which look
    /// like Markdown; its "*** Title ***" headings never are (Markdown emphasis has no space inside
    /// its asterisks), so the file is a text dump and each heading a line of its own.
    @Test func html2textDumpIsNotMarkdown() {
        let rule = String(repeating: "=", count: 120)
        let dump = """
            ***** Cookie Information *****
            \(rule)
            See [our policy](https://example.com/privacy) and [the list](/vendors).
            \(rule)
            *** Your Privacy ***
            When you visit our website, we store cookies on your browser to collect information.
            *** Strictly Necessary Cookies ***
            Always Active
            \(rule)
            """
        #expect(FormatSniffer.format(of: dump, pathExtension: "txt") == .text)
        let lines = PlainTextReader.lines(of: dump)
        #expect(lines.filter { $0.role == .heading }.map(\.text) == ["Cookie Information", "Your Privacy", "Strictly Necessary Cookies"])
        // A file that says it is Markdown stays Markdown.
        #expect(FormatSniffer.format(of: dump, pathExtension: "md") == .markdown)
    }

    /// A file saved with Windows line ends is sniffed line by line as any other: "\r\n" is one
    /// character, so a split at the character "\n" left such a file one line long and its
    /// Markdown, accessibility snapshot and dump headings unseen.
    @Test func windowsLineEndsAreSniffedLineByLine() {
        let markdown = "# Cookie settings\n\n- [x] Necessary\n- [ ] Marketing\n[Privacy policy](https://example.org/privacy)\n---\n"
        let snapshot = "- dialog \"Cookie consent\":\n  - heading \"We use cookies\" [level=2]\n  - button \"Accept all\"\n  - button \"Reject all\"\n"
        let dump = "Cookie settings\n**** Strictly Necessary Cookies ****\nAlways Active\n**** Performance Cookies ****\n- [x] on\n- [ ] off\n# a\n## b\n"
        for (text, format) in [(markdown, PageFormat.markdown), (snapshot, .accessibilitySnapshot), (dump, .text)] {
            #expect(FormatSniffer.format(of: text, pathExtension: "txt") == format)
            let windows = text.replacingAll("\n", with: "\r\n")
            #expect(FormatSniffer.format(of: windows, pathExtension: "txt") == format, "\(format) with \\r\\n")
        }
    }

    /// html2text draws a ticked box as "*" after its label and an empty one as "⁰".
    @Test func html2textTickedBoxAfterItsLabel() {
        #expect(TextDecorations.read("* Essenziell *") == [.init(text: "Essenziell", checked: true, bullet: true)])
        #expect(TextDecorations.read("* Statistiken ⁰") == [.init(text: "Statistiken", checked: false, bullet: true)])
        // A lone asterisk, or one inside a line, is no box.
        #expect(TextDecorations.read("5 * 3 partners") == [.init(text: "5 * 3 partners")])
    }

    /// Markdown with raw HTML blocks (pandoc's output for what it could not convert) is read as
    /// HTML, with each Markdown line read as Markdown: "### Performance Cookies" is a heading named
    /// "Performance Cookies", and a hidden block stays hidden.
    @Test func markdownWithRawHTMLBlocks() throws {
        let text = """
        <div class="site">

        # Local news

        The council met on Tuesday.

        </div>

        <div id="onetrust-pc-sdk" class="otPcCenter">

        ### Performance Cookies

        These cookies allow us to count visits and traffic sources so we can measure the performance of our site.

        - [x] Performance Cookies

        <button id="accept-recommended-btn-handler">Allow All</button>

        </div>
        """
        let page = try PageLoader.load(bytes: Array(text.utf8), path: "page.md")
        #expect(page.format == .html)
        let heading = try #require(page.content.lines.first { $0.text == "Performance Cookies" && $0.role == .heading })
        #expect(heading.shown)
        #expect(page.content.lines.contains { $0.role == .checkbox && $0.checked == true && $0.text == "Performance Cookies" })
        #expect(page.content.lines.contains { $0.role == .button && $0.text == "Allow All" })
        #expect(!page.content.lines.contains { $0.text.contains("###") })
    }
}

/// Converter Markdown's soft line breaks, and files that are mostly UTF-8.
@Suite struct ConverterOutputTests {
    /// markdownify and html2text keep the page source's own line breaks inside a block; with blank
    /// lines between blocks, a single break is a soft one and the label is one line. A link a line
    /// (a menu, a footer) stays apart, and so does every line of a file written without blank lines.
    @Test func softBreaksJoinInConverterMarkdown() {
        let converted = """
            ### Functional Cookies

            Functional
            Cookies

            These cookies enable the website to provide enhanced functionality
            and personalisation.

            [Terms of Service](https://example.com/terms)
            [Cookie Settings](#)

            Allow All
            """
        let lines = MarkdownReader.lines(of: converted)
        #expect(lines.map(\.text) == [
            "Functional Cookies", "Functional Cookies",
            "These cookies enable the website to provide enhanced functionality and personalisation.",
            "Terms of Service", "Cookie Settings", "Allow All",
        ])
        #expect(lines.first?.role == .heading)
        let linePerBlock = "Cookie notice\nWe use cookies.\nAccept all\nReject all\nSettings\nMarketing\nStatistics\nNecessary\n"
        #expect(MarkdownReader.lines(of: linePerBlock).count == 8)
    }

    /// A few stray bytes in a UTF-8 file (elinks mangles some characters) no longer turn the whole
    /// file into Windows-1252 mojibake; a real Windows-1252 file is still read as one.
    @Test func mostlyUTF8StaysUTF8() {
        var bytes = Array("Wir verwenden Technologien, um Geräteinformationen zu speichern. Präferenzen: ".utf8)
        bytes += [0xFD, 0xBF, 0xBF, 0xBD]
        bytes += Array(" Funktional immer aktiv".utf8)
        let (text, encoding) = InputDecoder.decode(bytes)
        #expect(encoding == .utf8)
        #expect(text.contains("Geräteinformationen") && text.contains("Präferenzen") && text.hasSuffix("Funktional immer aktiv"))
        let latin1: [UInt8] = Array("Ger".utf8) + [0xE4] + Array("teinformationen f".utf8) + [0xFC] + Array("r Pr".utf8) + [0xE4] + Array("ferenzen".utf8)
        let (decoded, latinEncoding) = InputDecoder.decode(latin1)
        #expect(latinEncoding == .windows1252)
        #expect(decoded == "Geräteinformationen für Präferenzen")
    }

    /// A dump is cut into lines byte by byte where its characters would be cut: at LF, CR and CR LF.
    @Test func physicalLinesAreTheCharactersLines() {
        for text in ["a\nb", "a\r\nb", "a\n\rb", "\r\n\r\n", "", "x", "one\rtwo\n\nthree\r\n", "é\n\u{301}b", "Cookies 设置\r\nOK"] {
            let characters = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            #expect(PlainTextReader.physicalLines(text) == characters, "\(text.debugDescription)")
        }
    }
}
