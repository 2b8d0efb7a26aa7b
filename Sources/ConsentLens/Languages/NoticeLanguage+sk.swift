extension NoticeLanguage {
    /// Slovak; "sa", "pre", "sú", "používame" tell it from Czech.
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+sk.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let slovak = NoticeLanguage(
        code: "sk",
        name: "Slovak",
        detectionWords: ["a", "je", "sa", "na", "v", "že", "to", "s", "z", "do", "pre", "sú", "ako", "alebo", "tiež", "ktoré", "ktorý", "vaše", "vás", "vám", "naše", "používame", "súhlas", "súbory", "stránky", "webové", "môžete"],
        totalPartnerPatterns: ["my a našich # partnerov"],
        itemPartnerPatterns: ["# partnerov"],
        noticeVocabulary: ["súhlas", "súkromie", "partneri"],
        cookieWords: ["súbory cookie", "cookie", "cookies"],
        cookieUseWords: ["používa", "používame", "používajú"],
        cookieUseExample: "Táto webová stránka používa súbory cookie na zlepšenie vášho zážitku."
    )
}
