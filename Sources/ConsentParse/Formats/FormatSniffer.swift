/// Decides what shape a saved page is in from its content: the same `.txt` extension holds
/// innerText dumps, Markdown from crawlers and accessibility snapshots. MHTML archives are
/// recognised before (``MHTMLReader/looksLikeMHTML(_:)``, from their MIME headers, whatever the
/// extension) and read as the HTML they hold.
public enum FormatSniffer {
    /// Tags whose presence near the start makes a file HTML. Plain text that merely contains a `<`
    /// (an "<all>" in prose) does not qualify.
    private static let htmlTags: Set<String> = [
        "!doctype", "html", "head", "body", "meta", "link", "script", "style", "div", "span", "p", "a", "title",
        "section", "article", "nav", "header", "footer", "main", "ul", "li", "table", "button", "form", "img", "br",
        "iframe", "noscript", "template", "h1", "h2", "h3", "input", "label",
    ]

    /// Decided from the content's structure: a file that opens with a known tag is HTML whatever
    /// follows (a DOM snapshot can open with 200,000 nested `<div>`s and hold its notice after
    /// them); otherwise the first 64 KiB are read for the shape of the rest.
    public static func format(of text: String, pathExtension: String? = nil) -> PageFormat {
        if opensWithKnownTag(text) { return .html }
        // 65,536 characters; a text of no more bytes is all of them, without counting characters.
        let head = text.utf8.count <= 65_536 ? text : String(text.prefix(65_536))
        if looksLikeHTML(head) { return .html }
        if looksLikeAccessibilitySnapshot(head) { return .accessibilitySnapshot }
        if looksLikeMarkdown(head, pathExtension: pathExtension) { return .markdown }
        return .text
    }

    /// Whether the first non-space character starts a known tag: `<div`, `<section class=…`,
    /// `<!DOCTYPE html`, `<html`. Reads a few hundred bytes at most.
    static func opensWithKnownTag(_ text: String) -> Bool {
        var utf8 = text.utf8[...]
        while let c = utf8.first, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C { utf8 = utf8.dropFirst() }
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8 = utf8.dropFirst(3) } // a BOM left in
        guard utf8.first == 0x3C else { return false } // <
        var name: [UInt8] = []
        var rest = utf8.dropFirst()
        while let c = rest.first, name.count <= 10, (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c >= 0x30 && c <= 0x39 || c == 0x21 {
            name.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            rest = rest.dropFirst()
        }
        guard let after = rest.first, after == 0x3E || after == 0x20 || after == 0x0A || after == 0x0D || after == 0x09 || after == 0x2F else {
            return false
        }
        return htmlTags.contains(String(decoding: name, as: UTF8.self))
    }

    /// HTML from the shape of the head: a doctype or `<html>`, several distinct known tags, or
    /// text where known tags are at least half of what is not white space (a fragment whose first
    /// line is text and the rest markup).
    static func looksLikeHTML(_ head: String) -> Bool {
        let trimmed = head.drop(while: { $0.isWhitespace })
        let lower = trimmed.prefix(200).lowercased()
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.hasPrefix("<?xml") && lower.contains("<html") {
            return true
        }
        // Count distinct known tags; a page fragment (outerHTML of a div) has several.
        var found = Set<String>()
        var total = 0
        var tagBytes = 0
        var index = head.startIndex
        // Found as a byte: "<" always starts a character, and a search by characters reads every
        // character of a text file for the few tags it may hold.
        while let lt = head.utf8[index...].firstIndex(of: 0x3C) {
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
                let close = head[j...].prefix(512).firstIndex(of: ">") ?? j
                tagBytes += head.utf8.distance(from: lt, to: close) + 1
            }
            if found.count >= 3 && total >= 6 { return true }
            index = head.index(after: lt)
        }
        if lower.hasPrefix("<") && found.count >= 2 { return true }
        guard total >= 6 else { return false }
        let visible = head.utf8.reduce(0) { $0 + ($1 == 0x20 || $1 == 0x0A || $1 == 0x0D || $1 == 0x09 ? 0 : 1) }
        return tagBytes * 2 >= visible
    }

    /// Playwright's `ariaSnapshot()` YAML: lines like `- button "Accept all" [ref=e7]`.
    static func looksLikeAccessibilitySnapshot(_ head: String) -> Bool {
        var roleLines = 0
        // Lines as bytes: a split at the character "\n" would not split at "\r\n", one character.
        for line in head.utf8.split(separator: 0x0A, omittingEmptySubsequences: true).prefix(400) {
            let t = line.drop(while: { $0 == 0x20 })
            guard t.starts(with: [0x2D, 0x20]) else { continue } // "- "
            let rest = t.dropFirst(2)
            for role in roleBytes where rest.starts(with: role) {
                let after = rest.dropFirst(role.count)
                if after.starts(with: [0x20, 0x22]) || after.starts(with: [0x20, 0x5B]) || after.first == 0x3A { // ` "`, ` [`, `:`
                    roleLines += 1
                    break
                }
            }
        }
        return roleLines >= 3
    }

    private static let roleBytes: [[UInt8]] = AccessibilitySnapshotReader.roles.map { Array($0.utf8) }

    static func looksLikeMarkdown(_ head: String, pathExtension: String?) -> Bool {
        if let ext = pathExtension?.lowercased(), ext == "md" || ext == "markdown" { return true }
        var signals = 0
        // "*** Title ***": html2text's heading. Emphasis in Markdown never has spaces inside its
        // asterisks, so two such lines make the file a text dump, whatever rules and links it has.
        var dumpHeadings = 0
        // Lines as bytes, compared as bytes: `contains` on a Substring compares characters, a tenth
        // of the time of reading a small page, and a split at the character "\n" would not split
        // at "\r\n" (one character), leaving a Windows file one line long.
        for bytes in head.utf8.split(separator: 0x0A).prefix(2000) {
            if bytes.contains(0x2A) { // "*": the one case that needs the line as text
                let trimmed = String(decoding: bytes, as: UTF8.self).trimmingSpaces()
                if trimmed.first == "*", TextDecorations.headingBetweenAsterisks(trimmed[...]) != nil {
                    dumpHeadings += 1
                    if dumpHeadings >= 2 { return false }
                }
            }
            func starts(_ prefix: String) -> Bool { bytes.starts(with: prefix.utf8) }
            if starts("# ") || starts("## ") || starts("### ") || starts("#### ") { signals += 1 }
            if starts("- [x]") || starts("- [ ]") || starts("* [x]") || starts("* [ ]") { signals += 1 }
            if Self.holdsLinkTarget(bytes) { signals += 1 }
            if starts("---") || starts("===") { signals += 1 }
        }
        return signals >= 4
    }

    /// Whether a line holds a Markdown link's target: "](http", "](/" or "](#".
    static func holdsLinkTarget(_ bytes: Substring.UTF8View) -> Bool {
        var i = bytes.startIndex
        while let close = bytes[i...].firstIndex(of: UInt8(ascii: "]")) {
            let rest = bytes[bytes.index(after: close)...]
            if rest.starts(with: "(http".utf8) || rest.starts(with: "(/".utf8) || rest.starts(with: "(#".utf8) { return true }
            i = bytes.index(after: close)
        }
        return false
    }
}
