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
        let german = try #require(stored["de"])
        #expect(german.contains("webseite") && german.contains("verwendet"))
    }
}
