import Testing
@testable import ConsentLens

/// Notices in the shapes real copies take, written for these tests after real notices (Google
/// Funding Choices' two layers, Didomi, Cookiebot, OneTrust, Sourcepoint, sites' own banners) in
/// eight languages, none of them tuned on: banners that are the whole file, TCF names inside run-on
/// prose, controls worded and glued every way, Markdown with headings inside list items, setext
/// headings and tables, accessibility-snapshot dialogs. `Fixtures/shapes/`.
@Suite struct NoticeShapeTests {
    struct Want: Sendable, CustomStringConvertible {
        var file: String
        var platform: String? = nil
        var total: Int? = nil
        /// "purpose 1", "specialFeature 2", "stack 42", with ":partners" and "/li" for legitimate-interest partners.
        var items: [String] = []
        /// Normalised class, "*" when always active.
        var categories: [String] = []
        /// accept, reject, manage: true / false / nil.
        var controls: (Bool?, Bool?, Bool?)
        var description: String { file }
    }

    static let cases: [Want] = [
        Want(file: "banner-only.txt", controls: (true, true, false)),
        Want(file: "aria-it.yml", controls: (true, true, true)),
        Want(file: "sv-banner.yml", controls: (true, true, true)),
        Want(file: "pl-banner.txt", controls: (true, true, true)),
        Want(file: "nl-banner.txt", total: 312, controls: (true, true, true)),
        Want(file: "en-upper.txt", controls: (true, true, true)),
        Want(file: "cookiebot-de.txt", platform: "cookiebot", categories: ["necessary", "preferences", "statistics", "marketing"],
             controls: (true, true, true)),
        Want(file: "da-banner.txt", platform: "cookiebot", categories: ["necessary", "preferences", "statistics", "marketing"],
             controls: (true, true, true)),
        Want(file: "didomi-es.txt", total: 842, items: ["specialFeature 1", "stack 25"], controls: (true, true, true)),
        Want(file: "fr-didomi.md", total: 842, items: ["specialFeature 1"], controls: (true, true, true)),
        Want(file: "gfc-first.txt", platform: "google-funding-choices", total: 183, items: ["purpose 1", "stack 42"],
             controls: (true, true, true)),
        Want(file: "it-gfc.txt", platform: "google-funding-choices", total: 154, items: ["purpose 1"], controls: (true, true, true)),
        Want(file: "gfc-manage.txt", platform: "google-funding-choices",
             items: ["purpose 1:402", "purpose 2:350/120", "purpose 3:380", "purpose 7:390/97", "specialPurpose 1:288",
                     "specialFeature 1:120"],
             controls: (true, false, false)),
        Want(file: "inline-such-as.txt", items: ["purpose 1", "purpose 2", "purpose 3", "purpose 4", "purpose 7"],
             controls: (true, true, false)),
        Want(file: "sourcepoint-en.txt", total: 870, items: ["purpose 1", "specialFeature 1", "specialFeature 2", "stack 42"],
             controls: (true, false, true)),
        // OneTrust's preference centre: "Manage Consent Preferences" is its heading, not a button.
        Want(file: "ot-md.md", platform: "onetrust", categories: ["necessary*", "statistics", "marketing"], controls: (true, true, false)),
        Want(file: "en-ot-text.txt", platform: "onetrust", categories: ["necessary*", "statistics", "marketing"], controls: (true, true, false)),
        Want(file: "de-ot.md", platform: "onetrust", categories: ["necessary*", "statistics", "marketing"], controls: (true, true, nil)),
        // "Cookie settings" is the centre's (setext) heading here, not a button.
        Want(file: "inmobi.txt", platform: "inmobi-choice", total: 1478, items: ["purpose 1", "specialFeature 1", "stack 42"],
             controls: (true, false, true)),
        Want(file: "didomi-en.txt", platform: "didomi", items: ["purpose 1", "purpose 10", "stack 26"], controls: (true, true, false)),
        Want(file: "generic-dialog.html", controls: (true, true, false)),
        // "Cookie Preferences" is the settings' button, not a category named "preferences".
        Want(file: "trustarc.txt", controls: (true, false, true)),
        Want(file: "usercentrics-de.txt", categories: ["necessary", "statistics", "other"], controls: (true, true, true)),
        Want(file: "sp-aria.yml", platform: "sourcepoint", total: 870, items: ["purpose 1"], controls: (true, true, true)),
        // Complianz's German banner: its "Funktional" is the always-active essential category.
        Want(file: "complianz-de.txt", platform: "complianz", categories: ["necessary*", "preferences", "statistics", "marketing"],
             controls: (true, true, true)),
        Want(file: "borlabs-de.txt", platform: "borlabs", categories: ["necessary", "statistics", "marketing", "other"],
             controls: (true, true, true)),
        Want(file: "iubenda-it.txt", controls: (true, true, true)),
        Want(file: "cookiefirst-nl.txt", categories: ["necessary", "preferences", "statistics", "marketing"], controls: (true, true, false)),
        Want(file: "klaro-en.md", controls: (true, true, true)),
        Want(file: "tabs.md", categories: ["necessary*", "statistics", "marketing"], controls: (true, true, false)),
    ]

    @Test(arguments: cases)
    func readsTheNotice(want: Want) throws {
        let analysis = try ConsentAnalyzer.analyse(path: TestPaths.fixture("shapes/\(want.file)"))
        let notice = try #require(analysis.notice, "\(want.file): no notice")
        if let platform = want.platform { #expect(analysis.platforms.first?.id == platform) }
        #expect(notice.totalPartners == want.total)
        let items = notice.purposes.compactMap { p in
            p.tcfId.map { "\(p.kind.rawValue) \($0)" + (p.partners.map { ":\($0)" } ?? "") + (p.legitimateInterestPartners.map { "/\($0)" } ?? "") }
        } + notice.stacks.map { "stack \($0.tcfId.map(String.init) ?? "?")" + ($0.partners.map { ":\($0)" } ?? "") }
        #expect(items == want.items)
        #expect(notice.cookieCategories.map { $0.normalized.rawValue + ($0.alwaysActive ? "*" : "") } == want.categories)
        #expect(notice.controls.acceptAll == want.controls.0, "accept")
        #expect(notice.controls.rejectAll == want.controls.1, "reject")
        if let manage = want.controls.2 { #expect(notice.controls.manageChoices == manage, "manage") }
    }

    /// The re-laid shapes of each fixture give its figures too (see MetamorphicLayoutTests).
    @Test(arguments: cases.map(\.file))
    func sameFiguresReLaid(file: String) throws {
        try MetamorphicLayoutTests().sameFiguresInEveryShape(path: TestPaths.fixture("shapes/\(file)"))
    }
}

/// ConsentLens's own outputs, even without the mark that scans skip them by, are no notice: a
/// Markdown table of figures beside purpose names is not consent-notice language (issue 9.8).
@Suite struct OwnOutputsAreNoNoticeTests {
    @Test(arguments: ["thejournal-ie-drone-attack.md", "example-courier-onetrust-handwritten.md",
                      "compare-thejournal-ie-drone-attack-vs-example-courier-onetrust-handwritten.md"])
    func reportWithoutItsMark(name: String) throws {
        let report = try String(contentsOfFile: TestPaths.repositoryRoot.appendingPathComponent("Reports/\(name)").path, encoding: .utf8)
        let unmarked = report.replacingOccurrences(of: "<!-- generated by consentlens -->", with: "")
        let analysis = try ConsentAnalyzer.analyse(bytes: Array(unmarked.utf8), path: name)
        #expect(analysis.notice == nil, "\(name): read as a notice with \(analysis.notice?.purposes.count ?? 0) items")
    }

    @Test func tableOfFiguresIsNoNotice() throws {
        let table = """
        # Scan summary

        | Purpose | Pages | Partners (median) | Share |
        |---|---:|---:|---:|
        | Store and/or access information on a device | 2 | 178 | 100.0% |
        | Create profiles for personalised advertising | 2 | 83 | 100.0% |
        | Reject all | 1 | – | 50.0% |
        """
        #expect(try ConsentAnalyzer.analyse(bytes: Array(table.utf8), path: "summary.md").notice == nil)
    }
}

/// Pages without a notice whose lines look like labels: a story's dialogue ("“Fine.”", "“Fine?”")
/// and a headline that asks ("… NICHT OKAY?"). A label asks nothing and quotes no one, in any
/// shape the page is saved in.
@Suite struct SpeechIsNoNoticeTests {
    static let dialogue = ["“Fine.”", "“Fine?”", "“Make me the most powerful spellcaster, or whatever.”",
                           "“Yes. That is what I wish to be reincarnated as. Hurry it up.”", "“As you wish,” the man said.",
                           "And when I woke up, I was crying.", "WARUM SIND KOMMENTARE ZU KÖRPERN NICHT OKAY?"]

    @Test func dialogueAndQuestionsInEveryShape() throws {
        let text = Self.dialogue.joined(separator: "\n")
        let html = "<html><body><article>" + Self.dialogue.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        let snapshot = Self.dialogue.map { "- paragraph: \"\($0.replacingOccurrences(of: "\"", with: "\\\""))\"" }.joined(separator: "\n")
        let markdown = Self.dialogue.map { "\($0)\n" }.joined(separator: "\n")
        for (shape, page, name) in [("text", text, "story.txt"), ("html", html, "story.html"), ("snapshot", snapshot, "story.aria.yml"), ("markdown", markdown, "story.md")] {
            let analysis = try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: name)
            #expect(analysis.notice == nil, "\(shape): read as a notice with controls \(String(describing: analysis.notice?.controls))")
        }
        #expect(ControlLexicon.labels(in: "“Fine.”").isEmpty)
        #expect(ControlLexicon.labels(in: "Fine?").isEmpty)
        #expect(ControlLexicon.labels(in: "WARUM SIND KOMMENTARE ZU KÖRPERN NICHT OKAY?", strict: true).isEmpty)
        #expect(ControlLexicon.labels(in: "Fine").map(\.kind) == [.acceptAll])
    }

    /// A banner that asks its question in its title keeps its buttons.
    @Test func aBannerWithAQuestionKeepsItsButtons() throws {
        let text = """
            Do you accept cookies?
            We and our 12 partners use cookies to measure audiences and to show you personalised advertising.
            Accept all
            Reject all
            """
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "banner.txt").notice)
        #expect(notice.totalPartners == 12)
        #expect(notice.controls.acceptAll == true)
        #expect(notice.controls.rejectAll == true)
    }
}

/// A notice's title is no control, in every shape that marks headings: a dialog's own name in a
/// Playwright snapshot (`- dialog "Cookie preferences"`), an `<h2>`, a Markdown heading. Modelled on
/// Playwright's error-context files, whole (test info, snapshot, test source) and as a slice.
@Suite struct NoticeTitleIsNoControlTests {
    static let snapshot = """
        - generic [ref=e1]:
          - contentinfo [ref=e95]:
            - generic [ref=e96]: © 2026 Example Tools. All rights reserved.
            - button "Cookie Preferences" [ref=e100] [cursor=pointer]
          - dialog "Cookie preferences" [ref=e101]:
            - paragraph [ref=e102]:
              - text: We use cookies for privacy-first analytics and, with your consent, for ads that help keep all tools free.
              - link "Privacy policy" [ref=e104] [cursor=pointer]:
                - /url: /privacy
            - generic [ref=e105]:
              - button "Essential only" [ref=e106] [cursor=pointer]
              - button "Accept all" [ref=e107] [cursor=pointer]
        """

    @Test func inEveryShapeThatMarksHeadings() throws {
        let errorContext = "# Test info\n\n- Name: home >> loads\n\n# Page snapshot\n\n```yaml\n\(Self.snapshot)\n```\n\n# Test source\n\n```ts\n  1 | await page.goto('/');\n```\n"
        let html = """
            <html><body><footer><button>Cookie Preferences</button></footer>
            <div role="dialog" aria-label="Cookie preferences" id="consent"><h2>Cookie preferences</h2>
            <p>We use cookies for privacy-first analytics and, with your consent, for ads that help keep all tools free. <a href="/privacy">Privacy policy</a></p>
            <button>Essential only</button><button>Accept all</button></div></body></html>
            """
        let markdown = "## Cookie preferences\n\nWe use cookies for privacy-first analytics and, with your consent, for ads that help keep all tools free. [Privacy policy](/privacy)\n\n[Essential only](#) [Accept all](#)\n"
        for (shape, page, name) in [("snapshot", Self.snapshot, "page.aria.yml"), ("error-context.md", errorContext, "error-context.md"),
                                    ("html", html, "page.html"), ("markdown", markdown, "page.md")] {
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: name).notice, "\(shape)")
            #expect(notice.controls.acceptAll == true, "\(shape)")
            #expect(notice.controls.rejectAll == true, "\(shape)")
            #expect(notice.controls.manageChoices == false, "\(shape): the title read as a settings button")
        }
    }

    /// Newer German notices address the visitor as "du": still German.
    @Test func informalGermanIsGerman() {
        #expect(LanguageDetector.detect("Cookie consent Wir verwenden Cookies, um deine Erfahrung zu verbessern. Mehr erfahren Nur essenzielle Alle akzeptieren") == "de")
    }
}

/// The smallest banners: one paragraph about cookies and one line of buttons, however the copy
/// separated them, and a plugin's banner whose buttons are links in one line.
@Suite struct TwoLineBannerTests {
    static let text = "We use cookies and similar technologies to measure audiences and to show you personalised advertising. You can change your choice at any time."

    @Test(arguments: ["Accept allReject allCookie settings", "Accept all Reject all Cookie settings", "Accept all | Reject all | Cookie settings",
                      "Accept all\tReject all\tCookie settings", "[Accept all] [Reject all] [Cookie settings]", "Accept all · Reject all · Cookie settings"])
    func oneRowOfButtons(row: String) throws {
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array("\(Self.text)\n\(row)\n".utf8), path: "banner.txt").notice, "\(row)")
        #expect(notice.controls.acceptAll == true)
        #expect(notice.controls.rejectAll == true)
        #expect(notice.controls.manageChoices == true)
    }

    /// A sentence that states the site's use of cookies and one button are the smallest banner
    /// ("This website uses cookies … Got it!"), in every language; a sentence that only mentions
    /// cookies, with a lone "OK" under it, is not one.
    @Test(arguments: NoticeLanguage.handWritten.map(\.code))
    func cookieUseStatementAndOneButton(code: String) throws {
        let language = try #require(NoticeLanguage.all.first { $0.code == code })
        let accept = try #require(language.controlExamples.first { $0.1 == .acceptAll }?.0)
        let page = "Home\nNews\nThe council met on Tuesday to discuss the new budget for the coming year and the plans for the school.\n\(language.cookieUseExample)\n\(accept)\n"
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: "page.txt").notice, "\(code): \(language.cookieUseExample)")
        #expect(notice.controls.acceptAll == true, "\(code)")
        #expect(try ConsentAnalyzer.analyse(bytes: Array("\(language.cookieUseExample)\n".utf8), path: "page.txt").notice == nil, "\(code): a sentence alone")
    }

    @Test func aMentionOfCookiesAndOKIsNoBanner() throws {
        #expect(try ConsentAnalyzer.analyse(bytes: Array("The bakery on the corner sells cookies and cakes every morning.\nOK\n".utf8), path: "page.txt").notice == nil)
    }

    @Test func pluginBannerWithLinksInOneLine() throws {
        let html = """
            <html lang="de"><body><article><p>Ein Gespräch über Literatur.</p></article>
            <div class="gdpr-popup"><div class="gdpr-popup-text"><p>Wir verwenden Cookies, um Ihnen die beste Online-Erfahrung zu bieten. Mit Ihrer Zustimmung akzeptieren Sie die Verwendung von Cookies in Übereinstimmung mit unseren Cookie-Richtlinien.</p></div>
            <div class="gdpr-popup-actions"> <a href="#" class="gdpr-agree">Akzeptiere</a> <a href="#" class="gdpr-decline">Ablehnen</a>
            <a href="/datenschutz/">Datenschutz</a> <a href="/datenschutz/">Datenschutz-Einstellungen</a> <a href="/datenschutz/">Mehr über unsere Umgang mit Cookies</a></div></div>
            </body></html>
            """
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(html.utf8), path: "page.html").notice)
        #expect(notice.controls.acceptAll == true)
        #expect(notice.controls.rejectAll == true)
        #expect(notice.controls.manageChoices == true)
    }

    /// "Privacy Settings" over the notice's text is its title; after the other buttons it is one.
    @Test func settingsTitleOrButtonByWhereItStands() throws {
        let titled = "Privacy Settings\nThis site uses third-party website tracking technologies to provide and continually improve our services, and to display advertisements according to users' interests.\nAccept All\nSave Settings\n"
        let titledNotice = try #require(try ConsentAnalyzer.analyse(bytes: Array(titled.utf8), path: "banner.txt").notice)
        #expect(titledNotice.controls.manageChoices == false)
        #expect(titledNotice.controls.acceptAll == true)
        let buttons = "We use cookies to measure audiences and to show you personalised advertising.\nAccept all\nCookie settings\nWhen you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies.\n"
        let buttonsNotice = try #require(try ConsentAnalyzer.analyse(bytes: Array(buttons.utf8), path: "banner.txt").notice)
        #expect(buttonsNotice.controls.manageChoices == true)
    }
}

/// Documentation is no notice, though its lines hold label words: a table of "Yes"/"No" cells,
/// command lines with options ("--disable-all-programs --enable-mount"), identifiers and JSON
/// ("ALLOW_USER_AUTH", "gpg.keyedit.save.okay", `"Enabled": true`), instructions in lower case
/// ("enable rightleft mode"). Modelled on manuals and generated docs found on a Debian machine.
@Suite struct DocumentationIsNoNoticeTests {
    @Test func tablesCommandsAndCode() throws {
        let table = "<html><body><h1>Platform support</h1><p>Targets that use cookies for their test servers are listed below.</p><table>"
            + (0..<12).map { "<tr><td>target-\($0)</td><td>\($0 % 2 == 0 ? "Yes" : "No")</td><td>No</td><td>Yes</td></tr>" }.joined()
            + "</table></body></html>"
        let shell = """
            Compile certain portion
            See ./configure --help and use --disable-* and --enable-* options. Cookies are not used by the build.
            ./configure --disable-all-programs --enable-fallocate
            ./configure --disable-all-programs --enable-mount --enable-libmount
            """
        let code = """
            .#gpg.change_passwd.empty.okay
            Answer "yes" or "no"
            .#gpg.keyedit.save.okay
            Answer "yes" or "no"
            "AllowedOAuthFlows": ["code", "implicit"],
            "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"],
            "EnableTokenRevocation": true,
            The service stores a session cookie to keep you signed in.
            """
        let vim = """
            - enable the deletion of a single combined pair character
            - enable rightleft mode
            - enable rightleftcmd mode (affecting the command-line)
            - accept the cookie file used by the browser plugin
            """
        for (name, page) in [("table.html", table), ("howto.txt", shell), ("help.txt", code), ("arabic.md", vim)] {
            #expect(try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: name).notice == nil, "\(name)")
        }
        // A bare answer stays a button where markup says it is one.
        let banner = "<div role=\"dialog\"><p>We use cookies to measure audiences.</p><button>Yes</button><button>No</button></div>"
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(banner.utf8), path: "banner.html").notice)
        #expect(notice.controls.acceptAll == true && notice.controls.rejectAll == true)
    }
}
