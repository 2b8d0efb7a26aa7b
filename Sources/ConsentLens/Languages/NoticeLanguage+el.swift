extension NoticeLanguage {
    /// Greek: its letters are its own among the packs, so any Greek word scores for it.
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+el.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let greek = NoticeLanguage(
        code: "el",
        name: "Greek",
        detectionWords: ["και", "το", "τα", "να", "για", "με", "σε", "από", "που", "μασ", "σασ", "οι", "η", "ο", "την", "τον", "τησ", "των"],
        detectionCharacters: ["\u{0370}"..."\u{03FF}", "\u{1F00}"..."\u{1FFF}"],
        totalPartnerPatterns: ["εμείσ και οι # συνεργάτεσ μασ"],
        itemPartnerPatterns: ["# συνεργάτεσ"],
        // "All" is inflected: "όλων" (of all) closes "Αποδοχή όλων" and "Απόρριψη όλων" alike, so it
        // is no accepting word, whatever the pack's labels suggested.
        controlWords: ControlWords(
            accept: [], reject: [], negation: [], necessary: [], only: [], selection: [], save: [], manage: [], close: [],
            all: ["όλα", "όλων", "όλες", "όλουσ"], filler: []
        ),
        controlExamples: [
            ("Αποδοχή όλων", .acceptAll),
            ("Απόρριψη όλων", .rejectAll),
        ],
        noticeVocabulary: ["συγκατάθεση", "απόρρητο", "συνεργάτεσ"],
        cookieWords: ["cookies", "cookie"],
        cookieUseWords: ["χρησιμοποιεί", "χρησιμοποιούμε", "χρησιμοποιούν"],
        cookieUseExample: "Αυτός ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας."
    )
}
