/// One folding of text for every phrase comparison, so that data tables are written once in plain
/// lowercase and still match what pages print.
public enum TextNormalizer {
    /// Lowercases, straightens quotes and dashes, turns non-breaking and other spaces into plain
    /// spaces and folds runs of whitespace into one. Diacritics are kept: they carry meaning.
    public static func fold(_ text: String) -> String {
        if let ascii = foldASCII(text) { return ascii }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        var pendingSpace = false
        func append(_ scalar: Unicode.Scalar) {
            let mapped: Unicode.Scalar
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                pendingSpace = !out.isEmpty
                return
            // Zero-width characters, soft hyphens, bidirectional marks (RTL text carries them),
            // Arabic tatweel (a stretching stroke), and the combining dot that lower-casing
            // Turkish "İ" leaves.
            case 0x200B, 0x200C, 0x200D, 0xFEFF, 0xAD, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x0640, 0x0307:
                return
            // Turkish dotless "ı" (its capital "I" lower-cases to "i"), Greek final sigma (its
            // capital "Σ" lower-cases to "σ"): each reads as its letter in capitals too.
            case 0x0131: mapped = "i"
            case 0x03C2: mapped = "\u{03C3}"
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: mapped = "'"
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB: mapped = "\""
            case 0x2010...0x2015, 0x2212: mapped = "-"
            default: mapped = scalar
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(mapped)
        }
        // Lower-cased scalar by scalar, as `String.lowercased()` does, the Latin letters of Western
        // and Central European languages from a table instead of Unicode's.
        for scalar in text.unicodeScalars {
            if let latin = latinLowercase(scalar) {
                append(latin)
            } else if scalar.properties.changesWhenLowercased {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars { append(lowered) }
            } else {
                append(scalar)
            }
        }
        return String(out)
    }

    /// The lower case of a scalar below U+0180 (Basic Latin, Latin-1, Latin Extended-A) whose
    /// lower case is one scalar; nil for the others, which go through Unicode's tables ("İ"
    /// lower-cases to two scalars). `TextNormalizerTests` checks every scalar against
    /// `String.lowercased()`.
    @inline(__always)
    static func latinLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return Unicode.Scalar(v + 0x20)
        case 0x00...0x40, 0x5B...0xBF, 0xD7, 0xDF...0xFF: return scalar
        case 0x130: return nil
        case 0x178: return Unicode.Scalar(0xFF)
        case 0x100...0x137, 0x14A...0x177: return Unicode.Scalar(v | 1)
        case 0x139...0x148, 0x179...0x17E: return Unicode.Scalar(v % 2 == 1 ? v + 1 : v)
        case 0x138, 0x149, 0x17F: return scalar
        default: return nil
        }
    }

    /// A word lower-cased as ``fold(_:)`` does, without its other work: for word tokens.
    static func lowercaseWord(_ word: String) -> String {
        let lowered = word.lowercased()
        guard lowered.unicodeScalars.contains(where: { $0.value == 0x0131 || $0.value == 0x03C2 || $0.value == 0x0307 || $0.value == 0x0640 })
        else { return lowered }
        var out = String.UnicodeScalarView()
        for scalar in lowered.unicodeScalars {
            switch scalar.value {
            case 0x0307, 0x0640: continue
            case 0x0131: out.append("i")
            case 0x03C2: out.append("\u{03C3}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// The same folding for pure-ASCII text, byte by byte: most lines of most pages are ASCII, and
    /// this is several times faster than lowercasing through Unicode tables. Nil when a byte is not
    /// ASCII.
    static func foldASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                switch byte {
                case 0x80...: return nil
                case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20:
                    pendingSpace = !out.isEmpty
                    continue
                case 0x41...0x5A:
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(byte | 0x20)
                default:
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
