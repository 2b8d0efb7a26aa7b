/// Reads the generated tables (`TCFCompiledTables`) at start-up: tab-separated lines over the
/// UTF-8 bytes of a string literal, with no `String` splitting, so that reading them costs
/// microseconds per thousand lines rather than milliseconds.
struct GeneratedTableReader {
    /// Calls `row` with each line's fields (byte ranges into `bytes`), separated by `separator`.
    static func forEachRow(_ table: String, separator: UInt8 = 0x09,
                           _ row: (UnsafeBufferPointer<UInt8>, [Range<Int>]) -> Void) {
        var table = table
        table.withUTF8 { bytes in
            var fields: [Range<Int>] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var end = lineStart
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if end > lineStart {
                    fields.removeAll(keepingCapacity: true)
                    var fieldStart = lineStart
                    for i in lineStart..<end where bytes[i] == separator {
                        fields.append(fieldStart..<i)
                        fieldStart = i + 1
                    }
                    fields.append(fieldStart..<end)
                    row(bytes, fields)
                }
                lineStart = end + 1
            }
        }
    }

    /// The Unicode scalar values of a well-formed UTF-8 range (the tables are Swift literals).
    static func scalars(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let lead = UInt32(bytes[i])
            switch lead {
            case ..<0x80:
                out.append(lead); i += 1
            case ..<0xE0:
                out.append((lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)); i += 2
            case ..<0xF0:
                out.append((lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)); i += 3
            default:
                out.append((lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                           | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)); i += 4
            }
        }
        return out
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The space-separated words of a range.
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String] {
        var words: [String] = []
        var start = range.lowerBound
        for i in range where bytes[i] == 0x20 {
            if i > start { words.append(string(bytes, start..<i)) }
            start = i + 1
        }
        if range.upperBound > start { words.append(string(bytes, start..<range.upperBound)) }
        return words
    }

    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, radix: UInt64 = 10) -> UInt64? {
        guard !range.isEmpty else { return nil }
        var value: UInt64 = 0
        for i in range {
            let byte = bytes[i]
            let digit: UInt64
            switch byte {
            case 0x30...0x39: digit = UInt64(byte - 0x30)
            case 0x61...0x66: digit = UInt64(byte - 0x61 + 10)
            default: return nil
            }
            guard digit < radix else { return nil }
            value = value * radix + digit
        }
        return value
    }

    /// TCF references written `p1`, `sp2`, `f3`, `sf1`, `s42`, separated by spaces.
    static func references(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [TCFReference] {
        var out: [TCFReference] = []
        var i = range.lowerBound
        while i < range.upperBound {
            var letters = i
            while letters < range.upperBound, bytes[letters] >= 0x61 { letters += 1 }
            var end = letters
            while end < range.upperBound, bytes[end] != 0x20 { end += 1 }
            if let id = integer(bytes, letters..<end).map(Int.init) {
                switch (letters - i, bytes[i]) {
                case (1, 0x70): out.append(.item(.purpose, id))
                case (2, 0x73) where bytes[i + 1] == 0x70: out.append(.item(.specialPurpose, id))
                case (1, 0x66): out.append(.item(.feature, id))
                case (2, 0x73) where bytes[i + 1] == 0x66: out.append(.item(.specialFeature, id))
                case (1, 0x73): out.append(.stack(id))
                default: break
                }
            }
            i = end + 1
        }
        return out
    }

    /// A raw multi-line string literal holding `text`, indented for a static inside an enum: the
    /// generated tables hold tabs and never `"""#`.
    static func literal(_ text: String) -> String {
        let body = text.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n")
        return "#\"\"\"\n" + body + "\n        \"\"\"#"
    }
}
