import Foundation
import ConsentParse
import Testing
@testable import ConsentLens

/// The per-language phrase tables and the matchers that read them. Each language's test uses
/// sentences as notices print them: from the shared corpus where it has the language (German,
/// French), else the standard OneTrust / Cookiebot / CookieYes / Didomi / IAB TCF wording.
@Suite("Notice languages")
struct NoticeLanguageTests {
    // MARK: Helpers

    /// The count and whether it is the total, found with every language.
    func count(_ line: String) -> (Int, Bool)? {
        PhraseMatcher.partnerCount(in: line, languages: NoticeLanguage.all).map { ($0.count, $0.isTotal) }
    }

    /// The text before an item count: the item's name.
    func nameBeforeCount(_ line: String) -> String? {
        guard let m = PhraseMatcher.partnerCount(in: line, languages: NoticeLanguage.all), !m.isTotal else { return nil }
        return line[..<m.range.lowerBound].trimmed(" :-")
    }

    /// The class of a heading, read with the profile of the platform `platform` names.
    func heading(_ line: String, _ platform: String? = nil) -> CategoryClass? {
        let profile = platform.flatMap { ConsentPlatform.platform(id: PlatformID(rawValue: $0)) }
        #expect((profile == nil) == (platform == nil), "no platform \(platform ?? "")")
        return PhraseMatcher.categoryClass(ofHeading: line, languages: NoticeLanguage.all, platform: profile)
    }

    /// Checks the labels of one language: each must be read as that control and only that one.
    func expectLabels(
        _ language: NoticeLanguage, accept: [String], reject: [String], manage: [String], save: [String],
        alwaysActive: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for label in accept {
            #expect(PhraseMatcher.isExactly(language.acceptAll, line: label), "accept: \(label)", sourceLocation: sourceLocation)
            #expect(!PhraseMatcher.isExactly(language.rejectAll, line: label), "accept read as reject: \(label)", sourceLocation: sourceLocation)
        }
        for label in reject {
            #expect(PhraseMatcher.isExactly(language.rejectAll, line: label), "reject: \(label)", sourceLocation: sourceLocation)
            #expect(!PhraseMatcher.isExactly(language.acceptAll, line: label), "reject read as accept: \(label)", sourceLocation: sourceLocation)
        }
        for label in manage {
            #expect(PhraseMatcher.isExactly(language.manageChoices, line: label), "manage: \(label)", sourceLocation: sourceLocation)
            #expect(!PhraseMatcher.isExactly(language.acceptAll, line: label), "manage read as accept: \(label)", sourceLocation: sourceLocation)
        }
        for label in save {
            #expect(PhraseMatcher.isExactly(language.saveChoices, line: label), "save: \(label)", sourceLocation: sourceLocation)
            #expect(!PhraseMatcher.isExactly(language.acceptAll, line: label), "save read as accept: \(label)", sourceLocation: sourceLocation)
        }
        for label in alwaysActive {
            #expect(PhraseMatcher.isExactly(language.alwaysActive, line: label), "always active: \(label)", sourceLocation: sourceLocation)
        }
    }

    // MARK: English

    @Test func english() {
        #expect(count("We and our 157 partners store and/or access information on a device") ?? (0, false) == (157, true))
        #expect(count("Store and/or access information on a device 109 partners can use this purpose") ?? (0, true) == (109, false))
        #expect(nameBeforeCount("Store and/or access information on a device 109 partners can use this purpose")
            == "Store and/or access information on a device")
        #expect(count("Use precise geolocation data 42 partners can use this special feature") ?? (0, true) == (42, false))
        expectLabels(
            .english, accept: ["Accept All", "Accept all cookies", "I Accept"], reject: ["Reject All", "Continue without accepting"],
            manage: ["Cookies Settings", "Manage Preferences"], save: ["Confirm My Choices", "Save Settings"],
            alwaysActive: ["Always Active", "(always required)"])
        #expect(PhraseMatcher.contains(NoticeLanguage.english.legitimateInterest,
            in: "Some vendors may process your personal data on the basis of legitimate interest, which you can object to."))
        #expect(heading("Strictly Necessary Cookies") == .necessary)
        #expect(heading("Performance Cookies") == .statistics)
        #expect(heading("Functional Cookies") == .preferences)
        #expect(heading("Targeting Cookies") == .marketing)
        #expect(heading("Sale of Personal Data") == .saleOfData)
        #expect(heading("Targeting & Advertising") == .marketing)
        #expect(LanguageDetector.detect(
            "We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content.")
            == "en")
    }

    // MARK: German

    @Test func german() {
        let de = NoticeLanguage.german
        #expect(count("Wir und unsere 157 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu") ?? (0, false) == (157, true))
        #expect(count("Wir und unsere 1.024 Partner verarbeiten personenbezogene Daten") ?? (0, false) == (1024, true))
        let item = "Informationen auf einem Gerät speichern und/oder abrufen 109 Partner können diesen Zweck nutzen"
        #expect(count(item) ?? (0, true) == (109, false))
        #expect(nameBeforeCount(item) == "Informationen auf einem Gerät speichern und/oder abrufen")
        // kicker's Usercentrics layer: the count is filled in by script; an unfilled 0 is no total.
        #expect(count("Die Anzahl unserer Partner beträgt aktuell 0.") == nil)
        #expect(count("Die Anzahl unserer Partner beträgt aktuell 312.") ?? (0, false) == (312, true))
        // Complianz's unrendered TCF placeholder.
        #expect(count("Verwalten von {vendor_count}-Lieferanten") == nil)
        #expect(PhraseMatcher.placeholders(in: "Verwalten von {vendor_count}-Lieferanten") == ["{vendor_count}"])

        expectLabels(
            de,
            accept: ["Akzeptieren", "Alle akzeptieren", "Alle Akzeptieren", "Alle zulassen", "Ja, ich stimme zu!", "Zustimmen & weiter"],
            reject: ["Ablehnen", "Alles ablehnen", "Ich lehne ab", "Nur notwendige Cookies"],
            manage: ["Cookie-Zustimmung verwalten", "Optionen verwalten", "Einstellungen anzeigen", "Anpassen",
                     "Datenschutzpräferenzen verwalten", "Individuelle Datenschutzeinstellungen"],
            save: ["Einstellungen speichern", "Speichern", "Speichern Sie meine Einstellungen", "Meine Auswahl bestätigen"],
            alwaysActive: ["Immer aktiv", "Immer aktive", "(immer notwendig)"])
        #expect(PhraseMatcher.contains(de.legitimateInterest,
            in: "Einige Partner verarbeiten Ihre Daten auf Grundlage ihres berechtigten Interesses, dem Sie widersprechen können."))
        #expect(!PhraseMatcher.contains(de.legitimateInterest, in: "Wir verwenden Cookies, um Ihr Interesse zu verstehen."))

        // Complianz: "Funktional" is the always-active essential category …
        #expect(heading("Funktional", "complianz") == .necessary)
        #expect(heading("Vorlieben", "complianz") == .preferences)
        #expect(heading("Statistiken", "complianz") == .statistics)
        #expect(heading("Marketing", "complianz") == .marketing)
        // … while CookieYes' "Funktional" is preferences.
        #expect(heading("Funktional", "cookieyes") == .preferences)
        #expect(heading("Funktionale") == .preferences)
        #expect(heading("Notwendige") == .necessary)
        #expect(heading("Notwendige Cookies") == .necessary)
        #expect(heading("Leistungs") == .statistics)
        #expect(heading("Analytisch") == .statistics)
        #expect(heading("Werbe") == .marketing)
        #expect(heading("Marketing-Cookies") == .marketing)
        // OneTrust (EnBW).
        #expect(heading("Unbedingt erforderlich") == .necessary)
        #expect(heading("Marketing, Personalisierung und Profilbildung") == .marketing)
        #expect(heading("Performance Cookies") == .statistics)
        // Borlabs, with the count of services in brackets.
        #expect(heading("Essenziell (1)") == .necessary)
        #expect(heading("Statistiken (1)") == .statistics)
        #expect(heading("Externe Medien (7)") == .other)
        // Crawler Markdown doubles the label and appends the always-active one.
        #expect(heading("Funktional Funktional Immer aktiv", "complianz") == .necessary)
        #expect(heading("Cookie-Einstellungen") == nil)
        #expect(heading("Datenschutzpräferenzen verwalten") == nil)
        #expect(heading("Notwendige Cookies sind erforderlich, um die grundlegenden Funktionen dieser Website zu ermöglichen.") == nil)

        #expect(LanguageDetector.detect(
            "Wir verwenden Technologien wie Cookies, um Geräteinformationen zu speichern und/oder darauf zuzugreifen. Wir tun dies, um das Browsing-Erlebnis zu verbessern und um (nicht) personalisierte Werbung anzuzeigen.")
            == "de")
        #expect(LanguageDetector.detect(
            "Selbstverständlich respektieren wir Ihre Privatsphäre. Darum überlassen wir Ihnen die Entscheidung, welche Cookies und Technologien Sie zulassen und wie wir Ihre Daten verarbeiten.")
            == "de")
    }

    // MARK: French

    @Test func french() {
        let fr = NoticeLanguage.french
        // Didomi (Les Echos) with its placeholder, then as rendered.
        let didomi = "Pour soutenir le travail de notre rédaction, nous et nos {numberOfPartners} partenaires utilisons des cookies pour stocker et/ou accéder à des informations sur votre terminal."
        #expect(count(didomi) == nil)
        #expect(PhraseMatcher.placeholders(in: didomi) == ["{numberOfPartners}"])
        let rendered = didomi.replacingOccurrences(of: "{numberOfPartners}", with: "1\u{202F}024")
        #expect(count(rendered) ?? (0, false) == (1024, true))
        #expect(count("Nous et nos 157 partenaires stockons et/ou accédons à des informations sur un appareil") ?? (0, false) == (157, true))
        let item = "Stocker et/ou accéder à des informations sur un appareil 109 partenaires peuvent utiliser cette finalité"
        #expect(count(item) ?? (0, true) == (109, false))
        #expect(nameBeforeCount(item) == "Stocker et/ou accéder à des informations sur un appareil")

        expectLabels(
            fr, accept: ["Accepter", "Tout accepter", "J’accepte", "Accepter & Fermer"],
            reject: ["Continuer sans accepter →", "Tout refuser", "Refuser"],
            manage: ["Gérer mes choix", "Paramétrer les cookies", "Personnaliser"],
            save: ["Enregistrer", "Valider mes choix", "Confirmer mes choix"],
            alwaysActive: ["Toujours actif", "Toujours activé"])
        #expect(PhraseMatcher.contains(fr.legitimateInterest,
            in: "Certains partenaires traitent vos données sur la base de leur intérêt légitime ; vous pouvez vous y opposer."))
        #expect(heading("Cookies strictement nécessaires") == .necessary)
        #expect(heading("Cookies de mesure d’audience") == .statistics)
        #expect(heading("Cookies fonctionnels") == .preferences)
        #expect(heading("Fonctionnel", "complianz") == .necessary)
        #expect(heading("Cookies publicitaires") == .marketing)
        #expect(heading("Paramètres des cookies") == nil)
        #expect(LanguageDetector.detect(didomi) == "fr")
    }

    // MARK: Spanish

    @Test func spanish() {
        let es = NoticeLanguage.spanish
        #expect(count("Nosotros y nuestros 842 socios almacenamos o accedemos a información en un dispositivo") ?? (0, false) == (842, true))
        let item = "Almacenar o acceder a información en un dispositivo 95 socios pueden usar este propósito"
        #expect(count(item) ?? (0, true) == (95, false))
        #expect(nameBeforeCount(item) == "Almacenar o acceder a información en un dispositivo")
        expectLabels(
            es, accept: ["Aceptar todo", "Aceptar", "Permitir todas"], reject: ["Rechazar todo", "Rechazar todas", "Continuar sin aceptar"],
            manage: ["Configuración de cookies", "Gestionar preferencias", "Personalizar"],
            save: ["Guardar configuración", "Confirmar mis opciones"], alwaysActive: ["Siempre activo", "Siempre activas"])
        #expect(PhraseMatcher.contains(es.legitimateInterest,
            in: "Algunos socios tratan sus datos basándose en su interés legítimo, al que puede oponerse."))
        #expect(heading("Cookies estrictamente necesarias") == .necessary)
        #expect(heading("Cookies de rendimiento") == .statistics)
        #expect(heading("Cookies funcionales") == .preferences)
        #expect(heading("Cookies publicitarias") == .marketing)
        #expect(heading("Cookies analíticas") == .statistics)
        #expect(LanguageDetector.detect(
            "Este sitio web utiliza cookies. Utilizamos cookies para personalizar el contenido y los anuncios, ofrecer funciones de redes sociales y analizar el tráfico. Además, compartimos información sobre el uso que haga del sitio web con nuestros partners de redes sociales, publicidad y análisis web.")
            == "es")
    }

    // MARK: Italian

    @Test func italian() {
        let it = NoticeLanguage.italian
        #expect(count("Noi e i nostri 935 partner archiviamo e/o accediamo a informazioni su un dispositivo") ?? (0, false) == (935, true))
        let item = "Archiviare e/o accedere a informazioni su un dispositivo 120 partner possono utilizzare questa finalità"
        #expect(count(item) ?? (0, true) == (120, false))
        #expect(nameBeforeCount(item) == "Archiviare e/o accedere a informazioni su un dispositivo")
        expectLabels(
            it, accept: ["Accetta tutto", "Accetta", "Accetta tutti i cookie"], reject: ["Rifiuta tutto", "Rifiuta", "Continua senza accettare"],
            manage: ["Gestisci preferenze", "Personalizza", "Impostazioni cookie"],
            save: ["Salva e esci", "Salva le impostazioni", "Conferma le mie scelte"], alwaysActive: ["Sempre attivo", "Sempre attivi"])
        #expect(PhraseMatcher.contains(it.legitimateInterest,
            in: "Alcuni partner trattano i tuoi dati sulla base del legittimo interesse; puoi opporti in qualsiasi momento."))
        #expect(heading("Cookie strettamente necessari") == .necessary)
        #expect(heading("Necessari") == .necessary)
        #expect(heading("Cookie di prestazione") == .statistics)
        #expect(heading("Cookie funzionali") == .preferences)
        #expect(heading("Cookie di profilazione") == .marketing)
        #expect(heading("Funzionale", "complianz") == .necessary)
        #expect(LanguageDetector.detect(
            "Questo sito web utilizza i cookie. Utilizziamo i cookie per personalizzare contenuti ed annunci, per fornire funzionalità dei social media e per analizzare il nostro traffico. Condividiamo inoltre informazioni sul modo in cui utilizza il nostro sito con i nostri partner.")
            == "it")
    }

    // MARK: Dutch

    @Test func dutch() {
        let nl = NoticeLanguage.dutch
        #expect(count("Wij en onze 753 partners slaan informatie op een apparaat op en/of openen deze") ?? (0, false) == (753, true))
        let item = "Informatie op een apparaat opslaan en/of openen 88 partners kunnen dit doel gebruiken"
        #expect(count(item) ?? (0, true) == (88, false))
        #expect(nameBeforeCount(item) == "Informatie op een apparaat opslaan en/of openen")
        expectLabels(
            nl, accept: ["Alles accepteren", "Alle cookies toestaan", "Akkoord"], reject: ["Alles weigeren", "Weigeren", "Alleen noodzakelijke cookies"],
            manage: ["Cookie-instellingen", "Voorkeuren beheren", "Aanpassen"],
            save: ["Voorkeuren opslaan", "Mijn keuzes bevestigen"], alwaysActive: ["Altijd actief"])
        #expect(PhraseMatcher.contains(nl.legitimateInterest,
            in: "Sommige partners verwerken uw gegevens op basis van een gerechtvaardigd belang, waartegen u bezwaar kunt maken."))
        #expect(heading("Noodzakelijk") == .necessary)
        #expect(heading("Strikt noodzakelijke cookies") == .necessary)
        #expect(heading("Prestatiecookies") == .statistics)
        #expect(heading("Functionele cookies") == .preferences)
        #expect(heading("Functioneel", "complianz") == .necessary)
        #expect(heading("Marketingcookies") == .marketing)
        #expect(heading("Statistieken") == .statistics)
        #expect(LanguageDetector.detect(
            "Deze website gebruikt cookies. Wij gebruiken cookies om content en advertenties te personaliseren, om functies voor social media te bieden en om ons websiteverkeer te analyseren. Ook delen we informatie over uw gebruik van onze site met onze partners voor social media, adverteren en analyse.")
            == "nl")
    }

    // MARK: Portuguese

    @Test func portuguese() {
        let pt = NoticeLanguage.portuguese
        #expect(count("Nós e os nossos 1.120 parceiros armazenamos e/ou acedemos a informações num dispositivo") ?? (0, false) == (1120, true))
        let item = "Armazenar e/ou aceder a informações num dispositivo 77 parceiros podem utilizar esta finalidade"
        #expect(count(item) ?? (0, true) == (77, false))
        #expect(nameBeforeCount(item) == "Armazenar e/ou aceder a informações num dispositivo")
        expectLabels(
            pt, accept: ["Aceitar tudo", "Aceitar todos os cookies", "Aceitar"], reject: ["Rejeitar tudo", "Recusar", "Continuar sem aceitar"],
            manage: ["Gerir preferências", "Definições de cookies", "Personalizar"],
            save: ["Guardar preferências", "Confirmar as minhas escolhas"], alwaysActive: ["Sempre ativo", "Sempre activo"])
        #expect(PhraseMatcher.contains(pt.legitimateInterest,
            in: "Alguns parceiros tratam os seus dados com base no interesse legítimo, ao qual se pode opor."))
        #expect(heading("Cookies estritamente necessários") == .necessary)
        #expect(heading("Necessários") == .necessary)
        #expect(heading("Cookies de desempenho") == .statistics)
        #expect(heading("Cookies funcionais") == .preferences)
        #expect(heading("Cookies de publicidade") == .marketing)
        #expect(LanguageDetector.detect(
            "Este site utiliza cookies. Utilizamos cookies para personalizar conteúdo e anúncios, fornecer funcionalidades de redes sociais e analisar o nosso tráfego. Também partilhamos informações acerca da sua utilização do site com os nossos parceiros de redes sociais, de publicidade e de análise.")
            == "pt")
    }

    // MARK: Polish

    @Test func polish() {
        let pl = NoticeLanguage.polish
        #expect(count("My i nasi 612 partnerzy przechowujemy informacje na urządzeniu lub uzyskujemy do nich dostęp") ?? (0, false) == (612, true))
        let many = "Przechowywanie informacji na urządzeniu lub dostęp do nich 105 partnerów może korzystać z tego celu"
        #expect(count(many) ?? (0, true) == (105, false))
        #expect(nameBeforeCount(many) == "Przechowywanie informacji na urządzeniu lub dostęp do nich")
        #expect(count("Tworzenie profili w celu personalizacji treści 3 partnerzy mogą korzystać z tego celu") ?? (0, true) == (3, false))
        expectLabels(
            pl, accept: ["Zaakceptuj wszystkie", "Akceptuję", "Zezwól na wszystkie"], reject: ["Odrzuć wszystkie", "Odrzuć", "Tylko niezbędne"],
            manage: ["Ustawienia plików cookie", "Zarządzaj preferencjami", "Dostosuj"],
            save: ["Zapisz ustawienia", "Potwierdź moje wybory"], alwaysActive: ["Zawsze aktywne", "Zawsze aktywny"])
        #expect(PhraseMatcher.contains(pl.legitimateInterest,
            in: "Niektórzy partnerzy przetwarzają Twoje dane na podstawie prawnie uzasadnionego interesu, wobec czego możesz wnieść sprzeciw."))
        #expect(heading("Niezbędne") == .necessary)
        #expect(heading("Niezbędne pliki cookie") == .necessary)
        #expect(heading("Funkcjonalne pliki cookie") == .preferences)
        #expect(heading("Analityczne pliki cookie") == .statistics)
        #expect(heading("Marketingowe") == .marketing)
        #expect(LanguageDetector.detect(
            "Ta strona korzysta z ciasteczek. Wykorzystujemy pliki cookie do spersonalizowania treści i reklam, aby oferować funkcje społecznościowe i analizować ruch w naszej witrynie. Informacje o tym, jak korzystasz z naszej witryny, udostępniamy partnerom społecznościowym, reklamowym i analitycznym.")
            == "pl")
    }

    // MARK: Danish

    @Test func danish() {
        let da = NoticeLanguage.danish
        #expect(count("Vi og vores 814 partnere gemmer og/eller tilgår oplysninger på en enhed") ?? (0, false) == (814, true))
        let item = "Gem og/eller tilgå oplysninger på en enhed 64 partnere kan bruge dette formål"
        #expect(count(item) ?? (0, true) == (64, false))
        #expect(nameBeforeCount(item) == "Gem og/eller tilgå oplysninger på en enhed")
        expectLabels(
            da, accept: ["Accepter alle", "Tillad alle", "Acceptér"], reject: ["Afvis alle", "Afvis", "Brug kun nødvendige cookies"],
            manage: ["Tilpas", "Vis detaljer", "Administrer præferencer"],
            save: ["Tillad valgte", "Gem indstillinger"], alwaysActive: ["Altid aktiv", "Altid aktive"])
        #expect(PhraseMatcher.contains(da.legitimateInterest,
            in: "Nogle partnere behandler dine data på grundlag af legitim interesse, som du kan gøre indsigelse mod."))
        #expect(heading("Nødvendige") == .necessary)
        #expect(heading("Præferencer") == .preferences)
        #expect(heading("Statistik") == .statistics)
        #expect(heading("Marketing") == .marketing)
        #expect(heading("Uklassificerede") == .other)
        #expect(LanguageDetector.detect(
            "Denne hjemmeside bruger cookies. Vi bruger cookies til at tilpasse vores indhold og annoncer, til at vise dig funktioner til sociale medier og til at analysere vores trafik. Vi deler også oplysninger om din brug af vores hjemmeside med vores partnere inden for sociale medier, annonce og analyse.")
            == "da")
    }

    // MARK: Swedish

    @Test func swedish() {
        let sv = NoticeLanguage.swedish
        #expect(count("Vi och våra 821 partner lagrar och/eller får åtkomst till information på en enhet") ?? (0, false) == (821, true))
        let item = "Lagra och/eller få åtkomst till information på en enhet 57 partner kan använda detta ändamål"
        #expect(count(item) ?? (0, true) == (57, false))
        #expect(nameBeforeCount(item) == "Lagra och/eller få åtkomst till information på en enhet")
        expectLabels(
            sv, accept: ["Acceptera alla", "Tillåt alla", "Godkänn"], reject: ["Avvisa alla", "Neka", "Endast nödvändiga cookies"],
            manage: ["Anpassa", "Visa detaljer", "Hantera inställningar"],
            save: ["Tillåt urval", "Spara inställningar"], alwaysActive: ["Alltid aktiv", "Alltid aktiva"])
        #expect(PhraseMatcher.contains(sv.legitimateInterest,
            in: "Vissa partner behandlar dina uppgifter baserat på berättigat intresse, vilket du kan invända mot."))
        #expect(heading("Nödvändiga") == .necessary)
        #expect(heading("Nödvändiga kakor") == .necessary)
        #expect(heading("Preferenser") == .preferences)
        #expect(heading("Statistik") == .statistics)
        #expect(heading("Marknadsföring") == .marketing)
        #expect(LanguageDetector.detect(
            "Denna webbplats använder cookies. Vi använder enhetsidentifierare för att anpassa innehållet och annonserna till användarnas intressen, tillhandahålla funktioner för sociala medier och analysera vår trafik. Vi vidarebefordrar även sådana identifierare och annan information från din enhet till de sociala medier och annons- och analysföretag som vi samarbetar med.")
            == "sv")
    }

    // MARK: Norwegian

    @Test func norwegian() {
        let no = NoticeLanguage.norwegian
        #expect(count("Vi og våre 802 partnere lagrer og/eller har tilgang til informasjon på en enhet") ?? (0, false) == (802, true))
        let item = "Lagre og/eller få tilgang til informasjon på en enhet 61 partnere kan bruke dette formålet"
        #expect(count(item) ?? (0, true) == (61, false))
        #expect(nameBeforeCount(item) == "Lagre og/eller få tilgang til informasjon på en enhet")
        expectLabels(
            no, accept: ["Godta alle", "Godta", "Tillat alle"], reject: ["Avvis alle", "Avvis", "Bruk kun nødvendige"],
            manage: ["Tilpass", "Vis detaljer", "Administrer valg"],
            save: ["Tillat valgte", "Lagre innstillinger"], alwaysActive: ["Alltid aktiv", "Alltid aktive"])
        #expect(PhraseMatcher.contains(no.legitimateInterest,
            in: "Noen partnere behandler dataene dine basert på berettiget interesse, som du kan protestere mot."))
        #expect(heading("Nødvendige informasjonskapsler") == .necessary)
        #expect(heading("Preferanser") == .preferences)
        #expect(heading("Statistikk") == .statistics)
        #expect(heading("Markedsføring") == .marketing)
        #expect(LanguageDetector.detect(
            "Dette nettstedet bruker informasjonskapsler. Vi bruker informasjonskapsler for å tilpasse innholdet og annonsene, for å tilby funksjoner for sosiale medier og for å analysere trafikken vår. Vi deler også informasjon om din bruk av nettstedet vårt med våre partnere innen sosiale medier, annonsering og analyse.")
            == "no")
    }

    // MARK: Traps

    @Test func wholeWordsOnly() {
        #expect(!PhraseMatcher.contains(["accept"], in: "This is acceptable."))
        #expect(!PhraseMatcher.contains(["accept"], in: "We have accepted your choice"))
        #expect(PhraseMatcher.contains(["accept"], in: "Click Accept to continue."))
        #expect(PhraseMatcher.contains(["accept all"], in: "By clicking “Accept   All”, you agree"))
        #expect(PhraseMatcher.contains(["accept & close"], in: "ACCEPT & CLOSE"))
        #expect(PhraseMatcher.contains(["akzeptieren"], in: "Klicken Sie auf „Akzeptieren“"))
        #expect(!PhraseMatcher.contains(["partner"], in: "Ansprechpartner*innen"))
        #expect(!PhraseMatcher.isExactly(NoticeLanguage.english.acceptAll, line: "Acceptable use policy"))
        #expect(!PhraseMatcher.isExactly(NoticeLanguage.english.acceptAll, line: "Accept all cookies to see this video and more"))
    }

    @Test func placeholdersGiveNoCount() {
        let lines = [
            "nos {numberOfPartners} partenaires",
            "Manage {vendor_count} vendors",
            "We and our [NUMBER_OF_VENDORS] partners process data",
            "%s partners can use this purpose",
            "{{count}} partners can use this purpose",
            "We and our ${vendorCount} partners",
            "%1$s partners can use this purpose",
        ]
        for line in lines {
            #expect(count(line) == nil, "\(line)")
            #expect(!PhraseMatcher.placeholders(in: line).isEmpty, "\(line)")
        }
        #expect(PhraseMatcher.placeholders(in: "We and our [NUMBER_OF_VENDORS] partners") == ["[NUMBER_OF_VENDORS]"])
        #expect(PhraseMatcher.placeholders(in: "%s partners can use this purpose") == ["%s"])
        #expect(PhraseMatcher.placeholders(in: "{{count}} partners") == ["{{count}}"])
        // Not a count: a title template, a footnote, a price.
        #expect(PhraseMatcher.placeholders(in: "{title}").isEmpty)
        #expect(PhraseMatcher.placeholders(in: "See note [1] and [Learn more]").isEmpty)
        #expect(PhraseMatcher.placeholders(in: "Save 50% today").isEmpty)
        #expect(PhraseMatcher.placeholders(in: "We and our 157 partners").isEmpty)
    }

    @Test func thousandsSeparatorsAndOddNumbers() {
        #expect(count("We and our 1,024 partners") ?? (0, false) == (1024, true))
        #expect(count("Wir und unsere 1.024 Partner") ?? (0, false) == (1024, true))
        #expect(count("nous et nos 1 024 partenaires") ?? (0, false) == (1024, true))
        #expect(count("We and our 12,345 partners") ?? (0, false) == (12345, true))
        // A decimal or a year is not glued to the count.
        #expect(count("Version 2.5: 157 partners can use this purpose") ?? (0, true) == (157, false))
        #expect(count("In 2024 157 partners can use this purpose") ?? (0, true) == (157, false))
        #expect(count("{0} partners can use this purpose") == nil)
        #expect(count("Partner 3rd") == nil)
        #expect(count("No number here") == nil)
    }

    @Test func longestPatternWins() {
        // "our # partners" (total) beats "# partners" (item) …
        #expect(count("Our 230 partners") ?? (0, false) == (230, true))
        // … and the item pattern's full wording beats the bare count.
        let m = PhraseMatcher.partnerCount(in: "Create profiles 35 partners can use this purpose.", languages: [.english])
        #expect(m?.count == 35)
        #expect(m.map { String("Create profiles 35 partners can use this purpose."[$0.range]) } == "35 partners can use this purpose")
        // A language that is not asked about does not match.
        #expect(PhraseMatcher.partnerCount(in: "Wir und unsere 157 Partner", languages: [.english]) == nil)
    }

    @Test func headingsAreNotSentencesOrTitles() {
        #expect(heading("These cookies are necessary for the website to function and cannot be switched off.") == nil)
        #expect(heading("Necessary cookies help make a website usable") == nil)
        #expect(heading("Strictly necessary: these cookies are required.") == nil)
        #expect(heading("Cookies Preference Centre") == nil)
        #expect(heading("Manage Consent Preferences") == nil)
        #expect(heading("Cookie Settings") == nil)
        #expect(heading("Cookies") == nil)
        #expect(heading("Privacy Preference Center") == nil)
        #expect(heading("{title}") == nil)
        #expect(heading("") == nil)
        // OneTrust's Functional is preferences, Complianz's is essential.
        #expect(heading("Functional Cookies", "onetrust") == .preferences)
        #expect(heading("Functional", "complianz") == .necessary)
        #expect(heading("Functional Functional Always active") == .preferences)
        #expect(heading("Strictly Necessary Cookies Always Active") == .necessary)
        #expect(heading("Performance and Analytics") == .statistics)
    }

    @Test func detectionNeedsEnoughWordsAndAWinner() {
        #expect(LanguageDetector.detect("Alle akzeptieren") == nil)
        #expect(LanguageDetector.detect("") == nil)
        #expect(LanguageDetector.detect("Cookies Marketing Analytics Performance Google Facebook YouTube Vimeo Twitter") == nil)
        #expect(LanguageDetector.detect("1 2 3 4 5 6 7 8 9 10 11 12") == nil)
    }

    @Test func sampleTextDumpCounts() throws {
        // thejournal.ie's OneTrust TCF notice as a text dump (Samples/).
        let text = try String(contentsOfFile: TestPaths.sample("thejournal-ie-drone-attack.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let totals = lines.compactMap { count($0) }.filter(\.1).map(\.0)
        #expect(totals == [157])
        let items = lines.compactMap { line in nameBeforeCount(line).map { ($0, count(line)!.0) } }
        #expect(items.count == 20)
        #expect(items.first.map { $0.0 } == "Store and/or access information on a device")
        #expect(items.first.map { $0.1 } == 109)
        #expect(items.contains { $0.0 == "Ensure security, prevent and detect fraud, and fix errors" && $0.1 == 90 })
        #expect(items.last.map { $0.0 } == "Save and communicate privacy choices")
        #expect(items.last.map { $0.1 } == 68)
        #expect(LanguageDetector.detect(text) == "en")
    }

    @Test func multiWordOnlyAndCallerPhrases() {
        let de = NoticeLanguage.german
        // Prose naming a lone word proves nothing; naming a multi-word label does.
        #expect(!PhraseMatcher.contains(de.acceptAll, in: "Sie können die Cookies jederzeit akzeptieren.", multiWordOnly: true))
        #expect(PhraseMatcher.contains(de.acceptAll, in: "Mit einem Klick auf „Alle akzeptieren“ willigen Sie ein.", multiWordOnly: true))
        #expect(!PhraseMatcher.contains(["akzeptieren"], in: "Sie können die Cookies jederzeit akzeptieren.", multiWordOnly: true))
        // Phrases a caller writes unfolded still match.
        #expect(PhraseMatcher.isExactly(["Accept All"], line: "accept all"))
        #expect(PhraseMatcher.contains(["Accept All"], in: "Click ACCEPT ALL to continue"))
    }

    @Test func concurrentUseAgrees() async {
        let lines = [
            "We and our 157 partners", "Alle akzeptieren", "Immer aktiv", "Strictly Necessary Cookies",
            "109 Partner können diesen Zweck nutzen", "Tout refuser", "This is acceptable.",
        ]
        let expected = lines.map { line in
            "\(String(describing: PhraseMatcher.partnerCount(in: line, languages: NoticeLanguage.all)?.count))"
                + "\(NoticeLanguage.all.contains { PhraseMatcher.isExactly($0.acceptAll, line: line) })"
                + "\(NoticeLanguage.all.contains { PhraseMatcher.contains($0.alwaysActive, in: line) })"
                + "\(String(describing: PhraseMatcher.categoryClass(ofHeading: line, languages: NoticeLanguage.all)))"
        }
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var out: [String] = []
                    for _ in 0..<40 {
                        out = lines.map { line in
                            "\(String(describing: PhraseMatcher.partnerCount(in: line, languages: NoticeLanguage.all)?.count))"
                                + "\(NoticeLanguage.all.contains { PhraseMatcher.isExactly($0.acceptAll, line: line) })"
                                + "\(NoticeLanguage.all.contains { PhraseMatcher.contains($0.alwaysActive, in: line) })"
                                + "\(String(describing: PhraseMatcher.categoryClass(ofHeading: line, languages: NoticeLanguage.all)))"
                        }
                    }
                    return out
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        for result in results { #expect(result == expected) }
    }

    // MARK: Table hygiene

    @Test func everyLanguageIsListedOnce() {
        let codes = NoticeLanguage.all.map(\.code)
        #expect(codes == ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "da", "sv", "no", "bg", "cs", "el", "et", "fi", "hr",
                          "hu", "lt", "lv", "mt", "ro", "sk", "sl", "ca", "tr", "ru", "uk", "zh", "ja", "ko", "ar",
                          // Read from their packs alone, after the others.
                          "bs", "gl", "id", "ms"])
        // Every language has its generated pack, and every pack its language.
        #expect(Set(LanguagePack.generated.keys) == Set(codes))
        #expect(Set(codes).count == codes.count)
        for code in codes { #expect(NoticeLanguage.language(code: code)?.code == code) }
    }

    @Test func tablesAreWrittenFolded() {
        for language in NoticeLanguage.all {
            let phrases = language.detectionWords + language.totalPartnerPatterns + language.itemPartnerPatterns
                + language.alwaysActive + language.acceptAll + language.rejectAll + language.manageChoices
                + language.saveChoices + language.legitimateInterest + language.noticeVocabulary + language.cookieWords
                + language.categoryNames.flatMap(\.1)
            for phrase in phrases {
                #expect(TextNormalizer.fold(phrase) == phrase, "\(language.code): \(phrase)")
                #expect(phrase.trimmed(" ") == phrase, "\(language.code): \(phrase)")
            }
            for pattern in language.totalPartnerPatterns + language.itemPartnerPatterns {
                #expect(pattern.filter { $0 == "#" }.count == 1, "\(language.code): \(pattern)")
                #expect(PartnerPattern(pattern, isTotal: true) != nil, "\(language.code): \(pattern)")
            }
        }
    }

    @Test func aCategoryNameMeansOneClassInEveryLanguage() {
        var seen: [String: (CategoryClass, String)] = [:]
        for language in NoticeLanguage.all {
            for (key, cls) in CompiledLanguage.of(language).categories {
                if let (other, code) = seen[key] {
                    #expect(other == cls, "\"\(key)\" is \(other) in \(code) but \(cls) in \(language.code)")
                } else {
                    seen[key] = (cls, language.code)
                }
            }
        }
    }

    @Test func labelsDoNotCollideWithinALanguage() {
        // A label that is both accept and reject (or accept and save) would make a control ambiguous.
        for language in NoticeLanguage.all {
            let accept = Set(language.acceptAll)
            #expect(accept.isDisjoint(with: language.rejectAll), "\(language.code)")
            #expect(accept.isDisjoint(with: language.saveChoices), "\(language.code)")
            #expect(Set(language.rejectAll).isDisjoint(with: language.saveChoices), "\(language.code)")
        }
    }
}

private extension StringProtocol {
    func trimmed(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace || set.contains(f) { s.removeFirst() }
        while let l = s.last, l.isWhitespace || set.contains(l) { s.removeLast() }
        return String(s)
    }
}

/// Every language's control examples (in its own file) read as that language says, alone, in
/// capitals, and glued into one row with the others.
@Suite struct ControlLexiconTests {
    @Test(arguments: NoticeLanguage.handWritten.map(\.code))
    func examplesReadAsTheirLanguageSays(code: String) throws {
        let language = try #require(NoticeLanguage.language(code: code))
        #expect(language.controlExamples.count >= 5)
        for (label, kind) in language.controlExamples {
            #expect(ControlLexicon.kind(of: label) == kind, "\(code): \"\(label)\"")
            if kind != nil { #expect(ControlLexicon.kind(of: label.uppercased()) == kind, "\(code): \"\(label.uppercased())\"") }
        }
        // The first accept, reject and manage examples glued into one row, as copies glue them.
        let row = [ControlKind.acceptAll, .rejectAll, .manageChoices].compactMap { k in language.controlExamples.first { $0.1 == k }?.0 }
        let labels = ControlLexicon.labels(in: row.joined())
        #expect(labels.map(\.kind) == [.acceptAll, .rejectAll, .manageChoices], "\(code): \(row.joined()) → \(labels)")
    }

    /// "Privacy settings" in every language, compounds too, opens the choices; the privacy
    /// policy and a lone "Privacy" stay links.
    @Test func privacySettingsOpenTheChoices() {
        for label in ["Privacy settings", "Datenschutz-Einstellungen", "Privatsphäre-Einstellungen", "Paramètres de confidentialité",
                      "Impostazioni privacy", "Configuración de privacidad", "Privacy-instellingen", "Privacyinstellingen",
                      "Ustawienia prywatności", "Configurações de privacidade", "Privatlivsindstillinger", "Integritetsinställningar",
                      "Personverninnstillinger", "Your Privacy Choices"] {
            #expect(ControlLexicon.labels(in: label).map(\.kind) == [.manageChoices], "\(label)")
        }
        for link in ["Privacy Policy", "Privacy", "Datenschutz", "Datenschutzerklärung", "Politique de confidentialité", "Informativa privacy"] {
            #expect(ControlLexicon.labels(in: link).isEmpty, "\(link)")
        }
        // A plugin's row of links: accept, refuse, the policy, the settings, more.
        #expect(ControlLexicon.labels(in: "Akzeptiere Ablehnen Datenschutz Datenschutz-Einstellungen Mehr über unsere Umgang mit Cookies").map(\.kind)
                == [.acceptAll, .rejectAll, .manageChoices])
    }

    @Test func proseIsNoLabel() {
        #expect(ControlLexicon.labels(in: "Selecting Accept All enables tracking technologies").isEmpty)
        #expect(ControlLexicon.labels(in: "Consent (402 vendors)").isEmpty)
        #expect(ControlLexicon.labels(in: "Manage Consent Preferences").map(\.kind) == [.manageChoices])
    }

    @Test func gluedRows() {
        #expect(ControlLexicon.labels(in: "Accept Deny View preferences Save preferences").map(\.kind)
                == [.acceptAll, .rejectAll, .manageChoices, .saveChoices])
        #expect(ControlLexicon.labels(in: "Cookie settingsReject allAccept all").map(\.kind) == [.manageChoices, .rejectAll, .acceptAll])
        #expect(ControlLexicon.labels(in: "COOKIE SETTINGSREJECT ALLACCEPT ALL").map(\.kind) == [.manageChoices, .rejectAll, .acceptAll])
        #expect(ControlLexicon.labels(in: "Reject All Confirm My Choices").map(\.kind) == [.rejectAll, .saveChoices])
        #expect(ControlLexicon.labels(in: "Customize PreferencesNecessary OnlyAccept AllClose").map(\.kind)
                == [.manageChoices, .rejectAll, .acceptAll])
        #expect(ControlLexicon.labels(in: "ConsentDo not consentManage options").map(\.kind) == [.acceptAll, .rejectAll, .manageChoices])
        #expect(ControlLexicon.trailingLabels(in: "En cliquant, vous acceptez les cookies. Paramètres des cookies Autoriser tous les cookiesContinuer sans accepter").map(\.kind)
                == [.manageChoices, .acceptAll, .rejectAll])
    }
}

/// The Markdown reader on hostile inline markup: results, not timings (Scripts/growth-check
/// measures the growth at n and 4n).
@Suite struct MarkdownInlineTests {
    @Test func linksImagesAndLiteralBrackets() {
        #expect(MarkdownReader.stripInline("[Reject All](#) ![logo](x.png) [x] **Accept**") == "Reject All  [x] Accept")
        #expect(MarkdownReader.stripInline(String(repeating: "[", count: 5000) + "x" + String(repeating: "]", count: 5000))
                == String(repeating: "[", count: 5000) + "x" + String(repeating: "]", count: 5000))
        #expect(MarkdownReader.stripInline(String(repeating: "[a](", count: 2000)).count == 8000)
        #expect(MarkdownReader.stripInline("[a [b](u) c](v)") == "a b c")
    }

    @Test func blockStructure() {
        let lines = MarkdownReader.lines(of: "Title\n=====\n\n*   ### Strictly Necessary Cookies\n\n> - [x] Marketing\n\n1. First\n\n| Cookie | Duration |\n|---|---|\n| _ga | 2 years |\n")
        #expect(lines.map(\.text) == ["Title", "Strictly Necessary Cookies", "Marketing", "First", "Cookie | Duration", "_ga | 2 years"])
        #expect(lines.map(\.role) == [.heading, .heading, .checkbox, .listItem, .tableRow, .tableRow])
        #expect(lines[2].checked == true)
    }
}
