/// Writes the language tables the tool reads at start-up (`LanguageCompiledTables`): what folding
/// and tokenising the generated packs gives, done when the tool is built
/// (`Scripts/generate-compiled-tables`) rather than each time it starts.
public enum LanguageTables {
    /// Each pack's banner-sentence words, one language a line: `code TAB words (space-separated)`.
    static func bannerWordsTable() -> String {
        LanguagePack.generated.keys.sorted().map { code in
            code + "\t" + NoticeLanguage.sentenceWords(LanguagePack.generated[code]!.bannerSentences).joined(separator: " ")
        }.joined(separator: "\n") + "\n"
    }

    /// Each language's phrases as words (``CompiledLanguage/PhraseWords``), one phrase a field:
    /// `code TAB a TAB phrase…` (always-active labels), `code TAB c TAB phrase…` (the words for
    /// cookies), `code TAB k TAB class TAB key` (a category name's key), `code TAB h TAB word…`
    /// (the words that name the necessary ones alone), `code TAB t|i TAB element…` (a total or
    /// per-item partner-count pattern: `w` word, `p` punctuation, `#` the number's slot), in
    /// ``NoticeLanguage/all``'s order.
    static func phraseWordsTable(_ languages: [NoticeLanguage]) -> String {
        var out = ""
        for language in languages {
            let words = CompiledLanguage.PhraseWords(language)
            out += ([language.code, "a"] + words.alwaysActive.map { $0.joined(separator: " ") }).joined(separator: "\t") + "\n"
            out += ([language.code, "c"] + words.cookieWords.map { $0.joined(separator: " ") }).joined(separator: "\t") + "\n"
            for (key, cls) in words.categories { out += "\(language.code)\tk\t\(cls.rawValue)\t\(key)\n" }
            if !words.necessaryHeads.isEmpty { out += ([language.code, "h"] + words.necessaryHeads).joined(separator: "\t") + "\n" }
            for pattern in words.partnerPatterns {
                let elements = pattern.elements.map { element -> String in
                    switch element {
                    case .word(let text): return "w" + text
                    case .punct(let text): return "p" + text
                    case .slot: return "#"
                    }
                }
                out += ([language.code, pattern.isTotal ? "t" : "i"] + elements).joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    /// The stored phrase words by language code, when they were written for these languages in
    /// this order; nil otherwise (tests then fail as stale).
    static func storedPhraseWords(for languages: [NoticeLanguage]) -> [String: CompiledLanguage.PhraseWords]? {
        guard written(for: languages, as: LanguageCompiledTables.languages) else { return nil }
        var table: [String: CompiledLanguage.PhraseWords] = [:]
        for language in languages { table[language.code] = CompiledLanguage.PhraseWords(alwaysActive: [], cookieWords: [], categories: [], necessaryHeads: []) }
        var valid = true
        GeneratedTableReader.forEachRow(LanguageCompiledTables.phraseWords) { bytes, fields in
            guard fields.count >= 2 else { valid = false; return }
            let code = GeneratedTableReader.string(bytes, fields[0])
            guard table[code] != nil else { valid = false; return }
            switch bytes[fields[1].lowerBound] {
            case 0x61: table[code]!.alwaysActive = fields.dropFirst(2).map { GeneratedTableReader.words(bytes, $0) }
            case 0x63: table[code]!.cookieWords = fields.dropFirst(2).map { GeneratedTableReader.words(bytes, $0) }
            case 0x6B:
                guard fields.count == 4, let cls = CategoryClass(rawValue: GeneratedTableReader.string(bytes, fields[2])) else { valid = false; return }
                table[code]!.categories.append((GeneratedTableReader.string(bytes, fields[3]), cls))
            case 0x68: table[code]!.necessaryHeads = fields.dropFirst(2).map { GeneratedTableReader.string(bytes, $0) }
            case 0x74, 0x69:
                var elements: [PatternElement] = []
                for field in fields.dropFirst(2) {
                    guard !field.isEmpty else { valid = false; return }
                    let text = GeneratedTableReader.string(bytes, (field.lowerBound + 1)..<field.upperBound)
                    switch bytes[field.lowerBound] {
                    case 0x77: elements.append(.word(text))
                    case 0x70: elements.append(.punct(text))
                    case 0x23: elements.append(.slot)
                    default: valid = false; return
                    }
                }
                table[code]!.partnerPatterns.append(PartnerPattern(elements: elements, isTotal: bytes[fields[1].lowerBound] == 0x74))
            default: valid = false
            }
        }
        return valid ? table : nil
    }

    /// One name a line, `name TAB class`, as ``CompiledLanguage/categoryForms()`` gives them.
    static func categoryFormsTable() -> String {
        CompiledLanguage.categoryForms().map { "\($0.name)\t\($0.cls.rawValue)\n" }.joined()
    }

    /// The stored names that category headings are read in other forms of, when they were
    /// written for these languages in this order.
    static func storedCategoryForms(for languages: [NoticeLanguage]) -> [(name: String, cls: CategoryClass)]? {
        guard written(for: languages, as: LanguageCompiledTables.languages) else { return nil }
        var forms: [(name: String, cls: CategoryClass)] = []
        var valid = true
        GeneratedTableReader.forEachRow(LanguageCompiledTables.categoryForms) { bytes, fields in
            guard fields.count == 2, let cls = CategoryClass(rawValue: GeneratedTableReader.string(bytes, fields[1])) else { valid = false; return }
            forms.append((GeneratedTableReader.string(bytes, fields[0]), cls))
        }
        return valid ? forms : nil
    }

    /// Whether a stored table was written for `languages`, in this order (`stored`: their codes,
    /// space-separated, as each generated file names them once). A table written for other
    /// languages is not read: they are worked out from their phrases, and the tests say it is stale.
    static func written(for languages: [NoticeLanguage], as stored: String) -> Bool {
        languages.map(\.code).joined(separator: " ") == stored
    }

    /// The whole generated Swift file.
    public static func generatedSource() -> String {
        """
        // LanguageCompiledTables.swift: GENERATED by Scripts/generate-compiled-tables from the
        // language packs in Languages/Generated (each pack's header cites its sources, commits and
        // licences; the words below are those packs' banner sentences, folded and split, from
        // tarteaucitron, Klaro, Orejime, Fides, Transcend, nuxt-cookie-control, the Laravel
        // packages and Shopware under their MIT, BSD-3-Clause or Apache-2.0 terms; no MPL-2.0
        // source gives banner sentences), and the always-active labels, words for cookies and
        // category names and detection words of NoticeLanguage.all (the hand-written languages merged with those packs;
        // no MPL-2.0 source gives any of them), folded and split. Do not edit by hand; run the
        // script again. LanguageTablesTests fails when this file is stale.

        enum LanguageCompiledTables {
            /// One language a line: code, then the words of its pack's banner sentences.
            static let bannerWordsTable = \(GeneratedTableReader.literal(bannerWordsTable()))
            /// The languages every table below was written for, in order (a language's bit in
            /// `detectionWords` is its place here).
            static let languages = "\(NoticeLanguage.all.map(\.code).joined(separator: " "))"
            /// Each language's detection words (its own and its pack's banner words), folded, with
            /// the languages' bits in hex (LanguageDetector.DetectionWords).
            static let detectionWords = \(GeneratedTableReader.literal(LanguageDetector.DetectionWords(NoticeLanguage.all).serialized()))
            /// The one-word category names (and necessary heads) read in other forms, with their
            /// classes (CompiledLanguage.categoryForms()).
            static let categoryForms = \(GeneratedTableReader.literal(categoryFormsTable()))
            /// Each language's always-active labels, words for cookies and category names, folded
            /// and split into words (CompiledLanguage.PhraseWords).
            static let phraseWords = \(GeneratedTableReader.literal(phraseWordsTable(NoticeLanguage.all)))
        }

        """
    }

    /// The stored banner words by language code (``LanguageCompiledTables/bannerWordsTable``),
    /// space-separated: split only when a language's detection words are asked for.
    static func storedBannerWords() -> [String: String] {
        var table: [String: String] = [:]
        GeneratedTableReader.forEachRow(LanguageCompiledTables.bannerWordsTable) { bytes, fields in
            guard fields.count == 2 else { return }
            table[GeneratedTableReader.string(bytes, fields[0])] = GeneratedTableReader.string(bytes, fields[1])
        }
        return table
    }
}
