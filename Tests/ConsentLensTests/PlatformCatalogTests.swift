import Foundation
import Testing
@testable import ConsentLens
import ConsentParse

/// The platform catalog: every entry's own examples, the false-positive traps, and the shared
/// corpus of real saved pages when it is present.
@Suite struct PlatformCatalogTests {
    // MARK: - Helpers

    static func content(_ example: PlatformExample) throws -> PageContent {
        switch example {
        case .html(let html):
            // An example about the body itself (`body.cookies-request #cookie-bar`) brings its own.
            return try HTMLPageBuilder.build(html: html.hasPrefix("<body") ? "<html>\(html)</html>" : "<html><body>\(html)</body></html>")
        case .text(let text): return PageContent(format: .text, lines: PlainTextReader.lines(of: text))
        case .markdown(let text): return PageContent(format: .markdown, lines: MarkdownReader.lines(of: text))
        }
    }

    static func ids(_ example: PlatformExample) throws -> [String] {
        PlatformDetector.detect(in: try content(example)).map(\.id)
    }

    /// `../shared/corpus/pages` beside the repository, found from this file, or nil.
    static let corpusPages: URL? = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let pages = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/pages")
        return FileManager.default.fileExists(atPath: pages.path) ? pages : nil
    }()

    /// Corpus folder → platform id, where the folder is named differently.
    static let folderPlatform = ["quantcast": "inmobi-choice", "googlefc": "google-funding-choices", "dmg-cmp": "dmg-media"]

    /// Pages whose strongest platform is not their folder's. faz.net: its Sourcepoint library
    /// (ad-block "messaging", v0.19) sits wholly inside an HTML comment
    /// (`<!-- <script>…window._sp_…</script> -->`), so Sourcepoint is named with low confidence,
    /// after Crownpeak (Evidon), whose notice script is live.
    /// Folders that are not platform ids: `negative/` (no notice), `site-own/` (sites' own banners)
    /// and `tcf-unnamed/` (TCF notices whose platform the text does not name). The first two must
    /// name no platform; the last is not checked for one.
    static let foldersWithoutPlatform: Set<String> = ["negative", "site-own", "tcf-unnamed"]

    static let corpusExceptions = ["sourcepoint/faz-de-inline-sp-lib.html": "evidon"]

    static func corpusFiles(_ folder: String) -> [URL] {
        guard let pages = corpusPages else { return [] }
        let dir = pages.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0) }
    }

    static func detect(file: URL) throws -> [PlatformDetection] {
        PlatformDetector.detect(in: try PageLoader.load(path: file.path).content)
    }

    // MARK: - The catalog

    @Test func catalogHasTheRequiredPlatformsWithUniqueSlugs() {
        let ids = ConsentPlatform.all.map(\.id)
        #expect(ids.count >= 25)
        #expect(Set(ids).count == ids.count, "duplicate ids")
        for id in ids {
            #expect(id.rawValue.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(id) is not a lowercase slug")
            #expect(ConsentPlatform.platform(id: id)?.id == id)
        }
        let required = [
            "onetrust", "cookiebot", "didomi", "inmobi-choice", "sourcepoint", "trustarc", "google-funding-choices",
            "usercentrics", "cookieyes", "complianz", "borlabs", "iubenda", "osano", "termly", "consentmanager", "klaro",
            "cookiefirst", "axeptio", "sirdata", "dmg-media", "cookie-script", "cookieinformation", "civic-cookie-control",
        ]
        for id in required { #expect(ids.contains(PlatformID(rawValue: id)), "missing \(id)") }
        #expect(ConsentPlatform.platform(id: PlatformID(rawValue: "no-such-platform")) == nil)
    }

    /// Every id names one profile, and survives the trips it makes: to its string (the JSON
    /// output's `platform`, a detection's `id`) and back, and through JSON as a bare slug.
    @Test func idsAreUniqueAndRoundTripThroughPlatformID() throws {
        let ids = ConsentPlatform.all.map(\.id)
        #expect(ids.count == ConsentPlatform.handWritten.count + PlatformRule.generatedPlatforms().count)
        var seen: Set<PlatformID> = []
        for id in ids {
            #expect(seen.insert(id).inserted, "\(id) is used by two profiles")
            #expect(PlatformID(rawValue: id.rawValue) == id)
            #expect(id.profile?.id == id)
            #expect(PlatformDetection(id: id.rawValue, name: "", evidence: [], confidence: "high").profile?.id == id)
        }
        let json = try JSONEncoder().encode(ids)
        #expect(String(decoding: json, as: UTF8.self).hasPrefix(#"["onetrust","cookiebot","didomi","#))
        #expect(try JSONDecoder().decode([PlatformID].self, from: json) == ids)
        #expect(PlatformID(rawValue: "no-such-platform").profile == nil)
    }

    /// A rule the generator maps to a hand-written profile (`HAND_WRITTEN` in
    /// `Scripts/generate-platform-catalog`) names one that exists; every other rule's platform is
    /// a generated profile.
    @Test func everyRuleNamesAProfileInTheCatalogue() {
        let handWritten = Set(ConsentPlatform.handWritten.map(\.id))
        var mapped = 0
        for rule in PlatformRule.all where rule.kind != .generic {
            #expect(rule.platform.profile != nil, "rule \(rule.rule) names \(rule.platform), which the catalogue lacks")
            #expect(handWritten.contains(rule.platform) == (rule.kind == .handWritten), "rule \(rule.rule): \(rule.platform) is \(rule.kind)")
            if rule.kind == .handWritten { mapped += 1 }
        }
        #expect(mapped >= 40) // 48 in the rules generated in December 2026
    }

    /// The buttons a capture clicks by a platform's own markup are single selectors in the subset
    /// ``RuleSelector`` reads (what the detector matches too), each naming one platform's button:
    /// a selector two platforms shared would not say whose notice was answered.
    @Test func captureButtonsAreSelectorsTheRuleSelectorReads() throws {
        var owner: [String: PlatformID] = [:]
        var total = 0
        for platform in ConsentPlatform.all {
            for button in platform.captureButtons {
                total += 1
                let parsed = RuleSelector.parseList(button.css)
                #expect(parsed?.count == 1, "\(platform.id): \(button.css) is not one selector RuleSelector reads")
                #expect(button.kind != .close, "\(platform.id): a close button neither accepts nor refuses")
                if let other = owner.updateValue(platform.id, forKey: button.css) {
                    Issue.record("\(button.css) is listed twice: by \(other) and by \(platform.id)")
                }
            }
            if !platform.captureButtons.isEmpty {
                #expect(platform.captureButtons.contains { $0.kind == .acceptAll }, "\(platform.id) lists buttons but no accept-all")
            }
        }
        #expect(total == 33)
        // A selector outside the subset is refused, so the check above can fail.
        #expect(RuleSelector.parseList("#onetrust-reject-all-handler:has(span)") == nil)
    }

    @Test(arguments: ConsentPlatform.all.map(\.id))
    func examples(id: PlatformID) throws {
        let platform = try #require(ConsentPlatform.platform(id: id))
        #expect(!platform.examples.positive.isEmpty, "\(id) has no positive example")
        #expect(!platform.examples.negative.isEmpty, "\(id) has no negative example")
        let hasRules = !(platform.noticeContainers.isEmpty && platform.markers.isEmpty && platform.urls.isEmpty
            && platform.scriptMarkers.isEmpty && platform.globals.isEmpty && platform.wording.isEmpty && platform.selectorRules.isEmpty)
        #expect(hasRules, "\(id) has no rules")
        for example in platform.examples.positive {
            let detected = try Self.ids(example)
            #expect(detected.contains(id.rawValue), "\(id) not detected in positive example \(example); got \(detected)")
            #expect(detected.allSatisfy { $0 == id.rawValue }, "\(id)'s positive example \(example) also names \(detected)")
        }
        for example in platform.examples.negative {
            let detected = try Self.ids(example)
            #expect(!detected.contains(id.rawValue), "\(id) detected in negative example \(example)")
        }
    }

    /// Two platforms' containers holding as many notice lines each: the notice is the first
    /// platform's in catalogue order, whatever the page's order, on every run.
    @Test func tiedContainersGoToTheFirstPlatformInTheCatalogue() throws {
        let tied = """
            <div id="CybotCookiebotDialog"><p>This website uses cookies to personalise content and ads.</p><button>Allow all cookies</button></div>
            <div id="onetrust-banner-sdk"><p>We use cookies to improve your experience on our site.</p><button>Accept All Cookies</button></div>
            """
        for _ in 0..<20 {
            let notice = try #require(NoticeIsolator.isolate(try HTMLPageBuilder.build(html: tied)))
            #expect(notice.containerPlatform?.id == ConsentPlatform.onetrust.id)
            #expect(notice.lines.count == 4)
        }
        let cookiebotHoldsMore = """
            <div id="CybotCookiebotDialog"><p>This website uses cookies to personalise content and ads.</p><p>Necessary</p><button>Allow all cookies</button></div>
            <div id="onetrust-banner-sdk"><p>We use cookies to improve your experience on our site.</p><button>Accept All Cookies</button></div>
            """
        let notice = try #require(NoticeIsolator.isolate(try HTMLPageBuilder.build(html: cookiebotHoldsMore)))
        #expect(notice.containerPlatform?.id == ConsentPlatform.cookiebot.id)
    }

    // MARK: - Traps

    @Test func osanoInsideProsanovaURLsIsNotOsano() throws {
        let html = """
            <link rel="dns-prefetch" href="//prosanova.net"><script src="https://litradio.net/wp-content/cache/prosanova/osano-x.js"></script>
            <p><a href="https://prosanova.net/">Prosanova</a> <img src="https://litradio.net/wp-content/uploads/2019/06/prosanova-2020.jpg"></p>
            <script>var url = "https://www.prosanova.net/festival"; var osanoBlog = 1;</script>
            """
        #expect(PlatformDetector.detect(in: try HTMLPageBuilder.build(html: html)).isEmpty)
        if let pages = Self.corpusPages {
            let page = pages.appendingPathComponent("negative/litradio-de-osano-substring-falsepositive.html")
            #expect(try Self.detect(file: page).isEmpty)
        }
    }

    @Test func faktorInsideGermanWordsIsNotFaktor() throws {
        let html = """
            <p>Bewegungsmangel ist ein Risikofaktor. Der Faktor Zeit zählt; Sicherheitsfaktoren auch.</p>
            <script>var faktor = 2, Zeitfaktor = 3; window.Risikofaktor = "faktor.io";</script>
            <style>.faktor-box { color: red }</style>
            """
        #expect(PlatformDetector.detect(in: try HTMLPageBuilder.build(html: html)).isEmpty)
        let text = PageContent(format: .text, lines: PlainTextReader.lines(of: "Risikofaktor Rauchen\nFaktor 3\nSicherheitsfaktoren"))
        #expect(PlatformDetector.detect(in: text).isEmpty)
    }

    @Test func platformNamedOnlyInProseIsNotDetected() throws {
        let prose = "OneTrust and Cookiebot are consent platforms; Didomi, Usercentrics, Sourcepoint, Osano, Klaro, Quantcast and TrustArc are others."
        let html = """
            <article><h1>Consent platforms compared</h1><p>\(prose)</p>
            <p>Complianz and Borlabs Cookie are WordPress plugins; iubenda and Termly write policies.</p>
            <a href="https://www.onetrust.com/">OneTrust</a> <a href="https://www.cookiebot.com/">Cookiebot</a></article>
            <script type="application/ld+json">{"articleBody": "\(prose) OptanonWrapper-like callbacks are explained."}</script>
            """
        #expect(PlatformDetector.detect(in: try HTMLPageBuilder.build(html: html)).isEmpty)
        let text = PageContent(format: .text, lines: PlainTextReader.lines(of: "Consent platforms compared\n\(prose)"))
        #expect(PlatformDetector.detect(in: text).isEmpty)
        let markdown = PageContent(format: .markdown, lines: MarkdownReader.lines(of: "# Consent platforms\n\n\(prose)\n\n[OneTrust](https://cdn.cookielaw.org/)"))
        #expect(PlatformDetector.detect(in: markdown).isEmpty)
    }

    @Test func tcfStubAloneNamesNoPlatform() throws {
        let html = """
            <script>!function(){var e=function(){var e,t="__tcfapiLocator",a=[],n=window;for(;n;){try{if(n.frames[t]){e=n;break}}catch(e){}if(n===window.top)break;n=n.parent}
            e||(function t(){var e=n.document,a=!!n.frames[t];if(!a)if(e.body){var i=e.createElement("iframe");i.style.cssText="display:none",i.name=t,e.body.appendChild(i)}else setTimeout(t,5);return!a}(),
            n.__tcfapi=function(){for(var e=[],t=0;t<arguments.length;t++)e[t]=arguments[t];if(!e.length)return a;a.push(e)})}();}();
            window.__tcfapi('addEventListener', 2, function (tcData, success) {});</script>
            """
        let content = try HTMLPageBuilder.build(html: html)
        #expect(PlatformDetector.detect(in: content).isEmpty)
        #expect(PlatformDetector.hasTCFStub(in: content))
        #expect(!PlatformDetector.hasTCFStub(in: try HTMLPageBuilder.build(html: "<script>var my__tcfapiX = 1;</script>")))
    }

    @Test func sourcepointWithoutItsNameIsFoundFromItsConfiguration() throws {
        // The golem.de shape: a first-party endpoint, `_sp_` config, `__tcfapi` stub, no brand name.
        let html = """
            <link href="//cmp-cdn.golem.de" rel="preconnect">
            <script>var spConfig = {"accountId":245,"baseEndpoint":"https:\\/\\/cmp-cdn.golem.de","wrapperScript":"\\/wrapperMessagingWithoutDetection.js",
            events: { onConsentReady: function (consentUUID, euconsent) {} } };
            if (spConfig.hasOwnProperty('baseEndpoint')) { window._sp_ = { config: spConfig }; }
            window.__tcfapi = function () {};</script>
            <a href="javascript:window._sp_.loadPrivacyManagerModal(392718)">Cookies &amp; Tracking</a>
            """
        let detections = PlatformDetector.detect(in: try HTMLPageBuilder.build(html: html))
        #expect(detections.map(\.id) == ["sourcepoint"])
        let evidence = detections.first?.evidence ?? []
        #expect(evidence.contains { $0.hasPrefix("inline") && $0.hasSuffix(" _sp_") })
        #expect(evidence.contains("inline handler loadPrivacyManagerModal"))
    }

    // MARK: - Evidence and ranking

    @Test func evidenceIsShortReadableAndDeduplicated() throws {
        let html = """
            <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0190"></script>
            <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"></script>
            <script>function OptanonWrapper() {} function OptanonWrapper2() {}</script>
            <style id="onetrust-style">#onetrust-banner-sdk{color:red}#onetrust-pc-sdk{color:red}</style>
            <div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"><p>We use cookies.</p></div></div>
            \(String(repeating: #"<button class="ot-sdk-show-settings">Cookie Settings</button>"#, count: 50))
            """
        let detections = PlatformDetector.detect(in: try HTMLPageBuilder.build(html: html))
        let onetrust = try #require(detections.first)
        #expect(detections.count == 1)
        #expect(onetrust.id == "onetrust")
        #expect(onetrust.confidence == "high")
        #expect(onetrust.evidence.first == "script src cdn.cookielaw.org/scripttemplates/otSDKStub.js")
        #expect(onetrust.evidence.contains("script attribute data-domain-script"))
        #expect(onetrust.evidence.contains("inline config OptanonWrapper"))
        #expect(onetrust.evidence.contains("element #onetrust-banner-sdk"))
        #expect(onetrust.evidence.contains("inline style #onetrust-banner-sdk"))
        #expect(onetrust.evidence.count <= PlatformDetector.EvidenceCollector.maximumEvidence)
        #expect(Set(onetrust.evidence).count == onetrust.evidence.count)
        #expect(onetrust.evidence.allSatisfy { $0.count <= 100 })
    }

    @Test func strongerEvidenceRanksFirst() throws {
        // The Sun: Sourcepoint's loader and config, plus a OneTrust class left on a footer link.
        let html = """
            <script src="https://cmp.cdn.thesun.co.uk/unified/wrapperMessagingWithoutDetection.js"></script>
            <script>window._sp_queue = []; window._sp_ = {"config":{"accountId":259}};</script>
            <ul><li class="menu-item optanon-toggle-display"><a href="#">Cookie Settings</a></li></ul>
            """
        let ids = PlatformDetector.detect(in: try HTMLPageBuilder.build(html: html)).map(\.id)
        #expect(ids == ["sourcepoint", "onetrust"])
    }

    @Test func wordingAloneIsLowConfidence() throws {
        let text = "Privacy Preference Center\nManage Consent Preferences\nStrictly Necessary Cookies\nAlways Active\nConfirm My Choices"
        let detections = PlatformDetector.detect(in: PageContent(format: .text, lines: PlainTextReader.lines(of: text)))
        #expect(detections.map(\.id) == ["onetrust"])
        #expect(detections.first?.confidence == "low")
        #expect(detections.first?.evidence.first?.hasPrefix("wording \"Privacy Preference Center\"") == true)
        // In HTML markup speaks first: wording is read only when no platform's markup is there (a
        // notice's outerHTML saved alone, Markdown with raw HTML blocks), and then with low confidence.
        let bare = "<h2>Privacy Preference Center</h2><h3>Manage Consent Preferences</h3><p>Strictly Necessary Cookies</p><p>Always Active</p><button>Confirm My Choices</button>"
        let fromWording = PlatformDetector.detect(in: try HTMLPageBuilder.build(html: bare))
        #expect(fromWording.map(\.id) == ["onetrust"])
        #expect(fromWording.first?.confidence == "low")
        let marked = "<div id=\"CybotCookiebotDialog\">" + bare + "</div>"
        #expect(PlatformDetector.detect(in: try HTMLPageBuilder.build(html: marked)).map(\.id) == ["cookiebot"])
    }

    @Test func urlsAreParsedNotSearched() throws {
        let html = """
            <script src="https://cdn.example.com/consent.cookiebot.com/uc.js"></script>
            <script src="https://notcookielaw.org/otSDK.js"></script>
            <link rel="canonical" href="https://cmp.osano.com/page">
            <script>var comment = "see consent.cookiebot.com for details"; // https://cdn.cookielaw.org in a comment
            </script>
            """
        #expect(PlatformDetector.detect(in: try HTMLPageBuilder.build(html: html)).isEmpty)
        let saved = #"<script src="./enwb_files/otBannerSdk.js.Download"></script>"#
        #expect(PlatformDetector.detect(in: try HTMLPageBuilder.build(html: saved)).map(\.id) == ["onetrust"])
    }

    @Test func containerSelectorsMatchWholeClassWordsAndIDs() throws {
        let page = try HTMLPageBuilder.build(html: #"<div id="onetrust-banner-sdk" class="otFlat  cmplz-cookiebanner\#tbanner-1"></div><div class="xcmplz-cookiebanner ot"></div>"#)
        let elements = try #require(page.html?.elements.filter { $0.tag == "div" })
        #expect(ContainerSelector.id("onetrust-banner-sdk").matches(elements[0]))
        #expect(ContainerSelector.idPrefix("onetrust-").matches(elements[0]))
        #expect(ContainerSelector.className("cmplz-cookiebanner").matches(elements[0]))
        #expect(ContainerSelector.className("banner-1").matches(elements[0]))
        #expect(ContainerSelector.classPrefix("cmplz-").matches(elements[0]))
        #expect(!ContainerSelector.className("cmplz-cookiebanner").matches(elements[1]))
        #expect(!ContainerSelector.classPrefix("cmplz-").matches(elements[1]))
        #expect(!ContainerSelector.className("otFlat").matches(elements[1]))
        #expect(!ContainerSelector.id("onetrust-banner-sdk").matches(elements[1]))
    }

    // MARK: - Corpus

    @Test(.enabled(if: PlatformCatalogTests.corpusPages != nil, "../shared/corpus/pages is not on this machine"))
    func corpusPagesNameTheirFoldersPlatform() throws {
        let pages = try #require(Self.corpusPages)
        let folders = try FileManager.default.contentsOfDirectory(atPath: pages.path)
            .filter { !$0.hasPrefix(".") && !Self.foldersWithoutPlatform.contains($0) }.sorted()
        #expect(!folders.isEmpty)
        var checked = 0
        for folder in folders {
            let expected = Self.folderPlatform[folder] ?? folder
            #expect(ConsentPlatform.platform(id: PlatformID(rawValue: expected)) != nil, "no platform for corpus folder \(folder)")
            for file in Self.corpusFiles(folder) {
                let first = Self.corpusExceptions["\(folder)/\(file.lastPathComponent)"] ?? expected
                let detections = try Self.detect(file: file)
                let ids = detections.map(\.id)
                #expect(ids.contains(expected), "\(folder)/\(file.lastPathComponent): expected \(expected), got \(ids)")
                #expect(ids.first == first, "\(folder)/\(file.lastPathComponent): \(first) is not first in \(ids)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    @Test(.enabled(if: PlatformCatalogTests.corpusPages != nil, "../shared/corpus/pages is not on this machine"))
    func corpusNegativePagesNameNoPlatform() throws {
        for file in Self.corpusFiles("negative") + Self.corpusFiles("site-own") {
            let detections = try Self.detect(file: file)
            #expect(detections.isEmpty, "\(file.deletingLastPathComponent().lastPathComponent)/\(file.lastPathComponent) names \(detections.map { "\($0.id): \($0.evidence)" })")
        }
    }
}
