import ConsentParse

/// Reads a "consent or pay" wall in an isolated notice: beside consenting, a paid way on
/// ("PUR-Abo kaufen – Nur 2,49 EUR im Monat"). The words come from each language's
/// ``PayOrConsentWords``; platforms that mark such walls in markup list the classes in
/// ``ConsentPlatform/payOrConsentMarkers``.
///
/// A wall is a line naming the paid option (``PayOrConsentWords/paidOption``, a label of a few
/// words or a line with a price) with a phrase saying what it buys — the site without ads or
/// tracking (``PayOrConsentWords/withoutTracking``) — within ``window`` lines of it, or inside a
/// platform's wall markup. A paywall teaser ("Jetzt abonnieren", "Subscribe for €1") names a
/// subscription but no way on without tracking, so it is no wall. The reader never changes the
/// notice's controls: a paid option is not a reject (`controls.rejectAll` stays what the file
/// shows).
enum PayOrConsentReader {
    /// How many lines apart the paid option, its price and what it buys may stand.
    static let window = 8

    static func read(
        _ lines: [TextLine], notice: ConsentNotice, page: HTMLPage?, platform: ConsentPlatform?, languages: [NoticeLanguage]
    ) -> PayOrConsent? {
        let packs = wordPacks(notice: notice, languages: languages)
        guard !packs.isEmpty else { return nil }
        // No wall without a line naming the paid option: most notices have none, and their other
        // facts (prices, labels, what the option buys) need not be read.
        // (The lines are searched together, folded once: no wall without a paid line, so a
        // match across two lines only costs the reading below.)
        let together = lines.lazy.map(\.text).joined(separator: "\n")
        guard packs.contains(where: { PhraseMatcher.contains($0.paidOption, in: together) }) else { return nil }
        let marked = markedLines(lines, page: page, platform: platform)
        var facts: [LineFacts] = []
        facts.reserveCapacity(lines.count)
        for (i, line) in lines.enumerated() {
            facts.append(LineFacts(line, index: i, packs: packs, marked: marked.contains(i)))
        }
        let anchors = facts.filter { $0.paid && !$0.login }
        guard let anchor = anchors.first(where: { a in
            a.marked || facts[range(around: a.index, count: facts.count)].contains { $0.withoutTracking }
        }) else { return nil }
        let near = facts[range(around: anchor.index, count: facts.count)]
        let label = labelLine(near) ?? anchor
        let priced = near.filter { $0.price != nil }
            .min { abs($0.index - label.index) < abs($1.index - label.index) }
        let price = priced?.price
        let accept = facts.first { $0.control == .acceptAll && !$0.paid && !$0.labelText.isEmpty }
        let isFree = { (f: LineFacts) in (f.control == .rejectAll && !f.paid && f.price == nil) || f.freePhrase }
        let freeLine = facts.first { isFree($0) && !$0.labelText.isEmpty } ?? facts.first(where: isFree)
        let freeAlternative: Bool?
        if facts.contains(where: \.freePhrase) {
            freeAlternative = true
        } else {
            switch notice.controls.rejectAll {
            case true?: freeAlternative = freeLine != nil
            case false?: freeAlternative = false
            case nil: freeAlternative = nil
            }
        }
        return PayOrConsent(
            label: label.labelText.isEmpty ? label.text : label.labelText,
            acceptLabel: accept?.labelText, price: price?.amount, priceAsShown: price?.asShown,
            currency: price?.currency, period: price?.period ?? priced.flatMap { periodNear($0, in: facts, packs: packs) },
            subscriberLogin: near.contains { $0.login },
            freeAlternative: freeAlternative, freeAlternativeLabel: freeAlternative == true ? freeLine?.labelText ?? freeLine?.text : nil)
    }

    /// Whether a label names a paid option in any of the languages ("Reject and subscribe").
    static func namesPaidOption(_ label: String, languages: [NoticeLanguage]) -> Bool {
        languages.contains { PhraseMatcher.contains($0.payOrConsent.paidOption, in: label) }
    }

    /// The notice's language and English (the words of "Pay or OK" walls everywhere); every
    /// language when the notice's is unknown.
    static func wordPacks(notice: ConsentNotice, languages: [NoticeLanguage]) -> [PayOrConsentWords] {
        let chosen: [NoticeLanguage]
        if let code = notice.language, let own = languages.first(where: { $0.code == code }) {
            chosen = [own] + languages.filter { $0.code == "en" && $0.code != code }
        } else {
            chosen = languages
        }
        return chosen.map(\.payOrConsent).filter { !$0.paidOption.isEmpty }
    }

    static func range(around index: Int, count: Int) -> ClosedRange<Int> {
        max(0, index - window)...min(count - 1, index + window)
    }

    /// The paid option's label: a button or link naming it, else the shortest label-like line
    /// (a few words, no sentence) naming it, else nil.
    static func labelLine(_ near: ArraySlice<LineFacts>) -> LineFacts? {
        let named = near.filter { $0.paid && !$0.login && !$0.labelText.isEmpty }
        if let control = named.first(where: { $0.role == .button || $0.role == .link }) { return control }
        return named.min { $0.words < $1.words }
    }

    /// A period printed on the line after the price's ("2,49 €" over "pro Monat").
    static func periodNear(_ priced: LineFacts, in facts: [LineFacts], packs: [PayOrConsentWords]) -> BillingPeriod? {
        guard priced.index + 1 < facts.count, facts[priced.index + 1].text.utf8.count <= 40 else { return nil }
        return PriceReader.period(in: facts[priced.index + 1].text[...], packs: packs)
    }

    /// Lines inside an element a platform marks as its wall: the notice's platform's markers, or
    /// every platform's when the notice has none.
    static func markedLines(_ lines: [TextLine], page: HTMLPage?, platform: ConsentPlatform?) -> Set<Int> {
        guard let page else { return [] }
        let markers = platform.map(\.payOrConsentMarkers) ?? ConsentPlatform.all.flatMap(\.payOrConsentMarkers)
        guard !markers.isEmpty else { return [] }
        var out = Set<Int>()
        var inside: [Int: Bool] = [:]
        for (i, line) in lines.enumerated() where line.element >= 0 {
            var index = line.element
            var path: [Int] = []
            var found = false
            while index >= 0, index < page.elements.count {
                if let known = inside[index] { found = known; break }
                path.append(index)
                if markers.contains(where: { $0.matches(page.elements[index]) }) { found = true; break }
                index = page.elements[index].parent
            }
            for p in path { inside[p] = found }
            if found { out.insert(i) }
        }
        return out
    }

    /// What one line of the notice says about a wall.
    struct LineFacts {
        let index: Int
        let text: String
        let role: LineRole
        /// The line read as a label: short and no sentence; empty otherwise.
        let labelText: String
        let words: Int
        let paid: Bool
        let withoutTracking: Bool
        let login: Bool
        let freePhrase: Bool
        let price: PriceReader.Price?
        let control: ControlKind?
        let marked: Bool

        init(_ line: TextLine, index: Int, packs: [PayOrConsentWords], marked: Bool) {
            self.index = index
            self.marked = marked
            let text = Self.trimmed(line.text)
            self.text = text
            role = line.role
            let words = text.split(separator: " ").count
            self.words = words
            let short = !text.isEmpty && text.utf8.count <= 400
            let isLabel = short && words <= 6 && !text.hasSuffix(".") && !text.hasSuffix("?")
            labelText = isLabel ? text : ""
            paid = Self.namesPaidOption(text, packs: packs)
            withoutTracking = short && packs.contains { PhraseMatcher.contains($0.withoutTracking, in: text) }
            login = short && packs.contains { PhraseMatcher.contains($0.subscriberLogin, in: text) }
            freePhrase = short && packs.contains { PhraseMatcher.contains($0.freeAlternative, in: text) }
            price = short ? PriceReader.price(in: text, packs: packs) : nil
            control = isLabel ? ControlLexicon.labels(in: text).first?.kind : nil
        }

        static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: " \t") }

        /// A short line (trimmed) naming the paid option in one of the packs.
        static func namesPaidOption(_ text: String, packs: [PayOrConsentWords]) -> Bool {
            !text.isEmpty && text.utf8.count <= 400 && packs.contains { PhraseMatcher.contains($0.paidOption, in: text) }
        }
    }
}
