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
