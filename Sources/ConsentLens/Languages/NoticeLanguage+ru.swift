extension NoticeLanguage {
    /// Russian; "и", "что", "мы", "вы", "для" tell it from Ukrainian ("і", "та", "що", "ми", "ви").
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+ru.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let russian = NoticeLanguage(
        code: "ru",
        name: "Russian",
        detectionWords: ["и", "в", "на", "с", "не", "что", "мы", "вы", "для", "это", "как", "или", "по", "из", "наши", "ваши", "вашего", "используем", "сайт", "согласие", "также", "которые", "о"],
        totalPartnerPatterns: ["мы и наши # партнеров", "мы и наши # партнёров"],
        itemPartnerPatterns: ["# партнеров", "# партнёров"],
        noticeVocabulary: ["согласие", "конфиденциальность", "партнеры"],
        cookieWords: ["файлы cookie", "куки", "cookie"],
        cookieUseWords: ["использует", "используем", "используются"],
        cookieUseExample: "Этот сайт использует файлы cookie для улучшения вашего опыта."
    )
}
