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
        // `[x]`, `[-]`, `[Ad]` without a link target are literal text, as CommonMark reads them.
        guard end < chars.count, chars[end] == "(" || chars[end] == "[" else { return nil }
        if chars[end] == "(" {
            var parens = 0
            while end < chars.count {
                if chars[end] == "(" { parens += 1 } else if chars[end] == ")" { parens -= 1; if parens == 0 { end += 1; break } }
                end += 1
            }
        }
        return (label, end)
    }
}
