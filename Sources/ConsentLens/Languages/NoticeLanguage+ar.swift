extension NoticeLanguage {
    /// Arabic (right to left; text is stored in reading order, so it is matched as any other): its letters are its own among the packs. Bidirectional marks and tatweel are folded away.
    /// Hand-written additions to the generated pack (`Generated/LanguagePack+ar.swift`): detection
    /// words, partner counts, the banner's opening sentence and the words for cookies.
    public static let arabic = NoticeLanguage(
        code: "ar",
        name: "Arabic",
        detectionWords: ["في", "من", "على", "إلى", "أن", "هذا", "هذه", "التي", "الذي", "عن", "مع", "أو", "نحن", "لدينا", "الموقع", "موافقتك"],
        detectionCharacters: ["\u{0600}"..."\u{06FF}", "\u{0750}"..."\u{077F}", "\u{FB50}"..."\u{FDFF}", "\u{FE70}"..."\u{FEFF}"],
        totalPartnerPatterns: ["نحن و # شريكًا"],
        itemPartnerPatterns: ["# شريكًا", "# شريكا", "# شريك"],
        noticeVocabulary: ["موافقة", "الخصوصية", "شركاؤنا"],
        cookieWords: ["ملفات تعريف الارتباط", "الكوكيز", "ملفات الكوكيز"],
        cookieUseWords: ["يستخدم", "نستخدم", "تستخدم"],
        cookieUseExample: "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك."
    )
}
