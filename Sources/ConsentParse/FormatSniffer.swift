/// Decides what shape a saved page is in from its content: the same `.txt` extension holds
/// innerText dumps, Markdown from crawlers and accessibility snapshots.
public enum FormatSniffer {
    /// Tags whose presence near the start makes a file HTML. Plain text that merely contains a `<`
    /// (an "<all>" in prose) does not qualify.
    private static let htmlTags: Set<String> = [
        "!doctype", "html", "head", "body", "meta", "link", "script", "style", "div", "span", "p", "a", "title",
        "section", "article", "nav", "header", "footer", "main", "ul", "li", "table", "button", "form", "img", "br",
        "iframe", "noscript", "template", "h1", "h2", "h3", "input", "label",
    ]

    public static func format(of text: String, pathExtension: String? = nil) -> PageFormat {
        let head = String(text.prefix(65_536))
        if looksLikeHTML(head) { return .html }
        if looksLikeAccessibilitySnapshot(head) { return .accessibilitySnapshot }
        if looksLikeMarkdown(head, pathExtension: pathExtension) { return .markdown }
        return .text
    }

    static func looksLikeHTML(_ head: String) -> Bool {
        let trimmed = head.drop(while: { $0.isWhitespace })
        let lower = trimmed.prefix(200).lowercased()
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.hasPrefix("<?xml") && lower.contains("<html") {
            return true
        }
        // Count distinct known tags; a page fragment (outerHTML of a div) has several.
        var found = Set<String>()
        var total = 0
        var index = head.startIndex
        while let lt = head[index...].firstIndex(of: "<") {
            var name = ""
            var j = head.index(after: lt)
            if j < head.endIndex, head[j] == "/" { j = head.index(after: j) }
            while j < head.endIndex, name.count < 10, head[j].isLetter || head[j].isNumber || head[j] == "!" {
                name.append(head[j]); j = head.index(after: j)
            }
            if j < head.endIndex, head[j] == ">" || head[j] == " " || head[j] == "\n" || head[j] == "/",
               htmlTags.contains(name.lowercased()) {
                found.insert(name.lowercased())
                total += 1
            }
            if found.count >= 3 && total >= 6 { return true }
            index = head.index(after: lt)
        }
        return lower.hasPrefix("<") && found.count >= 2
    }

    /// Playwright's `ariaSnapshot()` YAML: lines like `- button "Accept all" [ref=e7]`.
    static func looksLikeAccessibilitySnapshot(_ head: String) -> Bool {
        var roleLines = 0
        for line in head.split(separator: "\n", omittingEmptySubsequences: true).prefix(400) {
            let t = line.drop(while: { $0 == " " })
            guard t.hasPrefix("- ") else { continue }
            let rest = t.dropFirst(2)
            if AccessibilitySnapshotReader.roles.contains(where: { rest.hasPrefix($0 + " \"") || rest.hasPrefix($0 + " [") || rest.hasPrefix($0 + ":") }) {
                roleLines += 1
            }
        }
        return roleLines >= 3
    }

    static func looksLikeMarkdown(_ head: String, pathExtension: String?) -> Bool {
        if let ext = pathExtension?.lowercased(), ext == "md" || ext == "markdown" { return true }
        var signals = 0
        for line in head.split(separator: "\n").prefix(2000) {
            if line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("### ") || line.hasPrefix("#### ") { signals += 1 }
            if line.hasPrefix("- [x]") || line.hasPrefix("- [ ]") || line.hasPrefix("* [x]") || line.hasPrefix("* [ ]") { signals += 1 }
            if line.contains("](http") || line.contains("](/") || line.contains("](#") { signals += 1 }
            if line.hasPrefix("---") || line.hasPrefix("===") { signals += 1 }
        }
        return signals >= 4
    }
}

/// Reads innerText copies and reader-mode text: one line a line, blank lines separating paragraphs.
public enum PlainTextReader {
    public static func lines(of text: String) -> [TextLine] {
        var out: [TextLine] = []
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let line = raw.trimmingSpaces()
            if !line.isEmpty { out.append(TextLine(text: line)) }
        }
        return out
    }
}

/// Reads Markdown as crawler tools write it: headings become heading lines, `- [x]` checkboxes keep
/// their state, links keep their text and lose their URL, bullets become list items.
public enum MarkdownReader {
    public static func lines(of text: String) -> [TextLine] {
        var out: [TextLine] = []
        var inFence = false
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            var line = Substring(raw.trimmingSpaces())
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if inFence || line.isEmpty { continue }
            if line.allSatisfy({ $0 == "-" || $0 == "=" || $0 == "*" || $0 == "_" || $0 == " " }) { continue }
            var role = LineRole.text
            var checked: Bool?
            if line.hasPrefix("#") {
                line = line.drop(while: { $0 == "#" }).drop(while: { $0 == " " })
                role = .heading
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
                line = line.dropFirst(2).drop(while: { $0 == " " })
                role = .listItem
                let lower = line.prefix(3).lowercased()
                if lower == "[x]" || lower == "[ ]" {
                    checked = lower == "[x]"
                    role = .checkbox
                    line = line.dropFirst(3).drop(while: { $0 == " " })
                }
            }
            let plain = stripInline(String(line))
            if !plain.isEmpty { out.append(TextLine(text: plain, role: role, checked: checked)) }
        }
        return out
    }

    /// Removes images, keeps link text, drops emphasis markers.
    static func stripInline(_ text: String) -> String {
        var out = ""
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "!" && i + 1 < chars.count && chars[i + 1] == "[" , let (label, end) = bracket(chars, from: i + 1) {
                _ = label
                i = end
                continue
            }
            if c == "[", let (label, end) = bracket(chars, from: i) {
                out += stripInline(label)
                i = end
                continue
            }
            if c == "*" || c == "_" && (i == 0 || chars[i - 1] == " " || i + 1 == chars.count || chars[i + 1] == " ") || c == "`" {
                i += 1
                continue
            }
            if c == "\\" && i + 1 < chars.count { out.append(chars[i + 1]); i += 2; continue }
            out.append(c)
            i += 1
        }
        chars = []
        return out.trimmingSpaces()
    }

    /// `[label](url)` starting at `start`: the label and the index after the closing parenthesis.
    private static func bracket(_ chars: [Character], from start: Int) -> (String, Int)? {
        var depth = 0
        var j = start
        while j < chars.count {
            if chars[j] == "[" { depth += 1 } else if chars[j] == "]" { depth -= 1; if depth == 0 { break } }
            j += 1
        }
        guard j < chars.count else { return nil }
        let label = String(chars[(start + 1)..<j])
        var end = j + 1
        if end < chars.count, chars[end] == "(" {
            var parens = 0
            while end < chars.count {
                if chars[end] == "(" { parens += 1 } else if chars[end] == ")" { parens -= 1; if parens == 0 { end += 1; break } }
                end += 1
            }
        }
        return (label, end)
    }
}

/// Reads accessibility-tree snapshots (Playwright's YAML): each node's role becomes the line's
/// role, so buttons are known to be buttons.
public enum AccessibilitySnapshotReader {
    static let roles = [
        "generic", "dialog", "alertdialog", "button", "link", "text", "paragraph", "heading", "checkbox", "switch",
        "region", "banner", "navigation", "main", "contentinfo", "list", "listitem", "img", "group", "alert",
        "tabpanel", "tab", "radio", "textbox", "article", "strong", "emphasis", "superscript", "separator", "document",
        "cell", "row", "table", "complementary", "form", "search", "menu", "menuitem", "option", "combobox", "status",
    ]

    public static func lines(of text: String) -> [TextLine] {
        var out: [TextLine] = []
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var t = Substring(raw).drop(while: { $0 == " " })
            guard t.hasPrefix("- ") else { continue }
            t = t.dropFirst(2)
            if t.hasPrefix("'") && t.hasSuffix("':") { t = t.dropFirst().dropLast(2) }
            if t.hasPrefix("/url:") || t.hasPrefix("/placeholder:") { continue }
            // role, optional "name", attributes [..], optional ": text"
            let roleEnd = t.firstIndex(where: { $0 == " " || $0 == ":" }) ?? t.endIndex
            let role = String(t[..<roleEnd])
            var rest = t[roleEnd...]
            var name: String?
            if let q = rest.firstIndex(of: "\""), rest[..<q].allSatisfy({ $0 == " " }) {
                let afterQ = rest.index(after: q)
                if let q2 = rest[afterQ...].firstIndex(of: "\"") {
                    name = String(rest[afterQ..<q2]).replacingBackslashQuotes()
                    rest = rest[rest.index(after: q2)...]
                }
            }
            let checked: Bool? = rest.contains("[checked]") || rest.contains("[checked=true]") ? true
                : (role == "checkbox" || role == "switch") ? false : nil
            var value: String?
            if let colon = rest.lastIndex(of: ":"), rest.index(after: colon) < rest.endIndex {
                let v = rest[rest.index(after: colon)...].trimmingSpaces()
                if !v.isEmpty { value = v.hasPrefix("\"") && v.hasSuffix("\"") && v.count >= 2 ? String(v.dropFirst().dropLast()) : v }
            }
            let lineRole: LineRole
            switch role {
            case "button", "menuitem", "tab": lineRole = .button
            case "link": lineRole = .link
            case "heading": lineRole = .heading
            case "checkbox", "switch", "radio": lineRole = .checkbox
            case "listitem": lineRole = .listItem
            default: lineRole = .text
            }
            if role == "img" || role == "separator" { continue }
            // A node's accessible name and its text are usually the same words; keep the shorter
            // visible text when both exist (the name of a button may add "opens a dialog").
            let text = value ?? name
            guard let text, !text.isEmpty else { continue }
            out.append(TextLine(text: text, role: lineRole, checked: checked))
        }
        return out
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    func replacingBackslashQuotes() -> String {
        var out = ""
        var escaped = false
        for c in self {
            if escaped { out.append(c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }
}
