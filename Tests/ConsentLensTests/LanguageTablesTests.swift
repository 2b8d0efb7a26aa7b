import Testing
@testable import ConsentLens

/// The language tables read at start-up are generated (`Scripts/generate-compiled-tables`); these
/// tests fail when they no longer match the packs they were written from.
@Suite struct LanguageTablesTests {
    @Test func storedBannerWordsAreCurrent() {
        #expect(LanguageTables.bannerWordsTable() == LanguageCompiledTables.bannerWordsTable + "\n",
                "LanguageCompiledTables.swift is stale: run Scripts/generate-compiled-tables")
    }

    @Test func storedWordsGiveTheLanguagesTheirPacksGive() throws {
        let stored = LanguageTables.storedBannerWords()
        #expect(stored.count == LanguagePack.generated.count)
        for language in NoticeLanguage.handWritten {
            let computed = language.merging(LanguagePack.generated[language.code])
            let read = try #require(NoticeLanguage.language(code: language.code))
            #expect(read.detectionWords == computed.detectionWords, "\(language.code)")
        }
        // German: Klaro's and tarteaucitron's sentences give "webseite" and "verwendet".
        let german = try #require(stored["de"]).split(separator: " ")
        #expect(german.contains("webseite") && german.contains("verwendet"))
    }

    /// The whole-label index start-up reads is the one the languages give, bit for bit.
    @Test func storedLabelIndexIsCurrent() throws {
        let computed = ExactLabelIndex(NoticeLanguage.all).serialized()
        #expect(LabelCompiledTables.languages == NoticeLanguage.all.map(\.code).joined(separator: " "),
                "LabelCompiledTables.swift is stale: run Scripts/generate-compiled-tables")
        #expect(computed.labels == LabelCompiledTables.exactLabels + "\n", "LabelCompiledTables.swift is stale")
        #expect(computed.firstWords == LabelCompiledTables.exactLabelFirstWords)
        #expect(computed.lastWords == LabelCompiledTables.exactLabelLastWords)
        let stored = try #require(ExactLabelIndex(stored: NoticeLanguage.all))
        #expect(stored.serialized() == computed)
        // Read back: German's "Alle akzeptieren" accepts in German and in no other table.
        let german = try #require(NoticeLanguage.all.firstIndex { $0.code == "de" })
        var label = "alle akzeptieren"
        let masks = try #require(label.withUTF8 { stored.masks(core: $0) })
        #expect(masks[LabelTable.acceptAll.rawValue] & (1 << UInt64(german)) != 0)
        #expect(masks[LabelTable.rejectAll.rawValue] == 0)
        // Stored for other languages, or in another order, it is not used.
        #expect(ExactLabelIndex(stored: Array(NoticeLanguage.all.reversed())) == nil)
    }

    /// The phrase words start-up reads are the ones folding and tokenising the languages give.
    @Test func storedPhraseWordsAreCurrent() throws {
        #expect(LanguageTables.phraseWordsTable(NoticeLanguage.all) == LanguageCompiledTables.phraseWords + "\n",
                "LanguageCompiledTables.swift is stale: run Scripts/generate-compiled-tables")
        let stored = try #require(LanguageTables.storedPhraseWords(for: NoticeLanguage.all))
        for language in NoticeLanguage.all {
            #expect(stored[language.code] == CompiledLanguage.PhraseWords(language), "\(language.code)")
        }
        // Latvian: the pack's "analītiskie sīkfaili" is kept without its word for cookies.
        let latvian = try #require(stored["lv"])
        #expect(latvian.categories.contains { $0.key == "analītiskie" && $0.cls == .statistics })
        #expect(LanguageTables.storedPhraseWords(for: Array(NoticeLanguage.all.dropFirst())) == nil)
    }

    /// The detection words start-up reads are the ones the languages give.
    @Test func storedDetectionWordsAreCurrent() throws {
        let computed = LanguageDetector.DetectionWords(NoticeLanguage.all).serialized()
        #expect(computed == LanguageCompiledTables.detectionWords + "\n", "LanguageCompiledTables.swift is stale")
        let stored = try #require(LanguageDetector.DetectionWords(stored: NoticeLanguage.all))
        #expect(stored.serialized() == computed)
        // Danish "efter" is Danish's and Swedish's; Norwegian's is "etter".
        let codes = NoticeLanguage.all.map(\.code)
        var word = "efter"
        let bits = word.withUTF8 { stored.languages(of: $0) }
        #expect(bits & (1 << UInt64(codes.firstIndex(of: "da")!)) != 0)
        #expect(bits & (1 << UInt64(codes.firstIndex(of: "no")!)) == 0)
        #expect(LanguageDetector.DetectionWords(stored: Array(NoticeLanguage.all.reversed())) == nil)
    }

    /// The isolation vocabulary start-up reads is the one the languages give.
    @Test func storedIsolationVocabularyIsCurrent() throws {
        let computed = LineScorer.Vocabulary.Entries(NoticeLanguage.all)
        #expect(computed.serialized() == LabelCompiledTables.isolationVocabulary + "\n", "LanguageCompiledTables.swift is stale")
        let stored = try #require(LineScorer.Vocabulary.Entries(stored: NoticeLanguage.all))
        #expect(stored == computed)
        #expect(stored.labels["immer aktiv"] == .alwaysActive)
        #expect(stored.labels["alle akzeptieren"] == .acceptOrReject)
        let read = try #require(LineScorer.Vocabulary(stored: NoticeLanguage.all))
        #expect(read.label("always active") == .alwaysActive)
        #expect(read.label("alle akzeptieren") == .acceptOrReject)
        #expect(read.label("always open") == nil)
        #expect(read.phrases.count == computed.phrases.count && read.cookiePhrases.count == computed.cookiePhrases.count)
        #expect(read.words == LineScorer.Vocabulary(computed).words)
    }

    /// The merged button words start-up reads are the ones the languages give, with their parts.
    @Test func storedControlLexiconIsCurrent() throws {
        let computed = ControlLexicon.Merged(NoticeLanguage.all).serialized()
        #expect(computed == LabelCompiledTables.controlLexicon + "\n", "LabelCompiledTables.swift is stale")
        let stored = try #require(ControlLexicon.Merged(stored: NoticeLanguage.all))
        #expect(stored.serialized() == computed)
        #expect(stored.roles["akzeptieren"] == .accept)
        #expect(stored.roles["ablehnen"] == .reject)
        #expect(ControlLexicon.Merged(stored: Array(NoticeLanguage.all.reversed())) == nil)
    }

    /// The category names read in other forms that start-up reads are the ones the languages give.
    @Test func storedCategoryFormsAreCurrent() throws {
        #expect(LanguageTables.categoryFormsTable() == LanguageCompiledTables.categoryForms + "\n", "LanguageCompiledTables.swift is stale")
        let stored = try #require(LanguageTables.storedCategoryForms(for: NoticeLanguage.all))
        let computed = CompiledLanguage.categoryForms()
        #expect(stored.map(\.name) == computed.map(\.name) && stored.map(\.cls) == computed.map(\.cls))
        // Estonian's "vajalikud" of "tehniliselt vajalikud" names the necessary ones alone.
        #expect(stored.contains { $0.name == "vajalikud" && $0.cls == .necessary })
        #expect(LanguageTables.storedCategoryForms(for: Array(NoticeLanguage.all.dropLast())) == nil)
    }
}
