/// Reads innerText copies, reader-mode text and the dumps of text-mode browsers (lynx, w3m,
/// html2text): one line a line, blank lines separating paragraphs.
///
/// Two things such dumps do that a copy of innerText does not are undone here, because both change
/// what a line is: they draw bullets, check boxes, button markers and heading rules around the text
/// (``TextDecorations``), and they wrap paragraphs at a fixed width, so that the last word of a
/// sentence ("advertising.") would otherwise stand alone and read as a heading.
public enum PlainTextReader {
    public static func lines(of text: String) -> [TextLine] {
        let raw = physicalLines(text)
        let width = wrapWidth(raw)
        var out: [TextLine] = []
        // Whether the line before was prose filled to the wrap width, so that this one goes on with
        // it; if it ended a sentence, only prose goes on with it (a heading or a label after a
        // full line starts anew).
        var continues = (full: false, sentenceEnded: false)
        // The line before was long prose left unfinished: a line that starts in lower case and
        // reads as prose (ends a sentence, or is long) goes on with it, wrap width or not.
        var unfinished = false
        for rawLine in raw {
            let line = rawLine.trimmingSpaces()
            guard !line.isEmpty else { continues = (false, false); unfinished = false; continue }
            let readings = TextDecorations.read(line)
            var wrapped = false
            for reading in readings {
                let role: LineRole = reading.button ? .button : reading.heading ? .heading
                    : reading.checked != nil ? .checkbox : reading.bullet ? .listItem : .text
                // What goes on with the line before: a long line, or the end of a sentence ("advertising.",
                // "Marketing." after an unfinished line), or words in lower case; never a short
                // capitalised line ("I Accept", "Manage Preferences"), which is a label or a heading.
                let text = reading.text
                let long = text.count >= 40, lower = text.first.map { $0.isLowercase } == true, ends = endsSentence(text)
                let goesOn = continues.full && (continues.sentenceEnded ? long || lower && ends : long || ends || lower)
                    || unfinished && lower && (long || ends)
                if goesOn, readings.count == 1, role == .text, let last = out.last, last.role == .text || last.role == .listItem {
                    out[out.count - 1].text += " " + reading.text
                } else {
                    out.append(TextLine(text: reading.text, role: role, checked: reading.checked))
                }
                wrapped = readings.count == 1 && (role == .text || role == .listItem)
            }
            continues = (wrapped && width.map { rawLine.count >= $0 - wrapSlack } == true, endsSentence(line))
            unfinished = wrapped && line.count >= 60 && !endsSentence(line)
        }
        return out
    }

    /// The text cut at line feeds, carriage returns and CR LF pairs, byte by byte: what splitting
    /// its characters at them gives (a line break is always a character of its own, CR LF one),
    /// without reading the text character by character.
    static func physicalLines(_ text: String) -> [Substring] {
        var out: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            out.append(text[start..<index])
            var next = utf8.index(after: index)
            if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            start = next
            index = next
        }
        out.append(text[start..<utf8.endIndex])
        return out
    }

    /// How far short of the wrap width a wrapped line may end: the next word did not fit.
    static let wrapSlack = 16

    /// The width a dump was wrapped at, when it was: the longest line is at most 250 characters,
    /// at least three lines and a fifth of the long ones end within a word of it, and at least one
    /// of those goes on in the next line, which starts with a letter that is not a capital (a
    /// sentence cut at the edge). innerText copies keep each paragraph on one line and have no such
    /// edge; a list of names that happen to be as long as each other ("Emmagatzemar informació
    /// i/o accedir…", then "7 socis") has an edge but nothing going on over it.
    static func wrapWidth(_ lines: [Substring]) -> Int? {
        var longest = 0
        var counts: [Int] = []
        for line in lines {
            let n = line.count
            if n > 40 { counts.append(n) }
            longest = max(longest, n)
        }
        guard longest >= 60, longest <= 250, !counts.isEmpty else { return nil }
        let edge = longest - wrapSlack / 2
        let near = counts.filter { $0 >= edge }.count
        guard near >= 3, near * 5 >= counts.count else { return nil }
        for (i, line) in lines.enumerated() where line.count >= edge && i + 1 < lines.count {
            if let first = lines[i + 1].first(where: { $0 != " " }), first.isLetter, !first.isUppercase { return longest }
        }
        return nil
    }

    /// A wrapped line that ends a sentence may also end its paragraph; one that does not, does not.
    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.last else { return true }
        return last == "." || last == "!" || last == "?" || last == ":"
    }
}
