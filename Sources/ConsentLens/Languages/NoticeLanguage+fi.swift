extension NoticeLanguage {
    /// Finnish; "ja", "että", "käytämme", "evästeitä".
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+fi.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let finnish = NoticeLanguage(
        code: "fi",
        name: "Finnish",
        detectionWords: ["ja", "on", "ei", "että", "me", "meidän", "sinun", "käytämme", "evästeitä", "sivusto", "tai", "kun", "mitä", "tämä", "nämä", "voit", "myös", "kanssa", "kaikki", "sivuston", "suostumus", "jotta", "voimme"],
        totalPartnerPatterns: ["me ja # kumppaniamme"],
        itemPartnerPatterns: ["# kumppania"],
        noticeVocabulary: ["suostumus", "yksityisyys", "kumppanit"],
        cookieWords: ["evästeitä", "evästeet", "eväste", "evästeiden"],
        cookieUseWords: ["käyttää", "käytämme", "käytetään"],
        cookieUseExample: "Tämä sivusto käyttää evästeitä, jotta voimme parantaa käyttökokemustasi ja analysoida liikennettä."
    )
}
