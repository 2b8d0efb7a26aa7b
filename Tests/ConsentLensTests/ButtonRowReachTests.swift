import Testing
@testable import ConsentLens

/// After a notice found by scoring, its row of buttons may stand a few lines further on. A lesser
/// control reached there (a save or settings label, not accept or reject) is the notice's only
/// when it is shown as the notice is: a hidden one belongs to another box of the page.
@Suite struct ButtonRowReachTests {
    static let banners: [(text: String, accept: String, save: String, page: String)] = [
        ("By clicking Accept Cookies, you agree to our use of cookies and other tracking technologies.",
         "Accept Cookies", "Save settings", "Jobs"),
        ("Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.",
         "Cookies akzeptieren", "Einstellungen speichern", "Stellenangebote"),
        ("Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
         "Accepter les cookies", "Enregistrer les paramètres", "Offres d'emploi"),
    ]

    static func page(text: String, accept: String, save: String, nav: String, saveHidden: Bool) -> String {
        let style = saveHidden ? " style=\"display:none\"" : ""
        return """
        <html><body><div class="bar"><p>\(text)</p><button>\(accept)</button></div>
        <nav><ul><li>\(nav)</li><li>Blog</li><li>About</li></ul></nav>
        <div class="other"\(style)><button>\(save)</button></div>
        <main><h1>Hiring developers</h1><p>We match companies with engineers, and every engineer is screened by us first.</p></main>
        </body></html>
        """
    }

    /// Hidden: another box's control, so the file shows the notice offered no saving
    /// (`false`). Shown and close after: the notice's own.
    @Test(arguments: [0, 1, 2], [true, false])
    func aLesserControlAfterTheNoticeIsItsOwnOnlyWhenShownAlike(index: Int, saveHidden: Bool) throws {
        let b = Self.banners[index]
        let html = Self.page(text: b.text, accept: b.accept, save: b.save, nav: b.page, saveHidden: saveHidden)
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(html.utf8), path: "banner.html").notice)
        #expect(notice.controls.acceptAll == true)
        #expect(notice.controls.saveChoices == !saveHidden)
    }
}
