extension NoticeLanguage {
    /// Catalan; "i", "els", "amb", "per", "aquest", "utilitzem", "galetes" tell it from Spanish ("y", "los", "con", "para", "este", "utilizamos").
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+ca.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let catalan = NoticeLanguage(
        code: "ca",
        name: "Catalan",
        detectionWords: ["i", "el", "la", "els", "les", "de", "del", "que", "per", "amb", "no", "és", "són", "aquest", "aquesta", "aquestes", "utilitzem", "lloc", "web", "nostre", "nostres", "vostre", "vostra", "podeu", "més", "també", "informació", "consentiment", "dades"],
        totalPartnerPatterns: ["nosaltres i els nostres # socis"],
        itemPartnerPatterns: ["# socis"],
        noticeVocabulary: ["consentiment", "privadesa", "socis"],
        cookieWords: ["galetes", "galeta", "cookies"],
        cookieUseWords: ["utilitza", "utilitzem", "utilitzen", "fem servir"],
        cookieUseExample: "Aquest lloc web utilitza galetes per millorar la vostra experiència."
    )
}
