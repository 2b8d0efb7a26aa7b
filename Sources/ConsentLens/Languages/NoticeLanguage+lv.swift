extension NoticeLanguage {
    /// Latvian; "un", "ka", "mūsu", "izmantojam".
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+lv.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let latvian = NoticeLanguage(
        code: "lv",
        name: "Latvian",
        detectionWords: ["un", "ir", "ka", "ne", "ar", "uz", "no", "mēs", "mūsu", "jūsu", "jūs", "izmantojam", "vietne", "vai", "kā", "šī", "šo", "piekrišanu", "arī", "lai"],
        totalPartnerPatterns: ["mēs un mūsu # partneri"],
        itemPartnerPatterns: ["# partneri"],
        noticeVocabulary: ["piekrišana", "privātums", "partneri"],
        cookieWords: ["sīkdatnes", "sīkdatņu", "sīkdatne", "sīkfailus", "sīkfaili"],
        cookieUseWords: ["izmanto", "izmantojam", "izmantotas"],
        cookieUseExample: "Šī vietne izmanto sīkdatnes, lai uzlabotu jūsu pieredzi."
    )
}
