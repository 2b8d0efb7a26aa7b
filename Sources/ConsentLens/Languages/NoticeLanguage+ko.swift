extension NoticeLanguage {
    /// Korean: Hangul is its own among the packs; particles glue to nouns ("쿠키를"), so phrases are found inside words.
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+ko.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let korean = NoticeLanguage(
        code: "ko",
        name: "Korean",
        detectionWords: [],
        detectionCharacters: ["\u{AC00}"..."\u{D7AF}", "\u{1100}"..."\u{11FF}", "\u{3130}"..."\u{318F}"],
        totalPartnerPatterns: ["당사와 # 개의 파트너"],
        itemPartnerPatterns: ["# 개의 파트너", "# 개 파트너"],
        noticeVocabulary: ["동의", "개인정보", "파트너"],
        cookieWords: ["쿠키"],
        cookieUseWords: ["사용"],
        cookieUseExample: "이 웹사이트는 사용자 경험을 개선하기 위해 쿠키를 사용합니다."
    )
}
