import Testing
@testable import ConsentLens

/// A notice that names its own button in quotes shows that the button exists; the quotes are
/// found in every style the languages use, and a line without an opening quote is passed over.
@Suite struct QuotedPhraseTests {
    @Test func quotesOfEveryStyle() {
        #expect(QuotedPhrases.of("En cliquant sur «Continuer sans accepter», vous refusez") == ["Continuer sans accepter"])
        #expect(QuotedPhrases.of("Click \"Yes, I accept\" or “Reject all” below") == ["Yes, I accept", "Reject all"])
        #expect(QuotedPhrases.of("Mit Klick auf „Alle akzeptieren“ stimmen Sie zu") == ["Alle akzeptieren"])
        #expect(QuotedPhrases.of("Select ‘Manage options’ to choose") == ["Manage options"])
    }

    @Test func noOpeningQuoteNoPhrase() {
        #expect(QuotedPhrases.of("We and our partners’ use of cookies — it’s your choice").isEmpty)
        #expect(QuotedPhrases.of("Nous utilisons des cookies » pour").isEmpty)
        // An opener far from any closer is an apostrophe or a stray mark, not a label.
        #expect(QuotedPhrases.of("\"" + String(repeating: "word ", count: 20) + "\"").isEmpty)
    }
}
