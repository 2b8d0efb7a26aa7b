extension NoticeLanguage {
    /// Czech; function words tell it from Slovak ("se", "pro", "jsou" against "sa", "pre", "sú").
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+cs.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let czech = NoticeLanguage(
        code: "cs",
        name: "Czech",
        detectionWords: ["a", "je", "se", "na", "v", "že", "to", "s", "z", "do", "pro", "jsou", "jako", "nebo", "také", "které", "který", "vaše", "vás", "vám", "naše", "používáme", "souhlas", "soubory", "stránky", "webové", "můžete"],
        totalPartnerPatterns: ["my a naši # partneři"],
        itemPartnerPatterns: ["# partnerů", "# partneři"],
        noticeVocabulary: ["souhlas", "soukromí", "partneři"],
        cookieWords: ["soubory cookie", "cookie", "cookies"],
        cookieUseWords: ["používá", "používáme", "používají", "využívá"],
        cookieUseExample: "Tento web používá soubory cookie ke zlepšení vašeho zážitku."
    )
}
