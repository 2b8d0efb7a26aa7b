import Foundation
import Testing
@testable import ConsentLens

/// A notice needs consent wording: an ad slot's label read as a marketing category, or a pair of
/// generic buttons, is not one. Each page here is an ordinary page of the kinds a crawl holds,
/// written in several languages and shapes; the positive cases keep real notices that say
/// "cookies" nowhere.
@Suite struct FalseNoticeTests {
    func notice(_ text: String, name: String) throws -> ConsentNotice? {
        try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: name).notice
    }

    /// An article with ad slots labelled in several languages, a newsletter box with two buttons,
    /// and a privacy-policy link in the footer.
    static func adSlotPage(label: String, accept: String, decline: String) -> String {
        """
        <html><body><header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
        <article><h1>Expecting? What to eat in the first months</h1>
        <p>Nutrition matters in pregnancy, and small changes help. Doctors advise a varied diet with enough folate.</p>
        <div class="ad-slot"><span class="ad-label">\(label)</span><div id="div-gpt-ad-1"></div></div>
        <p>Fish twice a week is fine, but avoid those high in mercury. Talk to your midwife about supplements.</p>
        <div class="ad-slot"><span class="ad-label">\(label)</span><div id="div-gpt-ad-2"></div></div>
        <div class="newsletter"><h3>Get our weekly recipes</h3><button>\(accept)</button><button>\(decline)</button></div>
        </article>
        <footer><a href="/privacy">Privacy policy</a> <a href="/terms">Terms</a></footer></body></html>
        """
    }

    @Test(arguments: [
        ("ADVERTISEMENT", "Yes, please", "No thanks"),
        ("Advertisement", "Accept", "Decline"),
        ("Werbung", "Ja", "Nein"),
        ("REKLAMA", "Tak", "Nie"),
        ("Publicité", "Accepter", "Refuser"),
    ])
    func adSlotLabelsAndButtonPairsAreNoNotice(label: String, accept: String, decline: String) throws {
        #expect(try notice(Self.adSlotPage(label: label, accept: accept, decline: decline), name: "article.html") == nil)
        // The same page as a text copy.
        let text = [
            "Expecting? What to eat in the first months", label,
            "Nutrition matters in pregnancy, and small changes help. Doctors advise a varied diet with enough folate.",
            label, "Get our weekly recipes", accept, decline, "Privacy policy",
        ].joined(separator: "\n")
        #expect(try notice(text, name: "article.txt") == nil)
    }

    /// An article with an ad label over every slot and a word of the notices' vocabulary in its
    /// prose ("false advertising"): the label recurs, so it is the page's, not a category.
    @Test(arguments: ["ADVERTISEMENT", "Anzeige", "Publicidad"])
    func aRecurringAdLabelIsNoCategory(label: String) throws {
        var html = "<html><body><h1>Her career in five songs</h1>"
        for i in 1...6 {
            html += "<div class=\"ad\"><p>\(label)</p></div><p>Paragraph \(i) of the story: the singer spent a year on tour before her breakthrough.</p>"
        }
        html += "<p>In 2012 a lawsuit against her alleged false advertising, which she denied in court.</p></body></html>"
        #expect(try notice(html, name: "story.html") == nil)
    }

    @Test func aLoneButtonPairIsNoNotice() throws {
        let page = "<html><body><h2>Continue reading?</h2><p>Part two of the series follows next week.</p><button>Accept</button><button>Reject</button></body></html>"
        #expect(try notice(page, name: "pair.html") == nil)
    }

    @Test func noticesWithoutTheWordCookieAreStillFound() throws {
        let english = """
            Your privacy
            We and our partners store and access information on your device to measure and improve our services.
            Accept all
            Reject all
            """
        let found = try #require(try notice(english, name: "privacy.txt"))
        #expect(found.controls.acceptAll == true)
        #expect(found.controls.rejectAll == true)
        let german = """
            <div role="dialog"><h2>Datenschutz-Einstellungen</h2>
            <p>Wir und unsere Partner verarbeiten personenbezogene Daten mit Ihrer Einwilligung, um Inhalte und Werbung zu personalisieren.</p>
            <button>Alle akzeptieren</button><button>Alle ablehnen</button></div>
            """
        let de = try #require(try notice(german, name: "datenschutz.html"))
        #expect(de.controls.rejectAll == true)
    }

    /// A consent dialog whose details (purpose, storage, legal basis per service) stand between
    /// its wording and its buttons, as German publishers' own dialogs lay it out.
    @Test func buttonsUnderTheNoticesDetailsReachItsWording() throws {
        var lines = [
            "<html><body><p>Ein Artikel über den Weinbau in der Pfalz.</p><div class=\"privacy-dialog\">",
            "<p>Der datenschutzrechtliche Verantwortliche würde gerne mit folgenden Diensten Ihre personenbezogenen Daten verarbeiten.</p>",
        ]
        for service in ["Facebook Pixel", "YouTube", "Google reCAPTCHA"] {
            lines += [
                "<h4>\(service)</h4>", "<p>Zweck: Fehleranalyse und statistische Auswertung unserer Website</p>",
                "<p>Speicherdauer: Daten auf Ihrem Endgerät bis zu zwei Jahre.</p>",
                "<p>Rechtsgrundlage für die Datenverarbeitung: freiwillige, jederzeit widerrufbare Einwilligung</p>",
                "<p>Empfänger:</p>", "<p>Meta Platforms Ireland Ltd., Dublin, Irland</p>",
            ]
        }
        lines += ["<button>AUSWAHL AKZEPTIEREN</button><button>NICHTS AKZEPTIEREN</button><button>ALLES AKZEPTIEREN</button></div></body></html>"]
        let found = try #require(try notice(lines.joined(separator: "\n"), name: "dialog.html"))
        #expect(found.controls.acceptAll == true)
        #expect(found.controls.rejectAll == true)
        // A poll under an article that mentions settings once is not one.
        let poll = """
            <html><body><h2>Chrome exportieren</h2><p>Die Einstellungen liegen im Ordner Lokale Einstellungen/Anwendungsdaten/Google/Chrome.</p>
            <p>Kopiert den Ordner auf einen USB-Stick.</p><p>Marco, Experte für Windows.</p><p>Ist der Artikel hilfreich?</p>
            <button>Ja</button><button>Nein</button></body></html>
            """
        #expect(try notice(poll, name: "poll.html") == nil)
    }

    @Test func aCategoryListStillNeedsNoCookieWordWhenItHasBoxes() throws {
        let banner = """
            This website uses cookies
            We use cookies to personalise content and ads and to analyse our traffic.
            Necessary
            Statistics
            Marketing
            Allow all
            Deny
            """
        let found = try #require(try notice(banner, name: "cookiebot.txt"))
        #expect(found.cookieCategories.map(\.normalized) == [.necessary, .statistics, .marketing])
    }
}
