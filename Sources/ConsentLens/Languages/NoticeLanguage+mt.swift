extension NoticeLanguage {
    /// Maltese; "u", "il", "għal", "tagħna".
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+mt.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let maltese = NoticeLanguage(
        code: "mt",
        name: "Maltese",
        detectionWords: ["u", "il", "ta", "li", "għal", "minn", "fuq", "aħna", "tagħna", "tiegħek", "inti", "nużaw", "sit", "jew", "kif", "dan", "din", "kunsens", "ukoll"],
        // The sources give Maltese only Fides' long opt-in / opt-out wording: the verbs of short
        // labels ("Aċċetta kollox", "Irrifjuta kollox") are written here.
        acceptAll: ["aċċetta kollox", "aċċetta"],
        rejectAll: ["irrifjuta kollox", "irrifjuta"],
        controlWords: ControlWords(
            accept: ["aċċetta", "naċċetta"], reject: ["irrifjuta", "nirrifjuta"], negation: [], necessary: ["meħtieġa", "essenzjali"],
            only: ["biss"], selection: [], save: ["issejvja", "salva"], manage: ["immaniġġja", "preferenzi", "settings"],
            close: ["agħlaq"], all: ["kollox", "kollha"], filler: ["kollox", "kollha", "l", "il", "cookies"]),
        controlExamples: [("Aċċetta kollox", .acceptAll), ("Irrifjuta kollox", .rejectAll), ("Immaniġġja l-preferenzi", .manageChoices),
                          ("Meħtieġa biss", .rejectAll)],
        noticeVocabulary: ["kunsens", "privatezza"],
        // Fides gives Maltese one category name ("Analitika"): the others as Maltese sites write them.
        categoryNames: [
            (.necessary, ["meħtieġa", "essenzjali"]),
            (.preferences, ["preferenzi", "funzjonali"]),
            (.marketing, ["kummerċjalizzazzjoni", "reklamar"]),
        ],
        cookieWords: ["cookies", "cookie"],
        cookieUseWords: ["juża", "nużaw", "jużaw"],
        cookieUseExample: "Dan is-sit juża l-cookies biex itejjeb l-esperjenza tiegħek."
    )
}
