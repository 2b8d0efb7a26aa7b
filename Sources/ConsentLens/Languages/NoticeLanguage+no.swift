extension NoticeLanguage {
    /// Norwegian (Bokmål), as Cookiebot, OneTrust, Sourcepoint (Schibsted) and the IAB TCF Norwegian UI
    /// word it. Norwegian notices say "informasjonskapsler" as often as "cookies". Detection words
    /// lean on what differs from Danish ("av", "våre", "deg", "bruker").
    public static let norwegian = NoticeLanguage(
        code: "no",
        name: "Norwegian",
        detectionWords: [
            "og", "i", "at", "er", "det", "den", "de", "en", "et", "til", "av", "på", "med", "for", "vi", "våre",
            "vår", "du", "deg", "din", "ditt", "dine", "kan", "ikke", "som", "eller", "om", "har", "vil", "også",
            "hvis", "disse", "bruker", "opplysninger", "nettstedet", "innstillinger", "annonser", "samtykke",
            "informasjonskapsler",
            "jeg", "meg", "seg", "nå", "etter", "hva", "mye", "noen", "noe", "blitt", "blir", "ble", "mellom", "opp", "ut", "gjennom", "mer", "annen", "annet", "gjøre", "tilbake", "hadde", "slik", "hjelp",
        ],
        totalPartnerPatterns: [
            "vi og våre # partnere", "våre # partnere", "vi og våre # leverandører", "våre # leverandører",
            "sammen med våre # partnere",
        ],
        itemPartnerPatterns: [
            "# partnere kan bruke dette formålet", "# partnere kan bruke dette spesielle formålet",
            "# partnere kan bruke denne funksjonen", "# partnere kan bruke denne spesielle funksjonen",
            "# leverandører kan bruke dette formålet", "# partnere", "# leverandører",
        ],
        alwaysActive: ["alltid aktiv", "alltid aktive", "alltid aktivert", "alltid på", "alltid nødvendig", "alltid påkrevd"],
        acceptAll: [
            "godta alle", "godta alt", "godta", "godta alle informasjonskapsler", "godta og lukk", "aksepter alle",
            "aksepter alt", "aksepter", "tillat alle", "tillat alt", "tillat", "jeg godtar", "ok, jeg godtar",
        ],
        rejectAll: [
            "avvis alle", "avvis alt", "avvis", "avslå alle", "avslå", "nekt alle", "jeg avslår", "kun nødvendige",
            "bare nødvendige", "bruk kun nødvendige", "kun nødvendige informasjonskapsler", "fortsett uten å godta",
        ],
        manageChoices: [
            "innstillinger", "innstillinger for informasjonskapsler", "administrer innstillinger", "administrer valg",
            "administrer preferanser", "administrer informasjonskapsler", "administrer samtykke", "tilpass",
            "tilpass innstillinger", "preferanser", "flere alternativer", "vis detaljer", "vis formål", "detaljer",
        ],
        saveChoices: [
            "lagre", "lagre innstillinger", "lagre preferanser", "lagre mine valg", "lagre valg", "lagre og lukk",
            "lagre og avslutt", "tillat valgte", "bekreft mine valg", "bekreft valg",
        ],
        controlWords: ControlWords(
            accept: ["godta", "godtar", "aksepter", "aksepterer", "tillat", "ok", "ja", "forstått"],
            reject: ["avvis", "avslå", "avviser"],
            negation: ["uten", "ikke", "nei"],
            necessary: ["nødvendige", "nødvendig"],
            only: ["kun", "bare"],
            selection: ["valgte"],
            save: ["lagre", "bekreft"],
            manage: ["innstillinger", "tilpass", "administrer", "preferanser", "detaljer"],
            close: ["lukk", "avbryt"],
            all: ["alle", "alt"],
            filler: ["alle", "og", "informasjonskapsler", "cookies", "cookie", "mine", "jeg", "vis", "personvern"]
        ),
        controlExamples: [
            ("Godta alle", .acceptAll),
            ("Avvis alle", .rejectAll),
            ("Kun nødvendige", .rejectAll),
            ("Tilpass", .manageChoices),
            ("Lagre innstillinger", .saveChoices),
            ("Les mer", nil),
        ],
        preferenceCentreTitles: ["innstillinger for informasjonskapsler", "administrer samtykkeinnstillinger", "preferansesenter"],
        consentBasis: ["samtykke"],
        legitimateInterest: [
            "berettiget interesse", "berettigede interesser", "legitim interesse", "legitime interesser",
            "rett til å protestere", "protestere",
        ],
        noticeVocabulary: [
            "informasjonskapsler", "cookies", "cookie", "samtykke", "partnere", "leverandører", "formål", "personvern",
            "personopplysninger", "berettiget interesse", "preferanser", "identifikatorer", "annonser", "reklame",
            "profiler", "enhet", "godta alle", "avvis alle", "alltid aktiv",
        ],
        categoryNames: [
            (.necessary, ["nødvendige", "nødvendig", "strengt nødvendige", "strengt nødvendig", "essensielle", "påkrevde", "tekniske"]),
            (.preferences, ["preferanser", "funksjonelle", "funksjonell", "funksjonalitet", "personalisering"]),
            (.statistics, ["statistikk", "statistiske", "ytelse", "analyse", "analytiske", "måling"]),
            (.marketing, ["markedsføring", "marketing", "annonsering", "reklame", "målretting", "målrettet", "sosiale medier"]),
            (.saleOfData, ["salg av personopplysninger", "salg av mine personopplysninger"]),
            (.other, ["uklassifiserte", "uklassifisert"]),
        ],
        cookieWords: ["informasjonskapsler", "informasjonskapsel", "cookies", "cookie", "teknologier"],
        cookieUseWords: ["bruker", "benytter", "bruk", "brukes"],
        cookieUseExample: "Dette nettstedet bruker informasjonskapsler for å gi deg en bedre opplevelse."
    )
}
