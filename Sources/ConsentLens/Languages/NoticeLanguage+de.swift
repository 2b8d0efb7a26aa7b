extension NoticeLanguage {
    /// German, as Complianz, OneTrust, CookieYes, Borlabs, Klaro, Usercentrics and the IAB TCF
    /// translations word it (labels collected from the German pages of the shared corpus).
    public static let german = NoticeLanguage(
        code: "de",
        name: "German",
        detectionWords: [
            "der", "die", "das", "und", "wir", "sie", "ihre", "ihr", "ihnen", "unsere", "unserer", "unseren", "mit",
            "für", "auf", "von", "zu", "zur", "zum", "ist", "sind", "nicht", "oder", "auch", "werden", "wird",
            "können", "diese", "dieser", "einer", "eine", "einen", "dem", "sich", "bei", "über", "durch",
            "jederzeit", "ein", "daten", "einwilligung", "zustimmung",
            // The informal address of newer sites ("um deine Erfahrung zu verbessern").
            "deine", "dein", "deinen", "deiner", "dich", "dir", "uns", "unser", "mehr", "nur", "wenn", "damit",
        ],
        totalPartnerPatterns: [
            "wir und unsere # partner", "wir und unsere # anbieter", "wir und unsere # drittanbieter",
            "wir und unsere # werbepartner", "unsere # partner", "unserer # partner", "unseren # partnern",
            "unsere # anbieter", "unseren # anbietern", "mit unseren # partnern",
            "anzahl unserer partner beträgt aktuell #", "anzahl unserer partner beträgt #",
        ],
        itemPartnerPatterns: [
            "# partner können diesen zweck nutzen", "# partner können diesen besonderen zweck nutzen",
            "# partner können diese funktion nutzen", "# partner können diese besondere funktion nutzen",
            "# partner können dies nutzen", "# partner nutzen diesen zweck", "# partner verwenden diesen zweck",
            "# anbieter können diesen zweck nutzen", "# anbieter können diese funktion nutzen",
            "# partner", "# partnern", "# anbieter",
        ],
        alwaysActive: [
            "immer aktiv", "immer aktive", "immer an", "immer aktiviert", "immer notwendig", "immer erforderlich",
            "stets aktiv",
        ],
        acceptAll: [
            "alle akzeptieren", "alles akzeptieren", "alle cookies akzeptieren", "akzeptieren", "alle zulassen",
            "alles zulassen", "alle cookies zulassen", "zulassen", "alle erlauben", "alle annehmen", "annehmen",
            "zustimmen", "allen zustimmen", "zustimmen & weiter", "zustimmen und weiter", "ich stimme zu",
            "ja, ich stimme zu", "einverstanden", "ich bin einverstanden", "akzeptieren & schließen",
            "akzeptieren und schließen", "akzeptieren und weiter", "weiter mit werbung und tracking",
        ],
        rejectAll: [
            "alle ablehnen", "alles ablehnen", "alle cookies ablehnen", "ablehnen", "ich lehne ab", "verweigern",
            "alle verweigern", "nicht einverstanden", "nur notwendige cookies", "nur notwendige",
            "nur notwendige cookies akzeptieren", "nur notwendige cookies verwenden", "nur essenzielle cookies",
            "nur essenzielle cookies akzeptieren", "nur erforderliche cookies", "weiter ohne einwilligung",
            "ohne zustimmung fortfahren", "ablehnen und schließen",
        ],
        manageChoices: [
            "einstellungen", "cookie-einstellungen", "cookie einstellungen", "einstellungen anzeigen",
            "einstellungen verwalten", "einstellungen anpassen", "optionen verwalten", "dienste verwalten",
            "anbieter verwalten", "zustimmung verwalten", "cookie-zustimmung verwalten", "cookies verwalten",
            "datenschutzeinstellungen", "individuelle datenschutzeinstellungen", "privatsphäre-einstellungen",
            "datenschutzpräferenzen verwalten", "präferenzen verwalten", "anpassen", "auswahl anpassen",
            "individuell anpassen", "mehr optionen", "weitere optionen", "details anzeigen", "zwecke anzeigen",
        ],
        saveChoices: [
            "einstellungen speichern", "speichern", "auswahl speichern", "auswahl bestätigen",
            "meine auswahl bestätigen", "auswahl erlauben", "ausgewählte akzeptieren",
            "speichern sie meine einstellungen", "speichern und schließen", "speichern & schließen",
        ],
        controlWords: ControlWords(
            accept: ["akzeptieren", "akzeptiere", "akzeptiert", "annehmen", "zustimmen", "stimme", "einverstanden", "erlauben", "erlaube", "zulassen", "ok", "okay", "verstanden", "ja", "einwilligen"],
            reject: ["ablehnen", "lehne", "verweigern", "widersprechen"],
            negation: ["nicht", "nichts", "ohne", "nein", "kein", "keine"],
            necessary: ["notwendige", "notwendigen", "notwendig", "essenzielle", "essenziellen", "essenziell", "essentielle", "essentiellen", "erforderliche", "erforderlichen", "erforderlich", "technisch", "technische"],
            only: ["nur", "lediglich"],
            selection: ["auswahl", "ausgewählte"],
            save: ["speichern", "bestätigen", "übernehmen"],
            manage: ["einstellungen", "datenschutzeinstellungen", "cookie-einstellungen", "einstellung", "verwalten", "anpassen", "individuelle", "individuell", "optionen", "präferenzen", "konfigurieren", "details"],
            close: ["schließen", "schliessen", "abbrechen"],
            all: ["alle", "alles"],
            filler: ["erfahren", "mehr", "alle", "alles", "und", "cookies", "cookie", "die", "der", "den", "das", "mit", "meine", "meinen", "ich", "fortfahren", "weiter", "anzeigen", "zeigen", "zeige", "zu", "ab", "danke", "ansehen", "anschauen", "datenschutz", "privatsphäre"]
        ),
        controlExamples: [
            ("Datenschutz-Einstellungen", .manageChoices),
            ("Einstellungen ansehen", .manageChoices),
            ("Alle akzeptieren", .acceptAll),
            ("Akzeptieren und schließen", .acceptAll),
            ("Einverstanden", .acceptAll),
            ("Ablehnen", .rejectAll),
            ("Alle ablehnen", .rejectAll),
            ("NICHTS AKZEPTIEREN", .rejectAll),
            ("Nur Essenzielle", .rejectAll),
            ("Nur notwendige Cookies", .rejectAll),
            ("Einstellungen", .manageChoices),
            ("Individuelle Einstellungen anpassen", .manageChoices),
            ("Details zeigen", .manageChoices),
            ("Auswahl speichern", .saveChoices),
            ("Auswahl erlauben", .saveChoices),
            ("Mehr erfahren", nil),
            ("Datenschutzerklärung", nil),
            ("Nichts akzeptieren", .rejectAll),
        ],
        preferenceCentreTitles: ["datenschutz-präferenz-center", "präferenz-center", "einwilligungspräferenzen verwalten", "cookie-einstellungen", "einstellungen verwalten"],
        consentBasis: ["einwilligung", "zustimmung"],
        legitimateInterest: [
            "berechtigtes interesse", "berechtigten interesse", "berechtigten interesses", "berechtigte interessen",
            "berechtigten interessen", "legitimes interesse", "legitimen interesse", "legitimen interessen",
            "widerspruchsrecht", "widerspruch einlegen",
        ],
        noticeVocabulary: [
            "cookie", "cookies", "einwilligung", "zustimmung", "partner", "anbieter", "drittanbieter", "zwecke",
            "zweck", "datenschutz", "datenschutzerklärung", "personenbezogene daten", "tracking",
            "berechtigtes interesse", "einstellungen", "kennungen", "werbung", "profile", "gerät", "endgerät",
            "alle akzeptieren", "alle ablehnen", "immer aktiv", "widerrufen", "widerspruch", "privatsphäre",
            "technologien",
        ],
        categoryNames: [
            (.necessary, [
                "notwendig", "notwendige", "unbedingt erforderlich", "unbedingt erforderliche", "unbedingt notwendig",
                "unbedingt notwendige", "erforderlich", "erforderliche", "essenziell", "essenzielle", "essentiell",
                "essentielle", "technisch notwendig", "technisch notwendige", "technisch erforderlich",
                "technisch erforderliche",
            ]),
            // "Funktional" is preferences here (CookieYes, OneTrust); Complianz's always-active
            // "Funktional" is a platform override in PhraseMatcher.
            (.preferences, [
                "funktional", "funktionale", "funktionell", "funktionelle", "präferenzen", "vorlieben",
                "personalisierung", "komfort", "komfortfunktionen",
            ]),
            (.statistics, [
                "statistiken", "statistik", "statistische", "analyse", "analytisch", "analytische", "analytics",
                "leistung", "leistungs", "performance", "messung", "reichweitenmessung", "webanalyse",
            ]),
            (.marketing, [
                "marketing", "werbung", "werbe", "targeting", "personalisierte werbung", "profilbildung",
                "marketingzwecke", "für marketingzwecke", "werbezwecke", "für werbezwecke",
                "soziale medien", "social media",
            ]),
            (.saleOfData, [
                "verkauf personenbezogener daten", "verkauf von personenbezogenen daten",
                "verkauf meiner personenbezogenen daten",
            ]),
            (.other, ["externe medien", "externe inhalte", "nicht klassifiziert", "nicht klassifizierte", "sonstige"]),
        ],
        cookieWords: ["cookies", "cookie", "technologien"],
        cookieUseWords: ["verwenden", "verwendet", "nutzen", "nutzt", "benutzen", "benutzt", "setzen", "setzt", "einsatz", "eingesetzt", "verwendung", "nutzung"],
        cookieUseExample: "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
        payOrConsent: PayOrConsentWords(
            paidOption: ["abo", "abos", "abonnement", "abonnieren", "abonniere", "abonnier", "abschließen", "contentpass"],
            withoutTracking: [
                "werbefrei", "werbefreie", "werbefreien", "ohne werbung", "ohne werbetracking", "ohne tracking",
                "ohne personalisierte werbung", "trackingfrei", "ohne werbe-tracking", "ohne werbe- und analyse-tracking",
            ],
            periods: [
                (.month, ["monat", "monatlich", "mtl", "mon"]), (.year, ["jahr", "jährlich", "jahresabo"]),
                (.week, ["woche", "wöchentlich"]), (.day, ["tag", "täglich"]),
            ],
            currencies: [("EUR", ["euro"]), ("CHF", ["franken", "fr"])],
            subscriberLogin: ["abonnent", "abonnentin", "abonnenten", "bereits abonniert", "hier anmelden", "einloggen", "anmelden", "login"],
            freeAlternative: [
                "eingeschränkte version", "eingeschränkten version", "eingeschränkter version", "eingeschränktes angebot",
                "eingeschränkten angebot", "eingeschränktem angebot",
            ],
            examples: [
                PayOrConsentExample(
                    "Wie möchtest du unsere Seite nutzen?\nWeiter mit Werbung und Tracking\nNutze unsere Seite wie gewohnt mit Werbung und Tracking. Wir und unsere 212 Partner verwenden Cookies und andere Technologien. Die Zustimmung kann jederzeit widerrufen werden.\nZustimmen & weiter\n… oder werbefrei lesen mit dem PUR-Abo\nMit dem PUR-Abo nutzt du unsere Seite ohne Werbetracking und praktisch werbefrei.\nNur 2,99 € / Monat\nPUR-Abo abschließen\nBereits Abonnent? Hier anmelden",
                    label: "PUR-Abo abschließen", price: 2.99, currency: "EUR", period: .month, subscriberLogin: true, freeAlternative: false),
                PayOrConsentExample(
                    "Cookies und Werbung\nWir finanzieren unsere Seite mit Werbung. Wir und unsere Partner verwenden Cookies, um Anzeigen zu personalisieren. Sie können zustimmen, mit einer eingeschränkten Version weiterlesen oder werbefrei lesen.\nAkzeptieren\nWeiter mit eingeschränkter Version\nWerbefrei für 1,99 Euro pro Woche\nJetzt abonnieren",
                    label: "Jetzt abonnieren", price: 1.99, currency: "EUR", period: .week, freeAlternative: true),
                PayOrConsentExample(notAWall: "Wir verwenden Cookies, um dir das beste Erlebnis zu bieten. Mit „Akzeptieren“ stimmst du der Nutzung zu.\nAkzeptieren\nAblehnen\nJetzt abonnieren\nNur 1 € im ersten Monat"),
            ])
    )
}
