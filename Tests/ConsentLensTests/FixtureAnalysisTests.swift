import Testing
@testable import ConsentLens

/// Hand-written pages modelled on real OneTrust and CookieYes markup (see the corpus pages under
/// onetrust/ and cookieyes/): container isolation, TCF items in a DOM snapshot, buttons, and the
/// CookieYes template that prints "Always Active" under every category.
@Suite struct FixtureAnalysisTests {
    static let oneTrust = try! ConsentAnalyzer.analyse(path: TestPaths.fixture("onetrust-tcf-dom-snapshot.html"))
    static let cookieYes = try! ConsentAnalyzer.analyse(path: TestPaths.fixture("cookieyes-template-always-active.html"))

    func item(_ notice: ConsentNotice, _ kind: DeclarationKind, _ id: Int) -> PurposeDeclaration? {
        notice.purposes.first { $0.kind == kind && $0.tcfId == id }
    }

    @Test func oneTrustPlatformAndTotals() throws {
        let analysis = Self.oneTrust
        #expect(analysis.source.format == "html")
        #expect(analysis.platforms.first?.id == "onetrust")
        #expect(analysis.platforms.first?.confidence == "high")
        let notice = try #require(analysis.notice)
        #expect(notice.platform == "onetrust")
        #expect(notice.language == "en")
        #expect(notice.totalPartners == 212)
        #expect(notice.origin == .rendered)
        #expect(notice.legitimateInterestClaimed == true)
    }

    @Test func oneTrustItems() throws {
        let notice = try #require(Self.oneTrust.notice)
        #expect(item(notice, .purpose, 1)?.partners == 186)
        #expect(item(notice, .purpose, 2)?.partners == 160)
        #expect(item(notice, .purpose, 2)?.legitimateInterest == true)
        #expect(item(notice, .purpose, 1)?.legitimateInterest == false)
        #expect(item(notice, .specialFeature, 1)?.partners == 58)
        #expect(item(notice, .specialPurpose, 1)?.partners == 121)
        #expect(item(notice, .specialPurpose, 1)?.alwaysActive == true)
        #expect(item(notice, .feature, 2)?.partners == 77)
        #expect(item(notice, .feature, 2)?.alwaysActive == true)
        // Named on the first layer only: declared, count unknown.
        #expect(item(notice, .specialFeature, 2) != nil)
        #expect(item(notice, .specialFeature, 2)?.partners == nil)
        #expect(notice.purposes.count == 6)
        #expect(notice.stacks.map(\.tcfId) == [42])
        #expect(notice.stacks.first?.partners == nil)
    }

    @Test func oneTrustCategoriesAndControls() throws {
        let notice = try #require(Self.oneTrust.notice)
        #expect(notice.cookieCategories.map(\.name) == ["Strictly Necessary Cookies", "Targeting Cookies"])
        #expect(notice.cookieCategories.map(\.alwaysActive) == [true, false])
        // The banner's own buttons; "Confirm My Choices" is the hidden preference centre's.
        #expect(notice.controls == NoticeControls(acceptAll: true, rejectAll: true, manageChoices: true, saveChoices: false))
        #expect(notice.layers.map(\.kind) == [.banner, .preferenceCentre])
        #expect(notice.layers.map(\.shown) == [true, false])
        // Its "Manage Consent Preferences" is a heading; "Allow All", "Reject All", "Confirm My Choices" are buttons.
        #expect(notice.layers[1].controls == NoticeControls(acceptAll: true, rejectAll: true, manageChoices: false, saveChoices: true))
        #expect(notice.layers[1].cookieCategories == ["Strictly Necessary Cookies", "Targeting Cookies"])
    }

    @Test func oneTrustNoticeHoldsNoArticleText() throws {
        let encoded = try JSONRendering.render(try #require(Self.oneTrust.notice))
        for phrase in ["ferry", "Great news", "Always active in the community", "Harbour", "The Example Gazette"] {
            #expect(!encoded.contains(phrase), "notice contains \(phrase)")
        }
    }

    @Test func cookieYesAlwaysActiveOnlyWhereShown() throws {
        let analysis = Self.cookieYes
        #expect(analysis.platforms.first?.id == "cookieyes")
        let notice = try #require(analysis.notice)
        #expect(notice.cookieCategories.map(\.name) == ["Necessary", "Functional", "Analytics", "Advertisement"])
        #expect(notice.cookieCategories.map(\.normalized) == [.necessary, .preferences, .statistics, .marketing])
        #expect(notice.cookieCategories.map(\.alwaysActive) == [true, false, false, false])
        #expect(notice.cookieCategories[0].description?.hasPrefix("Necessary cookies are required") == true)
        #expect(notice.controls == NoticeControls(acceptAll: true, rejectAll: true, manageChoices: true, saveChoices: false))
        #expect(notice.layers.map(\.kind) == [.banner, .preferenceCentre])
        #expect(notice.layers[1].controls.saveChoices == true)
        #expect(notice.purposes.isEmpty)
        #expect(notice.totalPartners == nil)
    }
}

/// Checkbox states: the EDPB's "pre-ticked boxes" needs to know how a category's box was saved.
@Suite struct PreTickedBoxTests {
    @Test func htmlBoxesAreRead() throws {
        let html = """
            <html><body><div id="onetrust-pc-sdk"><h3>Manage Consent Preferences</h3>
            <div class="ot-cat-item"><h4 class="ot-cat-header">Strictly Necessary Cookies</h4><input type="checkbox" checked disabled><p>These cookies are needed for the site to work and are always on.</p></div>
            <div class="ot-cat-item"><h4 class="ot-cat-header">Targeting Cookies</h4><input type="checkbox" checked><p>These cookies build a profile of your interests for advertising partners.</p></div>
            <div class="ot-cat-item"><h4 class="ot-cat-header">Performance Cookies</h4><input type="checkbox"><p>These cookies count visits so we can measure and improve performance.</p></div>
            <button>Accept All</button><button>Reject All</button></div></body></html>
            """
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(html.utf8), path: "boxes.html").notice)
        #expect(notice.cookieCategories.map(\.name) == ["Strictly Necessary Cookies", "Targeting Cookies", "Performance Cookies"])
        #expect(notice.cookieCategories.map(\.alwaysActive) == [true, false, false])
        #expect(notice.cookieCategories.map(\.preTicked) == [nil, true, false])
        let finding = try #require(PrivacyAssessor.assess(notice).findings.first { $0.id == "controls.pre-ticked-boxes" })
        #expect(finding.points == 8)
        #expect(finding.explanation == "Optional categories are saved already ticked: Targeting Cookies.")
    }

    @Test func markdownCheckboxesAreRead() throws {
        let markdown = "# Privacy\n\n## Manage Consent Preferences\n\nWe use cookies and similar technologies with our partners.\n\n- [x] Strictly Necessary Cookies\n- [ ] Targeting Cookies\n- [ ] Performance Cookies\n\nAccept All\n"
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(markdown.utf8), path: "boxes.md").notice)
        #expect(notice.cookieCategories.map(\.preTicked) == [true, false, false])
        let finding = try #require(PrivacyAssessor.assess(notice).findings.first { $0.id == "controls.pre-ticked-boxes" })
        #expect(finding.points == 0)
        #expect(finding.explanation == "The optional categories' boxes are saved unticked.")
    }

    @Test func textDumpsLeaveBoxesUnknown() throws {
        let notice = try #require(try ConsentAnalyzer.analyse(path: TestPaths.sample("thejournal-ie-drone-attack.txt")).notice)
        #expect(notice.cookieCategories.allSatisfy { $0.preTicked == nil })
    }
}

/// A notice from a platform ConsentLens has never seen, found by its language alone.
@Suite struct UnknownPlatformTests {
    static let html = """
        <html lang="en"><body>
        <header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
        <article><h1>Library opens on the harbour</h1>
        <p>The mayor opened the new library on Tuesday. Its reading room faces the water and seats 120.</p>
        <p>Opening hours are 9 to 5 on weekdays; volunteers will run a book club on Saturdays.</p></article>
        <div class="privacy-popup" role="dialog">
          <h2>Your privacy matters</h2>
          <p>We and our 48 partners use cookies and similar technologies to store and access information on your device.</p>
          <h3>Strictly necessary cookies</h3><span>Always active</span>
          <p>These cookies are needed for the site to work and cannot be switched off.</p>
          <h3>Advertising cookies</h3><input type="checkbox">
          <p>These cookies let our advertising partners build a profile of your interests.</p>
          <button>Accept all</button><button>Reject all</button><button>Cookie settings</button>
        </div>
        <footer><p>Comments are moderated. Always active readers get a newsletter.</p></footer>
        </body></html>
        """

    @Test func foundWithoutAPlatform() throws {
        let analysis = try ConsentAnalyzer.analyse(bytes: Array(Self.html.utf8), path: "unknown.html")
        #expect(analysis.platforms.isEmpty)
        let notice = try #require(analysis.notice)
        #expect(notice.platform == nil)
        #expect(notice.totalPartners == 48)
        #expect(notice.cookieCategories.map(\.name) == ["Strictly necessary cookies", "Advertising cookies"])
        #expect(notice.cookieCategories.map(\.alwaysActive) == [true, false])
        #expect(notice.cookieCategories.map(\.preTicked) == [nil, false])
        #expect(notice.controls == NoticeControls(acceptAll: true, rejectAll: true, manageChoices: true, saveChoices: false))
        let json = try JSONRendering.render(notice)
        for phrase in ["library", "mayor", "newsletter", "Home"] { #expect(!json.contains(phrase), "notice contains \(phrase)") }
    }
}

/// Cookiebot's and Didomi's rendered notices, as DOM snapshots save them (hand-written fixtures
/// modelled on their markup): the platform's container, checkbox states, and French wording.
@Suite struct MorePlatformFixtureTests {
    @Test func cookiebotDialog() throws {
        let analysis = try ConsentAnalyzer.analyse(path: TestPaths.fixture("cookiebot-didomi-dom-snapshots.html"))
        #expect(analysis.platforms.first?.id == "cookiebot")
        let notice = try #require(analysis.notice)
        #expect(notice.platform == "cookiebot")
        #expect(notice.cookieCategories.map(\.name) == ["Necessary", "Preferences", "Statistics", "Marketing"])
        #expect(notice.cookieCategories.map(\.alwaysActive) == [true, false, false, false])
        #expect(notice.cookieCategories.map(\.preTicked) == [nil, false, true, false])
        #expect(notice.controls == NoticeControls(acceptAll: true, rejectAll: true, manageChoices: true, saveChoices: false))
        let preTicked = try #require(analysis.assessment?.findings.first { $0.id == "controls.pre-ticked-boxes" })
        #expect(preTicked.points == 8)
        #expect(try !JSONRendering.render(notice).contains("Trail running"))
    }

    @Test func didomiPopupInFrench() throws {
        let analysis = try ConsentAnalyzer.analyse(path: TestPaths.fixture("didomi-dom-snapshot.html"))
        #expect(analysis.platforms.first?.id == "didomi")
        let notice = try #require(analysis.notice)
        #expect(notice.platform == "didomi")
        #expect(notice.language == "fr")
        #expect(notice.totalPartners == 842)
        #expect(notice.legitimateInterestClaimed == true)
        #expect(notice.purposes.map(\.tcfId) == [1])
        #expect(notice.stacks.map(\.tcfId) == [42])
        #expect(notice.controls.acceptAll == true)
        #expect(notice.controls.rejectAll == true)
        #expect(notice.controls.manageChoices == true)
        #expect(try !JSONRendering.render(notice).contains("rentrée"))
    }
}
