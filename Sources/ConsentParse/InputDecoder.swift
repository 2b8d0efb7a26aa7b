/// Turns a page's bytes into text the way a browser would, before libxml2 sees them.
///
/// libxml2 2.9 gets several cases wrong (Latin-1 labels decoded as ISO-8859-1 rather than
/// Windows-1252, invalid bytes silently switching encodings or truncating the document, UTF-16
/// without a byte-order mark giving an empty document), so ConsentLens decodes itself and hands
/// libxml2 UTF-8 with `HTML_PARSE_IGNORE_ENC`.
public enum InputDecoder {
    public enum Encoding: String, Sendable, Equatable {
        case utf8, utf16LE, utf16BE, windows1252
    }

    /// Decodes `bytes`, returning the text and the encoding used. Bytes that are invalid in the
    /// chosen encoding become U+FFFD; nothing is dropped.
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        let (utf8, encoding) = utf8(bytes)
        return (String(decoding: utf8, as: UTF8.self), encoding)
    }

    /// The page as UTF-8 bytes, the text ``decode(_:)`` gives: the input itself when it already is
    /// valid UTF-8 without a BOM (no copy), otherwise one transcoded copy. Never through a
    /// `String`: a 100 MB Windows-1252 page took 5.8 s and a transient 100 MB String that way,
    /// and takes 0.3 s and only its output now.
    public static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: Encoding) {
        // Byte-order marks win over any label, as in browsers.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (validUTF8(bytes[3...]), .utf8) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16ToUTF8(bytes[2...], littleEndian: true), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16ToUTF8(bytes[2...], littleEndian: false), .utf16BE) }
        if let littleEndian = unmarkedUTF16(bytes) {
            return (utf16ToUTF8(bytes[...], littleEndian: littleEndian), littleEndian ? .utf16LE : .utf16BE)
        }
        switch declaredCharset(bytes) {
        case .some(.windows1252):
            return (windows1252ToUTF8(bytes), .windows1252)
        case .some(.utf16LE), .some(.utf16BE), .some(.utf8):
            // A page that says UTF-16 but has no BOM and no zero bytes is really ASCII-compatible.
            return (isValidUTF8(bytes) ? bytes : validUTF8(bytes[...]), .utf8)
        case .none:
            if isValidUTF8(bytes) { return (bytes, .utf8) }
            // Mostly UTF-8 with some stray bytes (a text dump from a tool that mangled a few
            // characters, pages pasted together): read the valid sequences as UTF-8 and each stray
            // byte as Windows-1252, rather than the whole file as Windows-1252, which would turn
            // every "ä" into "Ã¤". Windows-1252 text almost never holds a valid multi-byte sequence.
            let (multibyte, stray) = utf8Census(bytes)
            if multibyte > 0, multibyte >= stray { return (mixedToUTF8(bytes), .utf8) }
            return (windows1252ToUTF8(bytes), .windows1252)
        }
    }

    /// Valid multi-byte UTF-8 sequences, and runs of bytes that are no part of a valid sequence (a
    /// mangled character is one run of several bytes; each accented letter of Windows-1252 text is
    /// a run of its own).
    static func utf8Census(_ bytes: [UInt8]) -> (multibyte: Int, stray: Int) {
        var multibyte = 0, stray = 0, i = 0
        var inStray = false
        while i < bytes.count {
            let length = utf8SequenceLength(bytes, at: i)
            if length == 0 {
                if !inStray { stray += 1 }
                inStray = true
                i += 1
            } else {
                inStray = false
                if length > 1 { multibyte += 1 }
                i += length
            }
        }
        return (multibyte, stray)
    }

    /// The length of the valid UTF-8 sequence at `i` (1 to 4), or 0 when the byte there starts none.
    static func utf8SequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let first = b[i]
        if first < 0x80 { return 1 }
        func continuation(_ k: Int) -> Bool { i + k < b.count && b[i + k] & 0xC0 == 0x80 }
        switch first {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return i + 1 < b.count && (0xA0...0xBF).contains(b[i + 1]) && continuation(2) ? 3 : 0
        case 0xED: return i + 1 < b.count && (0x80...0x9F).contains(b[i + 1]) && continuation(2) ? 3 : 0
        case 0xE1...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xF0: return i + 1 < b.count && (0x90...0xBF).contains(b[i + 1]) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return i + 1 < b.count && (0x80...0x8F).contains(b[i + 1]) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    /// Valid UTF-8 sequences as they are, every other byte as Windows-1252.
    static func mixedToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var i = 0
        while i < bytes.count {
            let length = utf8SequenceLength(bytes, at: i)
            if length > 0 {
                out.append(contentsOf: bytes[i..<(i + length)])
                i += length
            } else {
                out.append(contentsOf: windows1252ToUTF8([bytes[i]]))
                i += 1
            }
        }
        return out
    }

    /// The bytes as UTF-8 when their charset is declared outside them (an MHTML part's
    /// `Content-Type: text/html; charset=…`): a byte-order mark still wins, then the declared
    /// label when it is one of ours; without a usable label, as ``utf8(_:)``.
    public static func utf8(_ bytes: [UInt8], declaredLabel: String?) -> (bytes: [UInt8], encoding: Encoding) {
        guard let label = declaredLabel?.trimmingSpaces().lowercased(), let declared = encoding(forLabel: label),
              !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) else {
            return utf8(bytes)
        }
        switch declared {
        case .utf8:
            return isValidUTF8(bytes) ? (bytes, .utf8) : (validUTF8(bytes[...]), .utf8)
        case .windows1252:
            return (windows1252ToUTF8(bytes), .windows1252)
        case .utf16LE, .utf16BE:
            // Labelled UTF-16 yet without zero bytes: ASCII-compatible, as in ``decode(_:)``.
            guard bytes.contains(0) else { return utf8(bytes) }
            return (utf16ToUTF8(bytes[...], littleEndian: declared == .utf16LE), declared)
        }
    }

    /// UTF-16 without a byte-order mark: most ASCII characters then have a zero byte beside them.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = min(bytes.count, 1024) & ~1
        guard sample >= 8 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for i in 0..<sample where bytes[i] == 0 {
            if i & 1 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let pairs = sample / 2
        if zeroOdd * 10 >= pairs * 4 && zeroEven * 10 < pairs { return true }
        if zeroEven * 10 >= pairs * 4 && zeroOdd * 10 < pairs { return false }
        return nil
    }

    /// The charset a `<meta charset>` or `<meta http-equiv content="…; charset=…">` declares in the
    /// first 8 KB (browsers look at 1 KB; real pages put it later).
    static func declaredCharset(_ bytes: [UInt8]) -> Encoding? {
        let head = bytes.prefix(8192).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < head.count {
            guard head[i] == 0x63, head[i..<(i + needle.count)].elementsEqual(needle) else { i += 1; continue }
            var j = i + needle.count
            while j < head.count, head[j] == 0x20 || head[j] == 0x09 { j += 1 }
            guard j < head.count, head[j] == 0x3D else { i += 1; continue } // '='
            j += 1
            while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
            var label: [UInt8] = []
            while j < head.count, label.count < 40, head[j] != 0x22, head[j] != 0x27, head[j] != 0x3B,
                  head[j] != 0x20, head[j] != 0x3E, head[j] != 0x2F || label.isEmpty {
                label.append(head[j]); j += 1
            }
            let name = String(decoding: label, as: UTF8.self)
            if let encoding = encoding(forLabel: name) { return encoding }
            i = j
        }
        return nil
    }

    /// The WHATWG label table, reduced to the encodings that matter here: every Latin-1 label
    /// means Windows-1252 in a browser.
    static func encoding(forLabel label: String) -> Encoding? {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "windows-1252", "cp1252", "x-cp1252",
             "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100", "iso88591", "iso_8859-1:1987",
             "csisolatin1", "iso-8859-15", "iso8859-15", "latin9", "latin-9":
            return .windows1252
        case "utf-16", "utf-16le": return .utf16LE
        case "utf-16be": return .utf16BE
        default: return nil
        }
    }

    static func isValidUTF8<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// The bytes as they are when valid UTF-8, else with each invalid sequence replaced by U+FFFD
    /// exactly as `String(decoding:as:)` replaces it.
    static func validUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        isValidUTF8(bytes) ? Array(bytes) : Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// UTF-16 code units (a last odd byte is dropped) as UTF-8; a lone surrogate becomes U+FFFD,
    /// as `String(decoding:as: UTF16.self)` makes it.
    static func utf16ToUTF8(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2 + bytes.count / 4)
        var i = bytes.startIndex
        let units = AnyIterator<UInt16> {
            guard i + 1 < bytes.endIndex else { return nil }
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            i += 2
            return littleEndian ? a | (b << 8) : (a << 8) | b
        }
        _ = transcode(units, from: UTF16.self, to: UTF8.self, stoppingOnError: false) { out.append($0) }
        return out
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which hold curly quotes, dashes, the euro sign…
    /// (five unassigned bytes become U+FFFD).
    static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Windows-1252 bytes as UTF-8, byte by byte into one array.
    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var high = 0
        for byte in bytes where byte >= 0x80 { high += 1 }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 2 * high)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let value = byte <= 0x9F ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            if value < 0x800 {
                out.append(UInt8(0xC0 | value >> 6))
                out.append(UInt8(0x80 | value & 0x3F))
            } else {
                out.append(UInt8(0xE0 | value >> 12))
                out.append(UInt8(0x80 | value >> 6 & 0x3F))
                out.append(UInt8(0x80 | value & 0x3F))
            }
        }
        return out
    }
}
