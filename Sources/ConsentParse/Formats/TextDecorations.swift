/// What text-mode browsers and HTML-to-text converters draw around a line: bullets, check boxes,
/// button markers and heading rules. A text dump made by one of them says through these marks
/// which line was a heading, a button or a ticked box; read without them, "• Essenziell [*]" and
/// "Essenziell" would be two categories and "(BUTTON) Allow All" no button.
///
/// Each mark is a data entry with the tool and the line it comes from, so that a new tool is one
/// more entry here (tests run every example).
public enum TextDecorations {
    /// What a mark says about its line.
    public enum Meaning: Sendable, Equatable {
        case checked, unchecked, button, bullet
    }

    /// A mark and where it stands: before the line's text, after it, or (check boxes) inside it.
    public struct Mark: Sendable {
        public var text: String
        public var meaning: Meaning
        /// Marks made of common characters ("*", "-") count only before the text.
        public var onlyLeading: Bool
        /// A line as the tool writes it, and what it must read as.
        public var example: (line: String, text: String)
        public var tool: String
        /// Counts only as the last word of a line with text before it (html2text's ticked box, "*").
        public var onlyTrailing = false
    }

    public static let marks: [Mark] = [
        Mark(text: "[*]", meaning: .checked, onlyLeading: false, example: ("  • Essenziell [*]", "Essenziell"), tool: "w3m"),
        Mark(text: "[X]", meaning: .checked, onlyLeading: false, example: ("    [X] Marketing", "Marketing"), tool: "lynx"),
        Mark(text: "[x]", meaning: .checked, onlyLeading: false, example: ("[x] Statistics", "Statistics"), tool: "Markdown-like copies"),
        Mark(text: "[ ]", meaning: .unchecked, onlyLeading: false, example: ("   Funktional [ ] Funktional Immer aktiv", "Funktional Funktional Immer aktiv"), tool: "lynx, w3m"),
        Mark(text: "[_]", meaning: .unchecked, onlyLeading: false, example: ("[_] Analytics", "Analytics"), tool: "links"),
        Mark(text: "(*)", meaning: .checked, onlyLeading: false, example: ("(*) Accept", "Accept"), tool: "w3m, lynx radio buttons"),
        Mark(text: "( )", meaning: .unchecked, onlyLeading: false, example: ("( ) Reject", "Reject"), tool: "w3m, lynx radio buttons"),
        Mark(text: "☑", meaning: .checked, onlyLeading: false, example: ("☑ Necessary", "Necessary"), tool: "Unicode check boxes"),
        Mark(text: "☒", meaning: .checked, onlyLeading: false, example: ("☒ Necessary", "Necessary"), tool: "Unicode check boxes"),
        Mark(text: "☐", meaning: .unchecked, onlyLeading: false, example: ("☐ Marketing", "Marketing"), tool: "Unicode check boxes"),
        Mark(text: "⁰", meaning: .unchecked, onlyLeading: false, example: ("   Funktional   ⁰ Funktional  Immer aktiv", "Funktional Funktional Immer aktiv"), tool: "html2text"),
        Mark(text: "*", meaning: .checked, onlyLeading: false, example: ("    * Essenziell *", "Essenziell"), tool: "html2text (a ticked box after its label)", onlyTrailing: true),
        Mark(text: "[ ]", meaning: .unchecked, onlyLeading: false, example: ("[145][\u{A0}] Marketing", "Marketing"), tool: "elinks (numbered field, no-break space)"),
        Mark(text: "[X]", meaning: .checked, onlyLeading: false, example: ("Funktional [66][X] Funktional", "Funktional Funktional"), tool: "elinks"),
        Mark(text: "(BUTTON)", meaning: .button, onlyLeading: false, example: ("   (BUTTON) Allow All", "Allow All"), tool: "lynx"),
        Mark(text: "•", meaning: .bullet, onlyLeading: true, example: ("  • Statistiken [*]", "Statistiken"), tool: "w3m"),
        Mark(text: "•", meaning: .bullet, onlyLeading: true, example: ("•\u{A0}Strictly Necessary Cookies", "Strictly Necessary Cookies"), tool: "elinks"),
        Mark(text: "◦", meaning: .bullet, onlyLeading: true, example: ("◦ Marketing", "Marketing"), tool: "w3m nested lists"),
        Mark(text: "▪", meaning: .bullet, onlyLeading: true, example: ("▪ Analytics", "Analytics"), tool: "copied lists"),
        Mark(text: "‣", meaning: .bullet, onlyLeading: true, example: ("‣ Analytics", "Analytics"), tool: "copied lists"),
        Mark(text: "*", meaning: .bullet, onlyLeading: true, example: ("     * Strictly Necessary Cookies", "Strictly Necessary Cookies"), tool: "lynx, html2text"),
        Mark(text: "+", meaning: .bullet, onlyLeading: true, example: ("       + Performance Cookies", "Performance Cookies"), tool: "lynx nested lists"),
        Mark(text: "-", meaning: .bullet, onlyLeading: true, example: ("- Functional", "Functional"), tool: "plain lists"),
        Mark(text: "–", meaning: .bullet, onlyLeading: true, example: ("– Functional", "Functional"), tool: "plain lists"),
    ]

    /// One line read: its text without the marks, and what the marks said.
    public struct Reading: Equatable, Sendable {
        public var text: String
        public var checked: Bool?
        public var button = false
        public var bullet = false
        /// A heading drawn between runs of asterisks ("**** Performance Cookies ****", html2text).
        public var heading = false

        public init(text: String, checked: Bool? = nil, button: Bool = false, bullet: Bool = false, heading: Bool = false) {
            self.text = text
            self.checked = checked
            self.button = button
            self.bullet = bullet
            self.heading = heading
        }
    }

    /// Reads one line (already trimmed). A line of several buttons ("(BUTTON) Apply (BUTTON)
    /// Cancel") is split into one reading per button.
    public static func read(_ line: String) -> [Reading] {
        if let plain = plainReading(line) { return plain }
        return markedReading(line)
    }

    /// ``read(_:)`` for any line, marks or not.
    static func markedReading(_ line: String) -> [Reading] {
        // elinks writes no-break spaces in its marks ("[\u{A0}]", "•\u{A0}").
        // (A byte 0xA0 is also inside other characters: the check only spares the map.)
        let cleaned = withoutFieldNumbers(line.utf8.contains(0xA0) ? String(line.map { $0 == "\u{A0}" ? " " : $0 }) : line)
        var rest = Substring(cleaned)
        var reading = Reading(text: "")
        // Leading marks, any number ("• [*] Marketing", "* (BUTTON) Accept").
        leading: while true {
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            if headingBetweenAsterisks(rest) != nil { break }
            for mark in marks where !mark.onlyTrailing && rest.hasPrefix(mark.text) {
                let after = rest.dropFirst(mark.text.count)
                guard after.isEmpty || after.first == " " || after.first == "\t" else { continue }
                // "*" and "-" start emphasis and sentences too: a bullet only with text after it.
                if mark.meaning == .bullet, after.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                // "** bold **" is no bullet; "* **** Title ****" (html2text's heading in a list) is.
                let next = after.drop(while: { $0 == " " })
                if mark.meaning == .bullet, mark.text == "*", next.hasPrefix("*"), headingBetweenAsterisks(next) == nil { continue }
                apply(mark.meaning, to: &reading)
                rest = after
                continue leading
            }
            break
        }
        if let inner = headingBetweenAsterisks(rest) {
            reading.heading = true
            rest = inner
        }
        // Marks after the text or inside it: check boxes and button markers only, standing alone.
        var words = rest.split(separator: " ", omittingEmptySubsequences: true)
        var pieces: [[Substring]] = [[]]
        var buttons = reading.button ? 1 : 0
        var index = 0
        while index < words.count {
            let word = words[index]
            let last = index == words.count - 1 && index > 0
            if let first = word.utf8.first, wordMarkStarts[Int(first)],
               let mark = marks.first(where: { !$0.onlyLeading && (!$0.onlyTrailing || last) && $0.text == word }) ?? twoWordMark(words, index) {
                if mark.meaning == .button {
                    buttons += 1
                    if !pieces[pieces.count - 1].isEmpty { pieces.append([]) }
                } else if reading.checked == nil {
                    apply(mark.meaning, to: &reading)
                }
                index += mark.text.contains(" ") ? 2 : 1
                continue
            }
            pieces[pieces.count - 1].append(word)
            index += 1
        }
        words = []
        let texts = pieces.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
        if buttons > 1 || buttons == 1 && !reading.button && texts.count > 1 {
            // A row of buttons, each after its marker: a line per button, as markup gives them.
            return texts.map { Reading(text: $0, checked: nil, button: true) }
        }
        if buttons == 1 { reading.button = true }
        reading.text = texts.joined(separator: " ")
        return reading.text.isEmpty ? [] : [reading]
    }

    /// The first byte of every mark, and `[` (field numbers) and `*` (asterisk headings): an ASCII
    /// line holding none of them has no mark, since every mark is read from its first character.
    static let markStarts: [Bool] = {
        var starts = [Bool](repeating: false, count: 256)
        for mark in marks { if let first = mark.text.utf8.first { starts[Int(first)] = true } }
        starts[Int(UInt8(ascii: "["))] = true
        starts[Int(UInt8(ascii: "*"))] = true
        return starts
    }()

    /// Whether `scalar` forms one extended grapheme cluster with a space or tab next to it: marks
    /// and other extending characters after it, format characters (which hold the prefixed ones:
    /// Arabic number signs) before it, and the few prefixed letters of other scripts.
    static func joinsSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value == 0xD4E || scalar.value >= 0x11000 { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
        default: return scalar.properties.isGraphemeExtend
        }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Unicode.Scalar {
        guard i + length <= bytes.count else { return "\u{FFFD}" }
        let lead = UInt32(bytes[i])
        var value: UInt32
        switch length {
        case 2: value = lead & 0x1F
        case 3: value = lead & 0x0F
        default: value = lead & 0x07
        }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The marks written with other characters than ASCII ("•", "☑", "–"), as bytes, and whether
    /// one may stand after a line's start (a check box) or only open it (a bullet).
    static let nonASCIIMarks: [(bytes: [UInt8], anywhere: Bool)] = {
        var order: [[UInt8]] = []
        var anywhere: [[UInt8]: Bool] = [:]
        for mark in marks where mark.text.utf8.first! >= 0x80 {
            let bytes = Array(mark.text.utf8)
            if anywhere[bytes] == nil { order.append(bytes) }
            anywhere[bytes] = (anywhere[bytes] ?? false) || !mark.onlyLeading
        }
        return order.map { ($0, anywhere[$0]!) }
    }()

    /// Whether the "(" at `i` may open a mark standing after a line's start: "(*)", "(BUTTON)",
    /// or "( )" with any spaces inside (a copy's words are split at spaces).
    static func opensMark(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        var j = i + 1
        while j < bytes.count, bytes[j] == 0x20 { j += 1 }
        guard j < bytes.count else { return false }
        if bytes[j] == 0x29 || bytes[j] == 0x2A { return true }
        let button: [UInt8] = Array("BUTTON)".utf8)
        return i + 1 + button.count <= bytes.count && button.indices.allSatisfy { bytes[i + 1 + $0] == button[$0] }
    }

    /// The first byte of every mark that may stand after a line's start: a word starting with any
    /// other byte is no mark and starts none, so it is not compared with them.
    static let wordMarkStarts: [Bool] = {
        var starts = [Bool](repeating: false, count: 256)
        for mark in marks where !mark.onlyLeading { if let first = mark.text.utf8.first { starts[Int(first)] = true } }
        return starts
    }()

    /// The reading of a line without a mark, byte by byte: its words joined by one space, as
    /// ``markedReading(_:)`` gives it. Most lines of a dump are such lines; nil for any line that
    /// holds a mark's first character, or another character where a mark could change the reading.
    static func plainReading(_ line: String) -> [Reading]? {
        var line = line
        return line.withUTF8 { bytes -> [Reading]? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var leading = true, pendingSpace = false
            var previous: UInt8 = 0x20
            for (i, b) in bytes.enumerated() {
                defer { previous = b }
                // A bullet ("-", "+", "•") is a mark only where the line's text starts.
                let first = leading && b != 0x20 && b != 0x09
                if b >= 0x80 {
                    // Other letters and punctuation ("We’re", “quoted”) read as they are, except
                    // a mark's, a no-break space, and a character that makes one character with a
                    // space beside it (a combining mark after it), which splitting at spaces keeps.
                    if b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 { return nil }
                    if b >= 0xC0 {
                        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                        let next: UInt8 = i + length < bytes.count ? bytes[i + length] : 0
                        if previous == 0x20 || previous == 0x09 || next == 0x20 || next == 0x09,
                           joinsSpace(decode(bytes, at: i, length: length)) { return nil }
                    }
                    if b >= 0xC0, nonASCIIMarks.contains(where: { mark in
                        (first || mark.anywhere) && i + mark.bytes.count <= bytes.count
                            && mark.bytes.indices.allSatisfy { bytes[i + $0] == mark.bytes[$0] }
                    }) { return nil }
                } else if b == 0x5B || b == 0x2A {
                    // "[" opens check boxes and elinks' field numbers, "*" a ticked box or a heading.
                    return nil
                } else if b == 0x28 {
                    if opensMark(bytes, at: i) { return nil }
                } else if first && markStarts[Int(b)] {
                    return nil
                }
                if leading, b == 0x20 || b == 0x09 { continue }
                leading = false
                if b == 0x20 { pendingSpace = !out.isEmpty; continue }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
            }
            return out.isEmpty ? [] : [Reading(text: String(decoding: out, as: UTF8.self))]
        }
    }

    /// elinks numbers links and form fields in its dumps, "[145][ ] Marketing", "[12]Privacy
    /// Policy": a number in brackets glued to a field or a word is taken out. One standing apart
    /// ("see [1]") is a footnote and stays.
    static func withoutFieldNumbers(_ line: String) -> String {
        guard line.contains("[") else { return line }
        let chars = Array(line)
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var i = 0
        while i < chars.count {
            if chars[i] == "[" {
                var j = i + 1
                while j < chars.count, j - i <= 6, chars[j].isASCII, chars[j].isNumber { j += 1 }
                if j > i + 1, j < chars.count - 1, chars[j] == "]", chars[j + 1] == "[" || chars[j + 1].isLetter {
                    i = j + 1
                    continue
                }
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// "[ ]" and "( )" are two words once a line is split at spaces.
    private static func twoWordMark(_ words: [Substring], _ index: Int) -> Mark? {
        guard index + 1 < words.count else { return nil }
        let pair = words[index] + " " + words[index + 1]
        return marks.first { !$0.onlyLeading && $0.text == pair }
    }

    private static func apply(_ meaning: Meaning, to reading: inout Reading) {
        switch meaning {
        case .checked: reading.checked = true
        case .unchecked: reading.checked = false
        case .button: reading.button = true
        case .bullet: reading.bullet = true
        }
    }

    /// html2text draws headings as "***** Title *****" (h2) to "*** Title ***" (h4): the same run of
    /// two or more asterisks on both sides.
    static func headingBetweenAsterisks(_ line: Substring) -> Substring? {
        let open = line.prefix(while: { $0 == "*" })
        guard open.count >= 2, line.count > 2 * open.count + 2 else { return nil }
        let close = line.reversed().prefix(while: { $0 == "*" })
        guard close.count == open.count else { return nil }
        let inner = line.dropFirst(open.count).dropLast(close.count)
        guard inner.first == " ", inner.last == " " else { return nil }
        let text = inner.drop(while: { $0 == " " })
        return text.isEmpty ? nil : Substring(text.trimmingSpaces())
    }
}
