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
