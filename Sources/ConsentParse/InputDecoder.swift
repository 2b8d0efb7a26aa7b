/// Turns a page's bytes into text the way a browser would, before libxml2 sees them.
///
/// libxml2 2.9 gets several cases wrong (Latin-1 labels decoded as ISO-8859-1 rather than
/// Windows-1252, invalid bytes silently switching encodings or truncating the document, UTF-16
/// without a byte-order mark giving an empty document), so ConsentLens decodes itself and hands
/// libxml2 UTF-8 with `HTML_PARSE_IGNORE_ENC`.
public enum InputDecoder {
    public enum Encoding: Sendable, Equatable {
        case utf8, utf16LE, utf16BE, windows1252
        /// A charset decoded with iconv (``LegacyCharsets``), by its iconv name: `GB18030`, `CP932`, `KOI8-R`…
        case legacy(String)

        /// What the bytes are read as once decoded: a UTF-16 label on bytes without zero bytes
        /// (an ASCII-compatible page) reads as UTF-8.
        var asDecoded: Encoding {
            switch self {
            case .utf16LE, .utf16BE: return .utf8
            default: return self
            }
        }
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
    ///
    /// `declaredLabel` is a charset declared outside the bytes: an MHTML part's or an HTTP
    /// response's `Content-Type: text/html; charset=…`. As in browsers, a byte-order mark wins,
    /// then that label, then each `<meta charset>` / `<meta http-equiv content="…; charset=…">`
    /// in order, then sniffing (valid UTF-8, mostly UTF-8, Windows-1252). A declaration is
    /// believed when the bytes are text in it; when they are not (a page that says UTF-8 and is
    /// GB2312, a charset declared for a script), the next one is tried.
    public static func utf8(_ bytes: [UInt8], declaredLabel: String? = nil) -> (bytes: [UInt8], encoding: Encoding) {
        // Byte-order marks win over any label, as in browsers.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (validUTF8(bytes[3...]), .utf8) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16ToUTF8(bytes[2...], littleEndian: true), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16ToUTF8(bytes[2...], littleEndian: false), .utf16BE) }
        let transport = declaredLabel.flatMap { encoding(forLabel: $0.trimmingSpaces().lowercased()) }
        if case .some(.utf16LE) = transport, bytes.contains(0) { return (utf16ToUTF8(bytes[...], littleEndian: true), .utf16LE) }
        if case .some(.utf16BE) = transport, bytes.contains(0) { return (utf16ToUTF8(bytes[...], littleEndian: false), .utf16BE) }
        if transport == nil, let littleEndian = unmarkedUTF16(bytes) {
            return (utf16ToUTF8(bytes[...], littleEndian: littleEndian), littleEndian ? .utf16LE : .utf16BE)
        }
        var fallback: (bytes: [UInt8], encoding: Encoding, invalid: Int)?
        for declared in (transport.map { [$0] } ?? []) + declaredCharsets(bytes) {
            guard let (decoded, invalid) = decodeDeclared(bytes, as: declared) else { continue }
            if isText(bytes, invalid: invalid) { return (decoded, declared.asDecoded) }
            if fallback == nil || invalid < fallback!.invalid { fallback = (decoded, declared.asDecoded, invalid) }
        }
        if isValidUTF8(bytes) { return (bytes, .utf8) }
        // Mostly UTF-8 with some stray bytes (a text dump from a tool that mangled a few
        // characters, pages pasted together): read the valid sequences as UTF-8 and each stray
        // byte as Windows-1252, rather than the whole file as Windows-1252, which would turn
        // every "ä" into "Ã¤". Windows-1252 text almost never holds a valid multi-byte sequence.
        let (multibyte, stray) = utf8Census(bytes)
        if multibyte > 0, multibyte >= stray {
            // A declared charset that was not quite text still beats reading its bytes as mixed.
            if let fallback, fallback.invalid <= stray { return (fallback.bytes, fallback.encoding) }
            return (mixedToUTF8(bytes), .utf8)
        }
        if let fallback, fallback.encoding != .utf8 { return (fallback.bytes, fallback.encoding) }
        return (windows1252ToUTF8(bytes), .windows1252)
    }

    /// `bytes` decoded in a declared encoding, with the count of invalid sequences (each U+FFFD
    /// in the output); `nil` for an encoding that cannot be decoded here.
    static func decodeDeclared(_ bytes: [UInt8], as declared: Encoding) -> (bytes: [UInt8], invalid: Int)? {
        switch declared {
        case .utf8, .utf16LE, .utf16BE:
            // A page that says UTF-16 but has no BOM and no zero bytes is really ASCII-compatible.
            if isValidUTF8(bytes) { return (bytes, 0) }
            return (validUTF8(bytes[...]), utf8Census(bytes).stray)
        case .windows1252:
            return (windows1252ToUTF8(bytes), 0)
        case .legacy(let name):
            return LegacyCharsets.decode(bytes, iconvName: name).map { ($0.utf8, $0.invalid) }
        }
    }

    /// Whether a declared charset reads the bytes as text: at most a few invalid sequences, and
    /// at most one per 50 bytes outside ASCII (a stray byte or two in a long page is the page's).
    static func isText(_ bytes: [UInt8], invalid: Int) -> Bool {
        guard invalid > 4 else { return true }
        var high = 0
        for byte in bytes where byte >= 0x80 { high += 1 }
        return invalid * 50 <= high
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

    /// The charsets the `<meta>` tags in the first 8 KB declare, in order (browsers look at 1 KB;
    /// real pages put it later): `<meta charset="…">`, or a `content="text/html; charset=…"`.
    /// Only `<meta>` counts: a `charset` attribute of a `<script>` (which the Wayback Machine puts
    /// above the page's own declaration) says nothing about the page.
    static func declaredCharsets(_ bytes: [UInt8]) -> [Encoding] {
        let head = bytes.prefix(8192).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let meta = Array("<meta".utf8)
        var out: [Encoding] = []
        var i = 0
        while i + meta.count < head.count {
            guard head[i] == 0x3C, head[i..<(i + meta.count)].elementsEqual(meta) else { i += 1; continue }
            i += meta.count
            guard i < head.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x2F].contains(head[i]) else { continue }
            let attributes = tagAttributes(head, from: &i)
            var label: String?
            if let charset = attributes["charset"] {
                label = charset
            } else if let content = attributes["content"] {
                label = MHTMLReader.parameter("charset", in: content.hasPrefix("charset") ? ";" + content : content)
            }
            if let label, let encoding = encoding(forLabel: label.trimmingSpaces()), !out.contains(encoding) { out.append(encoding) }
        }
        return out
    }

    /// The attributes of a tag from just after its name to its `>` (names lower-cased; values as
    /// written, lower-cased with the rest of the head), leaving `i` after the tag.
    static func tagAttributes(_ head: [UInt8], from i: inout Int) -> [String: String] {
        var attributes: [String: String] = [:]
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x2F }
        while i < head.count, head[i] != 0x3E {
            if isSpace(head[i]) { i += 1; continue }
            var name: [UInt8] = []
            while i < head.count, !isSpace(head[i]), head[i] != 0x3D, head[i] != 0x3E { name.append(head[i]); i += 1 }
            while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
            var value: [UInt8] = []
            if i < head.count, head[i] == 0x3D {
                i += 1
                while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
                if i < head.count, head[i] == 0x22 || head[i] == 0x27 {
                    let quote = head[i]
                    i += 1
                    while i < head.count, head[i] != quote { value.append(head[i]); i += 1 }
                    i += 1
                } else {
                    while i < head.count, !isSpace(head[i]) || head[i] == 0x2F, head[i] != 0x3E { value.append(head[i]); i += 1 }
                }
            }
            if !name.isEmpty, value.count <= 200 {
                let key = String(decoding: name, as: UTF8.self)
                if attributes[key] == nil { attributes[key] = String(decoding: value, as: UTF8.self) }
            }
        }
        return attributes
    }

    /// The WHATWG label table: every Latin-1 label means Windows-1252 in a browser; the
    /// legacy charsets (``LegacyCharsets``) are decoded with iconv.
    static func encoding(forLabel raw: String) -> Encoding? {
        let label = raw.lowercased()
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode11utf8", "unicode20utf8": return .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "windows-1252", "cp1252", "x-cp1252",
             "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100", "iso88591", "iso_8859-1:1987",
             "csisolatin1":
            return .windows1252
        case "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff": return .utf16LE
        case "utf-16be", "unicodefffe": return .utf16BE
        default: return LegacyCharsets.iconvName(forLabel: label).map(Encoding.legacy)
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
