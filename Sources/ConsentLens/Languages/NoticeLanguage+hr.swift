extension NoticeLanguage {
    /// Croatian; "i", "je", "koristimo", "kolačiće" tell it from Slovenian ("in", "uporabljamo").
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+hr.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let croatian = NoticeLanguage(
        code: "hr",
        name: "Croatian",
        detectionWords: ["i", "je", "u", "na", "da", "se", "za", "ne", "s", "od", "koji", "koje", "ili", "kao", "naši", "vaši", "vaše", "koristimo", "stranica", "privolu", "su", "mi", "vi", "također"],
        totalPartnerPatterns: ["mi i naših # partnera"],
        itemPartnerPatterns: ["# partnera"],
        noticeVocabulary: ["privola", "privatnost", "partneri"],
        cookieWords: ["kolačiće", "kolačići", "kolačića"],
        cookieUseWords: ["koristi", "koristimo", "koriste"],
        cookieUseExample: "Ova web stranica koristi kolačiće kako bi poboljšala vaše iskustvo."
    )
}
