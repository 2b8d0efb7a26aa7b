extension NoticeLanguage {
    /// Japanese: written without spaces; hiragana and katakana are its detection characters (Han characters score for Chinese, which Japanese text outweighs with kana).
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+ja.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let japanese = NoticeLanguage(
        code: "ja",
        name: "Japanese",
        detectionWords: [],
        detectionCharacters: ["\u{3040}"..."\u{30FF}"],
        totalPartnerPatterns: ["当社と # 社のパートナー"],
        itemPartnerPatterns: ["# 社のパートナー"],
        noticeVocabulary: ["同意", "プライバシー", "パートナー"],
        cookieWords: ["クッキー", "cookie"],
        cookieUseWords: ["使用", "利用"],
        cookieUseExample: "当サイトでは、お客様の体験を向上させるためにクッキーを使用しています。"
    )
}
