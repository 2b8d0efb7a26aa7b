import ConsentParse

/// The consent notice cut out of a page: only its lines, in reading order.
public struct IsolatedNotice: Sendable {
    public var lines: [TextLine]
    /// The platform whose own container held the notice, when one did.
    public var containerPlatform: String?
    public var origin: NoticeOrigin
}

/// Finds the consent notice among the article, comments and ads around it.
///
/// In HTML a platform's own container wins (``ConsentPlatform/noticeContainers``). Otherwise, and in
/// text, lines are scored by how much consent-notice language they hold, and the notice is the
/// highest-scoring run of lines (a maximum-sum segment): article lines cost a little, notice lines
/// earn more, so a notice from a platform never seen before is still found while a lone "cookie"
/// in a footer is not.
public enum NoticeIsolator {
    /// A run must score at least this much, and hold one strong signal, to count as a notice.
    static let minimumScore = 8

    /// - Parameter detectedPlatforms: ids of the platforms the page carries evidence of; their
    ///   configuration objects are read when no rendered notice is found.
    public static func isolate(
        _ content: PageContent, detectedPlatforms: [String] = [], platforms: [ConsentPlatform] = ConsentPlatform.all
    ) -> IsolatedNotice? {
        if let html = content.html {
            if let notice = fromContainers(content.lines, html: html, platforms: platforms) { return notice }
            if let notice = ConfigurationNoticeReader.notice(in: html, platforms: detectedPlatforms) { return notice }
        }
        return fromScoredLines(content.lines)
    }

    // MARK: - Platform containers

    static func fromContainers(_ lines: [TextLine], html: HTMLPage, platforms: [ConsentPlatform]) -> IsolatedNotice? {
        let index = platforms.count == ConsentPlatform.all.count ? ContainerIndex.shared : ContainerIndex(platforms)
        var ranges: [(Range<Int>, String)] = []
        for element in html.elements {
            guard element.lineEnd > element.lineStart else { continue }
            if let last = ranges.last, last.0.contains(element.lineStart) { continue }
            guard element.attributes["id"] != nil || element.attributes["class"] != nil else { continue }
            if let platform = index.platform(of: element) {
                ranges.append((element.lineStart..<element.lineEnd, platform))
            }
        }
        guard !ranges.isEmpty else { return nil }
        var picked: [TextLine] = []
        var counts: [String: Int] = [:]
        for (range, platform) in ranges {
            let slice = lines[range]
            // An empty or unrelated container (a loader's placeholder) is not a notice; a banner
            // that speaks of cookies or consent is, even without TCF items.
            guard slice.contains(where: { let s = LineScorer.score($0); return s.strong || s.value >= 3 }) else { continue }
            picked.append(contentsOf: slice)
            counts[platform, default: 0] += slice.count
        }
        guard !picked.isEmpty, let platform = counts.max(by: { $0.value < $1.value })?.key else { return nil }
        return IsolatedNotice(lines: picked, containerPlatform: platform, origin: origin(of: picked))
    }

    /// Every platform's container selectors as lookup tables, so each element costs one or two
    /// dictionary look-ups rather than a scan over every selector.
    struct ContainerIndex: Sendable {
        static let shared = ContainerIndex(ConsentPlatform.all)
        var ids: [String: String] = [:]
        var classes: [String: String] = [:]
        /// Selectors that need more than a look-up (id prefixes, …).
        var others: [(ContainerSelector, String)] = []

        init(_ platforms: [ConsentPlatform]) {
            for platform in platforms {
                for selector in platform.noticeContainers {
                    switch selector {
                    case .id(let id): ids[id] = ids[id] ?? platform.id
                    case .className(let name): classes[name] = classes[name] ?? platform.id
                    default: others.append((selector, platform.id))
                    }
                }
            }
        }

        func platform(of element: HTMLElement) -> String? {
            if let id = element.attributes["id"] {
                if let platform = ids[id] { return platform }
            }
            if element.attributes["class"] != nil {
                for name in element.classes { if let platform = classes[String(name)] { return platform } }
            }
            return others.first(where: { $0.0.matches(element) })?.1
        }
    }

    // MARK: - Scoring

    static func fromScoredLines(_ lines: [TextLine]) -> IsolatedNotice? {
        guard !lines.isEmpty else { return nil }
        var best = (score: 0, start: 0, end: 0)
        var current = (score: 0, start: 0)
        var scores: [LineScorer.Score] = []
        scores.reserveCapacity(lines.count)
        for (i, line) in lines.enumerated() {
            let s = LineScorer.score(line)
            scores.append(s)
            if current.score <= 0 { current = (0, i) }
            current.score += s.value
            if current.score > best.score { best = (current.score, current.start, i + 1) }
        }
        guard best.score >= minimumScore,
              scores[best.start..<best.end].contains(where: { $0.strong }) else { return nil }
        let picked = Array(lines[best.start..<best.end])
        return IsolatedNotice(lines: picked, containerPlatform: nil, origin: origin(of: picked))
    }

    static func origin(of lines: [TextLine]) -> NoticeOrigin {
        lines.allSatisfy(\.inTemplate) ? .template : .rendered
    }
}

/// How much a single line sounds like a consent notice.
enum LineScorer {
    struct Score {
        var value: Int
        /// A signal that only consent notices give: a partner count, a TCF name, an "Always Active"
        /// label, a cookie-category heading.
        var strong: Bool
    }

    static func score(_ line: TextLine) -> Score {
        let text = line.text
        let length = text.utf8.count
        guard length < 4000 else { return Score(value: -1, strong: false) }
        let languages = NoticeLanguage.all
        // Cheap gates first: a count needs a digit, a label or heading is short.
        if text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
           PhraseMatcher.partnerCount(in: text, languages: languages) != nil {
            return Score(value: 6, strong: true)
        }
        if length < 400, TCFTaxonomy.match(text) != nil { return Score(value: 5, strong: true) }
        if length <= 60 {
            if languages.contains(where: { PhraseMatcher.isExactly($0.alwaysActive, line: text) }) { return Score(value: 4, strong: true) }
            if languages.contains(where: { PhraseMatcher.isExactly($0.acceptAll, line: text) || PhraseMatcher.isExactly($0.rejectAll, line: text) }) {
                // An "Accept all" / "Reject all" control: strong when markup says it is a button.
                return Score(value: line.role == .button ? 4 : 2, strong: line.role == .button)
            }
        }
        if length < 120, PhraseMatcher.categoryClass(ofHeading: text, languages: languages) != nil {
            return Score(value: 3, strong: true)
        }
        if languages.contains(where: { PhraseMatcher.contains($0.noticeVocabulary, in: text) }) {
            let cookieWord = languages.contains { PhraseMatcher.contains($0.cookieWords, in: text) }
            return Score(value: cookieWord ? 3 : 1, strong: false)
        }
        return Score(value: -1, strong: false)
    }
}
