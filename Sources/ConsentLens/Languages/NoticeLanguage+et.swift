extension NoticeLanguage {
    /// Estonian; "ja", "on", "ei", "meie", "teie" tell it from Finnish.
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+et.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let estonian = NoticeLanguage(
        code: "et",
        name: "Estonian",
        detectionWords: ["ja", "on", "et", "ei", "see", "me", "meie", "teie", "kasutame", "veebisait", "või", "kui", "mis", "selle", "oma", "saate", "te", "ka", "kõik", "koos", "abil", "nõusolek"],
        totalPartnerPatterns: ["meie ja meie # partnerit"],
        itemPartnerPatterns: ["# partnerit"],
        noticeVocabulary: ["nõusolek", "privaatsus", "partnerid"],
        cookieWords: ["küpsiseid", "küpsised", "küpsis", "küpsiste"],
        cookieUseWords: ["kasutab", "kasutame", "kasutatakse"],
        cookieUseExample: "See veebisait kasutab küpsiseid, et parandada teie kasutajakogemust."
    )
}
