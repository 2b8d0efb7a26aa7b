/// One folding of text for every phrase comparison, so that data tables are written once in plain
/// lowercase and still match what pages print.
public enum TextNormalizer {
    /// Lowercases, straightens quotes and dashes, turns non-breaking and other spaces into plain
    /// spaces and folds runs of whitespace into one. Diacritics are kept: they carry meaning.
    public static func fold(_ text: String) -> String {
        if let ascii = foldASCII(text) { return ascii }
        // Written as UTF-8 bytes into one buffer: appending to a `String.UnicodeScalarView` scalar
        // by scalar costs several times more, and every phrase of every language is folded at
        // start-up.
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        @inline(__always) func put(_ v: UInt32) {
            if pendingSpace { out.append(0x20); pendingSpace = false }
            switch v {
            case ..<0x80: out.append(UInt8(v))
            case ..<0x800: out.append(0xC0 | UInt8(v >> 6)); out.append(0x80 | UInt8(v & 0x3F))
            case ..<0x10000:
                out.append(0xE0 | UInt8(v >> 12)); out.append(0x80 | UInt8((v >> 6) & 0x3F)); out.append(0x80 | UInt8(v & 0x3F))
            default:
                out.append(0xF0 | UInt8(v >> 18)); out.append(0x80 | UInt8((v >> 12) & 0x3F))
                out.append(0x80 | UInt8((v >> 6) & 0x3F)); out.append(0x80 | UInt8(v & 0x3F))
            }
        }
        func append(_ v: UInt32) {
            switch v {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                pendingSpace = !out.isEmpty
            // Zero-width characters, soft hyphens, bidirectional marks (RTL text carries them),
            // Arabic tatweel (a stretching stroke), and the combining dot that lower-casing
            // Turkish "İ" leaves.
            case 0x200B, 0x200C, 0x200D, 0xFEFF, 0xAD, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x0640, 0x0307:
                return
            // Turkish dotless "ı" (its capital "I" lower-cases to "i"), Greek final sigma (its
            // capital "Σ" lower-cases to "σ"): each reads as its letter in capitals too.
            case 0x0131: put(0x69)
            case 0x03C2: put(0x03C3)
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: put(0x27)
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB: put(0x22)
            case 0x2010...0x2015, 0x2212: put(0x2D)
            default: put(v)
            }
        }
        // Lower-cased scalar by scalar, as `String.lowercased()` does, the letters of the Latin,
        // Greek and Cyrillic alphabets from a table instead of Unicode's.
        for scalar in text.unicodeScalars {
            if let lowered = tableLowercase(scalar) {
                append(lowered.value)
            } else if scalar.properties.changesWhenLowercased {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars { append(lowered.value) }
            } else {
                append(scalar.value)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The lower case of a scalar of Basic Latin, Latin-1, Latin Extended-A, basic Greek or
    /// Cyrillic, or of a script without case (CJK, Hangul, Arabic, Hebrew), whose lower case is
    /// one scalar; nil for the others, which go through Unicode's tables ("İ" lower-cases to two
    /// scalars). `TextNormalizerTests` checks every scalar against `String.lowercased()`.
    @inline(__always)
    static func tableLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return Unicode.Scalar(v + 0x20)
        case 0x00...0x40, 0x5B...0xBF, 0xD7, 0xDF...0xFF: return scalar
        case 0x130: return nil
        case 0x178: return Unicode.Scalar(0xFF)
        case 0x100...0x137, 0x14A...0x177: return Unicode.Scalar(v | 1)
        case 0x139...0x148, 0x179...0x17E: return Unicode.Scalar(v % 2 == 1 ? v + 1 : v)
        case 0x138, 0x149, 0x17F: return scalar
        // Greek capitals without accents ("Σ" included) and the small letters.
        case 0x391...0x3A1, 0x3A3...0x3AB: return Unicode.Scalar(v + 0x20)
        case 0x3AC...0x3CE: return scalar
        // Cyrillic: "Ѐ"–"Џ", "А"–"Я", and the small letters.
        case 0x400...0x40F: return Unicode.Scalar(v + 0x50)
        case 0x410...0x42F: return Unicode.Scalar(v + 0x20)
        case 0x430...0x45F: return scalar
        // Hebrew, Arabic, kana, CJK ideographs, Hangul syllables: no case.
        case 0x5D0...0x5EA, 0x600...0x6FF, 0x3040...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return scalar
        default: return nil
        }
    }

    /// A word lower-cased as ``fold(_:)`` does, without its other work: for word tokens.
    static func lowercaseWord(_ word: String) -> String {
        // ASCII words (most words of most pages) without going through Unicode's tables: as they
        // are when already lower case, else byte by byte.
        var ascii = true, upper = false
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte >= 0x41 && byte <= 0x5A { upper = true }
        }
        if ascii {
            guard upper else { return word }
            return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
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
    static func foldASCII(_ original: String) -> String? {
        var text = original
        return text.withUTF8 { bytes -> String? in
            // Already folded (the packs' phrases, most words): the same string, nothing built.
            var folded = true
            var previousSpace = true
            for byte in bytes {
                if byte >= 0x80 { return nil }
                let space = byte == 0x20
                if byte >= 0x41 && byte <= 0x5A || byte >= 0x09 && byte <= 0x0D || space && previousSpace { folded = false; break }
                previousSpace = space
            }
            if folded && (!previousSpace || bytes.isEmpty) { return original }
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
