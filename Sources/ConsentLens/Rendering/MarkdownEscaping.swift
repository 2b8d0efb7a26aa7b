/// The one way page text enters Markdown. A page's names and descriptions are data: whatever they
/// contain, the escaped form renders as the same visible characters and never as a table
/// separator, a heading, a list, emphasis, code, a link, an image, an autolink or raw HTML.
public enum MarkdownEscaping {
    /// Escapes `text` for use anywhere inline, table cells included.
    ///
    /// - Line breaks and tabs become spaces (a newline would end a table row or start a block),
    ///   runs of spaces become one, and the ends are trimmed.
    /// - Other control characters and bidirectional overrides are dropped (they can disguise text).
    /// - `<`, `>`, `&` become `&lt;`, `&gt;`, `&amp;`: no HTML, no block quote.
    /// - Markdown punctuation `\ ` * _ [ ] ( ) ! # | ~ $` is backslash-escaped wherever it stands.
    /// - `://` and `www.` are broken with a backslash so that no autolink forms.
    /// - At the start, `-`, `+`, `=` and the `.` or `)` after leading digits are escaped, so that
    ///   the text cannot start a list when a renderer puts it at the start of a line.
    public static func escape(_ text: String) -> String {
        let flat = flatten(text)
        var out = ""
        out.reserveCapacity(flat.count + flat.count / 8)
        let chars = Array(flat)
        let leadingDigits = chars.prefix { $0.isASCII && $0.isNumber }.count
        for (i, c) in chars.enumerated() {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "(", ")", "!", "#", "|", "~", "$":
                out += "\\" + String(c)
            case ":" where i + 2 < chars.count && chars[i + 1] == "/" && chars[i + 2] == "/":
                out += "\\:"
            case "." where i >= 3 && String(chars[(i - 3)..<i]).lowercased() == "www" && (i == 3 || !chars[i - 4].isLetter):
                out += "\\."
            case "-" where i == 0, "+" where i == 0, "=" where i == 0:
                out += "\\" + String(c)
            case "." where i == leadingDigits && i > 0 && i <= 9:
                out += "\\."
            default:
                out.append(c)
            }
        }
        return out
    }

    /// One line of plain text: line breaks and tabs to spaces, invisible controls dropped, spaces
    /// collapsed and trimmed.
    static func flatten(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            switch s.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0x2028, 0x2029:
                pendingSpace = !scalars.isEmpty
                continue
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                if pendingSpace { scalars.append(" "); pendingSpace = false }
                scalars.append(s)
            }
        }
        return String(scalars)
    }
}
