/// Reads accessibility-tree snapshots (Playwright's YAML): each node's role becomes the line's
/// role, so buttons are known to be buttons.
public enum AccessibilitySnapshotReader {
    static let roles = [
        "generic", "dialog", "alertdialog", "button", "link", "text", "paragraph", "heading", "checkbox", "switch",
        "region", "banner", "navigation", "main", "contentinfo", "list", "listitem", "img", "group", "alert",
        "tabpanel", "tab", "radio", "textbox", "article", "strong", "emphasis", "superscript", "separator", "document",
        "cell", "row", "table", "complementary", "form", "search", "menu", "menuitem", "option", "combobox", "status",
    ]

    /// Roles that hold a notice when they are a dialog, or a region named for cookies.
    static let dialogRoles: Set<String> = ["dialog", "alertdialog"]
    static let namedContainerRoles: Set<String> = ["region", "group", "complementary", "banner", "generic", "contentinfo", "form"]

    public static func lines(of text: String) -> [TextLine] {
        var out: [TextLine] = []
        // Open containers: (indentation of their node, number).
        var containers: [(indent: Int, number: Int)] = []
        var nextContainer = 0
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let indent = raw.prefix(while: { $0 == " " }).count
            while let last = containers.last, last.indent >= indent { containers.removeLast() }
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
                if let q2 = closingQuote(in: rest[afterQ...]) {
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
            var lineRole: LineRole
            switch role {
            case "button", "menuitem", "tab": lineRole = .button
            case "link": lineRole = .link
            case "heading": lineRole = .heading
            case "checkbox", "switch", "radio": lineRole = .checkbox
            case "listitem": lineRole = .listItem
            default: lineRole = .text
            }
            // A dialog's or region's own name ("Cookie preferences") is its title, as assistive
            // technology announces it: a heading, never one of its buttons.
            if value == nil, name != nil, dialogRoles.contains(role) || role == "region" || role == "group" { lineRole = .heading }
            if dialogRoles.contains(role) || namedContainerRoles.contains(role) && (name?.lowercased().contains("cookie") ?? false) {
                containers.append((indent, nextContainer))
                nextContainer += 1
            }
            if role == "img" || role == "separator" { continue }
            // A node's accessible name and its text are usually the same words; keep the shorter
            // visible text when both exist (the name of a button may add "opens a dialog").
            let text = value ?? name
            guard let text, !text.isEmpty else { continue }
            let fullName = value != nil && name != nil && name != value ? name : nil
            var line = TextLine(
                text: text, role: lineRole, checked: checked, disabled: rest.contains("[disabled]"), accessibleName: fullName)
            line.container = containers.last?.number ?? -1
            line.expands = rest.contains("[expanded")
            out.append(line)
        }
        return out
    }
}

extension AccessibilitySnapshotReader {
    /// The quote that closes a name, skipping quotes escaped with a backslash.
    static func closingQuote(in text: Substring) -> Substring.Index? {
        var escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { return index }
            index = text.index(after: index)
        }
        return nil
    }
}
