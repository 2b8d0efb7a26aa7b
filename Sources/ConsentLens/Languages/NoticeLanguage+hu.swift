extension NoticeLanguage {
    /// Hungarian; "a", "az", "és", "hogy", "sütiket".
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+hu.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let hungarian = NoticeLanguage(
        code: "hu",
        name: "Hungarian",
        detectionWords: ["a", "az", "és", "hogy", "nem", "is", "egy", "ez", "ezt", "meg", "vagy", "mint", "weboldal", "használunk", "ön", "önnek", "minden", "szolgáltatás", "hozzájárulás"],
        totalPartnerPatterns: ["mi és # partnerünk"],
        itemPartnerPatterns: ["# partner"],
        noticeVocabulary: ["hozzájárulás", "adatvédelem", "partnerek"],
        cookieWords: ["sütiket", "sütik", "süti"],
        cookieUseWords: ["használ", "használunk", "használja"],
        cookieUseExample: "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében."
    )
}
