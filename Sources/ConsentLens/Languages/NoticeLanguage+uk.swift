extension NoticeLanguage {
    /// Ukrainian; "і", "та", "що", "ми", "ви", "використовуємо".
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+uk.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let ukrainian = NoticeLanguage(
        code: "uk",
        name: "Ukrainian",
        detectionWords: ["і", "та", "в", "у", "на", "з", "не", "що", "ми", "ви", "для", "це", "як", "або", "по", "із", "наші", "ваші", "використовуємо", "сайт", "згоду", "також", "які", "ці"],
        totalPartnerPatterns: ["ми та наші # партнерів"],
        itemPartnerPatterns: ["# партнерів"],
        noticeVocabulary: ["згода", "конфіденційність", "партнери"],
        cookieWords: ["файли cookie", "кукі", "куки"],
        cookieUseWords: ["використовує", "використовуємо", "використовуються"],
        cookieUseExample: "Цей сайт використовує файли cookie, щоб покращити ваш досвід."
    )
}
