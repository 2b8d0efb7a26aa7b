extension NoticeLanguage {
    /// Swedish, as Cookiebot, OneTrust, CookieYes and the IAB TCF Swedish UI word it. Swedish notices
    /// say "cookies" or the native "kakor".
    public static let swedish = NoticeLanguage(
        code: "sv",
        name: "Swedish",
        detectionWords: [
            "och", "i", "att", "är", "det", "den", "de", "en", "ett", "till", "av", "på", "med", "för", "vi", "våra",
            "vår", "du", "dig", "din", "ditt", "dina", "kan", "inte", "som", "eller", "om", "har", "vill", "också",
            "dessa", "använder", "uppgifter", "webbplatsen", "inställningar", "samtycke", "kakor",
            "jag", "mig", "sig", "nu", "efter", "vad", "mycket", "några", "något", "blivit", "blir", "blev", "mellan", "upp", "ut", "genom", "mer", "annan", "annat", "göra", "tillbaka", "hade", "sådan", "hjälp",
        ],
        totalPartnerPatterns: [
            "vi och våra # partner", "vi och våra # partners", "våra # partner", "våra # partners",
            "vi och våra # leverantörer", "våra # leverantörer", "tillsammans med våra # partner",
        ],
        itemPartnerPatterns: [
            "# partner kan använda detta ändamål", "# partners kan använda detta ändamål",
            "# partner kan använda det här ändamålet", "# partner kan använda detta syfte",
            "# partner kan använda det här syftet", "# partner kan använda detta särskilda ändamål",
            "# partner kan använda denna funktion", "# partner kan använda den här funktionen",
            "# leverantörer kan använda detta ändamål", "# partner", "# partners", "# leverantörer",
        ],
        alwaysActive: ["alltid aktiv", "alltid aktiva", "alltid aktiverad", "alltid aktiverade", "alltid på", "alltid nödvändig"],
        acceptAll: [
            "acceptera alla", "acceptera allt", "acceptera", "acceptera alla cookies", "acceptera och stäng",
            "godkänn alla", "godkänn", "tillåt alla", "tillåt allt", "tillåt alla cookies", "jag accepterar",
            "jag godkänner",
        ],
        rejectAll: [
            "avvisa alla", "avvisa allt", "avvisa", "avvisa alla cookies", "neka alla", "neka", "avböj alla",
            "avböj", "jag avböjer", "endast nödvändiga", "endast nödvändiga cookies",
            "använd endast nödvändiga cookies", "fortsätt utan att acceptera",
        ],
        manageChoices: [
            "inställningar", "cookie-inställningar", "cookieinställningar", "hantera inställningar",
            "hantera preferenser", "hantera val", "hantera cookies", "hantera samtycke", "anpassa",
            "anpassa inställningar", "preferenser", "fler alternativ", "visa detaljer", "visa ändamål", "detaljer",
        ],
        saveChoices: [
            "spara", "spara inställningar", "spara preferenser", "spara mina val", "spara val", "spara och stäng",
            "spara och avsluta", "tillåt urval", "tillåt valda", "bekräfta mina val", "bekräfta val",
        ],
        controlWords: ControlWords(
            accept: ["acceptera", "accepterar", "godkänn", "godkänner", "tillåt", "ok", "ja", "förstår"],
            reject: ["avvisa", "avböj", "neka"],
            negation: ["utan", "inte", "nej"],
            necessary: ["nödvändiga", "nödvändig"],
            only: ["endast", "bara"],
            selection: ["valda", "urval"],
            save: ["spara", "bekräfta"],
            manage: ["inställningar", "anpassa", "hantera", "preferenser", "detaljer"],
            close: ["stäng", "avbryt"],
            all: ["alla", "allt"],
            filler: ["alla", "och", "cookies", "cookie", "mina", "visa", "integritet", "integritets", "sekretess"]
        ),
        controlExamples: [
            ("Godkänn alla", .acceptAll),
            ("Acceptera", .acceptAll),
            ("Avvisa alla", .rejectAll),
            ("Endast nödvändiga", .rejectAll),
            ("Inställningar", .manageChoices),
            ("Spara inställningar", .saveChoices),
            ("Läs mer", nil),
        ],
        preferenceCentreTitles: ["inställningar för cookies", "hantera samtyckesinställningar", "preferenscenter"],
        consentBasis: ["samtycke"],
        legitimateInterest: [
            "berättigat intresse", "berättigade intressen", "legitimt intresse", "legitima intressen",
            "rätt att invända", "invända",
        ],
        noticeVocabulary: [
            "cookie", "cookies", "kakor", "samtycke", "partner", "leverantörer", "ändamål", "syften", "integritet",
            "personuppgifter", "berättigat intresse", "preferenser", "identifierare", "annonser", "reklam",
            "profiler", "enhet", "acceptera alla", "avvisa alla", "alltid aktiv",
        ],
        categoryNames: [
            (.necessary, ["nödvändiga", "nödvändig", "strikt nödvändiga", "absolut nödvändiga", "väsentliga", "obligatoriska", "tekniska"]),
            (.preferences, ["preferenser", "funktionella", "funktionell", "funktionalitet", "personalisering"]),
            (.statistics, ["statistik", "statistiska", "prestanda", "analys", "analytiska", "mätning"]),
            (.marketing, ["marknadsföring", "marketing", "reklam", "riktad reklam", "annonsering", "målinriktning", "sociala medier"]),
            (.saleOfData, ["försäljning av personuppgifter", "försäljning av mina personuppgifter"]),
            (.other, ["oklassificerade", "oklassificerad", "övriga"]),
        ],
        cookieWords: ["cookies", "cookie", "kakor", "kaka", "teknologier", "tekniker"],
        cookieUseWords: ["använder", "användning", "används"],
        cookieUseExample: "Den här webbplatsen använder cookies för att ge dig den bästa upplevelsen."
    )
}
