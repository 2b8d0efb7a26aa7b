import ConsentParse

/// Which layer of a notice each of its lines belongs to: the banner a visitor meets first, the
/// preference centre behind "Manage", the vendor list.
///
/// In markup, the platform's own layer containers say it (``ConsentPlatform/layers``: OneTrust's
/// `#onetrust-banner-sdk` and `#onetrust-pc-sdk`, Didomi's notice and popup, …), innermost first.
/// Otherwise, and in text, a preference centre's title ("Privacy Preference Center", "Manage
/// Consent Preferences", "Datenschutz-Präferenz-Center", in every supported language) starts the
/// preference centre; what comes before it is the banner.
enum NoticeLayering {
    static func kinds(of lines: [TextLine], page: HTMLPage?, platform: ConsentPlatform?, languages: [NoticeLanguage]) -> [LayerKind] {
        let selectors = platform?.layers ?? []
        var cache: [Int: LayerKind?] = [:]
        func markupKind(_ element: Int) -> LayerKind? {
            guard let page, !selectors.isEmpty, element >= 0 else { return nil }
            if let known = cache[element] { return known }
            var index = element
            var found: LayerKind?
            var steps = 0
            while index >= 0, index < page.elements.count, steps < 200 {
                let candidate = page.elements[index]
                if candidate.attributes["id"] != nil || candidate.attributes["class"] != nil,
                   let match = selectors.first(where: { $0.1.matches(candidate) }) {
                    found = match.0
                    break
                }
                index = candidate.parent
                steps += 1
            }
            cache[element] = found
            return found
        }
        var out: [LayerKind] = []
        out.reserveCapacity(lines.count)
        var current = LayerKind.banner
        for (i, line) in lines.enumerated() {
            if let kind = markupKind(line.element) {
                current = kind
            } else if isPreferenceCentreTitle(line, languages: languages) {
                if current == .banner {
                    for j in centreOpening(before: i, lines) where markupKind(lines[j].element) == nil { out[j] = .preferenceCentre }
                }
                current = .preferenceCentre
            }
            out.append(current)
        }
        return out
    }

    /// A title such as "Manage Consent Preferences" can head the centre's list rather than the
    /// centre: OneTrust puts the centre's description and its "Allow All" button above it. When a
    /// lone accept-all button stands right before the title, under a paragraph, that button, the
    /// links under the paragraph, the paragraph and a heading over it are the centre's opening
    /// (its description), not a banner.
    static func centreOpening(before title: Int, _ lines: [TextLine]) -> Range<Int> {
        var k = title - 1
        while k >= 0, lines[k].text.isEmpty { k -= 1 }
        guard k >= 0, lines[k].role != .heading, ControlLexicon.labels(in: lines[k].text, strict: lines[k].role != .button).map(\.kind) == [.acceptAll]
        else { return title..<title }
        var start = k
        k -= 1
        // Links under the description ("More information").
        while k >= 0, LineLength.of(lines[k].text) <= LineLength.label, !lines[k].text.hasSuffix("."), ControlLexicon.labels(in: lines[k].text).isEmpty { k -= 1 }
        // The description, then the heading over it. Without a description right above, the
        // button ends a banner ("Cookie settings", "Accept all", then the centre's title).
        guard k >= 0, LineLength.of(lines[k].text) >= LineLength.heading, ControlLexicon.trailingLabels(in: lines[k].text).isEmpty else { return title..<title }
        start = k
        if k > 0, LineLength.of(lines[k - 1].text) <= LineLength.title, !lines[k - 1].text.hasSuffix("."), ControlLexicon.labels(in: lines[k - 1].text).isEmpty {
            start = k - 1
        }
        return start..<title
    }

    /// A line that is a preference centre's title: one of the language's titles, alone on its line.
    /// A short title that also reads as a button ("Cookie settings") needs a heading's markup; a
    /// longer one ("Manage Consent Preferences") is a heading wherever it stands.
    static func isPreferenceCentreTitle(_ line: TextLine, languages: [NoticeLanguage]) -> Bool {
        guard LineLength.of(line.text) <= LineLength.heading, line.role != .button, line.role != .link else { return false }
        guard PhraseMatcher.isExactly(.preferenceCentreTitles, in: languages, line: line.text) else { return false }
        return line.role == .heading || ControlLexicon.contentWordCount(line.text) >= 3 || ControlLexicon.labels(in: line.text).isEmpty
    }

    /// The layers in reading order of their first line.
    static func order(_ kinds: [LayerKind]) -> [LayerKind] {
        var seen: [LayerKind] = []
        for kind in kinds where !seen.contains(kind) { seen.append(kind) }
        return seen
    }
}
