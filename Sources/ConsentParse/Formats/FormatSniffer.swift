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
