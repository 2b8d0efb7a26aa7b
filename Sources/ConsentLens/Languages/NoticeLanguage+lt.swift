extension NoticeLanguage {
    /// Lithuanian; "ir", "yra", "kad", "mūsų" tell it from Latvian ("un", "ir", "ka", "mūsu").
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+lt.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let lithuanian = NoticeLanguage(
        code: "lt",
        name: "Lithuanian",
        detectionWords: ["ir", "yra", "kad", "ne", "su", "į", "iš", "mes", "mūsų", "jūsų", "jūs", "naudojame", "svetainė", "arba", "kaip", "šie", "šią", "sutikimą", "taip", "pat"],
        totalPartnerPatterns: ["mes ir mūsų # partneriai"],
        itemPartnerPatterns: ["# partneriai"],
        noticeVocabulary: ["sutikimas", "privatumas", "partneriai"],
        cookieWords: ["slapukus", "slapukai", "slapukų", "slapukas"],
        cookieUseWords: ["naudoja", "naudojame", "naudojami"],
        cookieUseExample: "Ši svetainė naudoja slapukus, kad pagerintų jūsų naršymo patirtį."
    )
}
