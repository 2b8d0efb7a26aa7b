extension NoticeLanguage {
    /// Slovenian; "in", "uporabljamo", "piškotke".
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+sl.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let slovenian = NoticeLanguage(
        code: "sl",
        name: "Slovenian",
        detectionWords: ["in", "je", "v", "na", "da", "se", "za", "ne", "z", "od", "ki", "ali", "kot", "naši", "vaši", "uporabljamo", "spletna", "stran", "soglasje", "so", "mi", "vi", "tudi", "lahko"],
        totalPartnerPatterns: ["mi in naših # partnerjev"],
        itemPartnerPatterns: ["# partnerjev"],
        noticeVocabulary: ["soglasje", "zasebnost", "partnerji"],
        cookieWords: ["piškotke", "piškotki", "piškotkov", "piškotek"],
        cookieUseWords: ["uporablja", "uporabljamo", "uporabljajo"],
        cookieUseExample: "Ta spletna stran uporablja piškotke za izboljšanje vaše izkušnje."
    )
}
