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
        #expect(notice.controls == NoticeControls(acceptAll: true, rejectAll: true, manageChoices: true, saveChoices: true))
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
        #expect(notice.controls == NoticeControls(acceptAll: true, rejectAll: true, manageChoices: true, saveChoices: true))
        #expect(notice.purposes.isEmpty)
        #expect(notice.totalPartners == nil)
    }
}
