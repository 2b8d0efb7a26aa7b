extension NoticeLanguage {
    /// Chinese (simplified and traditional): written without spaces, so its Han characters are its detection characters, each one a word (Japanese scores on kana). Labels are words of their own ("全部接受"); glued rows are split at known labels.
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+zh.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let chinese = NoticeLanguage(
        code: "zh",
        name: "Chinese",
        detectionWords: [],
        detectionCharacters: ["\u{4E00}"..."\u{9FFF}", "\u{3400}"..."\u{4DBF}"],
        totalPartnerPatterns: ["我们和我们的 # 个合作伙伴"],
        itemPartnerPatterns: ["# 个合作伙伴", "# 家合作伙伴"],
        noticeVocabulary: ["同意", "隐私", "合作伙伴"],
        cookieWords: ["cookie", "cookies"],
        cookieUseWords: ["使用"],
        cookieUseExample: "本网站使用Cookie来改善您的浏览体验。"
    )
}
