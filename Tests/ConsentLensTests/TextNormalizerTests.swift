import Testing
@testable import ConsentLens

/// Folding lower-cases scalar by scalar, Latin letters from a table: it must give exactly what
/// `String.lowercased()` gives.
@Suite struct TextNormalizerTests {
    /// The folding of the text once `String.lowercased()` has lower-cased it: lower case is
    /// idempotent, so folding must give the same with or without it.
    static func referenceFold(_ text: String) -> String {
        TextNormalizer.fold(text.lowercased())
    }

    @Test func latinTableIsUnicodesLowerCase() {
        for v in UInt32(0)..<0x180 {
            let scalar = Unicode.Scalar(v)!
            guard let table = TextNormalizer.tableLowercase(scalar) else {
                #expect(String(scalar).lowercased().unicodeScalars.count > 1, "U+\(String(v, radix: 16)) has a one-scalar lower case")
                continue
            }
            #expect(String(table) == String(scalar).lowercased(), "U+\(String(v, radix: 16))")
        }
    }

    /// Every scalar the table answers for (Greek, Cyrillic and the caseless scripts too) lowers
    /// as Unicode lowers it; the Greek and Cyrillic capitals are among them.
    @Test func everyTableAnswerIsUnicodesLowerCase() {
        var answered = 0
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v), let table = TextNormalizer.tableLowercase(scalar) else { continue }
            answered += 1
            #expect(String(table) == String(scalar).lowercased(), "U+\(String(v, radix: 16))")
        }
        #expect(answered == 0x180 - 1 + (0x3CF - 0x391 - 1) + 0x60 + 27 + 256 + 0x30FF - 0x3040 + 1 + 0x9FFF - 0x4E00 + 1 + 0xD7A3 - 0xAC00 + 1)
        for (capital, small) in [("Σ", "σ"), ("Ж", "ж"), ("Ё", "ё"), ("Ω", "ω")] {
            #expect(TextNormalizer.tableLowercase(capital.unicodeScalars.first!).map(String.init) == small)
        }
    }

    /// Platform wording lowers each line scalar by scalar into one buffer: every scalar of every
    /// plane, and the Greek final sigma in context, as `String.lowercased()` gives them.
    @Test func loweredLinesAreStringLowercased() {
        var every = String.UnicodeScalarView()
        for v in UInt32(0x80)...0x10FFFF {
            if let scalar = Unicode.Scalar(v) { every.append(scalar) }
        }
        for text in [String(every), "ΟΔΟΣ ΣΟΦΟΣ", "İSTANBUL ǅemal ẞtraße"] {
            var lines = PlatformDetector.LoweredLines()
            lines.append(text)
            #expect(Array(lines.bytes.dropLast()) == Array(text.lowercased().utf8))
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

/// Letters' case and kind come from a table for the Latin letters; it agrees with Unicode's
/// properties, and words glued in other scripts than ASCII are pulled apart as before.
@Suite struct ScalarPropertiesTests {
    @Test func tableAgreesWithTheProperties() {
        #expect(ScalarProperties.tableAgreesWithProperties())
        #expect(ScalarProperties.flags("Ä") & ScalarProperties.uppercase != 0)
        #expect(ScalarProperties.flags("ß") & ScalarProperties.lowercase != 0)
        #expect(ScalarProperties.flags("Ж") & ScalarProperties.uppercase != 0)
        #expect(ScalarProperties.flags("’") & ScalarProperties.alphanumeric == 0)
    }

    @Test func gluedWordsBeyondASCII() {
        #expect(ControlLexicon.deglued("NotwendigeÄnderungen speichern") == "Notwendige Änderungen speichern")
        #expect(ControlLexicon.deglued("Über uns – Datenschutz") == "Über uns – Datenschutz")
        #expect(ControlLexicon.deglued("ПринятьОтклонить") == "Принять Отклонить")
        #expect(ControlLexicon.rawWords("Alle akzeptierenÄndern").map(\.text) == ["Alle", "akzeptieren", "Ändern"])
        #expect(ControlLexicon.rawWords("ÉTAPE suivante").map(\.capitalised) == [true, false])
    }
}
