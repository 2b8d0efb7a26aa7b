extension NoticeLanguage {
    /// Bulgarian (Cyrillic); function words tell it from Russian and Ukrainian ("и", "за", "да", "се", "ние").
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+bg.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let bulgarian = NoticeLanguage(
        code: "bg",
        name: "Bulgarian",
        detectionWords: ["и", "в", "на", "за", "да", "се", "от", "с", "не", "по", "че", "ние", "вие", "вашите", "нашите", "това", "които", "може", "или", "като", "са", "е", "използваме", "уебсайт", "сайт", "съгласие"],
        totalPartnerPatterns: ["ние и нашите # партньори"],
        itemPartnerPatterns: ["# партньори"],
        noticeVocabulary: ["съгласие", "поверителност", "партньори"],
        cookieWords: ["бисквитки", "бисквитка", "бисквитките"],
        cookieUseWords: ["използва", "използваме", "използват"],
        cookieUseExample: "Този уебсайт използва бисквитки, за да подобри вашето изживяване."
    )
}
