extension NoticeLanguage {
    /// Italian, as OneTrust, Cookiebot, CookieYes, iubenda and the IAB TCF Italian UI word it.
    /// "Cookie" is invariable in Italian ("Cookie necessari").
    public static let italian = NoticeLanguage(
        code: "it",
        name: "Italian",
        detectionWords: [
            "il", "lo", "gli", "e", "di", "del", "della", "dei", "delle", "che", "per", "con", "su", "sul", "sono",
            "è", "una", "non", "puoi", "possono", "tuo", "tuoi", "tue", "tua", "nostri", "nostro", "nostra",
            "nostre", "noi", "questo", "questa", "alla", "utilizziamo", "dati", "sito",
        ],
        totalPartnerPatterns: [
            "noi e i nostri # partner", "i nostri # partner", "nostri # partner", "noi e i nostri # fornitori",
            "i nostri # fornitori", "noi e i nostri # partner pubblicitari", "insieme ai nostri # partner",
        ],
        itemPartnerPatterns: [
            "# partner possono utilizzare questa finalità", "# partner possono usare questa finalità",
            "# partner possono utilizzare questa finalità speciale", "# partner possono utilizzare questa funzionalità",
            "# partner possono usare questa funzionalità", "# partner possono utilizzare questa funzionalità speciale",
            "# partner possono utilizzare questo scopo", "# partner possono usare questo scopo",
            "# fornitori possono utilizzare questa finalità", "# partner", "# fornitori",
        ],
        alwaysActive: [
            "sempre attivo", "sempre attivi", "sempre attiva", "sempre attive", "sempre abilitato",
            "sempre abilitati", "sempre necessari",
        ],
        acceptAll: [
            "accetta tutto", "accetta tutti", "accetta", "accetto", "accetta e chiudi", "accetta e continua",
            "accetta tutti i cookie", "accetta i cookie", "consenti tutti", "consenti tutto", "acconsento",
            "sono d'accordo", "ok, accetto",
        ],
        rejectAll: [
            "rifiuta tutto", "rifiuta tutti", "rifiuta", "rifiuto", "rifiuta tutti i cookie", "rifiuta e chiudi",
            "nega", "nega tutti", "continua senza accettare", "solo necessari", "solo cookie necessari",
            "usa solo i cookie necessari",
        ],
        manageChoices: [
            "gestisci preferenze", "gestisci le preferenze", "gestisci opzioni", "gestisci le opzioni",
            "gestisci i cookie", "gestisci il consenso", "gestisci le impostazioni", "impostazioni",
            "impostazioni cookie", "impostazioni dei cookie", "personalizza", "preferenze", "più opzioni",
            "altre opzioni", "scopri di più e personalizza", "mostra finalità", "centro preferenze",
        ],
        saveChoices: [
            "salva", "salva impostazioni", "salva le impostazioni", "salva preferenze", "salva le preferenze",
            "salva ed esci", "salva e esci", "salva e chiudi", "conferma le mie scelte", "conferma scelte",
            "consenti la selezione", "accetta selezionati",
        ],
        controlWords: ControlWords(
            accept: ["accetta", "accetto", "accettare", "consenti", "consento", "acconsento", "ok", "sì", "continua"],
            reject: ["rifiuta", "rifiuto", "rifiutare", "nega"],
            negation: ["senza", "non", "no"],
            necessary: ["necessari", "necessario", "essenziali", "essenziale", "tecnici", "strettamente"],
            only: ["solo", "soltanto"],
            selection: ["selezione", "selezionati"],
            save: ["salva", "salvare", "conferma", "confermare"],
            manage: ["impostazioni", "personalizza", "personalizzare", "gestisci", "gestire", "preferenze", "opzioni", "scelte", "dettagli"],
            close: ["chiudi", "annulla"],
            all: ["tutti", "tutto", "tutte"],
            filler: ["scopri", "tutti", "tutto", "tutte", "i", "gli", "le", "e", "di", "dei", "delle", "cookie", "cookies", "mie", "miei", "grazie", "vedi", "più", "visualizza", "mostra", "privacy", "riservatezza"]
        ),
        controlExamples: [
            ("Mostra dettagli", .manageChoices),
            ("Impostazioni privacy", .manageChoices),
            ("Visualizza le preferenze", .manageChoices),
            ("Accetta tutti", .acceptAll),
            ("Acconsento", .acceptAll),
            ("Rifiuta", .rejectAll),
            ("Non acconsento", .rejectAll),
            ("Solo essenziali", .rejectAll),
            ("Continua senza accettare", .rejectAll),
            ("Gestisci opzioni", .manageChoices),
            ("Scopri di più e personalizza", .manageChoices),
            ("Salva le preferenze", .saveChoices),
            ("Scopri di più", nil),
        ],
        preferenceCentreTitles: ["centro preferenze privacy", "centro preferenze per la privacy", "gestisci le preferenze di consenso", "impostazioni dei cookie", "gestisci i tuoi dati"],
        consentBasis: ["consenso"],
        legitimateInterest: [
            "legittimo interesse", "interesse legittimo", "legittimi interessi", "interessi legittimi",
            "diritto di opposizione", "opporsi",
        ],
        noticeVocabulary: [
            "cookie", "consenso", "partner", "fornitori", "finalità", "privacy", "dati personali",
            "interesse legittimo", "legittimo interesse", "preferenze", "identificatori", "pubblicità", "profili",
            "dispositivo", "accetta tutto", "rifiuta tutto", "sempre attivo", "tracciamento",
        ],
        categoryNames: [
            (.necessary, [
                "strettamente necessari", "strettamente necessarie", "necessari", "necessarie", "necessario",
                "essenziali", "tecnici", "tecniche",
            ]),
            (.preferences, ["funzionali", "funzionalità", "preferenze", "personalizzazione"]),
            (.statistics, [
                "prestazioni", "prestazione", "analitici", "analitiche", "analisi", "statistiche", "statistici",
                "misurazione",
            ]),
            (.marketing, ["pubblicitari", "pubblicità", "pubblicità mirata", "marketing", "profilazione", "mirati", "social media"]),
            (.saleOfData, ["vendita di dati personali", "vendita dei dati personali", "vendita delle informazioni personali"]),
            (.other, ["non classificati"]),
        ],
        cookieWords: ["cookie", "cookies", "tecnologie"],
        cookieUseWords: ["utilizza", "utilizziamo", "utilizzano", "usa", "usiamo", "uso", "utilizzo"],
        cookieUseExample: "Questo sito utilizza cookie per migliorare la tua esperienza di navigazione.",
        payOrConsent: PayOrConsentWords(
            paidOption: ["abbonati", "abbonarti", "abbonarsi", "abbonamento", "abbonamenti", "abbonandoti", "paga", "pagare"],
            withoutTracking: [
                "senza pubblicità", "senza pubblicita", "senza tracciamento", "senza profilazione",
                "senza cookie di profilazione", "senza banner pubblicitari", "senza pubblicità personalizzata",
            ],
            periods: [
                (.month, ["mese", "mensile", "mensili"]), (.year, ["anno", "annuale", "annuo"]),
                (.week, ["settimana", "settimanale"]), (.day, ["giorno"]),
            ],
            currencies: [("EUR", ["euro"])],
            subscriberLogin: ["già abbonato", "già abbonata", "sei già abbonato", "accedi", "login"],
            freeAlternative: ["versione limitata", "accesso limitato"],
            examples: [
                PayOrConsentExample(
                    "Il tuo consenso\nNoi e i nostri 150 partner utilizziamo cookie e altre tecnologie per mostrarti pubblicità personalizzata. Puoi accettare oppure abbonarti per navigare senza pubblicità e senza tracciamento.\nAccetta e continua\nAbbonati\n3,99 € al mese\nSei già abbonato? Accedi",
                    label: "Abbonati", price: 3.99, currency: "EUR", period: .month, subscriberLogin: true, freeAlternative: false),
                PayOrConsentExample(notAWall: "Questo sito utilizza cookie per migliorare la tua esperienza di navigazione.\nAccetta tutti\nRifiuta tutti\nAbbonati ora\n1 € al mese per 3 mesi"),
            ])
    )
}
