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
            manage: ["manage", "settings", "setting", "preferences", "preference", "customise", "customize", "customising", "customizing", "options", "option", "configure", "personalise", "personalize", "adjust", "purposes", "choices", "details", "choose"],
            close: ["close", "dismiss", "cancel"],
            all: ["all", "everything"],
            filler: ["learn", "that", "let", "all", "the", "my", "your", "our", "me", "i", "m", "im", "and", "with", "to", "it", "of", "for", "cookies", "cookie", "use", "using", "these", "this", "thanks", "thank", "you", "view", "show", "change", "set", "see", "more", "everything", "anyway", "proceed", "s", "do", "banner", "dialog", "message", "notice", "window", "exit", "here", "privacy"]
        ),
        controlExamples: [
            ("Show details", .manageChoices),
            ("Privacy settings", .manageChoices),
            ("Accept all", .acceptAll),
            ("I Accept", .acceptAll),
            ("Yes, I'm happy", .acceptAll),
            ("Got it", .acceptAll),
            ("ACCEPT ALL COOKIES", .acceptAll),
            ("Reject all", .rejectAll),
            ("Decline", .rejectAll),
            ("Necessary cookies only", .rejectAll),
            ("Continue without accepting", .rejectAll),
            ("No, I Do Not Accept", .rejectAll),
            ("Do not consent", .rejectAll),
            ("Cookie settings", .manageChoices),
            ("Manage options", .manageChoices),
            ("Customise", .manageChoices),
            ("Save my preferences", .saveChoices),
            ("Allow selection", .saveChoices),
            ("Confirm My Choices", .saveChoices),
            ("Cancel", .close),
            ("Learn more", nil),
            ("Privacy Policy", nil),
            ("Selecting Accept All enables tracking", nil),
        ],
        preferenceCentreTitles: ["privacy preference center", "privacy preference centre", "cookies preference centre", "cookie preference center", "cookie preference centre", "preference center", "preference centre", "manage consent preferences", "customise consent preferences", "customize consent preferences", "manage your data", "cookie settings", "cookie preferences", "manage cookies"],
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
        cookieWords: ["cookies", "cookie", "technologies"],
        cookieUseWords: ["use", "uses", "using", "used", "utilise", "utilises", "utilize", "utilizes", "store", "stores", "place", "places"],
        cookieUseExample: "This website uses cookies to ensure you get the best experience on our website.",
        payOrConsent: PayOrConsentWords(
            paidOption: ["subscribe", "subscription", "pay", "paying", "buy"],
            withoutTracking: [
                "ad-free", "ad free", "ads-free", "without ads", "without advertising", "without tracking", "no ads",
                "without personalised ads", "without personalized ads", "tracking-free", "no tracking",
            ],
            periods: [
                (.month, ["month", "monthly", "mo", "mth"]), (.year, ["year", "yearly", "annually", "annual", "yr"]),
                (.week, ["week", "weekly", "wk"]), (.day, ["day", "daily"]),
            ],
            currencies: [("EUR", ["euro", "euros"]), ("GBP", ["pound", "pounds"]), ("USD", ["dollar", "dollars"])],
            subscriberLogin: ["already a subscriber", "already subscribed", "subscriber", "log in", "sign in", "login"],
            freeAlternative: ["limited version", "limited access", "free limited"],
            examples: [
                PayOrConsentExample(
                    "Pay or OK\nWe and our 150 partners use cookies and similar technologies to show you personalised ads. Accept, or subscribe to use the site ad-free and without tracking.\nAccept and continue\nSubscribe\n£2.99 a month\nAlready a subscriber? Log in",
                    label: "Subscribe", price: 2.99, currency: "GBP", period: .month, subscriberLogin: true, freeAlternative: false),
                PayOrConsentExample(
                    "Your choice\nWe and our 90 partners use cookies for personalised ads. You can accept, reject, or subscribe for an ad-free site.\nAccept all\nReject all\nSubscribe for €3.99 per month",
                    label: "Subscribe for €3.99 per month", price: 3.99, currency: "EUR", period: .month, freeAlternative: true),
                PayOrConsentExample(notAWall: "This website uses cookies to ensure you get the best experience on our website.\nAccept all\nReject all\nSubscribe for €1"),
            ]),
        // Its word lists hold the forms that act ("accepted", "allowing"); "Allowed" says a state.
        listsEveryForm: true
    )
}
