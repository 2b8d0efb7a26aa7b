/// Reads Markdown as crawler tools write it into lines with roles: ATX and setext headings (also
/// inside list items and block quotes: `*   ### Strictly Necessary Cookies`), list items, task
/// boxes (`- [x] Marketing`) with their state, table rows (one line per row, cells joined by
/// " | "), and text; links keep their text and lose their target, images are dropped, emphasis
/// and escapes are undone.
///
/// Linear in the input: each line is read once, and inline markup once left to right with a stack
/// of open brackets (no rescan to the line's end for every `[`, no recursion per nesting level).
public enum MarkdownReader {
    public static func lines(of text: String) -> [TextLine] {
        var out: [TextLine] = []
        var inFence = false
        var previousText: Int?
        let rawLines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        // Converters (pandoc, markdownify, html2text, turndown) end every block with a blank line;
        // a single line break inside a block is then a soft break, the source's own white space
        // ("Functional\nCookies" is one label), and the two lines are one, as CommonMark reads them.
        // Files written a line per block, without blank lines, keep their lines.
        let blank = rawLines.reduce(0) { $0 + ($1.allSatisfy { $0 == " " || $0 == "\t" } ? 1 : 0) }
        let softBreaks = rawLines.count >= 8 && blank * 5 >= rawLines.count
        var joinable = false
        for raw in rawLines {
            let line = Substring(raw.trimmingSpaces())
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); previousText = nil; joinable = false; continue }
            if inFence { continue }
            if line.isEmpty { previousText = nil; joinable = false; continue }
            // Setext heading: a line of `=` or `-` under a line of text makes that line a heading.
            if let index = previousText, line.count >= 2, line.allSatisfy({ $0 == "=" }) || line.allSatisfy({ $0 == "-" }) {
                out[index].role = .heading
                previousText = nil
                continue
            }
            previousText = nil
            guard let reading = read(line) else { joinable = false; continue }
            let (plain, role, checked) = reading
            // A line that is one whole link ("[Cookie Settings](#)") is an item of its own: crawlers
            // write menus and footers so, a link a line.
            let wholeLink = line.hasPrefix("[") && line.hasSuffix(")") && line.contains("](")
            if softBreaks, joinable, !wholeLink, role == .text, let last = out.indices.last, out[last].role == .text {
                out[last].text += " " + plain
            } else {
                out.append(TextLine(text: plain, role: role, checked: checked))
            }
            if role == .text { previousText = out.count - 1 }
            // A hard break (two spaces or a backslash at the end) keeps the next line apart.
            joinable = role == .text && !wholeLink && !raw.hasSuffix("  ") && !raw.hasSuffix("\\")
        }
        return out
    }

    /// One line of Markdown read alone (no fences, no setext underlines): its text without the
    /// markup, its role and a task box's state; nil for a rule or a table's delimiter row.
    public static func read<S: StringProtocol>(_ text: S) -> (text: String, role: LineRole, checked: Bool?)? {
        var line = Substring(text.trimmingSpaces())
        if line.allSatisfy({ $0 == "-" || $0 == "=" || $0 == "*" || $0 == "_" || $0 == " " }) { return nil }
        var role = LineRole.text
        var checked: Bool?
        // Block quotes and list markers, any number of them, then what the item holds.
        var isListItem = false
        while true {
            if line.hasPrefix(">") { line = line.dropFirst().drop(while: { $0 == " " }); continue }
            if let rest = listItemContent(line) { line = rest; isListItem = true; continue }
            break
        }
        if isListItem { role = .listItem }
        let lower = line.prefix(3).lowercased()
        if lower == "[x]" || lower == "[ ]" {
            checked = lower == "[x]"
            role = .checkbox
            line = line.dropFirst(3).drop(while: { $0 == " " })
        }
        if line.hasPrefix("#") {
            let hashes = line.prefix(while: { $0 == "#" })
            let rest = line.dropFirst(hashes.count)
            if hashes.count <= 6, rest.isEmpty || rest.first == " " {
                line = rest.drop(while: { $0 == " " })
                // Closing hashes: "## Title ##".
                while line.last == "#" { line = line.dropLast() }
                line = Substring(line.trimmingSpaces())
                role = .heading
            }
        }
        if line.hasPrefix("|") || line.hasSuffix("|") && line.contains(" | ") {
            guard let row = tableRow(line) else { return nil }
            line = Substring(row)
            role = .tableRow
        }
        let plain = stripInline(line)
        return plain.isEmpty ? nil : (plain, role, checked)
    }

    /// The state of a task box with no label ("- [ ]", "* [x]"); nil for any other line.
    public static func emptyTaskBox<S: StringProtocol>(_ text: S) -> Bool? {
        var line = Substring(text.trimmingSpaces())
        guard let rest = listItemContent(line) else { return nil }
        line = rest
        let lower = line.lowercased()
        return lower == "[x]" ? true : lower == "[ ]" ? false : nil
    }

    /// Markdown that holds raw HTML (`<div class="…">` blocks around Markdown, as pandoc and
    /// crawlers write a page they could not fully convert), made ready for the HTML parser: every
    /// line of Markdown text becomes a block of its own, so that the parser keeps the line breaks
    /// Markdown's structure lives in, and each line can then be read with ``read(_:)``. Lines that
    /// open with a tag are left as they are.
    public static func blocksForHTML(_ utf8: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + utf8.count / 8)
        var start = 0
        let open = Array("<div>".utf8), close = Array("</div>".utf8)
        func emit(_ end: Int) {
            var first = start
            while first < end, utf8[first] == 0x20 || utf8[first] == 0x09 || utf8[first] == 0x0D { first += 1 }
            if first == end || utf8[first] == 0x3C {
                out.append(contentsOf: utf8[start..<end])
            } else {
                out.append(contentsOf: open)
                out.append(contentsOf: utf8[start..<end])
                out.append(contentsOf: close)
            }
            out.append(0x0A)
        }
        for i in 0..<utf8.count where utf8[i] == 0x0A {
            emit(i)
            start = i + 1
        }
        if start < utf8.count { emit(utf8.count) }
        return out
    }

    /// What follows a bullet (`-`, `*`, `+`) or an ordered marker (`1.`, `2)`) and a space.
    static func listItemContent(_ line: Substring) -> Substring? {
        guard let first = line.first else { return nil }
        if first == "-" || first == "*" || first == "+" {
            let rest = line.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            return rest.drop(while: { $0 == " " || $0 == "\t" })
        }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return nil }
        let after = rest.dropFirst()
        guard after.first == " " || after.first == "\t" else { return nil }
        return after.drop(while: { $0 == " " || $0 == "\t" })
    }

    /// A table row as one line of cells joined by " | "; nil for the delimiter row (`|---|:--:|`).
    static func tableRow(_ line: Substring) -> String? {
        var body = line
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") { body = body.dropLast() }
        let cells = body.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        if cells.allSatisfy({ cell in !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { return nil }
        return cells.filter { !$0.isEmpty }.joined(separator: " | ")
    }

    /// Inline markup undone in one left-to-right pass: `[label](target)` keeps its label,
    /// `![alt](src)` is dropped, `[x]` without a target stays literal (as CommonMark reads it),
    /// emphasis markers and backslash escapes go. Brackets are matched with a stack of the output
    /// positions where they opened, so nesting costs nothing extra.
    static let maximumTargetLength = 4096

    /// Positions of underscores that open or close emphasis (`_word_`, `__word__`); a lone one
    /// (`_ga`, `snake_case`) is text. One pass: each opener waits for the next closer.
    static func underscoreEmphasis(_ chars: [Character]) -> Set<Int> {
        var out = Set<Int>()
        var opener: Int?
        var i = 0
        while i < chars.count {
            guard chars[i] == "_" else { i += 1; continue }
            var run = i
            while run < chars.count, chars[run] == "_" { run += 1 }
            let before: Character? = i > 0 ? chars[i - 1] : nil
            let after: Character? = run < chars.count ? chars[run] : nil
            let leftFlanking = after.map { !$0.isWhitespace } ?? false && (before.map { $0.isWhitespace || $0.isPunctuation } ?? true)
            let rightFlanking = before.map { !$0.isWhitespace } ?? false && (after.map { $0.isWhitespace || $0.isPunctuation } ?? true)
            if let start = opener, rightFlanking {
                for k in start..<(start + (run - i)) where k < chars.count && chars[k] == "_" { out.insert(k) }
                for k in i..<run { out.insert(k) }
                opener = nil
            } else if leftFlanking {
                opener = i
            }
            i = run
        }
        return out
    }

    public static func stripInline<S: StringProtocol>(_ text: S) -> String {
        let chars = Array(text)
        var out: [Character] = []
        out.reserveCapacity(chars.count)
        // Open brackets: (position in `out`, is an image).
        var open: [(Int, Bool)] = []
        var noParenUntil = 0
        let emphasis = underscoreEmphasis(chars)
        // Brackets and parentheses as small codes, so that scanning for a link's target compares
        // bytes, not `Character`s (a grapheme comparison each): "[a][" repeated scans far.
        let brackets: [UInt8] = chars.map { c in
            guard c.utf8.count == 1, let b = c.utf8.first else { return 0 }
            switch b {
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"): return b
            default: return 0
            }
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < chars.count && (chars[i + 1].isPunctuation || chars[i + 1].isSymbol):
                out.append(chars[i + 1])
                i += 2
                continue
            case "!" where i + 1 < chars.count && chars[i + 1] == "[":
                open.append((out.count, true))
                out.append("[")
                i += 2
                continue
            case "[":
                open.append((out.count, false))
                out.append("[")
            case "]":
                guard let (start, isImage) = open.popLast() else { out.append(c); break }
                // A link or image needs its target right after: `(…)` or a reference `[…]`.
                if i + 1 < chars.count, chars[i + 1] == "(" || chars[i + 1] == "[" {
                    let opener = brackets[i + 1]
                    let closer: UInt8 = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
                    var j = i + 2
                    var depth = 1
                    // A target longer than any real URL is not one: the bound keeps a line of
                    // unclosed "](" linear.
                    let limit = min(chars.count, i + 2 + maximumTargetLength)
                    // A stretch already scanned without any closer need not be scanned again:
                    // "[a](" repeated stays linear.
                    if closer == UInt8(ascii: ")"), j < noParenUntil { j = noParenUntil }
                    var sawCloser = false
                    while j < limit {
                        if brackets[j] == opener { depth += 1 } else if brackets[j] == closer { sawCloser = true; depth -= 1; if depth == 0 { break } }
                        j += 1
                    }
                    if closer == UInt8(ascii: ")"), !sawCloser { noParenUntil = max(noParenUntil, j) }
                    if j < limit {
                        if isImage {
                            out.removeSubrange(start...)
                        } else {
                            out.remove(at: start)
                        }
                        i = j + 1
                        continue
                    }
                }
                out.append(c)
            case "*", "`":
                break
            case "_" where emphasis.contains(i):
                break
            default:
                out.append(c)
            }
            i += 1
        }
        return String(out).trimmingSpaces()
    }
}
