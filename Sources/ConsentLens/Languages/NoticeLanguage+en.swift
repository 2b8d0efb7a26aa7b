extension NoticeLanguage {
    /// English, as OneTrust, CookieYes, Complianz, Cookiebot and the IAB's own wording use it.
    public static let english = NoticeLanguage(
        code: "en",
        name: "English",
        detectionWords: ["the", "and", "you", "your", "our", "we", "with", "can", "this", "of", "to", "for", "is", "are", "on"],
        totalPartnerPatterns: [
            "we and our # partners", "we and our # vendors", "we and our # third-party vendors",
            "we and our # ad partners", "our # partners", "our # vendors", "# partners and vendors",
        ],
        itemPartnerPatterns: [
            "# partners can use this purpose", "# partners can use this special purpose",
            "# partners can use this feature", "# partners can use this special feature",
            "# partners can use this", "# vendors can use this", "# partners use this",
            "# partners", "# vendors",
        ],
        alwaysActive: ["always active", "always on", "always enabled", "always required"],
        acceptAll: ["accept all", "allow all", "accept all cookies", "allow all cookies", "accept cookies", "i accept", "accept & close", "accept and close", "agree", "i agree", "agree and close", "accept", "consent", "i consent"],
        rejectAll: ["reject all", "reject all cookies", "decline all", "deny all", "deny", "decline", "reject", "refuse all", "continue without accepting", "necessary cookies only", "only necessary", "use necessary cookies only", "do not consent"],
        manageChoices: ["manage consent preferences", "manage preferences", "manage choices", "manage options", "manage settings", "cookie settings", "cookies settings", "cookie preferences", "customise", "customize", "more options", "preferences", "settings", "show purposes", "view preferences", "manage cookies", "preference centre", "preference center", "manage consent"],
        saveChoices: ["save and exit", "save settings", "save preferences", "save my preferences", "save choices", "confirm my choices", "save & exit", "save"],
        controlWords: ControlWords(
            accept: ["accept", "accepts", "accepted", "accepting", "agree", "agreed", "allow", "allowing", "ok", "okay", "got", "yes", "understand", "understood", "continue", "enable", "happy", "fine"],
            reject: ["reject", "rejecting", "decline", "deny", "disagree", "refuse", "disable"],
            negation: ["not", "don", "dont", "no", "without"],
            necessary: ["necessary", "essential", "essentials", "required", "strictly", "technical"],
            only: ["only", "just"],
            selection: ["selection", "selected", "current"],
            save: ["save", "confirm", "submit", "apply"],
            manage: ["manage", "settings", "setting", "preferences", "preference", "customise", "customize", "customising", "customizing", "options", "option", "configure", "personalise", "personalize", "adjust", "purposes", "choices", "details"],
            close: ["close", "dismiss"],
            all: ["all", "everything"],
            filler: ["learn", "all", "the", "my", "your", "our", "me", "i", "m", "im", "and", "with", "to", "it", "of", "for", "cookies", "cookie", "use", "using", "these", "this", "thanks", "thank", "you", "view", "show", "change", "set", "see", "more", "everything", "anyway", "proceed", "s", "do", "banner", "dialog", "message", "notice", "window", "exit", "here"]
        ),
        consentBasis: ["consent"],
        legitimateInterest: ["legitimate interest", "legitimate interests", "object to legitimate interests", "right to object"],
        noticeVocabulary: [
            "cookie", "cookies", "consent", "partners", "vendors", "purposes", "privacy", "personal data",
            "tracking", "trackers", "legitimate interest", "preferences", "identifiers", "advertising",
            "profiles", "device", "accept all", "reject all", "always active", "opt out", "opt-out",
        ],
        categoryNames: [
            (.necessary, [
                "strictly necessary", "necessary", "essential", "required", "technical", "strictly necessary and security",
                "basic interactions & functionalities",
            ]),
            (.preferences, [
                "functional", "functionality", "preferences", "preference", "personalisation", "personalization",
                "experience enhancement",
            ]),
            (.statistics, ["performance", "analytics", "analytical", "statistics", "statistical", "measurement"]),
            (.marketing, ["targeting", "advertising", "marketing", "social media", "advertisement", "targeting and advertising"]),
            (.saleOfData, ["sale of personal data", "sale of personal information", "sale of my personal information", "sharing of personal data"]),
            (.other, ["unclassified", "uncategorized", "uncategorised", "external media"]),
        ],
        cookieWords: ["cookies", "cookie", "technologies"]
    )
}
