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
    static func kinds(of lines: [TextLine], page: HTMLPage?, platform: String?, languages: [NoticeLanguage]) -> [LayerKind] {
        let selectors = platform.flatMap { ConsentPlatform.platform(id: $0)?.layers } ?? []
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
        for line in lines {
            if let kind = markupKind(line.element) {
                current = kind
            } else if isPreferenceCentreTitle(line, languages: languages) {
                current = .preferenceCentre
            }
            out.append(current)
        }
        return out
    }

    /// A line that is a preference centre's title: one of the language's titles, alone on its line.
    /// A short title that also reads as a button ("Cookie settings") needs a heading's markup; a
    /// longer one ("Manage Consent Preferences") is a heading wherever it stands.
    static func isPreferenceCentreTitle(_ line: TextLine, languages: [NoticeLanguage]) -> Bool {
        guard line.text.utf8.count <= 80, line.role != .button, line.role != .link else { return false }
        guard languages.contains(where: { PhraseMatcher.isExactly($0.preferenceCentreTitles, line: line.text) }) else { return false }
        return line.role == .heading || ControlLexicon.contentWordCount(line.text) >= 3 || ControlLexicon.labels(in: line.text).isEmpty
    }

    /// The layers in reading order of their first line.
    static func order(_ kinds: [LayerKind]) -> [LayerKind] {
        var seen: [LayerKind] = []
        for kind in kinds where !seen.contains(kind) { seen.append(kind) }
        return seen
    }
}
