import Testing
@testable import ConsentLens

/// Folding lower-cases scalar by scalar, Latin letters from a table: it must give exactly what
/// `String.lowercased()` gives.
@Suite struct TextNormalizerTests {
    /// The folding as written before the table: `lowercased()` on the whole string first.
    static func referenceFold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            let mapped: Unicode.Scalar
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                pendingSpace = !out.isEmpty
                continue
            case 0x200B, 0x200C, 0x200D, 0xFEFF, 0xAD, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x0640, 0x0307:
                continue
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
        return String(out)
    }

    @Test func latinTableIsUnicodesLowerCase() {
        for v in UInt32(0)..<0x180 {
            let scalar = Unicode.Scalar(v)!
            guard let table = TextNormalizer.latinLowercase(scalar) else {
                #expect(String(scalar).lowercased().unicodeScalars.count > 1, "U+\(String(v, radix: 16)) has a one-scalar lower case")
                continue
            }
            #expect(String(table) == String(scalar).lowercased(), "U+\(String(v, radix: 16))")
        }
    }

    /// Every scalar of every plane, after a letter so that the ASCII path is not taken.
    @Test func everyScalarFoldsAsBefore() {
        var differing: [UInt32] = []
        for v in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let text = "é" + String(scalar)
            if TextNormalizer.fold(text) != Self.referenceFold(text) { differing.append(v) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0, radix: 16) })")
    }

    @Test(arguments: ["ΣΑΣ ΟΔΟΣ", "İstanbul ISPARTA", "ǅemal ǄEMAL", "ﬁnal Straße", "ΌΣΟΣ", "ÀÉÎÕÜ ŁÓDŹ ČEŠTINA ŘEKA",
                      "Ÿ ĸ ŉ ſ", "  Mixed\u{00A0}spaces\u{2003}here ", "ÅÄÖ Æ Ø Þ", "Ελληνικά ΚΑΙ Кириллица"])
    func sentencesFoldAsBefore(text: String) {
        #expect(TextNormalizer.fold(text) == Self.referenceFold(text))
    }
}
