import Testing
import ConsentParse
@testable import ConsentLens

/// A notice drawn by a tool no catalogue knows, in an element its author named for consent
/// ("consent_manager-wrapper", "gdpr-box"), is taken whole: a table of cookies that scores below
/// zero no longer cuts it off from its groups and its row of buttons. Laid out in several
/// languages and container names; a wrapper as large as the page is never taken.
@Suite struct ConsentContainerWideningTests {
    struct Wording: Sendable {
        var title: String
        var text: String
        var necessary: String
        var statistics: String
        var reject: String
        var save: String
        var accept: String
    }

    static let german = Wording(
        title: "Datenschutz-Einstellungen",
        text: "Wir verwenden Cookies, um unsere Website sicher anzubieten und ihre Nutzung zu analysieren.",
        necessary: "Erforderliche Cookies", statistics: "Statistik Cookies",
        reject: "Ablehnen", save: "Auswahl speichern", accept: "Alle akzeptieren")
    static let french = Wording(
        title: "Paramètres de confidentialité",
        text: "Nous utilisons des cookies pour assurer le bon fonctionnement du site et mesurer son audience.",
        necessary: "Cookies nécessaires", statistics: "Cookies statistiques",
        reject: "Tout refuser", save: "Enregistrer mes choix", accept: "Tout accepter")

    /// A cookie table: name, purpose and lifetime of each cookie, one line each, none of them
    /// consent wording.
    static func table(rows: Int) -> String {
        (0..<rows).map { i in
            "<div class=\"row\"><span>_tk\(i)</span></div><div class=\"row\">Identifies a visit number \(i) of the site.</div><div class=\"row\">\(i + 1) days</div>"
        }.joined()
    }

    static func page(_ w: Wording, container: String, rows: Int = 8) -> String {
        """
        <html><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
        <main><h1>The tower reopens in spring</h1><p>After two years of work the old tower opens to visitors again, with a new staircase and a view over the park.</p></main>
        <div class="\(container)"><div><h3>\(w.title)</h3><p>\(w.text)</p>
        <label><input type="checkbox" checked disabled>\(w.necessary)</label>
        <label><input type="checkbox">\(w.statistics)</label>
        <div class="details">\(table(rows: rows))</div>
        <button>\(w.reject)</button><button>\(w.save)</button><button>\(w.accept)</button></div></div>
        <footer><a href="/imprint">Imprint</a></footer></body></html>
        """
    }

    @Test(arguments: [
        (german, "consent_manager-wrapper"),
        (german, "cookie-notice"),
        (french, "gdpr-box"),
        (french, "DSGVO-Layer"),
    ])
    func buttonsAfterACookieTableAreTheNotices(wording: Wording, container: String) throws {
        let html = Self.page(wording, container: container)
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(html.utf8), path: "unknown-tool.html").notice)
        #expect(notice.controls.rejectAll == true)
        #expect(notice.controls.acceptAll == true)
        #expect(notice.controls.saveChoices == true)
        #expect(notice.cookieCategories.map(\.name) == [wording.necessary, wording.statistics])
    }

    /// The same notice in a container with no consent in its name ends where its scored run
    /// ends: the buttons are past reach and stay unknown, never guessed.
    @Test func anUnnamedContainerIsNotWidened() throws {
        let html = Self.page(Self.german, container: "box")
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(html.utf8), path: "unnamed.html").notice)
        #expect(notice.controls.rejectAll == nil)
    }

    /// A page wrapper named for consent (`<div class="cookie-consent-pending">` around the whole
    /// page) is far larger than the notice's run, and is not taken: the article stays out.
    @Test func aPageWrapperIsNotTaken() throws {
        let article = (0..<80).map { "<p>Paragraph \($0) of the article about the tower, its history and the park around it.</p>" }.joined()
        let html = "<html><body><div class=\"page cookie-consent-pending\">" + article
            + "<div class=\"box\"><h3>Datenschutz-Einstellungen</h3><p>Wir verwenden Cookies, um unsere Website sicher anzubieten.</p>"
            + "<button>Ablehnen</button><button>Alle akzeptieren</button></div>" + article + "</div></body></html>"
        let content = try HTMLPageBuilder.build(html: html)
        let isolated = try #require(NoticeIsolator.isolate(content))
        #expect(isolated.lines.map(\.text) == ["Datenschutz-Einstellungen", "Wir verwenden Cookies, um unsere Website sicher anzubieten.", "Ablehnen", "Alle akzeptieren"])
    }
}
