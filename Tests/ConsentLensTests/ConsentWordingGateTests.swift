import Testing
import ConsentParse
@testable import ConsentLens

/// Isolation ends a page early when none of its lines may be consent wording
/// (``LineScorer/mayBeConsentWording(_:reading:)``). The gate must let through every reading that
/// gives consent wording, not only lines that name cookies: a notice whose only consent wording is
/// a TCF purpose, a partner count, an "Always Active" label or a layer's title is still a notice.
@Suite struct ConsentWordingGateTests {
    /// Whether the gate lets the line through, and whether its words alone would have.
    func gate(_ text: String, role: LineRole = .text) -> (passes: Bool, byWords: Bool) {
        let line = TextLine(text: text, role: role)
        let reading = LineScorer.reading(line)
        return (LineScorer.mayBeConsentWording(line, reading: reading), reading?.isConsentWording ?? false)
    }

    @Test(arguments: [
        // A TCF purpose's name, in English and in German.
        "Store and/or access information on a device",
        "Informationen auf einem Gerät speichern und/oder abrufen",
        // A partner count with no word for cookies or consent around it.
        "We and our 157 partners",
        // An "Always Active" label and a preference centre's title.
        "Always Active",
        "Privacy Preference Center",
    ])
    func readingsBeyondWordsPassTheGate(text: String) {
        let (passes, _) = gate(text)
        #expect(passes, "\(text)")
        // The line's score says the same: the gate is no looser than it needs to be here.
        #expect(LineScorer.score(TextLine(text: text)).consent, "\(text)")
    }

    @Test(arguments: [
        "Fish twice a week is fine, but avoid those high in mercury.",
        "Get our weekly recipes",
        "Accept",
        "Home",
        "Nutrition matters in pregnancy, and small changes help. Doctors advise a varied diet.",
    ])
    func ordinaryLinesDoNot(text: String) {
        #expect(!gate(text).passes, "\(text)")
        #expect(!LineScorer.score(TextLine(text: text)).consent, "\(text)")
    }

    @Test func cookieWordsPassByWords() {
        let g = gate("This website uses cookies to improve your experience.")
        #expect(g.passes && g.byWords)
    }

    /// A notice whose consent wording is only TCF purposes, with its row of buttons, found in a
    /// text copy and in HTML: the gate does not drop it.
    @Test func noticeOfTCFPurposesAloneIsFound() throws {
        let purposes = [
            "Store and/or access information on a device",
            "Use limited data to select advertising",
            "Create profiles for personalised advertising",
            "Use profiles to select personalised advertising",
            "Measure advertising performance",
        ]
        for purpose in purposes { #expect(gate(purpose).passes, "\(purpose)") }
        let text = (["Daily news roundup", "Read the latest stories from our newsroom."] + purposes
            + ["Accept all", "Reject all"]).joined(separator: "\n")
        let fromText = try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "purposes.txt").notice
        #expect(fromText?.purposes.map(\.tcfId) == [1, 2, 3, 4, 7])
        #expect(fromText?.controls.acceptAll == true)
        #expect(fromText?.controls.rejectAll == true)

        let html = "<html><body><main><h1>Daily news roundup</h1><p>Read the latest stories from our newsroom.</p></main>"
            + "<div class=\"panel\"><ul>" + purposes.map { "<li>\($0)</li>" }.joined()
            + "</ul><button>Accept all</button><button>Reject all</button></div></body></html>"
        let fromHTML = try ConsentAnalyzer.analyse(bytes: Array(html.utf8), path: "purposes.html").notice
        #expect(fromHTML?.purposes.map(\.tcfId) == [1, 2, 3, 4, 7])
        #expect(fromHTML?.controls.rejectAll == true)
    }

    /// A page with no line that may be consent wording has no notice, however many button-like
    /// lines and category-like labels it holds.
    @Test func pageWithoutConsentWordingHasNoNotice() throws {
        let lines = ["Accept", "Decline", "Marketing", "Analytics", "Settings", "Save", "Accept", "Decline"]
        #expect(lines.allSatisfy { !gate($0).passes })
        let content = PageContent(format: .text, lines: lines.map { TextLine(text: $0, role: .button) })
        #expect(NoticeIsolator.isolate(content) == nil)
    }
}
