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
        // The pack's labels leave "принять" (accept) as filler and put "принимаю" (I accept) and
        // "всех" (of all) with refusals, from negated labels ("Не принимаю"): a row such as
        // "Принять все Отклонить все" then reads as a refusal only. The verbs and "all" by the
        // part they play:
        controlWords: ControlWords(
            accept: ["принять", "принимаю", "разрешить", "согласен", "согласна"], reject: ["отклонить", "отказаться", "запретить"],
            negation: ["не", "без"], necessary: ["необходимые"], only: ["только"], selection: [], save: ["сохранить"],
            manage: ["настроить", "управлять"], close: ["закрыть"], all: ["все", "всё", "всех"], filler: []
        ),
        controlExamples: [
            ("Принять все", .acceptAll),
            ("Принимаю", .acceptAll),
            ("Отклонить все", .rejectAll),
            ("Не принимаю", .rejectAll),
            ("Только необходимые", .rejectAll),
        ],
        noticeVocabulary: ["согласие", "конфиденциальность", "партнеры"],
        cookieWords: ["файлы cookie", "куки", "cookie"],
        cookieUseWords: ["использует", "используем", "используются"],
        cookieUseExample: "Этот сайт использует файлы cookie для улучшения вашего опыта."
    )
}
