extension NoticeLanguage {
    /// Dutch, as OneTrust, Cookiebot, CookieYes and the IAB TCF Dutch UI word it. Dutch writes
    /// compounds ("Prestatiecookies"), which the heading matcher splits off the cookie word.
    public static let dutch = NoticeLanguage(
        code: "nl",
        name: "Dutch",
        detectionWords: [
            "de", "het", "een", "en", "van", "wij", "we", "u", "uw", "je", "jouw", "onze", "ons", "voor", "met",
            "op", "zijn", "is", "niet", "dat", "die", "deze", "kunnen", "kan", "worden", "wordt", "of", "te", "om",
            "naar", "bij", "ook", "door", "gebruiken", "gegevens", "toestemming",
        ],
        totalPartnerPatterns: [
            "wij en onze # partners", "we en onze # partners", "onze # partners", "wij en onze # leveranciers",
            "onze # leveranciers", "met onze # partners",
        ],
        itemPartnerPatterns: [
            "# partners kunnen dit doel gebruiken", "# partners kunnen dit speciale doel gebruiken",
            "# partners kunnen deze functie gebruiken", "# partners kunnen deze speciale functie gebruiken",
            "# partners gebruiken dit doel", "# leveranciers kunnen dit doel gebruiken", "# partners",
            "# leveranciers",
        ],
        alwaysActive: ["altijd actief", "altijd aan", "altijd ingeschakeld", "altijd vereist", "altijd nodig"],
        acceptAll: [
            "alles accepteren", "alle accepteren", "accepteren", "accepteer", "accepteer alles", "accepteer alle",
            "alle cookies accepteren", "alle cookies toestaan", "alles toestaan", "alle toestaan", "toestaan",
            "akkoord", "ik ga akkoord", "akkoord en sluiten", "accepteren en sluiten", "ja, ik ga akkoord",
        ],
        rejectAll: [
            "alles weigeren", "alle weigeren", "weigeren", "weiger", "weiger alles", "alles afwijzen", "afwijzen",
            "alle cookies weigeren", "weigeren en sluiten", "niet akkoord", "doorgaan zonder te accepteren",
            "alleen noodzakelijke cookies", "alleen noodzakelijke",
        ],
        manageChoices: [
            "instellingen", "cookie-instellingen", "cookie instellingen", "cookie-instellingen beheren",
            "instellingen beheren", "instellingen aanpassen", "voorkeuren beheren", "voorkeuren", "opties beheren",
            "keuzes beheren", "cookies beheren", "toestemming beheren", "aanpassen", "meer opties",
            "doeleinden tonen", "voorkeurencentrum",
        ],
        saveChoices: [
            "opslaan", "instellingen opslaan", "voorkeuren opslaan", "mijn voorkeuren opslaan", "keuze opslaan",
            "selectie opslaan", "opslaan en sluiten", "mijn keuzes bevestigen", "selectie toestaan", "bevestigen",
        ],
        controlWords: ControlWords(
            accept: ["accepteren", "accepteer", "accepteert", "akkoord", "toestaan", "sta", "ok", "ja", "prima", "doorgaan"],
            reject: ["weigeren", "weiger", "afwijzen", "wijs", "af"],
            negation: ["zonder", "niet", "nee", "geen"],
            necessary: ["noodzakelijke", "noodzakelijk", "essentiële", "functionele"],
            only: ["alleen", "enkel", "uitsluitend"],
            selection: ["selectie"],
            save: ["opslaan", "bevestigen"],
            manage: ["instellingen", "voorkeuren", "aanpassen", "beheren", "opties", "keuzes", "details"],
            close: ["sluiten", "annuleren"],
            all: ["alle", "alles"],
            filler: ["meer", "alle", "alles", "de", "het", "en", "cookies", "cookie", "mijn", "ik", "ga", "met", "bekijken", "weergeven", "bekijk", "toon", "privacy", "tonen"]
        ),
        controlExamples: [
            ("Details tonen", .manageChoices),
            ("Privacy-instellingen", .manageChoices),
            ("Voorkeuren bekijken", .manageChoices),
            ("Alles accepteren", .acceptAll),
            ("Akkoord", .acceptAll),
            ("Alles weigeren", .rejectAll),
            ("Alleen noodzakelijke cookies", .rejectAll),
            ("Instellingen aanpassen", .manageChoices),
            ("Voorkeuren opslaan", .saveChoices),
            ("Meer informatie", nil),
        ],
        preferenceCentreTitles: ["privacyvoorkeurcentrum", "voorkeurencentrum", "toestemmingsvoorkeuren beheren", "cookie-instellingen", "cookievoorkeuren"],
        consentBasis: ["toestemming"],
        legitimateInterest: [
            "gerechtvaardigd belang", "gerechtvaardigde belangen", "legitiem belang", "legitieme belangen",
            "recht van bezwaar", "recht om bezwaar te maken", "bezwaar maken",
        ],
        noticeVocabulary: [
            "cookie", "cookies", "toestemming", "partners", "leveranciers", "doeleinden", "privacy", "persoonsgegevens",
            "gerechtvaardigd belang", "voorkeuren", "identificatoren", "advertenties", "profielen", "apparaat",
            "alles accepteren", "alles weigeren", "altijd actief", "tracking",
        ],
        categoryNames: [
            (.necessary, [
                "strikt noodzakelijk", "strikt noodzakelijke", "noodzakelijk", "noodzakelijke", "essentieel",
                "essentiële", "technisch noodzakelijk", "technisch noodzakelijke", "vereist", "vereiste",
            ]),
            // OneTrust's "Functionele cookies" are preferences; Complianz's always-active
            // "Functioneel" is a platform override in PhraseMatcher.
            (.preferences, ["functioneel", "functionele", "voorkeuren", "voorkeur", "personalisatie"]),
            (.statistics, [
                "prestatie", "prestaties", "analytisch", "analytische", "analyse", "statistieken", "statistiek",
                "statistische", "meting",
            ]),
            (.marketing, ["marketing", "advertentie", "advertenties", "reclame", "targeting", "gerichte", "sociale media"]),
            (.saleOfData, ["verkoop van persoonsgegevens", "verkoop van persoonlijke gegevens", "verkoop van mijn persoonlijke gegevens"]),
            (.other, ["niet geclassificeerd", "niet-geclassificeerd", "overige"]),
        ],
        cookieWords: ["cookies", "cookie", "technologieën"],
        cookieUseWords: ["gebruikt", "gebruiken", "gebruik", "plaatst", "plaatsen"],
        cookieUseExample: "Deze website gebruikt cookies om uw ervaring te verbeteren.",
        payOrConsent: PayOrConsentWords(
            paidOption: ["abonnement", "abonneer", "abonneren", "betalen", "betaal"],
            withoutTracking: [
                "zonder advertenties", "advertentievrij", "zonder reclame", "reclamevrij", "zonder tracking",
                "zonder gepersonaliseerde advertenties", "zonder cookies",
            ],
            periods: [
                (.month, ["maand", "maandelijks", "p/m", "pm"]), (.year, ["jaar", "jaarlijks"]),
                (.week, ["week", "wekelijks"]), (.day, ["dag"]),
            ],
            currencies: [("EUR", ["euro"])],
            subscriberLogin: ["al abonnee", "abonnee", "inloggen", "log in"],
            freeAlternative: ["beperkte versie", "beperkte toegang"],
            examples: [
                PayOrConsentExample(
                    "Jouw privacy\nWij en onze 140 partners gebruiken cookies om advertenties te tonen. Ga akkoord of neem een abonnement om zonder advertenties en zonder tracking te lezen.\nAkkoord\nAbonneren\n€ 4,49 per maand\nAl abonnee? Inloggen",
                    label: "Abonneren", price: 4.49, currency: "EUR", period: .month, subscriberLogin: true, freeAlternative: false),
                PayOrConsentExample(notAWall: "Deze website gebruikt cookies om uw ervaring te verbeteren.\nAlles accepteren\nAlles weigeren\nNeem een abonnement\n€1 per week"),
            ])
    )
}
