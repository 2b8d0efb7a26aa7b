extension NoticeLanguage {
    /// Romanian; "și", "să", "pentru", "folosim".
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+ro.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let romanian = NoticeLanguage(
        code: "ro",
        name: "Romanian",
        detectionWords: ["și", "în", "la", "cu", "pe", "nu", "să", "ca", "sau", "pentru", "noi", "dumneavoastră", "dvs", "nostru", "noștri", "folosim", "utilizăm", "site", "acest", "acord", "consimțământ", "sunt", "este"],
        totalPartnerPatterns: ["noi și cei # de parteneri"],
        itemPartnerPatterns: ["# de parteneri", "# parteneri"],
        noticeVocabulary: ["consimțământ", "confidențialitate", "parteneri"],
        cookieWords: ["cookie-uri", "cookie-urile", "cookie-urilor", "cookies"],
        cookieUseWords: ["folosește", "folosim", "utilizează", "utilizăm"],
        cookieUseExample: "Acest site folosește cookie-uri pentru a vă îmbunătăți experiența."
    )
}
