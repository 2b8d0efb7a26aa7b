import ConsentParse
import Foundation
import GRDB
import Testing
@testable import ConsentLens
@testable import ConsentScan

/// "Consent or pay" walls (issue 21): the paid option's label, price, currency, period, the
/// subscribers' login and whether a free way on without tracking is offered, in every language's
/// examples, in walls written after real ones in five languages re-laid as innerText and as an
/// accessibility snapshot, on the corpus's kicker.de PUR layer, and never on a subscription teaser.
@Suite struct PayOrConsentTests {
    /// What a wall must read as.
    struct Wall: Equatable, CustomStringConvertible {
        var label: String
        var price: Double?
        var currency: String?
        var period: BillingPeriod?
        var subscriberLogin: Bool
        var freeAlternative: Bool?

        init(_ label: String, _ price: Double?, _ currency: String?, _ period: BillingPeriod?, login: Bool, free: Bool?) {
            self.label = label
            self.price = price
            self.currency = currency
            self.period = period
            subscriberLogin = login
            freeAlternative = free
        }

        init(_ wall: PayOrConsent) {
            self.init(wall.label, wall.price, wall.currency, wall.period, login: wall.subscriberLogin, free: wall.freeAlternative)
        }

        var description: String {
            "“\(label)” \(price.map { "\($0)" } ?? "nil") \(currency ?? "nil") \(period?.rawValue ?? "nil") login=\(subscriberLogin) free=\(freeAlternative.map { "\($0)" } ?? "nil")"
        }
    }

    /// A wall's lines for re-laying: the notice's parts as ``MetamorphicLayoutTests`` reads them,
    /// then the lines just after it that the reader takes in (a paid option after the buttons).
    /// `hidden`: a wall saved hidden until a script opens it (kicker's PUR layer) is re-laid whole.
    static func wallParts(_ path: String, hidden: Bool = false) throws -> [MetamorphicLayoutTests.Part] {
        func part(_ line: TextLine) -> MetamorphicLayoutTests.Part {
            switch line.role {
            case .button, .link: return .button(line.text)
            case .heading: return .heading(line.text)
            default: return .paragraph(line.text)
            }
        }
        let page = try PageLoader.load(path: path)
        let notice = try #require(NoticeIsolator.isolate(page.content, detectedPlatforms: PlatformDetector.detect(in: page.content).compactMap(\.profile)))
        let parts = hidden ? notice.lines.filter { !$0.text.isEmpty }.map(part) : try MetamorphicLayoutTests.parts(of: path)
        return parts + notice.following.filter { $0.shown && !$0.text.isEmpty }.map(part)
    }

    static func notice(_ text: String, name: String) throws -> ConsentNotice? {
        try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: name).notice
    }

    // MARK: - Language packs

    /// Every language's examples, as innerText: walls read as they say, teasers are no wall.
    @Test(arguments: NoticeLanguage.all.map(\.code))
    func languageExamplesReadAsTheySay(code: String) throws {
        let words = try #require(NoticeLanguage.language(code: code)).payOrConsent
        for example in words.examples {
            let notice = try #require(try Self.notice(example.text, name: "\(code)-wall.txt"), "\(code): no notice in “\(example.text.prefix(60))…”")
            guard let label = example.label else {
                #expect(notice.payOrConsent == nil, "\(code): a teaser read as a wall: \(notice.payOrConsent.map { Wall($0).description } ?? "")")
                continue
            }
            let wall = try #require(notice.payOrConsent, "\(code): no wall in “\(example.text.prefix(60))…”")
            #expect(Wall(wall) == Wall(label, example.price, example.currency, example.period, login: example.subscriberLogin, free: example.freeAlternative), "\(code)")
            // A paid option is no reject: a wall without a free way on has no reject-all.
            if example.freeAlternative == false { #expect(notice.controls.rejectAll == false, "\(code)") }
        }
    }

    /// The languages the issue names have words and at least one wall and one teaser each.
    @Test func theIssuesLanguagesHaveWallsAndTeasers() throws {
        for code in ["de", "fr", "it", "es", "nl", "en"] {
            let words = try #require(NoticeLanguage.language(code: code)).payOrConsent
            #expect(!words.paidOption.isEmpty && !words.withoutTracking.isEmpty && !words.periods.isEmpty && !words.subscriberLogin.isEmpty, "\(code)")
            #expect(words.examples.contains { $0.label != nil }, "\(code): no wall example")
            #expect(words.examples.contains { $0.label == nil }, "\(code): no teaser example")
        }
    }

    // MARK: - Prices

    @Test func pricesAsWallsPrintThem() {
        let packs = NoticeLanguage.all.map(\.payOrConsent)
        let cases: [(String, Double, String, String, BillingPeriod?)] = [
            ("Nur 2,49 EUR im Monat", 2.49, "EUR", "2,49 EUR", .month),
            ("2,99 € / Monat", 2.99, "EUR", "2,99 €", .month),
            ("€3.99 per month", 3.99, "EUR", "€3.99", .month),
            ("1 € pour 1 mois", 1, "EUR", "1 €", .month),
            ("CHF 4.90 pro Monat", 4.9, "CHF", "CHF 4.90", .month),
            ("Werbefrei für 1,99 Euro pro Woche", 1.99, "EUR", "1,99 Euro", .week),
            ("£2.99 a month", 2.99, "GBP", "£2.99", .month),
            ("Jahresabo: 29,99 € im Jahr", 29.99, "EUR", "29,99 €", .year),
            ("3,99 € pro Monat im ersten Jahr", 3.99, "EUR", "3,99 €", .month),
            ("Subscribe for €1", 1, "EUR", "€1", nil),
        ]
        for (line, amount, currency, shown, period) in cases {
            let price = PriceReader.price(in: line, packs: packs)
            #expect(price == PriceReader.Price(amount: amount, currency: currency, asShown: shown, period: period), "\(line)")
        }
        for line in ["Art. 44 ff. DSGVO", "Wir und unsere 212 Partner", "Version 2.1.3", "1.000 Artikel im Monat"] {
            #expect(PriceReader.price(in: line, packs: packs) == nil, "\(line)")
        }
    }

    // MARK: - Walls in five languages, in HTML, innerText and snapshot shapes

    static let walls: [(file: String, wall: Wall)] = [
        ("de-sourcepoint-pur.html", Wall("Jetzt PUR-Abo abschließen", 3.99, "EUR", .month, login: true, free: false)),
        ("fr-didomi-abonnement.html", Wall("S'abonner", 1, "EUR", .month, login: true, free: false)),
        ("it-abbonati.html", Wall("Abbonati", 2.99, "EUR", .month, login: true, free: false)),
        ("es-didomi-suscripcion.html", Wall("Suscribirme", 0.99, "EUR", .month, login: true, free: false)),
        ("nl-abonnement.html", Wall("Neem een abonnement", 2.5, "EUR", .month, login: true, free: false)),
        ("en-reject-and-subscribe.html", Wall("Reject and subscribe", 4, "GBP", .month, login: true, free: false)),
    ]

    @Test(arguments: walls.map(\.file))
    func wallInEveryShape(file: String) throws {
        let want = try #require(Self.walls.first { $0.file == file }).wall
        let path = TestPaths.fixture("payorconsent/\(file)")
        let html = try #require(try ConsentAnalyzer.analyse(path: path).notice)
        #expect(html.payOrConsent.map(Wall.init) == want, "\(file) as HTML")
        let parts = try Self.wallParts(path)
        for (shape, text, ext) in [
            ("innerText", MetamorphicLayoutTests.innerText(parts), "txt"),
            ("accessibility snapshot", MetamorphicLayoutTests.snapshot(parts), "yml"),
        ] {
            let notice = try #require(try Self.notice(text, name: "wall.\(ext)"), "\(file) as \(shape)")
            #expect(notice.payOrConsent.map(Wall.init) == want, "\(file) as \(shape)")
            // A paid option is no reject: the first layer's reject-all is what the copy shows.
            #expect(notice.controls.rejectAll == html.controls.rejectAll, "\(file) as \(shape)")
        }
    }

    /// consentmanager marks its contentpass wall in markup: its words alone ("Mit contentpass
    /// weiterlesen", no "werbefrei") would not say so, the platform's boxes do.
    @Test func aPlatformsWallMarkup() throws {
        let path = TestPaths.fixture("payorconsent/consentmanager-contentpass-de.html")
        let notice = try #require(try ConsentAnalyzer.analyse(path: path).notice)
        #expect(notice.platform == "consentmanager")
        #expect(notice.payOrConsent.map(Wall.init) == Wall("Jetzt abonnieren", 3.99, "EUR", .month, login: true, free: false))
        let unmarked = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "cmpcontentpass", with: "cmpbox-pane")
        let plain = try #require(try Self.notice(unmarked, name: "unmarked.html"))
        #expect(plain.payOrConsent == nil)
    }

    // MARK: - Not walls

    /// An article paywall ("Jetzt abonnieren", "Subscribe for €1") beside an ordinary banner is no
    /// consent-or-pay wall, in HTML and as text where the teaser directly follows the banner.
    @Test func subscriptionTeasersAreNoWalls() throws {
        for file in ["teaser-de-article-paywall.html", "teaser-en-subscribe.html"] {
            let path = TestPaths.fixture("payorconsent/\(file)")
            let notice = try #require(try ConsentAnalyzer.analyse(path: path).notice, "\(file)")
            #expect(notice.payOrConsent == nil, "\(file)")
            #expect(notice.controls.rejectAll == true, "\(file)")
        }
        let text = """
            Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Ihre Einwilligung können Sie jederzeit widerrufen.
            Akzeptieren
            Ablehnen
            Weiterlesen mit Z+
            Jetzt abonnieren
            Nur 1 € im ersten Monat
            Bereits Abonnent? Anmelden
            """
        let notice = try #require(try Self.notice(text, name: "teaser.txt"))
        #expect(notice.payOrConsent == nil)
        let english = "This website uses cookies to ensure you get the best experience.\nAccept all\nReject all\nSubscribe for €1\nUnlimited access to every article."
        #expect(try #require(try Self.notice(english, name: "teaser-en.txt")).payOrConsent == nil)
    }

    // MARK: - The corpus page

    @Test(.enabled(if: TestPaths.corpus != nil, "../shared/corpus is not on this machine"))
    func kickerPurLayer() throws {
        let path = try #require(TestPaths.corpus).appendingPathComponent("pages/usercentrics/kicker-de-pur-layer-tcf-purposes.html").path
        let analysis = try ConsentAnalyzer.analyse(path: path)
        let notice = try #require(analysis.notice)
        let wall = try #require(notice.payOrConsent)
        #expect(Wall(wall) == Wall("PUR-Abo kaufen", 2.49, "EUR", .month, login: true, free: false))
        #expect(wall.priceAsShown == "2,49 EUR")
        #expect(wall.acceptLabel == "Zustimmen & weiter")
        #expect(notice.controls.rejectAll == false)
        let assessment = try #require(analysis.assessment)
        let pay = try #require(assessment.findings.first { $0.id == "pay-or-consent" })
        #expect(pay.points == PayOrConsentRule.points)
        #expect(pay.edpbCriterion == .consentOrPay)
        let reject = try #require(assessment.findings.first { $0.id == "controls.reject-all" })
        #expect(reject.explanation.hasSuffix("The alternative to consenting is to pay: “PUR-Abo kaufen” at 2.49 EUR per month."))
        // Re-laid as innerText and as a snapshot, the wall reads the same.
        let parts = try Self.wallParts(path, hidden: true)
        for (text, ext) in [(MetamorphicLayoutTests.innerText(parts), "txt"), (MetamorphicLayoutTests.snapshot(parts), "yml")] {
            let relaid = try #require(try Self.notice(text, name: "kicker.\(ext)"))
            #expect(relaid.payOrConsent.map(Wall.init) == Wall(wall), "\(ext)")
        }
    }

    // MARK: - Assessment

    @Test func refusingOnlyByPayingScores() throws {
        var notice = ConsentNotice(language: "de", controls: NoticeControls(acceptAll: true, rejectAll: false))
        notice.payOrConsent = PayOrConsent(label: "PUR-Abo kaufen", price: 2.49, priceAsShown: "2,49 EUR", currency: "EUR", period: .month, freeAlternative: false)
        let paid = PrivacyAssessor.assess(notice)
        let finding = try #require(paid.findings.first { $0.id == "pay-or-consent" })
        #expect(finding.points == 10 && finding.status == .observed && finding.severity == .high)
        #expect(paid.component(.cannotRefuse)?.points == 10)
        #expect(paid.score == PrivacyAssessor.assess(ConsentNotice(language: "de", controls: notice.controls)).score + 10)

        notice.payOrConsent?.freeAlternative = true
        notice.payOrConsent?.freeAlternativeLabel = "Weiter mit eingeschränkter Version"
        let free = try #require(PrivacyAssessor.assess(notice).findings.first { $0.id == "pay-or-consent" })
        #expect(free.points == 0 && free.severity == .info)
        #expect(free.explanation.contains("“Weiter mit eingeschränkter Version”"))

        notice.payOrConsent?.freeAlternative = nil
        let unknown = try #require(PrivacyAssessor.assess(notice).findings.first { $0.id == "pay-or-consent" })
        #expect(unknown.status == .unknown && unknown.points == 0 && unknown.pointsAtStake == 10)

        // No wall, no finding: other notices' scores do not move.
        #expect(!PrivacyAssessor.assess(ConsentNotice(controls: notice.controls)).findings.contains { $0.id == "pay-or-consent" })
    }

    // MARK: - Rendering and scans

    @Test func reportAndCompareShowPriceAndOptionsSideBySide() throws {
        let wall = try ConsentAnalyzer.analyse(path: TestPaths.fixture("payorconsent/de-sourcepoint-pur.html"))
        let report = MarkdownReport.render(wall)
        #expect(report.contains("## Consent or pay"))
        #expect(report.contains("| Consent | “Akzeptieren und weiter” | free | the site with advertising and tracking |"))
        #expect(report.contains("| Pay | “Jetzt PUR-Abo abschließen” | 3.99 EUR per month (shown as “3,99 €”) | the site without tracking, as the notice says |"))
        #expect(report.contains("| Refuse without paying | **not offered**: refusing costs money | – | – |"))
        let teaser = try ConsentAnalyzer.analyse(path: TestPaths.fixture("payorconsent/teaser-en-subscribe.html"))
        #expect(!MarkdownReport.render(teaser).contains("Consent or pay"))
        // A wall with a free way on shows it beside the price.
        let example = try #require(NoticeLanguage.german.payOrConsent.examples.first { $0.freeAlternative == true })
        let free = MarkdownReport.render(try ConsentAnalyzer.analyse(bytes: Array(example.text.utf8), path: "free.txt"))
        #expect(free.contains("| Refuse without paying | “Weiter mit eingeschränkter Version” | free | the site without tracking |"))
        #expect(free.contains("| Pay | “Jetzt abonnieren” | 1.99 EUR per week (shown as “1,99 Euro”) | the site without tracking, as the notice says |"))
        let compare = ComparisonMarkdown.render(PolicyComparer.compare(wall, teaser))
        #expect(compare.contains("| Price | 3.99 EUR per month (shown as “3,99 €”) | – |"))
        #expect(compare.contains("| Paid option | “Jetzt PUR-Abo abschließen” | none |"))
        #expect(TerminalRendering.render(wall).contains("Consent or pay: “Jetzt PUR-Abo abschließen” at 3.99 EUR per month · free alternative no · subscriber login yes"))
    }

    /// A label from the page is escaped in the report like all page text.
    @Test func wallLabelsAreEscaped() {
        var notice = ConsentNotice(language: "en", controls: NoticeControls(acceptAll: true, rejectAll: false))
        notice.payOrConsent = PayOrConsent(label: "*Subscribe* <b>now</b> | [x](y)", price: 3, currency: "EUR", period: .month, freeAlternative: false)
        let analysis = PageAnalysis(
            source: SourceDescription(path: "wall.html", format: "html", bytes: 1, sha256: String(repeating: "0", count: 64)),
            platforms: [], notice: notice, assessment: PrivacyAssessor.assess(notice))
        let report = MarkdownReport.render(analysis)
        #expect(!report.contains("*Subscribe*"))
        #expect(!report.contains("<b>"))
        #expect(report.contains("3 EUR per month"))
    }

    @Test func csvAndSQLiteCarryPriceCurrencyAndPeriod() throws {
        let analysis = try ConsentAnalyzer.analyse(path: TestPaths.fixture("payorconsent/nl-abonnement.html"))
        let row = ScanRow(index: 0, path: "nl-abonnement.html", outcome: .analysed(analysis), inputBytes: 1)
        let cells = CSVFormat.cells(of: row)
        #expect(cells.count == CSVFormat.header.count)
        let cell = { (name: String) in cells[CSVFormat.header.firstIndex(of: name)!] }
        #expect([cell("pay_or_consent"), cell("pay_price"), cell("pay_currency"), cell("pay_period")] == ["true", "2.50", "EUR", "month"])
        let teaser = try ConsentAnalyzer.analyse(path: TestPaths.fixture("payorconsent/teaser-en-subscribe.html"))
        let plain = CSVFormat.cells(of: ScanRow(index: 1, path: "t.html", outcome: .analysed(teaser), inputBytes: 1))
        #expect(plain[CSVFormat.header.firstIndex(of: "pay_or_consent")!] == "false")
        #expect(plain[CSVFormat.header.firstIndex(of: "pay_price")!] == "")

        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("scan.sqlite").path
        let writer = try SQLiteWriter(path: path)
        try writer.write(row)
        try writer.write(ScanRow(index: 1, path: "t.html", outcome: .analysed(teaser), inputBytes: 1))
        try writer.finish()
        try DatabaseQueue(path: path).read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT page_id, label, price, currency, period, subscriber_login, free_alternative FROM pay_or_consent")
            #expect(rows.count == 1)
            let r = try #require(rows.first)
            #expect(r["page_id"] as Int == 1)
            #expect(r["label"] as String == "Neem een abonnement")
            #expect(r["price"] as Double == 2.5)
            #expect(r["currency"] as String == "EUR")
            #expect(r["period"] as String == "month")
            #expect(r["subscriber_login"] as Int == 1)
            #expect(r["free_alternative"] as Int == 0)
        }
    }

    @Test func jsonCarriesPayOrConsentAndNullWithoutAWall() throws {
        let wall = try ConsentAnalyzer.analyse(path: TestPaths.fixture("payorconsent/it-abbonati.html"))
        let json = try JSONRendering.render(wall, pretty: false)
        #expect(json.contains(#""payOrConsent":{"acceptLabel":"Accetta e continua","currency":"EUR","freeAlternative":false,"freeAlternativeLabel":null,"label":"Abbonati","period":"month","price":2.99,"priceAsShown":"2,99 €","subscriberLogin":true}"#))
        let teaser = try ConsentAnalyzer.analyse(path: TestPaths.fixture("payorconsent/teaser-en-subscribe.html"))
        #expect(try JSONRendering.render(teaser, pretty: false).contains(#""payOrConsent":null"#))
        let decoded = try JSONDecoder().decode(PageAnalysis.self, from: Data(json.utf8))
        #expect(decoded.notice?.payOrConsent == wall.notice?.payOrConsent)
    }
}
