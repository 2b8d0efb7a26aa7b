extension NoticeLanguage {
    /// Turkish; "ve", "bir", "bu", "için", "kullanıyoruz". Dotless "ı" folds to "i", so capitals read too.
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+tr.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let turkish = NoticeLanguage(
        code: "tr",
        name: "Turkish",
        detectionWords: ["ve", "bir", "bu", "için", "ile", "olarak", "kullaniyoruz", "web", "sitesi", "sitemizde", "veya", "daha", "size", "sizin", "bizim", "onay", "tercihlerinizi", "gibi"],
        totalPartnerPatterns: ["biz ve # iş ortağimiz"],
        itemPartnerPatterns: ["# iş ortaği"],
        noticeVocabulary: ["onay", "gizlilik", "iş ortaklari"],
        cookieWords: ["çerezler", "çerezleri", "çerez", "çerezlere", "çerezlerini"],
        cookieUseWords: ["kullaniyor", "kullaniyoruz", "kullanir", "kullanmaktadir"],
        cookieUseExample: "Bu web sitesi, deneyiminizi geliştirmek için çerezler kullanıyor."
    )
}
