/// A GitHub-flavoured Markdown table. Cells are ``MarkdownText``, so page text in them is already
/// escaped (`|` included) and cannot add a column or end the row.
struct MarkdownTable {
    enum Alignment { case left, right }

    var header: [MarkdownText]
    var alignments: [Alignment]
    var rows: [[MarkdownText]] = []

    init(_ header: [MarkdownText], right: Set<Int> = []) {
        self.header = header
        self.alignments = header.indices.map { right.contains($0) ? .right : .left }
    }

    mutating func add(_ row: [MarkdownText]) {
        precondition(row.count == header.count, "a row needs one cell per column")
        rows.append(row)
    }

    var lines: [String] {
        var out = [line(header)]
        out.append("|" + alignments.map { $0 == .right ? "---:|" : "---|" }.joined())
        out.append(contentsOf: rows.map(line))
        return out
    }

    private func line(_ cells: [MarkdownText]) -> String {
        "| " + cells.map { $0.source.isEmpty ? " " : $0.source }.joined(separator: " | ") + " |"
    }
}

/// Appends Markdown blocks with one blank line between them.
struct MarkdownDocument {
    private(set) var lines: [String] = []

    mutating func heading(_ level: Int, _ text: MarkdownText) {
        block([String(repeating: "#", count: level) + " " + text.source])
    }

    mutating func paragraph(_ text: MarkdownText) {
        block([text.source])
    }

    mutating func list(_ items: [MarkdownText], ordered: Bool = false) {
        guard !items.isEmpty else { return }
        block(items.enumerated().map { i, item in (ordered ? "\(i + 1). " : "- ") + item.source })
    }

    mutating func table(_ table: MarkdownTable) {
        block(table.lines)
    }

    /// A fenced block whose content the renderer made itself (a mermaid chart); never page text.
    mutating func fenced(_ info: String, _ content: [String]) {
        block(["```\(info)"] + content + ["```"])
    }

    private mutating func block(_ new: [String]) {
        if !lines.isEmpty { lines.append("") }
        lines.append(contentsOf: new)
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}
