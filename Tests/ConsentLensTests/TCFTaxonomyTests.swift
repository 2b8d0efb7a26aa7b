import Testing
@testable import ConsentLens

@Suite("TCF taxonomy")
struct TCFTaxonomyTests {
    // MARK: Tables

    @Test func idsPerKindFollowV22() {
        #expect(TCFTaxonomy.ids(of: .purpose) == Array(1...11))
        #expect(TCFTaxonomy.ids(of: .specialPurpose) == [1, 2, 3])
        #expect(TCFTaxonomy.ids(of: .feature) == [1, 2, 3])
        #expect(TCFTaxonomy.ids(of: .specialFeature) == [1, 2])
    }

    @Test func officialEnglishNamesAndDescriptions() {
        #expect(TCFTaxonomy.officialName(.purpose, 1) == "Store and/or access information on a device")
        #expect(TCFTaxonomy.officialName(.purpose, 2) == "Use limited data to select advertising")
        #expect(TCFTaxonomy.officialName(.purpose, 11) == "Use limited data to select content")
        // The GVL name carries a trailing newline; the table keeps it trimmed.
        #expect(TCFTaxonomy.officialName(.specialPurpose, 1) == "Ensure security, prevent and detect fraud, and fix errors")
        #expect(TCFTaxonomy.officialName(.specialPurpose, 3) == "Save and communicate privacy choices")
        #expect(TCFTaxonomy.officialName(.feature, 3) == "Identify devices based on information transmitted automatically")
        #expect(TCFTaxonomy.officialName(.specialFeature, 2) == "Actively scan device characteristics for identification")
        #expect(TCFTaxonomy.officialName(.purpose, 12) == nil)
        #expect(TCFTaxonomy.officialName(.specialFeature, 3) == nil)

        #expect(TCFTaxonomy.officialDescription(.specialFeature, 1)
            == "With your acceptance, your precise location (within a radius of less than 500 metres) may be used in support of the purposes explained in this notice.")
        #expect(TCFTaxonomy.officialDescription(.specialPurpose, 3)?.hasPrefix("The choices you make regarding the purposes and entities") == true)
        #expect(TCFTaxonomy.officialDescription(.purpose, 0) == nil)
        for kind in DeclarationKind.allCases {
            for id in TCFTaxonomy.ids(of: kind) {
                #expect(TCFTaxonomy.officialName(kind, id)?.isEmpty == false, "\(kind) \(id)")
                #expect((TCFTaxonomy.officialDescription(kind, id)?.count ?? 0) > 40, "\(kind) \(id)")
            }
        }
    }

    @Test func stackDefinitionsComeFromTheEnglishGVL() throws {
        let s42 = try #require(TCFTaxonomy.stack(42))
        #expect(s42.name == "Personalised advertising and content, advertising and content measurement, audience research and services development")
        #expect(s42.purposeIds == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
        #expect(s42.specialFeatureIds == [])
        let s1 = try #require(TCFTaxonomy.stack(1))
        #expect(s1.purposeIds == [])
        #expect(s1.specialFeatureIds == [1, 2])
        #expect(TCFTaxonomy.stack(2)?.purposeIds == [2, 7])
        #expect(TCFTaxonomy.stack(43)?.purposeIds == [8, 11])
        // Named only by derived translations, with no purpose list anywhere in the data.
        #expect(TCFTaxonomy.stack(44) == nil)
        #expect(TCFTaxonomy.stack(45) == nil)
        #expect(TCFTaxonomy.stack(0) == nil)
        #expect((1...43).allSatisfy { TCFTaxonomy.stack($0) != nil })
    }

    // MARK: Matching English

    @Test func englishV22Names() {
        #expect(TCFTaxonomy.match("Store and/or access information on a device") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Personalised advertising and content, advertising and content measurement, audience research and services development") == .stack(42))
        #expect(TCFTaxonomy.match("Use precise geolocation data") == .item(.specialFeature, 1))
        #expect(TCFTaxonomy.match("Save and communicate privacy choices") == .item(.specialPurpose, 3))
        #expect(TCFTaxonomy.match("Ensure security, prevent and detect fraud, and fix errors") == .item(.specialPurpose, 1))
        #expect(TCFTaxonomy.match("Use limited data to select content") == .item(.purpose, 11))
        #expect(TCFTaxonomy.match("Link different devices") == .item(.feature, 2))
        #expect(TCFTaxonomy.match("Precise geolocation data, and identification through device scanning") == .stack(1))
    }

    @Test func englishV20WordingMapsToTheSameIds() {
        #expect(TCFTaxonomy.match("Select basic ads") == .item(.purpose, 2))
        #expect(TCFTaxonomy.match("Create a personalised ads profile") == .item(.purpose, 3))
        #expect(TCFTaxonomy.match("Develop and improve products") == .item(.purpose, 10))
        #expect(TCFTaxonomy.match("Ensure security, prevent fraud, and debug") == .item(.specialPurpose, 1))
        #expect(TCFTaxonomy.match("Technically deliver ads or content") == .item(.specialPurpose, 2))
        #expect(TCFTaxonomy.match("Match and combine offline data sources") == .item(.feature, 1))
        #expect(TCFTaxonomy.match("Personalised ads and content, ad and content measurement, audience insights and product development") == .stack(42))
    }

    // MARK: Other languages

    @Test func germanV20AndV22() {
        #expect(TCFTaxonomy.match("Informationen auf einem Gerät speichern und/oder abrufen") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Auswahl einfacher Anzeigen") == .item(.purpose, 2))
        #expect(TCFTaxonomy.match("Genaue Standortdaten verwenden") == .item(.specialFeature, 1))
        // v2.2 (derived translation)
        #expect(TCFTaxonomy.match("Speichern von oder Zugriff auf Informationen auf einem Endgerät") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Verwendung reduzierter Daten zur Auswahl von Werbeanzeigen") == .item(.purpose, 2))
        #expect(TCFTaxonomy.match("Messung der Werbeleistung") == .item(.purpose, 7))
        #expect(TCFTaxonomy.match("Verwendung reduzierter Daten zur Auswahl von Inhalten") == .item(.purpose, 11))
        #expect(TCFTaxonomy.match("Personalisierte Werbung und Inhalte, Messung von Werbeleistung und der Performance von Inhalten, Zielgruppenforschung sowie Entwicklung und Verbesserung von Angeboten") == .stack(42))
    }

    @Test func frenchV20AndV22() {
        #expect(TCFTaxonomy.match("Stocker et/ou accéder à des informations sur un appareil") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Utiliser des données limitées pour sélectionner la publicité") == .item(.purpose, 2))
        #expect(TCFTaxonomy.match("Assurer la sécurité, prévenir et détecter la fraude et réparer les erreurs") == .item(.specialPurpose, 1))
        #expect(TCFTaxonomy.match("Relier différents appareils") == .item(.feature, 2))
        #expect(TCFTaxonomy.match("Publicités et contenu personnalisés, mesure de performance des publicités et du contenu, études d’audience et développement de services") == .stack(42))
        // v2.0
        #expect(TCFTaxonomy.match("Stocker et/ou accéder à des informations stockées sur un terminal") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Sélectionner des publicités standard") == .item(.purpose, 2))
    }

    @Test func spanishAndOthers() {
        #expect(TCFTaxonomy.match("Seleccionar anuncios básicos") == .item(.purpose, 2))
        #expect(TCFTaxonomy.match("Almacenar o acceder a información en un dispositivo") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Almacenar la información en un dispositivo y/o acceder a ella") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Crear perfiles para publicidad personalizada") == .item(.purpose, 3))
        #expect(TCFTaxonomy.match("Uso de datos limitados para seleccionar anuncios básicos") == .item(.purpose, 2))
        #expect(TCFTaxonomy.match("Informatie op een apparaat opslaan en/of openen") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Archiviare informazioni su dispositivo e/o accedervi") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Armazenar e/ou aceder a informações num dispositivo") == .item(.purpose, 1))
    }

    // MARK: Tolerance

    @Test func typosWithinToleranceMatch() {
        #expect(TCFTaxonomy.match("Store and/or acess information on a device") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Use precise geolocaton data") == .item(.specialFeature, 1))
        #expect(TCFTaxonomy.match("Personalized advertising and content, advertising and content measurement, audience research and services development") == .stack(42))
        // Missing diacritic counts as one edit.
        #expect(TCFTaxonomy.match("Informationen auf einem Gerat speichern und/oder abrufen") == .item(.purpose, 1))
    }

    @Test func caseWhitespaceQuotesAndPunctuationDoNotMatter() {
        #expect(TCFTaxonomy.match("  STORE AND/OR ACCESS\n\tINFORMATION   ON A DEVICE  ") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Store and / or access information on a device.") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("store and/or access information on a device:") == .item(.purpose, 1))
        #expect(TCFTaxonomy.match("Ensure security prevent and detect fraud and fix errors") == .item(.specialPurpose, 1))
        // Data has a curly apostrophe; pages often print a straight one (and vice versa).
        #expect(TCFTaxonomy.match("Analyser activement les caractéristiques de l'appareil pour l'identification") == .item(.specialFeature, 2))
        #expect(TCFTaxonomy.match("Analyser activement les caractéristiques de l\u{2019}appareil pour l\u{2019}identification") == .item(.specialFeature, 2))
        #expect(TCFTaxonomy.match("Use\u{00A0}precise geolocation data") == .item(.specialFeature, 1))
    }

    @Test func unrelatedOrNearButDifferentTextDoesNotMatch() {
        #expect(TCFTaxonomy.match("Store information about your pets") == nil)
        #expect(TCFTaxonomy.match("We use cookies to improve your experience on our website.") == nil)
        #expect(TCFTaxonomy.match("Accept all") == nil)
        #expect(TCFTaxonomy.match("Manage options") == nil)
        #expect(TCFTaxonomy.match("Use precise location data of your car") == nil)
        #expect(TCFTaxonomy.match("") == nil)
        #expect(TCFTaxonomy.match(" ,.;: ") == nil)
        #expect(TCFTaxonomy.languages(matching: "Store information about your pets") == [])
    }

    @Test func paragraphsAreRejected() {
        let sentence = "Store and/or access information on a device. "
        let paragraph = String(repeating: sentence, count: 40)
        #expect(TCFTaxonomy.match(paragraph) == nil)
        // Just above the longest name plus its tolerance: also nil.
        #expect(TCFTaxonomy.match(String(repeating: "a", count: TCFTaxonomy.index.maxInputLength + 1)) == nil)
    }

    // MARK: Ambiguity (real cases in the data)

    @Test func stacksSharingANameAreNotGuessed() {
        // English v2.2 stacks 3 ([2,3,4]) and 10 ([3,4]) are both "Personalised advertising".
        #expect(TCFTaxonomy.stack(3)?.name == TCFTaxonomy.stack(10)?.name)
        #expect(TCFTaxonomy.match("Personalised advertising") == nil)
        #expect(TCFTaxonomy.languages(matching: "Personalised advertising").contains("en"))
        // Derived v2.2 translations name stack 44 like stack 11.
        #expect(TCFTaxonomy.match("Personalisierte Inhalte") == nil)
        // English has no stack 44, so its stack 11 name is unambiguous.
        #expect(TCFTaxonomy.match("Personalised content") == .stack(11))
        // Polish v2.2: stacks 3 and 10 differ by one letter, so neither tolerates that edit.
        #expect(TCFTaxonomy.match("Reklamy spersonalizowana") == .stack(3))
        #expect(TCFTaxonomy.match("Reklamy spersonalizowane") == .stack(10))
        #expect(TCFTaxonomy.match("Reklamy spersonalizowano") == nil)
    }

    @Test func itemsSharingANameAreNotGuessed() {
        // Italian, Swedish and Greek v2.0 translations reuse purpose 6's name for special purpose 2.
        #expect(TCFTaxonomy.match("Selezionare contenuti personalizzati") == nil)
        #expect(TCFTaxonomy.match("Välja personanpassat innehåll") == nil)
        #expect(TCFTaxonomy.languages(matching: "Selezionare contenuti personalizzati") == ["it"])
    }

    @Test func resolvePrefersItemsOverStacksAndNeverGuessesBetweenItems() {
        #expect(TCFTaxonomy.resolve([.stack(3), .item(.purpose, 1)]) == .item(.purpose, 1))
        #expect(TCFTaxonomy.resolve([.item(.purpose, 6), .item(.specialPurpose, 2)]) == nil)
        #expect(TCFTaxonomy.resolve([.stack(3), .stack(10)]) == nil)
        #expect(TCFTaxonomy.resolve([.stack(3), .stack(3)]) == .stack(3))
        #expect(TCFTaxonomy.resolve([]) == nil)
    }

    // MARK: Languages

    @Test func languagesOfAName() {
        #expect(TCFTaxonomy.languages(matching: "Informationen auf einem Gerät speichern und/oder abrufen").contains("de"))
        #expect(TCFTaxonomy.languages(matching: "Verwendung reduzierter Daten zur Auswahl von Werbeanzeigen") == ["de"])
        #expect(TCFTaxonomy.languages(matching: "Store and/or access information on a device") == ["en"])
        #expect(TCFTaxonomy.languages(matching: "Utiliser des données limitées pour sélectionner la publicité") == ["fr"])
        #expect(TCFTaxonomy.languages(matching: "Store and/or acess information on a device") == ["en"])
    }

    // MARK: Whole-table properties

    /// Every name of the data finds its own reference (or nil when the name is shared), and so
    /// does the same name with one letter dropped whenever the name tolerates an edit.
    @Test func everyNameMatchesItsReference() throws {
        var checked = 0
        for wording in TCFTaxonomy.wordings {
            for line in wording.table.split(separator: "\n") {
                let parts = line.split(separator: "\t", maxSplits: 1)
                let name = String(try #require(parts.last))
                let entry = try #require(TCFTaxonomy.index.entry(forKey: TCFTaxonomy.normalizedKey(name)))
                let expected = TCFTaxonomy.resolve(entry.references)
                #expect(TCFTaxonomy.match(name) == expected, "\(wording.language) v\(wording.version): \(name)")
                #expect(TCFTaxonomy.languages(matching: name).contains(wording.language))
                if entry.tolerance >= 1, expected != nil {
                    var typo = name
                    let middle = typo.index(typo.startIndex, offsetBy: typo.count / 2)
                    if typo[middle].isLetter {
                        typo.remove(at: middle)
                        #expect(TCFTaxonomy.match(typo) == expected, "typo of \(wording.language): \(name)")
                    }
                }
                checked += 1
            }
        }
        #expect(checked > 1500)
    }

    /// The tolerance cap: no two names of different references are within the sum of their
    /// tolerances, so no input can be fuzzily close to both.
    @Test func noInputIsWithinReachOfTwoReferences() {
        let index = TCFTaxonomy.index
        let order = index.keys.indices.sorted { index.keys[$0].count < index.keys[$1].count }
        var scratch = EditDistanceScratch()
        var pairsChecked = 0
        for (position, a) in order.enumerated() {
            for b in order[(position + 1)...] {
                let reach = index.tolerances[a] + index.tolerances[b]
                if index.keys[b].count - index.keys[a].count > 40 { break }
                guard reach > 0, index.keys[b].count - index.keys[a].count <= reach,
                      index.references[a] != index.references[b] else { continue }
                pairsChecked += 1
                #expect(scratch.distance(index.keys[a], index.keys[b], limit: reach) == nil,
                        "\(index.references[a]) vs \(index.references[b])")
            }
        }
        #expect(pairsChecked > 1000)
        // The cap really bites somewhere: English v2.0 stacks 32 and 34 differ by "ad and" only.
        let key34 = TCFTaxonomy.normalizedKey("Basic ads, personalised content, content measurement, and audience insights")
        let s34 = index.entry(forKey: key34)
        #expect(s34?.references == [.stack(34)])
        #expect(TCFTaxonomy.tolerance(forLength: key34.unicodeScalars.count) == 5)
        #expect(s34?.tolerance == 2)
    }

    @Test func normalisationFoldsThenKeepsLettersMarksAndDigits() {
        #expect(TCFTaxonomy.normalizedKey("Store and/or access, information!") == "storeandoraccessinformation")
        #expect(TCFTaxonomy.normalizedKey("Stocker et/ou accéder à l\u{2019}appareil") == "stockeretouaccéderàlappareil")
        #expect(TCFTaxonomy.normalizedKey("Purpose 11") == "purpose11")
        // The ASCII byte loop must agree with the general fold-based path.
        for text in ["Store and/or ACCESS information\ton a device.", "  A-B_c (d) [e] 'f' \"g\" 12:30 ", "Link different devices"] {
            #expect(TCFTaxonomy.normalizedScalars(text) == TCFTaxonomy.foldedScalars(text), "\(text)")
        }
    }

    @Test func decomposedInputStillMatchesExactly() {
        // "Gerät" with a combining diaeresis (NFD), as some systems produce.
        let decomposed = "Informationen auf einem Gera\u{0308}t speichern und/oder abrufen"
        #expect(decomposed.unicodeScalars.count != "Informationen auf einem Gerät speichern und/oder abrufen".unicodeScalars.count)
        #expect(TCFTaxonomy.match(decomposed) == .item(.purpose, 1))
    }

    @Test func editDistanceIsBoundedAndExact() {
        var scratch = EditDistanceScratch()
        func d(_ a: String, _ b: String, _ limit: Int) -> Int? {
            scratch.distance(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value), limit: limit)
        }
        #expect(d("kitten", "sitting", 3) == 3)
        #expect(d("kitten", "sitting", 2) == nil)
        #expect(d("flaw", "lawn", 2) == 2)
        #expect(d("abc", "abc", 0) == 0)
        #expect(d("abc", "abd", 0) == nil)
        #expect(d("", "ab", 2) == 2)
        #expect(d("abcdefgh", "", 3) == nil)
        #expect(d("accessinformation", "acessinformation", 1) == 1)
    }
}

/// Names inside prose are found word by word; an ASCII line is cut into words byte by byte, and
/// the words are those the character-by-character reader gives.
@Suite struct TCFNameFinderWordTests {
    @Test func asciiLinesCutAsCharactersCut() {
        let lines = ["Use limited data to select advertising.", "Personalized ads, ad measurement & audience insights",
                     "We and our 157 partners store and/or access information on a device.", "  Optimizing\r\n", "", "...",
                     "Create profiles for personalised advertising (IAB 3)", "ITEM42 utilizing", "Standardization"]
        for line in lines {
            #expect(TCFNameFinder.asciiWords(line) == TCFNameFinder.characterWords(line), "\(line)")
        }
        #expect(TCFNameFinder.words("Personalized ads").map(\.key) == ["personalised", "ads"])
        #expect(TCFNameFinder.words("Über Standardization").map(\.key) == ["über", "standardisation"])
        let prose = "We and our partners process data to provide: Use precise geolocation data. Actively scan device characteristics for identification."
        #expect(TCFNameFinder.occurrences(in: prose).map(\.reference) == [.item(.specialFeature, 1), .item(.specialFeature, 2)])
    }

    /// The stored names read back as the names they were written from: words, references, and
    /// every name under its first word.
    @Test func storedProseNamesReadBack() throws {
        let names = TCFNameFinder.proseNames
        let built = TCFNameFinder.names(from: TCFTaxonomy.wordings)
        #expect(names.count == built.count)
        for index in 0..<names.count {
            let words = names.text(index).split(separator: " ").map(String.init)
            #expect(built[words] == names.references[index], "\(words)")
            #expect(names.wordCount(index) == words.count)
            #expect(names.byFirstWord[TCFNameFinder.wordHash(words[0])]?.contains(Int32(index)) == true)
        }
    }
}
