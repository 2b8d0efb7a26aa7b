import Foundation
import Testing
@testable import ConsentLens

/// Real pages from `../shared/corpus/pages` (see its SOURCES.tsv): what a person sees on each live
/// notice, pinned. Skipped where the corpus is absent; CI has it.
@Suite struct CorpusAnalysisTests {
    static let corpus = TestPaths.corpus

    func analyse(_ relative: String) throws -> PageAnalysis {
        let url = try #require(Self.corpus).appendingPathComponent("pages/\(relative)")
        return try ConsentAnalyzer.analyse(path: url.path)
    }

    func categories(_ notice: ConsentNotice) -> [String] {
        notice.cookieCategories.map { "\($0.name)\($0.alwaysActive ? "*" : "")/\($0.normalized.rawValue)" }
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func everyPageIsAnalysed() throws {
        let pages = try #require(Self.corpus).appendingPathComponent("pages")
        let files = try FileManager.default.subpathsOfDirectory(atPath: pages.path).filter { $0.contains(".") }.sorted()
        #expect(files.count >= 50)
        for file in files {
            let analysis = try ConsentAnalyzer.analyse(path: pages.appendingPathComponent(file).path)
            let json = try JSONRendering.render(analysis)
            #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any], "\(file)")
            if file.hasPrefix("negative/") {
                #expect(analysis.platforms.isEmpty, "\(file) names \(analysis.platforms.map(\.id))")
                if file.contains("litradio") {
                    // No platform, but a WordPress plugin's own banner: "Akzeptiere", "Ablehnen",
                    // "Datenschutz-Einstellungen" as links in one line.
                    let controls = try #require(analysis.notice?.controls, "\(file): its plugin banner")
                    #expect([controls.acceptAll, controls.rejectAll, controls.manageChoices] == [true, true, true])
                } else {
                    #expect(analysis.notice == nil, "\(file) has a notice")
                }
            }
        }
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func oneTrustPreferenceCentres() throws {
        let reuters = try #require(try analyse("onetrust/reuters-en-prefcenter.html").notice)
        #expect(categories(reuters) == ["Strictly Necessary Cookies*/necessary", "Functional Cookies*/preferences",
                                        "Sale of Personal Data*/saleOfData", "Performance Cookies*/statistics", "Targeting Cookies*/marketing"])
        #expect(reuters.controls.rejectAll == true)
        let newRepublic = try #require(try analyse("onetrust/newrepublic-minutes-en-prefcenter.html").notice)
        #expect(categories(newRepublic) == ["Targeting Cookies/marketing", "Functional Cookies/preferences",
                                            "Performance Cookies/statistics", "Strictly Necessary Cookies*/necessary"])
        #expect(newRepublic.controls.acceptAll == true)
        #expect(newRepublic.controls.rejectAll == false)
        let enwb = try #require(try analyse("onetrust/enwb-de-prefcenter-immer-aktiv.html").notice)
        #expect(enwb.language == "de")
        #expect(enwb.cookieCategories.first?.alwaysActive == true)
        #expect(enwb.cookieCategories.first?.normalized == .necessary)
        let dbt = try #require(try analyse("onetrust/getdbt-onetrust-4alwaysactive-jina-md.md").notice)
        #expect(categories(dbt) == ["Strictly Necessary Cookies*/necessary", "Performance Cookies*/statistics",
                                    "Targeting Cookies*/marketing", "Functional Cookies*/preferences"])
        // Its row of buttons ("Allow All", "Confirm My Choices") is in the copy, without a reject-all.
        #expect(dbt.controls.rejectAll == false)
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func cookieYesTemplatesShowAlwaysActiveOnlyForNecessary() throws {
        for page in ["cookieyes/surgezirc-uk-en-prefcenter.html", "cookieyes/thenamibian-en-prefcenter.html"] {
            let notice = try #require(try analyse(page).notice)
            #expect(categories(notice) == ["Necessary*/necessary", "Functional/preferences", "Analytics/statistics",
                                           "Performance/statistics", "Advertisement/marketing"], "\(page)")
            #expect(notice.controls.acceptAll == true)
        }
        let german = try #require(try analyse("cookieyes/missy-magazine-de-prefcenter.html").notice)
        #expect(german.language == "de")
        #expect(german.cookieCategories.filter(\.alwaysActive).map(\.normalized) == [.necessary])
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func complianzFunctionalIsTheEssentialCategory() throws {
        for page in ["complianz/bernau-live-de-immer-aktiv.html", "complianz/journalistenwatch-de-immer-aktiv.html",
                     "complianz/hildesheimer-presse-de-banner.html", "complianz/pinkstinks-de-banner.html"] {
            let notice = try #require(try analyse(page).notice, "\(page)")
            #expect(categories(notice) == ["Funktional*/necessary", "Vorlieben/preferences", "Statistiken/statistics", "Marketing/marketing"], "\(page)")
            #expect(notice.controls.acceptAll == true && notice.controls.rejectAll == true, "\(page)")
        }
        let markdown = try #require(try analyse("complianz/6ammart-complianz-tcfplaceholder-crawl-md.md").notice)
        #expect(categories(markdown) == ["Functional*/necessary", "Preferences/preferences", "Statistics/statistics", "Marketing/marketing"])
        #expect(markdown.unrenderedPlaceholders == ["{vendor_count}"])
        #expect(markdown.totalPartners == nil)
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func borlabsTemplateBox() throws {
        let notice = try #require(try analyse("borlabs/werkzeugforum-de-cookiebox.html").notice)
        #expect(notice.origin == .template)
        #expect(categories(notice) == ["Essenziell*/necessary", "Statistiken/statistics", "Marketing/marketing", "Externe Medien/other"])
        #expect(notice.controls.acceptAll == true)
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func configurationNoticesKeepPlaceholdersUnknown() throws {
        let lesEchos = try #require(try analyse("didomi/lesechos-fr-config-popup-text.html").notice)
        #expect(lesEchos.origin == .configuration)
        #expect(lesEchos.language == "fr")
        #expect(lesEchos.totalPartners == nil)
        #expect(lesEchos.unrenderedPlaceholders == ["{numberOfPartners}"])
        #expect(lesEchos.controls.rejectAll == true) // "Continuer sans accepter"
        let metro = try #require(try analyse("dmg-cmp/metro-uk-en-tcf22-config.html").notice)
        #expect(metro.platform == "dmg-media")
        #expect(metro.unrenderedPlaceholders == ["[NUMBER_OF_VENDORS]"])
        #expect(metro.legitimateInterestClaimed == true)
        #expect(metro.totalPartners == nil)
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func germanTCFPurposeOnKicker() throws {
        let notice = try #require(try analyse("usercentrics/kicker-de-pur-layer-tcf-purposes.html").notice)
        #expect(notice.language == "de")
        #expect(notice.purposes.first?.tcfId == 1)
        #expect(notice.purposes.first?.kind == .purpose)
        // The page's counter reads 0 until its script fills it in: not a figure.
        #expect(notice.totalPartners == nil)
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func accessibilitySnapshotButtons() throws {
        let notice = try #require(try analyse("onetrust/trugreen-onetrust-banner-aria-snapshot-slice.yml").notice)
        #expect(notice.controls.acceptAll == true)
        #expect(notice.controls.rejectAll == true)
        #expect(notice.controls.manageChoices == true)
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func loaderOnlyPagesNamePlatformAndSaySo() throws {
        let analysis = try analyse("onetrust/newyorker-en-loader-only.html")
        #expect(analysis.platforms.first?.id == "onetrust")
        #expect(analysis.notice == nil)
        #expect(analysis.limitations.first?.contains("OneTrust") == true)
    }
}
