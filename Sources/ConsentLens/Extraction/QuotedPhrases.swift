/// Short phrases in quotes, as a notice names its own buttons ('En cliquant sur "Continuer sans
/// accepter"', 'click “Yes, I accept”'): "…", “…”, «…», „…“, ‘…’.
enum QuotedPhrases {
    static func of(_ text: String) -> [String] {
        // Most lines hold no opening quote: `"` (0x22), “ „ ‘ (0xE2 0x80 …), « (0xC2 0xAB).
        var hasOpener = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x22 || previous == 0xC2 && byte == 0xAB || previous == 0xE2 && byte == 0x80 { hasOpener = true; break }
            previous = byte
        }
        guard hasOpener else { return [] }
        var out: [String] = []
        var open: (closer: Character, start: String.Index)?
        for index in text.indices {
            let c = text[index]
            if let current = open {
                if c == current.closer {
                    let inside = text[text.index(after: current.start)..<index].trimmingCharacters(in: " ")
                    if !inside.isEmpty, LineLength.of(inside) <= LineLength.label { out.append(inside) }
                    open = nil
                    continue
                }
                // Past any label's length: the opener was an apostrophe or stray mark.
                if text.distance(from: current.start, to: index) > 60 { open = nil } else { continue }
            }
            if let closer = quoteCloser(c) { open = (closer, index) }
        }
        return out
    }

    private static func quoteCloser(_ c: Character) -> Character? {
        switch c {
        case "\"": return "\""
        case "“": return "”"
        case "«": return "»"
        case "„": return "“"
        case "‘": return "’"
        default: return nil
        }
    }
}
