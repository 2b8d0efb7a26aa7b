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
        // The sources name Catalan advertising cookies only "Xarxa de publicitat" (tarteaucitron):
        // sites write "Galetes de publicitat" and "Galetes de màrqueting".
        categoryNames: [
            (.preferences, ["preferències", "personalització"]),
            (.statistics, ["estadístiques", "rendiment"]),
            (.marketing, ["publicitat", "màrqueting", "publicitàries"]),
        ],
        cookieWords: ["galetes", "galeta", "cookies"],
        cookieUseWords: ["utilitza", "utilitzem", "utilitzen", "fem servir"],
        cookieUseExample: "Aquest lloc web utilitza galetes per millorar la vostra experiència."
    )
}
