import Dispatch

/// The tables analysis builds the first time it needs them, forced one by one in the order they
/// depend on each other, with the time each took: where `analyse`'s cost above the tool's own
/// start goes (`consentlens-stages --startup`). Each is built once per process, so only the
/// first call measures anything.
public enum StartupTables {
    public static func timeEach() -> [(table: String, seconds: Double)] {
        var times: [(String, Double)] = []
        func time(_ name: String, _ build: () -> Void) {
            let start = DispatchTime.now().uptimeNanoseconds
            build()
            times.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        }
        time("LanguagePack.generated") { _ = LanguagePack.generated.count }
        time("NoticeLanguage.all") { _ = NoticeLanguage.all.count }
        time("CompiledLanguage.all") { _ = CompiledLanguage.all.count }
        time("CompiledLanguage.allCategories") { _ = CompiledLanguage.allCategories.count }
        time("CompiledLanguage.byCode") { _ = CompiledLanguage.byCode.count }
        time("CompiledLanguage.allPartnerPatterns") { _ = CompiledLanguage.allPartnerPatterns }
        time("CompiledLanguage.allCookieWords") { _ = CompiledLanguage.allCookieWords }
        time("CompiledLanguage.allAlwaysActiveByLastWord") { _ = CompiledLanguage.allAlwaysActiveByLastWord.count }
        time("CompiledLanguage.categoryFormsByStart") { _ = CompiledLanguage.categoryFormsByStart.count }
        time("NoticeLanguage.everyAlwaysActiveLabel") { _ = NoticeLanguage.everyAlwaysActiveLabel }
        time("ControlLexicon.shared") { _ = ControlLexicon.shared }
        time("ExactLabelIndex.shared") { _ = ExactLabelIndex.shared }
        time("LineScorer.Vocabulary.shared") { _ = LineScorer.Vocabulary.shared }
        time("LanguageDetector.detectionWords") { _ = LanguageDetector.detectionWords.words.count }
        time("LanguageDetector.characterTable") { _ = LanguageDetector.characterTable.count }
        time("LanguageDetector.longestWord") { _ = LanguageDetector.longestWord }
        time("TCFTaxonomy.index") { _ = TCFTaxonomy.index }
        time("TCFTaxonomy.shortestASCIIKey") { _ = TCFTaxonomy.shortestASCIIKey }
        time("TCFNameFinder.proseNames") { _ = TCFNameFinder.proseNames.count }
        time("TCFTaxonomy.englishByReference") { _ = TCFTaxonomy.englishByReference.count }
        time("PlatformRule.all") { _ = PlatformRule.all.count }
        time("ConsentPlatform.all") { _ = ConsentPlatform.all.count }
        time("PlatformDetector.CompiledCatalog.shared") { _ = PlatformDetector.CompiledCatalog.shared }
        time("NoticeIsolator.ContainerIndex.shared") { _ = NoticeIsolator.ContainerIndex.shared }
        time("PhraseMatcher.platformCategoryOverrides") { _ = PhraseMatcher.platformCategoryOverrides.count }
        return times
    }
}
