/// "Consent or pay" walls in Markdown: the report's section, the options side by side with their
/// price, and the rows `compare` sets beside each other. Only pages with a wall get them, so other
/// reports read as before. Page text (labels, prices as shown) is escaped by ``MarkdownText``.
enum PayOrConsentMarkdown {
    /// The rows `compare` shows for each page, by name.
    static let factNames: [MarkdownText] = ["Paid option", "Price", "Free alternative without tracking", "Subscriber login"]

    /// One page's cells for ``factNames``.
    static func facts(_ wall: PayOrConsent?, noticeFound: Bool) -> [MarkdownText] {
        guard noticeFound else { return Array(repeating: "–", count: factNames.count) }
        guard let wall else { return ["none", "–", "–", "–"] }
        return ["“\(wall.label)”", price(wall), free(wall), wall.subscriberLogin ? "offered" : "not shown"]
    }

    /// "2.49 EUR per month (shown as “2,49 EUR”)", or what the page printed, or "not shown".
    static func price(_ wall: PayOrConsent) -> MarkdownText {
        guard wall.price != nil else { return wall.priceAsShown.map { "“\($0)”" } ?? "not shown" }
        let shown: MarkdownText = wall.priceAsShown.map { " (shown as “\($0)”)" } ?? ""
        // The amount, ISO code and period are the tool's own words (read from the page, written by us).
        return MarkdownText(stringLiteral: wall.priceWords) + shown
    }

    static func free(_ wall: PayOrConsent) -> MarkdownText {
        switch wall.freeAlternative {
        case true?: return wall.freeAlternativeLabel.map { "offered (“\($0)”)" } ?? "offered"
        case false?: return "**not offered**: refusing costs money"
        case nil: return "unknown (the file shows no row of the notice's buttons)"
        }
    }
}

extension MarkdownReport {
    /// The wall's options side by side: consent, pay, refuse for free.
    mutating func visitPayOrConsent(_ notice: ConsentNotice) {
        guard let wall = notice.payOrConsent else { return }
        document.heading(2, "Consent or pay")
        document.paragraph("The notice offers a paid alternative to consenting to tracking. The EDPB's Opinion 08/2024 on consent or pay models finds that offering only a paid alternative will in most cases not give freely given consent, and asks for a free alternative without behavioural advertising to be considered.")
        var table = MarkdownTable(["Option", "Label as shown", "Price", "What it gives"])
        table.add(["Consent", wall.acceptLabel.map { "“\($0)”" } ?? "not read", "free", "the site with advertising and tracking"])
        table.add(["Pay", "“\(wall.label)”", PayOrConsentMarkdown.price(wall), "the site without tracking, as the notice says"])
        if wall.freeAlternative == true {
            table.add(["Refuse without paying", wall.freeAlternativeLabel.map { "“\($0)”" } ?? "offered", "free", "the site without tracking"])
        } else {
            table.add(["Refuse without paying", PayOrConsentMarkdown.free(wall), "–", "–"])
        }
        table.add(["Log in as a subscriber", wall.subscriberLogin ? "offered" : "not shown", "–", "–"])
        document.table(table)
    }
}

extension ComparisonMarkdown {
    /// Both pages' walls side by side, when either has one.
    mutating func visitPayOrConsent() {
        let c = comparison
        guard c.a.payOrConsent != nil || c.b.payOrConsent != nil else { return }
        document.heading(2, "Consent or pay")
        var table = MarkdownTable(["", "A", "B"])
        let a = PayOrConsentMarkdown.facts(c.a.payOrConsent, noticeFound: c.a.noticeFound)
        let b = PayOrConsentMarkdown.facts(c.b.payOrConsent, noticeFound: c.b.noticeFound)
        for (i, name) in PayOrConsentMarkdown.factNames.enumerated() {
            table.add([name, a[i], b[i]])
        }
        document.table(table)
    }
}
