import Testing
@testable import ConsentLens

/// Banners worded as the widespread consent tools word them in languages whose packs list other
/// forms of the same verbs and nouns (written for these tests, in the tools' layout: a title, a
/// sentence about cookies, three buttons). Each is read as a text copy and as HTML buttons; the
/// three controls must be found whatever form or compound the words take.
@Suite struct ButtonWordFormsTests {
    static let banners: [(code: String, title: String, sentence: String, accept: String, reject: String, settings: String)] = [
        ("ro", "Acest site folosește cookie-uri", "Folosim cookie-uri pentru a personaliza conținutul și anunțurile și pentru a analiza traficul.",
         "Acceptă toate", "Permite doar esențiale", "Setări cookie-uri"),
        ("ro", "Acest site folosește cookie-uri", "Folosim cookie-uri pentru a personaliza conținutul și anunțurile și pentru a analiza traficul.",
         "Permiteți toate", "Refuzați", "Personalizați"),
        ("bg", "Вашата поверителност", "Използваме бисквитки, за да ви осигурим най-доброто изживяване.",
         "Приемане на всички бисквитки", "Отхвърляне на всички", "Настройки на бисквитките"),
        ("hu", "Ez a weboldal sütiket használ", "Sütiket használunk a tartalmak és hirdetések személyre szabásához és a forgalom elemzéséhez.",
         "Elfogadom", "Elutasítás", "Süti beállítások"),
        ("sk", "Táto webová stránka používa súbory cookie", "Súbory cookie používame na prispôsobenie obsahu a reklám a na analýzu návštevnosti.",
         "Povoliť všetko", "Odmietnuť", "Prispôsobiť"),
        ("fi", "Yksityisyytesi", "Käytämme evästeitä tarjotaksemme parhaan kokemuksen.",
         "Hyväksy kaikki evästeet", "Hylkää kaikki", "Evästeasetukset"),
        ("sv", "Din integritet", "Vi använder cookies för att ge dig den bästa upplevelsen.",
         "Acceptera alla cookies", "Avvisa alla", "Cookieinställningar"),
        ("lv", "Šī vietne izmanto sīkdatnes", "Mēs izmantojam sīkdatnes, lai personalizētu saturu un reklāmas un analizētu datplūsmu.",
         "Atļaut visas", "Noraidīt", "Pielāgot"),
        // Accepting verbs known from the labels autoconsent's rule files click (generate-language-packs'
        // add_rule_labels): "Salli", "Permitir", "Разрешаване".
        ("fi", "Yksityisyytesi", "Käytämme evästeitä sisällön ja mainosten personointiin ja liikenteen analysointiin.",
         "Salli kaikki", "Vain välttämättömät", "Evästeasetukset"),
        ("pt", "A sua privacidade", "Utilizamos cookies para personalizar conteúdos e anúncios e para analisar o tráfego.",
         "Permitir todos", "Rejeitar todos", "Gerir preferências"),
        ("bg", "Този уебсайт използва бисквитки", "Използваме бисквитки, за да персонализираме съдържанието и рекламите.",
         "Разрешаване на всички", "Отхвърляне на всички", "Настройки на бисквитките"),
    ]

    @Test(arguments: banners.indices)
    func threeControlsInAnyForm(index: Int) throws {
        let b = Self.banners[index]
        let text = [b.title, b.sentence, b.accept, b.reject, b.settings].joined(separator: "\n") + "\n"
        let html = """
            <html lang="\(b.code)"><body><div class="cookie-banner"><h2>\(b.title)</h2><p>\(b.sentence)</p>
            <button>\(b.accept)</button><button>\(b.reject)</button><button>\(b.settings)</button></div></body></html>
            """
        for (page, path) in [(text, "banner.txt"), (html, "banner.html")] {
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: path).notice, "\(b.code) \(path)")
            #expect(notice.language == b.code, "\(b.code) \(path)")
            #expect(notice.controls.acceptAll == true, "\(b.code) \(path): \(b.accept)")
            #expect(notice.controls.rejectAll == true, "\(b.code) \(path): \(b.reject)")
            #expect(notice.controls.manageChoices == true, "\(b.code) \(path): \(b.settings)")
        }
    }
}

/// A one-word category heading in a form no table lists reads as the listed name it is another
/// form of, in any language but English; the word a language's labels use for the necessary ones
/// names the necessary category. A word cut short, and English's other forms, stay unread.
@Suite struct CategoryWordFormsTests {
    @Test(arguments: [
        ("Preferenční", CategoryClass?.some(.preferences)), ("Necesare", .necessary), ("Välttämättömät", .necessary),
        ("Необходими", .necessary), ("Statisztikai", .statistics),
        // The word a two-word name qualifies ("tehniliselt vajalikud"), where the language's other
        // wording of the necessary ones has it ("alati vajalik", "sprejmi samo nujne"); not the
        // services of "fornitura servizi" (provision of services).
        ("Vajalikud", .necessary), ("Būtini", .necessary), ("Nujni", .necessary), ("Nutné", .necessary), ("Nužni", .necessary),
        ("Servizi", nil), ("Servicios", nil), ("Services", nil), ("Usług", nil),
        ("Public", nil), ("Advertise", nil), ("Statist", nil), ("Personalizați", nil), ("Personalizar", nil),
    ])
    func headingInAnotherForm(heading: String, cls: CategoryClass?) {
        for languages in [NoticeLanguage.all, [NoticeLanguage.english]] {
            #expect(PhraseMatcher.categoryClass(ofHeading: heading, languages: languages) == cls, "\(heading)")
        }
    }

    /// The same headings in a Cookiebot-like list, read as a text copy: four categories, each of
    /// its class, in Finnish.
    @Test func aListOfCategoriesInOtherForms() throws {
        let page = """
            Tämä sivusto käyttää evästeitä
            Käytämme evästeitä sisällön ja mainosten räätälöintiin sekä liikenteen analysointiin.
            Välttämättömät
            Toiminnalliset
            Tilastot
            Markkinointi
            Hyväksy kaikki
            Hylkää kaikki

            """
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: "fi.txt").notice)
        #expect(notice.cookieCategories.map(\.normalized) == [.necessary, .preferences, .statistics, .marketing])
    }

    /// Where a language's word for the preferences category is its word for settings (Cookiebot's
    /// Swedish "Inställningar", Finnish "Asetukset", Hungarian "Beállítások"), the word standing
    /// between two category names is that category, not a settings button: in a text copy and
    /// in HTML whose names are labels of checkboxes.
    @Test(arguments: [
        ("sv", "Denna webbplats använder cookies", ["Nödvändiga", "Inställningar", "Statistik", "Marknadsföring"], "Tillåt alla", "Neka"),
        ("fi", "Tämä sivusto käyttää evästeitä", ["Välttämättömät", "Asetukset", "Tilastot", "Markkinointi"], "Hyväksy kaikki", "Hylkää kaikki"),
        ("hu", "Ez a weboldal sütiket használ", ["Szükséges", "Beállítások", "Statisztikai", "Marketing"], "Összes elfogadása", "Elutasítás"),
    ])
    func settingsWordAmongCategoriesIsThePreferences(code: String, title: String, names: [String], accept: String, reject: String) throws {
        let text = ([title] + names + [accept, reject]).joined(separator: "\n") + "\n"
        let html = "<html lang=\"\(code)\"><body><div class=\"cookie-banner\"><h2>\(title)</h2>"
            + names.map { "<label><input type=\"checkbox\"> \($0)</label>" }.joined()
            + "<button>\(accept)</button><button>\(reject)</button></div></body></html>"
        for (page, path) in [(text, "banner.txt"), (html, "banner.html")] {
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: path).notice, "\(code) \(path)")
            #expect(notice.cookieCategories.map(\.name) == names, "\(code) \(path)")
            #expect(notice.cookieCategories.map(\.normalized) == [.necessary, .preferences, .statistics, .marketing], "\(code) \(path)")
            #expect(notice.controls.manageChoices == false, "\(code) \(path): no settings button")
        }
    }

    /// A settings word beside one category name only, or drawn as a button, stays the settings.
    @Test func settingsWordOutsideAListStaysAControl() throws {
        let after = "Denna webbplats använder cookies\nVi använder cookies för statistik.\nNödvändiga\nInställningar\nTillåt alla\nNeka\n"
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(after.utf8), path: "sv.txt").notice)
        #expect(notice.controls.manageChoices == true)
        #expect(!notice.cookieCategories.contains { $0.name == "Inställningar" })
        let button = """
            <html lang="sv"><body><div class="cookie-banner"><h2>Denna webbplats använder cookies</h2><p>Vi använder cookies för statistik.</p>
            <p>Nödvändiga</p><button>Inställningar</button><p>Statistik</p><button>Tillåt alla</button><button>Neka</button></div></body></html>
            """
        let marked = try #require(try ConsentAnalyzer.analyse(bytes: Array(button.utf8), path: "sv.html").notice)
        #expect(marked.controls.manageChoices == true)
    }
}
