import ConsentParse

/// The consent notice cut out of a page: only its lines, in reading order.
public struct IsolatedNotice: Sendable {
    public var lines: [TextLine]
    /// The platform whose own container (or configuration) held the notice, when one did.
    public var containerPlatform: ConsentPlatform?
    public var origin: NoticeOrigin
    /// The page's lines just after a notice found by scoring (empty otherwise): what may stand
    /// beside its buttons without consent wording, as a wall's paid option does (see
    /// ``PayOrConsentReader``). Not part of the notice.
    public var following: [TextLine] = []
    /// Where a notice found by scoring lies among the page's lines.
    var scoredRange: Range<Int>?
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
    /// How many lines after a notice's text its row of buttons may stand.
    static let buttonRowReach = 15
    /// A snapshot dialog longer than this is read like a page, not taken whole.
    static let largeDialogLines = 40

    /// - Parameter detectedPlatforms: the platforms the page carries evidence of; their
    ///   configuration objects are read when no rendered notice is found.
    public static func isolate(
        _ content: PageContent, detectedPlatforms: [ConsentPlatform] = [], platforms: [ConsentPlatform] = ConsentPlatform.all
    ) -> IsolatedNotice? {
        if let html = content.html {
            if let notice = fromContainers(content.lines, html: html, platforms: platforms) { return notice }
            if let notice = ConfigurationNoticeReader.notice(in: html, platforms: detectedPlatforms) { return notice }
        }
        if let notice = fromDialogs(content.lines) { return notice }
        guard let scored = fromScoredLines(content.lines) else { return nil }
        if let html = content.html, let range = scored.scoredRange,
           let widened = widenedToContainer(range, lines: content.lines, html: html) {
            return widened
        }
        return scored
    }

    // MARK: - A container named for consent

    /// Words in an element's id or class that name a consent notice's own container
    /// ("consent_manager-wrapper", "cookie-banner", "gdpr-box"), whichever tool drew it.
    static let containerWords = ["consent", "cookie", "gdpr", "dsgvo"]
    /// A container holding more lines than this many times its scored run, plus
    /// ``widenedSlack``, is a page's wrapper (`<body class="cookie-pending">`), not the notice's.
    static let widenedRunMultiple = 3
    static let widenedSlack = 30

    /// A notice found by scoring, whose lines stand in an element its author named for consent
    /// (a tool no catalogue knows), taken whole: its scored run can stop at a table of cookies
    /// that scores below zero, while the rest of its groups and its row of buttons follow.
    static func widenedToContainer(_ run: Range<Int>, lines: [TextLine], html: HTMLPage) -> IsolatedNotice? {
        let limit = run.count * widenedRunMultiple + widenedSlack
        var element = lines[run.lowerBound].element
        var steps = 0
        while element >= 0, element < html.elements.count, steps < 4096 {
            let candidate = html.elements[element]
            guard candidate.lineEnd - candidate.lineStart <= limit else { return nil }
            // The innermost such element that holds more than the run (a heading's own
            // "consent-title" holds less).
            if candidate.lineStart <= run.lowerBound, candidate.lineEnd > run.upperBound || candidate.lineStart < run.lowerBound,
               Self.isNamedForConsent(candidate) {
                let range = min(run.lowerBound, candidate.lineStart)..<max(run.upperBound, candidate.lineEnd)
                let picked = Array(lines[range])
                let end = range.upperBound
                let following = Array(lines[end..<min(lines.count, end + PayOrConsentReader.window)])
                return IsolatedNotice(lines: picked, containerPlatform: nil, origin: origin(of: picked), following: following, scoredRange: range)
            }
            element = candidate.parent
            steps += 1
        }
        return nil
    }

    static func isNamedForConsent(_ element: HTMLElement) -> Bool {
        for name in ["id", "class"] {
            guard let value = element.attributes[name] else { continue }
            let lowered = value.lowercased()
            if containerWords.contains(where: { lowered.containsBytes($0) }) { return true }
        }
        return false
    }

    // MARK: - Dialogs of accessibility snapshots

    /// The dialogs (and regions named for cookies) of an accessibility snapshot that speak of
    /// cookies or consent: a notice's own container, whatever the page around it. A chat window
    /// or a newsletter dialog does not qualify.
    static func fromDialogs(_ lines: [TextLine]) -> IsolatedNotice? {
        guard lines.contains(where: { $0.container >= 0 }) else { return nil }
        var groups: [Int: [TextLine]] = [:]
        var order: [Int] = []
        for line in lines where line.container >= 0 {
            if groups[line.container] == nil { order.append(line.container) }
            groups[line.container, default: []].append(line)
        }
        var picked: [TextLine] = []
        for number in order {
            let group = groups[number]!
            let scores = group.map(LineScorer.score)
            let total = scores.reduce(0) { $0 + max($1.value, 0) }
            guard scores.contains(where: \.strong) || total >= 6, scores.contains(where: { $0.value >= 3 }),
                  scores.contains(where: \.consent) else { continue }
            // A dialog that holds a whole page (a modal over an article) is scored like a page.
            if group.count > largeDialogLines, let notice = fromScoredLines(group) {
                picked.append(contentsOf: notice.lines)
            } else {
                picked.append(contentsOf: group)
            }
        }
        guard !picked.isEmpty else { return nil }
        return IsolatedNotice(lines: picked, containerPlatform: nil, origin: origin(of: picked))
    }

    // MARK: - Platform containers

    static func fromContainers(_ lines: [TextLine], html: HTMLPage, platforms: [ConsentPlatform]) -> IsolatedNotice? {
        let index = platforms.count == ConsentPlatform.all.count ? ContainerIndex.shared : ContainerIndex(platforms)
        var ranges: [(Range<Int>, Int)] = []
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
        var counts: [Int: Int] = [:]
        for (range, platform) in ranges {
            let slice = lines[range]
            // An empty or unrelated container (a loader's placeholder) is not a notice; a banner
            // that speaks of cookies or consent is, even without TCF items.
            guard slice.contains(where: { let s = LineScorer.score($0); return s.strong || s.value >= 3 }) else { continue }
            picked.append(contentsOf: slice)
            counts[platform, default: 0] += slice.count
        }
        // The platform whose containers hold the most lines; on a tie, the first in the catalogue
        // (as the detector ranks), never the order a dictionary happens to keep.
        guard !picked.isEmpty, let platform = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key
        else { return nil }
        return IsolatedNotice(lines: picked, containerPlatform: index.platforms[platform], origin: origin(of: picked))
    }

    /// Every platform's container selectors as lookup tables, so each element costs one or two
    /// dictionary look-ups rather than a scan over every selector. A match is the platform's
    /// place in ``platforms``.
    struct ContainerIndex: Sendable {
        static let shared = ContainerIndex(ConsentPlatform.all)
        let platforms: [ConsentPlatform]
        var ids: [String: Int] = [:]
        /// Class names, looked up as bytes of the attribute: no string is built per class.
        let classes: PlatformDetector.ByteKeyTable
        /// Selectors that need more than a look-up (id prefixes, …).
        var others: [(ContainerSelector, Int)] = []

        init(_ platforms: [ConsentPlatform]) {
            self.platforms = platforms
            var classes: [([UInt8], Int)] = []
            for (number, platform) in platforms.enumerated() {
                for selector in platform.noticeContainers {
                    switch selector {
                    case .id(let id): ids[id] = ids[id] ?? number
                    case .className(let name): classes.append((Array(name.utf8), number))
                    default: others.append((selector, number))
                    }
                }
            }
            self.classes = PlatformDetector.ByteKeyTable(classes, foldsCase: false)
        }

        func platform(of element: HTMLElement) -> Int? {
            if let id = element.attributes["id"] {
                if let platform = ids[id] { return platform }
            }
            if let value = element.attributes["class"] {
                // The first class, in the attribute's order, that some platform names; of the
                // platforms naming it, the first in the catalogue.
                var found: Int?
                PlatformDetector.withUTF8(value) { bytes in
                    HTMLElement.forEachClass(bytes) { range in
                        var first = Int.max
                        classes.lookup(bytes, range) { first = min(first, $0) }
                        guard first != .max else { return true }
                        found = first
                        return false
                    }
                }
                if let found { return found }
            }
            return others.first(where: { $0.0.matches(element) })?.1
        }
    }

    // MARK: - Scoring

    static func fromScoredLines(_ lines: [TextLine]) -> IsolatedNotice? {
        // A run is a notice only if it holds consent wording or reaches some back (below), so a
        // page with no line of consent wording has none: most of a crawl's pages end here, after
        // one pass over their words, without reading a line as buttons or a category heading.
        let readings = lines.map(LineScorer.reading)
        guard readings.contains(where: { $0?.isConsentWording == true })
            || zip(lines, readings).contains(where: { LineScorer.mayBeConsentWording($0, reading: $1) })
        else { return nil }
        var best = (score: 0, start: 0, end: 0)
        var current = (score: 0, start: 0)
        var scores: [LineScorer.Score] = []
        scores.reserveCapacity(lines.count)
        // A category-like label that recurs down the page ("ADVERTISEMENT" over every ad slot) is
        // the page's furniture: a notice names each category once or twice.
        var labelCounts: [String: Int] = [:]
        for line in lines where line.text.utf8.count <= LineScorer.labelLength { labelCounts[line.text, default: 0] += 1 }
        for (i, line) in lines.enumerated() {
            var s = LineScorer.score(line, reading: readings[i])
            if s.strong, !s.consent, !s.isButtonRow, (labelCounts[line.text] ?? 0) >= recurringLabel {
                s = LineScorer.Score(value: -1, strong: false)
            }
            scores.append(s)
            if current.score <= 0 { current = (0, i) }
            current.score += s.value
            if current.score > best.score { best = (current.score, current.start, i + 1) }
        }
        guard best.score >= minimumScore, scores[best.start..<best.end].contains(where: { $0.strong }) else { return nil }
        if !scores[best.start..<best.end].contains(where: { $0.consent }) {
            // Buttons (or category-like labels) alone are no notice. A row of buttons under the
            // notice's text, with lines of details between them that score below zero, is: its
            // text is reached backwards as the buttons are reached forwards.
            guard let start = consentWording(before: best.start, scores: scores, lines: lines) else { return nil }
            best.start = start
        }
        // A notice ends with its buttons; a copy may put lines of UI text (a vendor list's search
        // box, "checkbox label label") between the text and them. Reach a row of accept / reject
        // buttons close after the run.
        // Boxes (a vendor list's empty "checkbox label" toggles) do not count toward the reach:
        // there can be any number of them, and they are the notice's own UI.
        // A lesser control ("Confirm My Choices", "Cookies anpassen") is the notice's only when it
        // is shown as the notice is: a hidden one after a shown notice belongs to another box of
        // the page (a login form, a menu), as "Apply as a Freelancer" does.
        var end = best.end
        var probe = best.end
        var between = 0
        let runShown = lines[best.end - 1].shown
        while probe < lines.count, between < buttonRowReach {
            let score = scores[safe: probe] ?? LineScorer.score(lines[probe])
            if score.isButtonRow, score.strong || lines[probe].shown == runShown {
                end = probe + 1
                between = 0
            } else if lines[probe].role != .checkbox {
                between += 1
            }
            probe += 1
        }
        let picked = Array(lines[best.start..<end])
        let following = Array(lines[end..<min(lines.count, end + PayOrConsentReader.window)])
        return IsolatedNotice(lines: picked, containerPlatform: nil, origin: origin(of: picked), following: following,
                              scoredRange: best.start..<end)
    }

    /// The first line of the consent wording that ends at most ``buttonRowReach`` lines before
    /// `index`, following that wording back while each of its lines is within reach of the next;
    /// nil when no consent wording is that close, or when it is one passing word (an article's
    /// "Einstellungen" above a poll's "Ja" / "Nein"): it takes ``reachedWordingLines`` lines of
    /// the notice's words, or one that speaks of cookies, partners or TCF purposes.
    static func consentWording(before index: Int, scores: [LineScorer.Score], lines: [TextLine]) -> Int? {
        var start: Int?
        var found = 0
        var strong = false
        var probe = index - 1
        var between = 0
        while probe >= 0, between < buttonRowReach {
            if scores[probe].consent {
                start = probe
                found += 1
                if scores[probe].value >= 3 { strong = true }
                between = 0
            } else if lines[probe].role != .checkbox {
                between += 1
            }
            probe -= 1
        }
        return found >= reachedWordingLines || strong ? start : nil
    }

    /// How often a label must recur on a page to be its furniture rather than a category.
    static let recurringLabel = 3

    /// Lines of the notice's vocabulary that make wording above a row of buttons its notice.
    static let reachedWordingLines = 3

    static func origin(of lines: [TextLine]) -> NoticeOrigin {
        lines.allSatisfy(\.inTemplate) ? .template : .rendered
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
