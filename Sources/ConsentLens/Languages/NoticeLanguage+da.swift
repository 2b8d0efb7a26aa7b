extension NoticeLanguage {
    /// Danish, as Cookiebot (Danish-made), OneTrust, CookieYes and the IAB TCF Danish UI word it.
    /// Detection words lean on what differs from Norwegian ("af", "vores", "dig", "bruger").
    public static let danish = NoticeLanguage(
        code: "da",
        name: "Danish",
        detectionWords: [
            "og", "i", "at", "er", "det", "den", "de", "en", "et", "til", "af", "på", "med", "for", "vi", "vores",
            "du", "dig", "din", "dit", "dine", "kan", "ikke", "som", "eller", "om", "har", "vil", "også", "hvis",
            "disse", "bruger", "jeres", "oplysninger", "hjemmeside", "indstillinger", "annoncer", "samtykke",
            "jeg", "mig", "sig", "nu", "efter", "hvad", "meget", "nogle", "noget", "blevet", "bliver", "blev", "mellem", "op", "ud", "igennem", "mere", "anden", "andet", "gøre", "tilbage", "havde", "sådan", "hjælp",
        ],
        totalPartnerPatterns: [
            "vi og vores # partnere", "vores # partnere", "vi og vores # leverandører", "vores # leverandører",
            "sammen med vores # partnere",
        ],
        itemPartnerPatterns: [
            "# partnere kan bruge dette formål", "# partnere kan anvende dette formål",
            "# partnere kan bruge dette særlige formål", "# partnere kan bruge denne funktion",
            "# partnere kan bruge denne særlige funktion", "# leverandører kan bruge dette formål", "# partnere",
            "# leverandører",
        ],
        alwaysActive: ["altid aktiv", "altid aktive", "altid aktiveret", "altid slået til", "altid nødvendig", "altid påkrævet"],
        acceptAll: [
            "accepter alle", "accepter alt", "accepter", "acceptér alle", "acceptér", "accepter alle cookies",
            "accepter og luk", "tillad alle", "tillad alt", "tillad", "jeg accepterer", "godkend alle", "godkend",
            "jeg er enig", "ok, accepter",
        ],
        rejectAll: [
            "afvis alle", "afvis alt", "afvis", "afvis alle cookies", "afslå", "afslå alle", "jeg afviser", "nej tak",
            "brug kun nødvendige cookies", "kun nødvendige", "kun nødvendige cookies", "fortsæt uden at acceptere",
        ],
        manageChoices: [
            "indstillinger", "cookie-indstillinger", "cookieindstillinger", "tilpas", "tilpas indstillinger",
            "administrer indstillinger", "administrer præferencer", "administrer valg", "administrer cookies",
            "administrer samtykke", "præferencer", "flere muligheder", "vis detaljer", "vis formål", "detaljer",
        ],
        saveChoices: [
            "gem", "gem indstillinger", "gem præferencer", "gem mine valg", "gem valg", "gem og luk", "gem og afslut",
            "tillad valgte", "tillad udvalgte", "bekræft mine valg", "bekræft valg",
        ],
        controlWords: ControlWords(
            accept: ["accepter", "accepterer", "acceptér", "tillad", "godkend", "ok", "ja", "forstået"],
            reject: ["afvis", "afviser", "nægt"],
            negation: ["uden", "ikke", "nej"],
            necessary: ["nødvendige", "nødvendig"],
            only: ["kun"],
            selection: ["valgte", "valg"],
            save: ["gem", "bekræft"],
            manage: ["indstillinger", "tilpas", "administrer", "præferencer", "detaljer"],
            close: ["luk", "annuller", "annullér"],
            all: ["alle"],
            filler: ["alle", "og", "cookies", "cookie", "mine", "jeg", "vis", "privatliv", "privatlivs"]
        ),
        controlExamples: [
            ("Tillad alle", .acceptAll),
            ("Accepter alle", .acceptAll),
            ("Afvis", .rejectAll),
            ("Kun nødvendige", .rejectAll),
            ("Vis detaljer", .manageChoices),
            ("Tillad valgte", .saveChoices),
            ("Læs mere", nil),
        ],
        preferenceCentreTitles: ["præferencecenter for privatliv", "præferencecenter", "administrer samtykkepræferencer", "cookieindstillinger"],
        consentBasis: ["samtykke"],
        legitimateInterest: [
            "legitim interesse", "legitime interesser", "legitime interesse", "berettiget interesse",
            "berettigede interesser", "ret til indsigelse", "gøre indsigelse",
        ],
        noticeVocabulary: [
            "cookie", "cookies", "samtykke", "partnere", "leverandører", "formål", "privatliv", "persondata",
            "personoplysninger", "legitim interesse", "præferencer", "identifikatorer", "annoncer", "reklamer",
            "profiler", "enhed", "accepter alle", "afvis alle", "altid aktiv",
        ],
        categoryNames: [
            (.necessary, ["nødvendige", "nødvendig", "strengt nødvendige", "strengt nødvendig", "essentielle", "påkrævede", "tekniske"]),
            (.preferences, ["præferencer", "funktionelle", "funktionel", "funktionalitet", "personalisering"]),
            (.statistics, ["statistik", "statistiske", "ydeevne", "præstation", "analyse", "analytiske", "måling"]),
            (.marketing, ["marketing", "markedsføring", "annoncering", "reklame", "målretning", "målrettede", "sociale medier"]),
            (.saleOfData, ["salg af personoplysninger", "salg af persondata", "salg af mine personoplysninger"]),
            (.other, ["uklassificerede", "uklassificeret"]),
        ],
        cookieWords: ["cookies", "cookie", "teknologier"],
        cookieUseWords: ["bruger", "anvender", "brug", "benytter"],
        cookieUseExample: "Denne hjemmeside bruger cookies for at give dig den bedste oplevelse."
    )
}
