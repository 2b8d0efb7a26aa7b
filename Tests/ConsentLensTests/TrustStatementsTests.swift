import Foundation
import Testing
@testable import ConsentLens

/// What the tool states must follow from the file: each case runs the built binary on a notice
/// written here (modelled on real layouts, re-laid in more than one shape) and, where the corpus
/// is present, on the corpus page that showed the fault.
@Suite(.serialized) struct TrustStatementsTests {
    static let corpus = TestPaths.corpus

    /// Writes `text` to a temporary file named `name` and runs `consentlens` on it.
    func run(_ arguments: [String], page text: String, name: String) throws -> CLIRun {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return try CLIRun.run(arguments.map { $0 == "PAGE" ? file.path : $0 })
    }

    func json(_ run: CLIRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    func finding(_ id: String, in object: [String: Any]) throws -> [String: Any] {
        let findings = try #require((object["assessment"] as? [String: Any])?["findings"] as? [[String: Any]])
        return try #require(findings.first { $0["id"] as? String == id }, "no finding \(id)")
    }

    func corpusPage(_ relative: String) -> String? {
        Self.corpus.map { $0.appendingPathComponent("pages/\(relative)").path }
    }

    // MARK: - 1. A saved preference centre is not the first layer

    /// OneTrust's preference centre alone, as "Save page as" keeps it when the banner was closed.
    static let preferenceCentreHTML = """
        <html><body><p>Article text.</p>
        <div id="onetrust-consent-sdk"><div id="onetrust-pc-sdk" role="dialog">
        <h2>Privacy Preference Center</h2>
        <p>When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies.</p>
        <button id="accept-recommended-btn-handler">Allow All</button>
        <h3>Manage Consent Preferences</h3>
        <div class="ot-cat-item"><h4>Strictly Necessary Cookies</h4><div class="ot-always-active">Always Active</div></div>
        <div class="ot-cat-item"><h4>Targeting Cookies</h4><input type="checkbox" aria-label="Targeting Cookies"></div>
        <button class="save-preference-btn-handler">Confirm My Choices</button>
        </div></div></body></html>
        """

    /// The same centre as a text copy: its title starts the centre.
    static let preferenceCentreText = """
        Privacy Preference Center
        When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies.
        Allow All
        Manage Consent Preferences
        Strictly Necessary Cookies
        Always Active
        Targeting Cookies
        Confirm My Choices
        """

    @Test func aSavedPreferenceCentreLeavesTheFirstLayersRejectAllUnknown() throws {
        for (page, name) in [(Self.preferenceCentreHTML, "centre.html"), (Self.preferenceCentreText, "centre.txt")] {
            let object = try json(try run(["analyse", "--format", "json", "PAGE"], page: page, name: name))
            let notice = try #require(object["notice"] as? [String: Any], "\(name)")
            #expect(notice["controlsLayer"] as? String == "preferenceCentre", "\(name)")
            let reject = try finding("controls.reject-all", in: object)
            #expect(reject["status"] as? String == "unknown", "\(name)")
            #expect(reject["points"] as? Int == 0, "\(name)")
            #expect(reject["pointsAtStake"] as? Int == 15, "\(name)")
            #expect((reject["explanation"] as? String)?.contains("not the banner a visitor meets first") == true, "\(name)")

            let summary = try run(["analyse", "PAGE"], page: page, name: name).stdout
            #expect(summary.contains("Controls (preference centre; the banner a visitor meets first is not in the file)"), "\(name)")
            #expect(!summary.contains("include no reject-all"), "\(name)")
            let report = try run(["report", "PAGE"], page: page, name: name).stdout
            #expect(report.contains("| First layer | not in the file: it holds the notice's preference centre only |"), "\(name)")
            #expect(report.contains("| Control | Preference centre (no banner in the file) |"), "\(name)")
        }
    }

    @Test func aBannerWithoutRejectIsStillJudged() throws {
        let banner = """
            <div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p>We use cookies to personalise ads and measure traffic.</p>
            <button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
            <div id="onetrust-pc-sdk" style="display:none"><h2>Privacy Preference Center</h2><button>Reject All</button><button>Confirm My Choices</button></div></div>
            """
        let object = try json(try run(["analyse", "--format", "json", "PAGE"], page: banner, name: "banner.html"))
        let notice = try #require(object["notice"] as? [String: Any])
        #expect(notice["controlsLayer"] as? String == "banner")
        let reject = try finding("controls.reject-all", in: object)
        #expect(reject["status"] as? String == "observed")
        #expect(reject["points"] as? Int == 15)
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func corpusPreferenceCentresAreNotJudgedAsBanners() throws {
        for page in ["onetrust/enwb-de-prefcenter-immer-aktiv.html", "onetrust/getdbt-onetrust-4alwaysactive-jina-md.md"] {
            let object = try json(try CLIRun.run(["analyse", "--format", "json", try #require(corpusPage(page))]))
            let notice = try #require(object["notice"] as? [String: Any])
            #expect(notice["controlsLayer"] as? String == "preferenceCentre", "\(page)")
            let reject = try finding("controls.reject-all", in: object)
            #expect(reject["status"] as? String == "unknown", "\(page)")
            #expect(reject["pointsAtStake"] as? Int == 15, "\(page)")
        }
    }

    // MARK: - 2. A hidden panel adds no category

    @Test func oneTrustsCookieListTitleIsNoCategory() throws {
        let page = Self.preferenceCentreHTML.replacingOccurrences(
            of: "<button class=\"save-preference-btn-handler\">",
            with: "<section id=\"ot-pc-lst\" class=\"ot-hide ot-hosts-ui\"><div class=\"ot-lst-cntr\"><h3>Performance Cookies</h3><p>Cookie list</p></div></section><button class=\"save-preference-btn-handler\">")
        let object = try json(try run(["analyse", "--format", "json", "PAGE"], page: page, name: "list.html"))
        let categories = try #require((object["notice"] as? [String: Any])?["cookieCategories"] as? [[String: Any]])
        #expect(categories.map { $0["name"] as? String } == ["Strictly Necessary Cookies", "Targeting Cookies"])
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func enwbShowsTwoCategories() throws {
        let analysis = try ConsentAnalyzer.analyse(path: try #require(corpusPage("onetrust/enwb-de-prefcenter-immer-aktiv.html")))
        #expect(analysis.notice?.cookieCategories.map(\.name) == ["Unbedingt erforderlich", "Marketing, Personalisierung und Profilbildung"])
    }

    // MARK: - 3. One answer to "can it be refused?"

    static let tcfFeatures = """
        We and our 312 partners store and access information on your device.
        Purposes
        Store and/or access information on a device
        211 partners can use this purpose
        Features
        Link different devices
        98 partners can use this feature
        Special purposes
        Ensure security, prevent and detect fraud, and fix errors
        150 partners can use this special purpose
        """

    @Test func refusabilityIsOneAnswerInEveryOutput() throws {
        let object = try json(try run(["analyse", "--format", "json", "PAGE"], page: Self.tcfFeatures, name: "tcf.txt"))
        let purposes = try #require((object["notice"] as? [String: Any])?["purposes"] as? [[String: Any]])
        let byKind = Dictionary(purposes.map { ("\($0["kind"]!) \($0["tcfId"]!)", $0["refusability"] as? String) }, uniquingKeysWith: { a, _ in a })
        #expect(byKind["purpose 1"] == "refusable")
        #expect(byKind["feature 2"] == "noObjectionInTCF")
        #expect(byKind["specialPurpose 1"] == "noObjectionInTCF")

        let summary = try run(["analyse", "PAGE"], page: Self.tcfFeatures, name: "tcf.txt").stdout
        let featureRow = try #require(summary.split(separator: "\n").first { $0.contains("Link different devices") })
        #expect(featureRow.hasSuffix("no (the TCF allows no objection)"))
        let report = try run(["report", "PAGE"], page: Self.tcfFeatures, name: "tcf.txt").stdout
        let reportRow = try #require(report.split(separator: "\n").first { $0.contains("Link different devices") && $0.hasPrefix("|") })
        #expect(reportRow.contains("| no (the TCF allows no objection) |"))
    }

    // MARK: - 4. An accordion header is a category

    static let accordionSnapshot = """
        - dialog "Privacy Preference Center":
          - heading "Manage Consent Preferences" [level=3]
          - button "Strictly Necessary Cookies" [expanded=false]
          - text: Always Active
          - button "Performance Cookies" [expanded=false]
          - switch "Performance Cookies" [checked=false]
          - button "Targeting Cookies" [expanded=false]
          - switch "Targeting Cookies" [checked=false]
          - button "Reject All"
          - button "Confirm My Choices"
          - button "Allow All"
        """

    static let accordionDOM = """
        <div role="dialog" aria-label="Cookie preferences"><h3>Manage Consent Preferences</h3>
        <button aria-expanded="false">Strictly Necessary Cookies</button><div>Always Active</div>
        <button aria-expanded="false">Performance Cookies</button><input type="checkbox" aria-label="Performance Cookies">
        <button aria-expanded="false">Targeting Cookies</button><input type="checkbox" aria-label="Targeting Cookies">
        <p>We use cookies to measure traffic and personalise ads. You can change your choices at any time.</p>
        <button>Reject All</button><button>Confirm My Choices</button><button>Allow All</button></div>
        """

    @Test func accordionHeadersAreCategoriesNotControls() throws {
        for (page, name) in [(Self.accordionSnapshot, "accordion.yml"), (Self.accordionDOM, "accordion.html")] {
            let object = try json(try run(["analyse", "--format", "json", "PAGE"], page: page, name: name))
            let notice = try #require(object["notice"] as? [String: Any], "\(name)")
            let categories = try #require(notice["cookieCategories"] as? [[String: Any]])
            #expect(categories.map { $0["name"] as? String } == ["Strictly Necessary Cookies", "Performance Cookies", "Targeting Cookies"], "\(name)")
            #expect(categories.map { $0["alwaysActive"] as? Bool } == [true, false, false], "\(name)")
            let controls = try #require(notice["controls"] as? [String: Any])
            #expect(controls["acceptAll"] as? Bool == true, "\(name)")
            #expect(controls["rejectAll"] as? Bool == true, "\(name)")
            #expect(controls["saveChoices"] as? Bool == true, "\(name)")
        }
    }

    // MARK: - 5. Names without residue

    @Test func aCounterBetweenTwoCopiesOfANameIsDropped() throws {
        let markdown = """
            Manage Consent
            We use cookies for analytics and marketing. You can accept or deny all.
            Functional [x] 1 Functional Always active
            The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a specific service.
            Statistics [ ] 2 Statistics
            The technical storage or access that is used exclusively for statistical purposes.
            Marketing [ ] (12) Marketing
            The technical storage or access is required to create user profiles to send advertising.
            Accept Deny View preferences
            """
        let object = try json(try run(["analyse", "--format", "json", "PAGE"], page: markdown, name: "complianz.md"))
        let categories = try #require((object["notice"] as? [String: Any])?["cookieCategories"] as? [[String: Any]])
        #expect(categories.map { $0["name"] as? String } == ["Functional", "Statistics", "Marketing"])
        #expect(PolicyExtractorNames.undoubled("Functional 1 Functional") == "Functional")
        #expect(PolicyExtractorNames.undoubled("Marketing (12) Marketing") == "Marketing")
        #expect(PolicyExtractorNames.undoubled("Top 10 Cookies") == "Top 10 Cookies")
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func n2wsCategoryNamesAreClean() throws {
        let analysis = try ConsentAnalyzer.analyse(path: try #require(corpusPage("complianz/n2ws-complianz-prefcentre-notebook-md-slice.md")))
        #expect(analysis.notice?.cookieCategories.map(\.name) == ["Functional", "Preferences", "Statistics", "Marketing"])
    }

    // MARK: - 6. Silence on legitimate interest

    @Test func aSilentFirstLayerLeavesLegitimateInterestUnknown() throws {
        let banner = """
            We use cookies
            We and our partners use cookies to measure traffic and to show personalised ads.
            Accept all  Reject all  Cookie settings
            """
        let object = try json(try run(["analyse", "--format", "json", "PAGE"], page: banner, name: "banner.txt"))
        let notice = try #require(object["notice"] as? [String: Any])
        #expect(notice["legitimateInterestClaimed"] is NSNull)
        let claim = try finding("legitimate-interest.claimed", in: object)
        #expect(claim["status"] as? String == "unknown")
        #expect(claim["pointsAtStake"] as? Int == 3)

        // The preference centre is where legitimate interest would be listed: its silence is an answer.
        let centre = try json(try run(["analyse", "--format", "json", "PAGE"], page: Self.preferenceCentreText, name: "centre.txt"))
        #expect((centre["notice"] as? [String: Any])?["legitimateInterestClaimed"] as? Bool == false)
        #expect(try finding("legitimate-interest.claimed", in: centre)["status"] as? String == "observed")
    }
}

/// The name clean-up under test, reached through the module's internal API.
enum PolicyExtractorNames {
    static func undoubled(_ raw: String) -> String { CategoryName.undoubled(raw) }
}
