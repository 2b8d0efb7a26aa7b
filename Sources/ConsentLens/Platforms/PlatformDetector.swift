import ConsentParse
#if canImport(Glibc)
import Glibc
#endif

/// Names the consent platforms a page carries evidence of, from the rules in
/// ``ConsentPlatform/all``.
///
/// The rules are compiled once into lookup tables (host suffix → rules, hashed ids, classes and
/// identifiers); a page is then read in one pass over its elements, one over its inline scripts and
/// one over its inline styles, each linear in the page's size. Nothing is matched on substrings of
/// free text: URLs are parsed before their host is compared, identifiers must stand alone
/// (`_sp_` is not `_sp_queue`), and text formats only count a platform's default wording.
public enum PlatformDetector {
    /// Every platform with evidence, strongest first: markup and script evidence before wording,
    /// then more kinds of evidence, then more evidence.
    public static func detect(in content: PageContent) -> [PlatformDetection] {
        let index = CompiledCatalog.shared
        var collector = EvidenceCollector(index: index)
        if let html = content.html {
            collector.scan(html)
            // A fragment or a converted page without the platform's markup (Markdown with raw
            // HTML blocks, a notice's outerHTML on its own) still shows its default wording.
            if collector.detections().isEmpty { collector.scanWording(content.lines) }
        } else {
            collector.scanWording(content.lines)
        }
        return collector.detections()
    }

    /// Whether the page defines or calls the IAB TCF API (`__tcfapi`). The stub alone names no
    /// platform: every TCF CMP, and many publishers' own code, ship the same IAB snippet.
    public static func hasTCFStub(in content: PageContent) -> Bool {
        guard let html = content.html else { return false }
        for script in html.scripts where !script.text.isEmpty {
            var found = false
            withUTF8(script.text) { bytes in
                CompiledCatalog.tcfTable.scan(bytes) { _, _ in found = true }
            }
            if found { return true }
        }
        return html.elements.contains { $0.tag == "iframe" && $0.attributes["name"] == "__tcfapiLocator" }
    }
}

extension PlatformDetector {
    // MARK: - Evidence

    /// The kinds of evidence, in the order a detection lists them.
    enum EvidenceKind: Int, CaseIterable {
        case loader, scriptMarker, inlineConfig, markup, style, wording, commentedOut
    }

    /// Gathers evidence for one page: at most one item per rule and kind, so a platform class used
    /// 300 times is one line of evidence.
    struct EvidenceCollector {
        static let maximumEvidence = 8

        let index: CompiledCatalog
        private var seen: [UInt8]
        private var evidence: [[(kind: EvidenceKind, text: String)]]
        /// Event handlers and `javascript:` links, read after the inline scripts so that a global
        /// defined in a script is reported as configuration, not as the link that calls it.
        private var handlers: [String] = []
        /// Per selector rule: a bit for each of its steps that some element matched.
        private var stepsMatched: [UInt64]
        /// Per selector rule: the first selector that matched.
        private var matchedSelector: [String?]

        init(index: CompiledCatalog) {
            self.index = index
            stepsMatched = Array(repeating: 0, count: index.selectorRules.count)
            matchedSelector = Array(repeating: nil, count: index.selectorRules.count)
            seen = Array(repeating: 0, count: index.ruleCount)
            evidence = Array(repeating: [], count: index.platforms.count)
        }

        /// Records `text` for `rule` unless that rule already gave evidence of this kind.
        mutating func record(_ rule: Int, _ kind: EvidenceKind, _ text: @autoclosure () -> String) {
            let bit = UInt8(1) << UInt8(kind.rawValue)
            guard seen[rule] & bit == 0 else { return }
            seen[rule] |= bit
            let platform = index.rulePlatform[rule]
            let line = text()
            guard !evidence[platform].contains(where: { $0.text == line }) else { return }
            evidence[platform].append((kind, line))
        }

        func detections() -> [PlatformDetection] {
            var ranked: [(order: Int, kinds: Int, count: Int, high: Bool, detection: PlatformDetection)] = []
            for (order, items) in evidence.enumerated() where !items.isEmpty {
                let platform = index.platforms[order]
                let kinds = Set(items.map(\.kind))
                let high = kinds.contains { $0 != .wording && $0 != .commentedOut }
                let detection = PlatformDetection(
                    id: platform.id.rawValue, name: platform.name, evidence: Self.shortList(items),
                    confidence: high ? "high" : "low")
                ranked.append((order, kinds.count, items.count, high, detection))
            }
            ranked.sort { a, b in
                if a.high != b.high { return a.high }
                if a.kinds != b.kinds { return a.kinds > b.kinds }
                if a.count != b.count { return a.count > b.count }
                return a.order < b.order
            }
            return ranked.map(\.detection)
        }

        /// At most ``maximumEvidence`` items: one of each kind first, then the rest in the order found;
        /// listed by kind.
        static func shortList(_ items: [(kind: EvidenceKind, text: String)]) -> [String] {
            var chosen = Set<Int>()
            var kindsTaken = Set<EvidenceKind>()
            for (i, item) in items.enumerated() where !kindsTaken.contains(item.kind) && chosen.count < maximumEvidence {
                kindsTaken.insert(item.kind)
                chosen.insert(i)
            }
            for i in items.indices where chosen.count < maximumEvidence { chosen.insert(i) }
            return chosen.sorted { a, b in
                items[a].kind.rawValue != items[b].kind.rawValue ? items[a].kind.rawValue < items[b].kind.rawValue : a < b
            }.map { items[$0].text }
        }

        // MARK: HTML

        mutating func scan(_ html: HTMLPage) {
            for element in html.elements {
                scanElement(element)
            }
            if !index.selectors.isEmpty {
                for i in html.elements.indices { matchSelectors(html.elements, i) }
                let rules = index.selectorRules
                for r in rules.indices where stepsMatched[r] == rules[r].allSteps {
                    let text = matchedSelector[r] ?? ""
                    record(rules[r].rule, .markup, "element \(text)")
                }
            }
            for script in html.scripts where !script.text.isEmpty && !Self.isMetadata(script.attributes["type"]) {
                scanInlineScript(script.text)
            }
            for handler in handlers {
                scanIdentifiers(handler, label: "inline handler")
            }
            handlers = []
            for style in html.styles where !style.isEmpty {
                scanStyle(style)
            }
            for comment in html.commentedMarkup {
                scanCommentedOut(comment)
            }
        }

        /// Code inside an HTML comment: its globals and loader URLs, recorded as commented-out
        /// evidence (low confidence) so that a switched-off platform is named but never ranked
        /// above one the page runs.
        mutating func scanCommentedOut(_ text: String) {
            withUTF8(text) { bytes in
                index.identifiers.scan(bytes) { rule, pattern in record(rule, .commentedOut, "commented-out script \(pattern)") }
                URLLiteralScanner.scan(bytes) { host, path in matchURL(host: host, path: path, context: "commented-out URL", kind: .commentedOut) }
            }
        }

        mutating func scanElement(_ element: HTMLElement) {
            let isScript = element.tag == "script"
            // One walk over the attributes; what matched is recorded afterwards in a fixed order,
            // because a dictionary's order changes from run to run.
            var id: String?, classes: String?
            var marked: [String] = []
            var elementHandlers: [(String, String)] = []
            for (name, value) in element.attributes {
                switch name {
                case "id": id = value
                case "class": classes = value
                case "href": if value.hasPrefix("javascript:") { elementHandlers.append((name, value)) }
                default: if name.utf8.count > 2, name.hasPrefix("on"), !value.isEmpty { elementHandlers.append((name, value)) }
                }
                var isMarker = false
                withUTF8(name) { bytes in index.attributes.lookup(bytes, 0..<bytes.count) { _ in isMarker = true } }
                if isMarker { marked.append(name) }
            }
            if let id, !id.isEmpty {
                withUTF8(id) { bytes in
                    index.ids.matches(bytes, 0..<bytes.count) { rule in record(rule, .markup, "element #\(id)") }
                }
            }
            if let classes, !classes.isEmpty {
                withUTF8(classes) { bytes in
                    forEachWord(bytes) { range in
                        index.classes.matches(bytes, range) { rule in record(rule, .markup, "element .\(string(bytes, range))") }
                        if isScript {
                            index.scriptClasses.matches(bytes, range) { rule in
                                record(rule, .scriptMarker, "blocked script class \(string(bytes, range))")
                            }
                        }
                    }
                }
            }
            for name in marked.sorted() {
                let label = isScript
                    ? (Self.isExecutable(element.attributes["type"]) ? "script attribute \(name)" : "blocked script \(name)")
                    : "\(element.tag) attribute \(name)"
                withUTF8(name) { bytes in index.attributes.lookup(bytes, 0..<bytes.count) { rule in record(rule, .scriptMarker, label) } }
            }
            if !elementHandlers.isEmpty {
                handlers.append(contentsOf: elementHandlers.sorted { $0.0 < $1.0 }.map(\.1))
            }
            switch element.tag {
            case "script":
                if let src = element.attributes["src"] { scanURL(src, context: "script src") }
                if let type = element.attributes["type"], !type.isEmpty {
                    withUTF8(type) { bytes in
                        index.scriptTypes.lookup(bytes, 0..<bytes.count) { rule in record(rule, .scriptMarker, "blocked script type \(type)") }
                    }
                }
            case "link":
                if let href = element.attributes["href"] {
                    let rel = (element.attributes["rel"] ?? "").lowercased()
                    if !Self.navigationRels.contains(rel) { scanURL(href, context: rel.isEmpty ? "link" : "link \(rel)") }
                }
            case "iframe":
                if let src = element.attributes["src"] { scanURL(src, context: "iframe src") }
            default:
                break
            }
        }

        /// The rules' CSS selectors whose subject's id, class, attribute or tag this element has,
        /// checked in full (ancestors too).
        mutating func matchSelectors(_ elements: [HTMLElement], _ i: Int) {
            let element = elements[i]
            let index = self.index
            for (name, value) in element.attributes {
                switch name {
                case "id":
                    withUTF8(value) { bytes in index.selectorIDs.matches(bytes, 0..<bytes.count) { check($0, elements, i) } }
                case "class":
                    withUTF8(value) { bytes in
                        forEachWord(bytes) { range in index.selectorClasses.matches(bytes, range) { check($0, elements, i) } }
                    }
                default: break
                }
                if !index.selectorAttributes.isEmpty {
                    withUTF8(name) { bytes in index.selectorAttributes.lookup(bytes, 0..<bytes.count) { check($0, elements, i) } }
                }
            }
            if !index.selectorTags.isEmpty {
                withUTF8(element.tag) { bytes in index.selectorTags.lookup(bytes, 0..<bytes.count) { check($0, elements, i) } }
            }
            for s in index.universalSelectors { check(s, elements, i) }
        }

        /// Checks selector `s` in full on `elements[i]` unless its step already matched.
        private mutating func check(_ s: Int, _ elements: [HTMLElement], _ i: Int) {
            let (selector, r, bit) = index.selectors[s]
            guard stepsMatched[r] & bit == 0, selector.matches(elements, at: i) else { return }
            stepsMatched[r] |= bit
            if matchedSelector[r] == nil { matchedSelector[r] = selector.text }
        }

        /// `<link rel>` values that point at pages, not at resources the page loads.
        static let navigationRels: Set<String> = ["canonical", "alternate", "shortlink", "next", "prev", "amphtml", "search", "author", "license", "home", "about"]

        /// JSON-LD describes the page (headline, article body): prose, not configuration.
        static func isMetadata(_ type: String?) -> Bool {
            type?.lowercased() == "application/ld+json"
        }

        /// Script types a browser runs; anything else on a script is held back (blocked).
        static func isExecutable(_ type: String?) -> Bool {
            guard let type = type?.lowercased(), !type.isEmpty else { return true }
            return type == "text/javascript" || type == "application/javascript" || type == "module" || type == "application/json" || type == "application/ld+json"
        }

        mutating func scanInlineScript(_ text: String) {
            scanIdentifiers(text, label: "inline config")
            withUTF8(text) { bytes in
                URLLiteralScanner.scan(bytes) { host, path in matchURL(host: host, path: path, context: "inline URL") }
            }
        }

        mutating func scanIdentifiers(_ text: String, label: String) {
            withUTF8(text) { bytes in
                index.identifiers.scan(bytes) { rule, pattern in record(rule, .inlineConfig, "\(label) \(pattern)") }
            }
        }

        /// `.name` and `#name` in CSS selectors: only the text before a `{` (selectors, at-rule
        /// preludes), never declarations, where `#ccc` is a colour.
        mutating func scanStyle(_ css: String) {
            withUTF8(css) { bytes in
                let n = bytes.count
                var segmentStart = 0
                var i = 0
                while i < n {
                    let b = bytes[i]
                    if b == UInt8(ascii: "/"), i + 1 < n, bytes[i + 1] == UInt8(ascii: "*") {
                        var j = i + 2
                        while j + 1 < n, !(bytes[j] == UInt8(ascii: "*") && bytes[j + 1] == UInt8(ascii: "/")) { j += 1 }
                        i = j + 2
                        segmentStart = i
                        continue
                    }
                    if b == UInt8(ascii: "{") {
                        scanSelectors(bytes, segmentStart..<i)
                        segmentStart = i + 1
                    } else if b == UInt8(ascii: "}") || b == UInt8(ascii: ";") {
                        segmentStart = i + 1
                    }
                    i += 1
                }
            }
        }

        private mutating func scanSelectors(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            var i = range.lowerBound
            while i < range.upperBound {
                let b = bytes[i]
                i += 1
                guard b == UInt8(ascii: ".") || b == UInt8(ascii: "#") else { continue }
                let start = i
                while i < range.upperBound, CharacterClass.isCSSName(bytes[i]) { i += 1 }
                guard i > start else { continue }
                let isID = b == UInt8(ascii: "#")
                let end = i
                (isID ? index.ids : index.classes).matches(bytes, start..<end) { rule in
                    record(rule, .style, "inline style \(isID ? "#" : ".")\(string(bytes, start..<end))")
                }
            }
        }

        // MARK: URLs

        mutating func scanURL(_ raw: String, context: String) {
            withUTF8(raw) { bytes in
                guard let url = ParsedURL(bytes) else { return }
                matchURL(host: url.host, path: url.path, context: context)
            }
        }

        /// `host` is lowercase (empty for a relative URL); `path` has no query or fragment.
        mutating func matchURL(host: [UInt8], path: [UInt8], context: String, kind: EvidenceKind = .loader) {
            let shown = { () -> String in
                var s = String(decoding: host, as: UTF8.self) + String(decoding: path, as: UTF8.self)
                if s.hasPrefix("./") { s.removeFirst(2) }
                if s.count > 72 { s = String(s.prefix(71)) + "…" }
                return "\(context) \(s)"
            }
            host.withUnsafeBufferPointer { h in
                var start = 0
                while start < h.count {
                    index.hosts.lookup(h, start..<h.count) { payload in
                        let (rule, prefix) = index.hostRules[payload]
                        if prefix.isEmpty || path.starts(with: prefix) { record(rule, kind, shown()) }
                    }
                    guard let dot = h[start...].firstIndex(of: UInt8(ascii: ".")) else { break }
                    start = dot + 1
                }
            }
            path.withUnsafeBufferPointer { p in
                var previous: Range<Int>? = nil
                var i = 0
                while i < p.count {
                    while i < p.count, p[i] == UInt8(ascii: "/") { i += 1 }
                    let segmentStart = i
                    while i < p.count, p[i] != UInt8(ascii: "/") { i += 1 }
                    guard i > segmentStart else { break }
                    let segment = segmentStart..<i
                    if let previous, previous.upperBound + 1 == segment.lowerBound {
                        index.segmentPairs.lookup(p, previous.lowerBound..<segment.upperBound) { rule in record(rule, kind, shown()) }
                    }
                    previous = segment
                }
                guard var file = previous else { return }
                if file.count > 9, ByteSearch.equalFolded(Self.downloadSuffix, p, at: file.upperBound - 9) {
                    file = file.lowerBound..<(file.upperBound - 9)
                }
                index.files.lookup(p, file) { rule in record(rule, kind, shown()) }
            }
        }

        /// Safari's "Save page as" renames resources `name.js.download`.
        static let downloadSuffix: [UInt8] = Array(".download".utf8)

        // MARK: Wording

        /// Text formats: a platform's default wording, all groups of one rule present.
        mutating func scanWording(_ lines: [TextLine]) {
            var lowered = LoweredLines()
            for line in lines { lowered.append(line.text) }
            for line in lines {
                if let name = line.accessibleName { lowered.append(name) }
                // A copy that glued a row of buttons ("AkzeptierenAblehnenEinstellungen ansehen")
                // still shows each label: read the row pulled apart too.
                let apart = ControlLexicon.deglued(line.text)
                if apart.utf8.count != line.text.utf8.count { lowered.append(apart) }
            }
            var cache: [Int: Bool] = [:]
            for (ruleIndex, compiled) in index.wording.enumerated() {
                var matched: [String] = []
                for group in compiled.groups {
                    guard let hit = group.first(where: { phrase in
                        if let known = cache[phrase.id] { return known }
                        let found = phrase.occurs(in: lowered)
                        cache[phrase.id] = found
                        return found
                    }) else { matched = []; break }
                    matched.append("\"\(hit.text)\"")
                }
                if !matched.isEmpty {
                    record(index.wordingRuleBase + ruleIndex, .wording, "wording " + matched.joined(separator: " + "))
                }
            }
        }
    }

    // MARK: - The compiled catalog

    /// ``ConsentPlatform/all`` compiled into lookup tables, once per process.
    final class CompiledCatalog: Sendable {
        static let shared = CompiledCatalog(ConsentPlatform.all)
        static let tcfTable = IdentifierTable([("__tcfapi", 0)])

        let platforms: [ConsentPlatform]
        /// Rule number → platform index; rules are numbered across all platforms.
        let rulePlatform: [Int]
        var ruleCount: Int { rulePlatform.count }

        let ids: NameTable
        let classes: NameTable
        let scriptClasses: NameTable
        /// Host suffixes (lowercase) → index into ``hostRules``.
        let hosts: ByteKeyTable
        /// (rule, required path prefix; empty for none).
        let hostRules: [(Int, [UInt8])]
        /// File names, case-insensitive → rule.
        let files: ByteKeyTable
        /// `segment/segment`, case-insensitive → rule.
        let segmentPairs: ByteKeyTable
        let attributes: ByteKeyTable
        let scriptTypes: ByteKeyTable
        let identifiers: IdentifierTable
        let wording: [CompiledWordingRule]
        /// Rule number of `wording[0]`.
        let wordingRuleBase: Int
        /// Selector rules: their rule number and the bits of all their steps.
        let selectorRules: [(rule: Int, allSteps: UInt64)]
        /// (selector, selector rule, its step's bit), keyed below by the subject's first id, else
        /// first class, else first attribute name, else tag.
        let selectors: [(RuleSelector, Int, UInt64)]
        let selectorIDs: NameTable
        let selectorClasses: NameTable
        let selectorAttributes: ByteKeyTable
        let selectorTags: ByteKeyTable
        let universalSelectors: [Int]

        /// Attributes most elements carry: a poor key when the selector also names a tag.
        static let commonAttributes: Set<String> = ["src", "href", "class", "id", "type", "role", "action", "method", "name", "style"]

        init(_ platforms: [ConsentPlatform]) {
            self.platforms = platforms
            var rulePlatform: [Int] = []
            var ids: [(String, Bool, Int)] = [], classes: [(String, Bool, Int)] = [], scriptClasses: [(String, Bool, Int)] = []
            var hosts: [([UInt8], Int)] = [], hostRules: [(Int, [UInt8])] = []
            var files: [([UInt8], Int)] = [], segmentPairs: [([UInt8], Int)] = []
            var attributes: [([UInt8], Int)] = [], scriptTypes: [([UInt8], Int)] = []
            var globals: [(String, Int)] = []
            func newRule(_ platform: Int) -> Int {
                rulePlatform.append(platform)
                return rulePlatform.count - 1
            }
            for (p, platform) in platforms.enumerated() {
                for selector in platform.noticeContainers + platform.markers {
                    let rule = newRule(p)
                    switch selector {
                    case .id(let name): ids.append((name, false, rule))
                    case .idPrefix(let name): ids.append((name, true, rule))
                    case .className(let name): classes.append((name, false, rule))
                    case .classPrefix(let name): classes.append((name, true, rule))
                    }
                }
                for url in platform.urls {
                    let rule = newRule(p)
                    switch url {
                    case .host(let suffix, let path):
                        hosts.append((Array(suffix.lowercased().utf8), hostRules.count))
                        hostRules.append((rule, Array((path ?? "").utf8)))
                    case .file(let name): files.append((Array(name.utf8), rule))
                    case .segments(let a, let b): segmentPairs.append((Array("\(a)/\(b)".utf8), rule))
                    }
                }
                for marker in platform.scriptMarkers {
                    let rule = newRule(p)
                    switch marker {
                    case .attribute(let name): attributes.append((Array(name.utf8), rule))
                    case .type(let type): scriptTypes.append((Array(type.utf8), rule))
                    case .scriptClass(let name): scriptClasses.append((name, false, rule))
                    case .scriptClassPrefix(let name): scriptClasses.append((name, true, rule))
                    }
                }
                for global in platform.globals {
                    globals.append((global, newRule(p)))
                }
            }
            var wording: [CompiledWordingRule] = []
            let wordingRuleBase = rulePlatform.count
            var phraseIDs: [WordingPhrase: Int] = [:]
            for (p, platform) in platforms.enumerated() {
                for rule in platform.wording {
                    _ = newRule(p)
                    wording.append(CompiledWordingRule(groups: rule.allOf.map { group in
                        group.map { phrase in
                            let id = phraseIDs[phrase] ?? phraseIDs.count
                            phraseIDs[phrase] = id
                            return CompiledPhrase(phrase, id: id)
                        }
                    }))
                }
            }
            self.ids = NameTable(ids)
            self.classes = NameTable(classes)
            self.scriptClasses = NameTable(scriptClasses)
            self.hosts = ByteKeyTable(hosts, foldsCase: true)
            self.hostRules = hostRules
            self.files = ByteKeyTable(files, foldsCase: true)
            self.segmentPairs = ByteKeyTable(segmentPairs, foldsCase: true)
            self.attributes = ByteKeyTable(attributes, foldsCase: true)
            self.scriptTypes = ByteKeyTable(scriptTypes, foldsCase: true)
            self.identifiers = IdentifierTable(globals)
            self.wording = wording
            self.wordingRuleBase = wordingRuleBase

            var selectorRules: [(rule: Int, allSteps: UInt64)] = []
            var selectors: [(RuleSelector, Int, UInt64)] = []
            var selectorIDs: [(String, Bool, Int)] = [], selectorClasses: [(String, Bool, Int)] = []
            var selectorAttributes: [([UInt8], Int)] = [], selectorTags: [([UInt8], Int)] = []
            var universal: [Int] = []
            for (p, platform) in platforms.enumerated() {
                for steps in platform.selectorRules where !steps.isEmpty && steps.count <= 64 {
                    let parsed = steps.map { $0.compactMap(RuleSelector.parseList).flatMap { $0 } }
                    // A step with nothing in the subset can never match: the rule is left out.
                    guard parsed.allSatisfy({ !$0.isEmpty }) else { continue }
                    let r = selectorRules.count
                    selectorRules.append((newRule(p), steps.count == 64 ? ~0 : (UInt64(1) << UInt64(steps.count)) - 1))
                    for (step, list) in parsed.enumerated() {
                        for var selector in list {
                            // `#x *` (any element inside #x) is read as `#x`: keyed by the id, not
                            // checked on every element of the page.
                            while selector.compounds.count > 1, selector.subject == RuleSelector.Compound() {
                                selector.compounds.removeLast()
                                selector.combinators.removeLast()
                            }
                            let s = selectors.count
                            selectors.append((selector, r, UInt64(1) << UInt64(step)))
                            let subject = selector.subject
                            if let id = subject.ids.first {
                                selectorIDs.append((id, false, s))
                            } else if let name = subject.classes.first {
                                selectorClasses.append((name, false, s))
                            } else if let attribute = subject.attributes.first(where: { !Self.commonAttributes.contains($0.name) }) ?? (subject.tag == nil ? subject.attributes.first : nil) {
                                selectorAttributes.append((Array(attribute.name.utf8), s))
                            } else if let tag = subject.tag {
                                selectorTags.append((Array(tag.utf8), s))
                            } else {
                                universal.append(s)
                            }
                        }
                    }
                }
            }
            self.selectorRules = selectorRules
            self.selectors = selectors
            self.selectorIDs = NameTable(selectorIDs)
            self.selectorClasses = NameTable(selectorClasses)
            self.selectorAttributes = ByteKeyTable(selectorAttributes, foldsCase: true)
            self.selectorTags = ByteKeyTable(selectorTags, foldsCase: true)
            self.universalSelectors = universal
            self.rulePlatform = rulePlatform
        }
    }

    struct CompiledWordingRule: Sendable {
        var groups: [[CompiledPhrase]]
    }

    /// A wording phrase lowercased to bytes, matched against lowercased lines.
    struct CompiledPhrase: Sendable {
        /// Longer lines than the phrase plus this many bytes are prose, not a label.
        static let labelSlack = 40

        let id: Int
        let text: String
        let needle: [UInt8]
        let isLabel: Bool

        init(_ phrase: WordingPhrase, id: Int) {
            self.id = id
            text = phrase.text
            needle = Array(phrase.text.lowercased().utf8)
            if case .label = phrase { isLabel = true } else { isLabel = false }
        }

        func occurs(in lines: LoweredLines) -> Bool {
            guard !needle.isEmpty else { return false }
            var from = 0
            while let i = lines.firstIndex(of: needle, from: from) {
                from = i + 1
                guard isLabel else { return true }
                // A label: the whole of a short line, or a word of it.
                let line = lines.line(at: i)
                guard line.count <= needle.count + Self.labelSlack else { continue }
                let end = i + needle.count
                let beforeOK = i == line.lowerBound || !CharacterClass.wordByte[Int(lines.bytes[i - 1])] || !CharacterClass.wordByte[Int(needle[0])]
                let afterOK = end == line.upperBound || !CharacterClass.wordByte[Int(lines.bytes[end])] || !CharacterClass.wordByte[Int(needle[needle.count - 1])]
                if beforeOK && afterOK { return true }
            }
            return false
        }
    }

    /// A page's lines lowercased into one buffer, each ended by a zero byte, so a phrase is
    /// searched once per page rather than once per line; no phrase holds a zero byte, so none
    /// matches across two lines.
    struct LoweredLines {
        private(set) var bytes: [UInt8] = []
        /// Where each line ends (the index of its zero byte), in order.
        private var ends: [Int] = []

        mutating func append(_ line: String) {
            if line.utf8.allSatisfy({ $0 < 0x80 }) {
                for b in line.utf8 { bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            } else {
                // As `String.lowercased()` does, scalar by scalar, into the buffer.
                for scalar in line.unicodeScalars {
                    if let latin = TextNormalizer.tableLowercase(scalar) {
                        UTF8.encode(latin) { bytes.append($0) }
                    } else if scalar.properties.changesWhenLowercased {
                        for lowered in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(lowered) { bytes.append($0) } }
                    } else {
                        UTF8.encode(scalar) { bytes.append($0) }
                    }
                }
            }
            ends.append(bytes.count)
            bytes.append(0)
        }

        /// The line that holds byte `index`, without its zero byte.
        func line(at index: Int) -> Range<Int> {
            var low = 0, high = ends.count - 1
            while low < high {
                let mid = (low + high) / 2
                if ends[mid] < index { low = mid + 1 } else { high = mid }
            }
            let start = low == 0 ? 0 : ends[low - 1] + 1
            return start..<ends[low]
        }

        func firstIndex(of needle: [UInt8], from: Int) -> Int? {
            guard from < bytes.count else { return nil }
            return bytes.withUnsafeBufferPointer { hay in
                needle.withUnsafeBufferPointer { pattern in
                    // The first byte by memchr, the rest by memcmp.
                    let base = hay.baseAddress!, n = pattern.count, first = Int32(pattern[0])
                    var i = from
                    while i + n <= hay.count {
                        guard let hit = memchr(base + i, first, hay.count - n + 1 - i) else { return nil }
                        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                        if memcmp(base + at, pattern.baseAddress!, n) == 0 { return at }
                        i = at + 1
                    }
                    return nil
                }
            }
        }
    }

    // MARK: - Tables

    /// 64-bit FNV-1a, computed incrementally so that every prefix of a key has its hash on the way.
    /// A read-only hash table from byte strings to payloads, built once: entries sorted by bucket
    /// in one array, keys in one byte pool, hashed with FNV-1a so that a lookup neither allocates nor
    /// builds a `String`. Several entries may share a key.
    struct ByteKeyTable: Sendable {
        private struct Entry: Sendable {
            var hash: UInt64
            var offset: Int
            var length: Int
            var payload: Int
        }

        private let pool: [UInt8]
        private let entries: [Entry]
        /// Bucket `b` holds `entries[starts[b]..<starts[b + 1]]`.
        private let starts: [Int]
        private let mask: UInt64
        let foldsCase: Bool

        init(_ keys: [([UInt8], Int)], foldsCase: Bool) {
            self.foldsCase = foldsCase
            var pool: [UInt8] = []
            var staged: [Entry] = []
            for (key, payload) in keys where !key.isEmpty {
                let stored = foldsCase ? key.map(FNV1a.foldASCII) : key
                let hash = stored.withUnsafeBufferPointer { FNV1a.hash($0, 0..<$0.count, foldsCase: false) }
                staged.append(Entry(hash: hash, offset: pool.count, length: stored.count, payload: payload))
                pool.append(contentsOf: stored)
            }
            var buckets = 64
            while buckets < staged.count * 2 { buckets *= 2 }
            let mask = UInt64(buckets - 1)
            staged.sort { (Self.bucket($0.hash, mask), $0.payload) < (Self.bucket($1.hash, mask), $1.payload) }
            var starts = [Int](repeating: 0, count: buckets + 1)
            for entry in staged { starts[Self.bucket(entry.hash, mask) + 1] += 1 }
            for b in 0..<buckets { starts[b + 1] += starts[b] }
            self.pool = pool
            self.entries = staged
            self.starts = starts
            self.mask = mask
        }

        @inline(__always) private static func bucket(_ hash: UInt64, _ mask: UInt64) -> Int {
            Int((hash ^ (hash >> 31)) & mask)
        }

        var isEmpty: Bool { entries.isEmpty }

        /// Calls `found` with the payload of every entry whose key is `bytes[range]`.
        @inline(__always) func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ found: (Int) -> Void) {
            guard !entries.isEmpty else { return }
            lookup(hash: FNV1a.hash(bytes, range, foldsCase: foldsCase), bytes, range, found)
        }

        /// As ``lookup(_:_:_:)`` with the key's hash already computed (same case folding).
        @inline(__always) func lookup(hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ found: (Int) -> Void) {
            let b = Self.bucket(hash, mask)
            var j = starts[b]
            let end = starts[b + 1]
            while j < end {
                let entry = entries[j]
                j += 1
                guard entry.hash == hash, entry.length == range.count else { continue }
                var k = 0
                if foldsCase {
                    while k < entry.length, pool[entry.offset + k] == FNV1a.foldASCII(bytes[range.lowerBound + k]) { k += 1 }
                } else {
                    while k < entry.length, pool[entry.offset + k] == bytes[range.lowerBound + k] { k += 1 }
                }
                if k == entry.length { found(entry.payload) }
            }
        }
    }

    /// Exact names and name prefixes (ids, classes), case-sensitive as in HTML.
    struct NameTable: Sendable {
        private let exact: ByteKeyTable
        private let prefixes: ByteKeyTable
        /// Bit `n` set when some prefix is `n` bytes long (prefixes are shorter than 64 bytes).
        private let prefixLengths: UInt64
        private let longestPrefix: Int

        /// (name, is a prefix, rule).
        init(_ names: [(String, Bool, Int)]) {
            var exact: [([UInt8], Int)] = [], prefixes: [([UInt8], Int)] = []
            var lengths: UInt64 = 0, longest = 0
            for (name, isPrefix, rule) in names {
                let bytes = Array(name.utf8)
                if isPrefix, bytes.count < 64 {
                    prefixes.append((bytes, rule))
                    lengths |= 1 << UInt64(bytes.count)
                    longest = max(longest, bytes.count)
                } else {
                    exact.append((bytes, rule))
                }
            }
            self.exact = ByteKeyTable(exact, foldsCase: false)
            self.prefixes = ByteKeyTable(prefixes, foldsCase: false)
            prefixLengths = lengths
            longestPrefix = longest
        }

        /// Calls `found` with the rule of every entry that `bytes[range]` is, or starts with.
        func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ found: (Int) -> Void) {
            var hash = FNV1a.offset
            var length = 0
            for i in range {
                hash = FNV1a.step(hash, bytes[i])
                length += 1
                if length <= longestPrefix, prefixLengths & (1 << UInt64(length)) != 0 {
                    prefixes.lookup(hash: hash, bytes, range.lowerBound..<(range.lowerBound + length), found)
                }
            }
            exact.lookup(hash: hash, bytes, range, found)
        }
    }

    /// Identifier patterns in script text: `OptanonWrapper`, `Cookiebot.renew`, `var complianz`.
    ///
    /// The text is cut into identifier tokens in one pass; each token is looked up by hash under each
    /// pattern's longest identifier, and only then are the bytes around it compared. Tokens are
    /// maximal runs of identifier characters, so every match sits on identifier boundaries: `_sp_`
    /// never matches inside `_sp_queue`, nor `faktor` inside `Risikofaktor`.
    struct IdentifierTable: Sendable {
        struct Pattern: Sendable {
            let text: String
            let bytes: [UInt8]
            let keyOffset: Int
            let keyLength: Int
            let rule: Int
        }

        private let patterns: [Pattern]
        private let keys: ByteKeyTable

        /// (pattern, rule).
        init(_ list: [(String, Int)]) {
            var patterns: [Pattern] = []
            var keys: [([UInt8], Int)] = []
            for (text, rule) in list {
                let bytes = Array(text.utf8)
                // The longest identifier run is the key: the rarest token to look up.
                var best = (offset: 0, length: 0)
                var i = 0
                while i < bytes.count {
                    guard CharacterClass.isIdentifier(bytes[i]) else { i += 1; continue }
                    let start = i
                    while i < bytes.count, CharacterClass.isIdentifier(bytes[i]) { i += 1 }
                    if i - start > best.length { best = (start, i - start) }
                }
                guard best.length > 0 else { continue }
                keys.append((Array(bytes[best.offset..<(best.offset + best.length)]), patterns.count))
                patterns.append(Pattern(text: text, bytes: bytes, keyOffset: best.offset, keyLength: best.length, rule: rule))
            }
            self.patterns = patterns
            self.keys = ByteKeyTable(keys, foldsCase: false)
        }

        /// Calls `found(rule, pattern)` for every pattern occurrence in `bytes`.
        func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, String) -> Void) {
            guard !keys.isEmpty else { return }
            let n = bytes.count
            var i = 0
            while i < n {
                guard CharacterClass.isIdentifier(bytes[i]) else { i += 1; continue }
                let start = i
                var hash = FNV1a.offset
                while i < n, CharacterClass.isIdentifier(bytes[i]) {
                    hash = FNV1a.step(hash, bytes[i])
                    i += 1
                }
                let tokenEnd = i
                keys.lookup(hash: hash, bytes, start..<tokenEnd) { p in
                    let pattern = patterns[p]
                    if matches(pattern, bytes, tokenStart: start, tokenEnd: tokenEnd) { found(pattern.rule, pattern.text) }
                }
            }
        }

        private func matches(_ pattern: Pattern, _ bytes: UnsafeBufferPointer<UInt8>, tokenStart: Int, tokenEnd: Int) -> Bool {
            let p = pattern.bytes
            let begin = tokenStart - pattern.keyOffset
            let end = begin + p.count
            guard begin >= 0, end <= bytes.count else { return false }
            for k in 0..<p.count where bytes[begin + k] != p[k] { return false }
            if pattern.keyOffset > 0, CharacterClass.isIdentifier(p[0]), begin > 0, CharacterClass.isIdentifier(bytes[begin - 1]) {
                return false
            }
            if end > tokenEnd, CharacterClass.isIdentifier(p[p.count - 1]), end < bytes.count, CharacterClass.isIdentifier(bytes[end]) {
                return false
            }
            return true
        }
    }

    // MARK: - Bytes

    enum CharacterClass {
        /// JavaScript identifier bytes; non-ASCII bytes count too, so no match starts inside a word
        /// with accented letters.
        static let identifier: [Bool] = (0..<256).map { b in
            let c = UInt8(b)
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x24 || c >= 0x80
        }
        /// CSS class and id name bytes.
        static let cssName: [Bool] = (0..<256).map { b in
            let c = UInt8(b)
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D || c >= 0x80
        }
        /// Letters and digits, for word boundaries in wording.
        static let wordByte: [Bool] = (0..<256).map { b in
            let c = UInt8(b)
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
        }
        /// Bytes of a host name (lowercase letters after folding, digits, `-`, `.`).
        static let hostByte: [Bool] = (0..<256).map { b in
            let c = FNV1a.foldASCII(UInt8(b))
            return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x2E
        }

        @inline(__always) static func isIdentifier(_ b: UInt8) -> Bool { identifier[Int(b)] }
        @inline(__always) static func isCSSName(_ b: UInt8) -> Bool { cssName[Int(b)] }
    }

    enum ByteSearch {
        static func equalFolded(_ lowercaseNeedle: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
            guard start >= 0, start + lowercaseNeedle.count <= bytes.count else { return false }
            for k in 0..<lowercaseNeedle.count where FNV1a.foldASCII(bytes[start + k]) != lowercaseNeedle[k] { return false }
            return true
        }
    }

    /// A URL as written in `src` / `href`: lowercase host (empty when relative) and path (no query,
    /// no fragment). Only http(s) and scheme-relative URLs have a host; other schemes are skipped.
    struct ParsedURL {
        var host: [UInt8] = []
        var path: [UInt8] = []

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            var i = 0
            var n = bytes.count
            while i < n, bytes[i] <= 0x20 { i += 1 }
            while n > i, bytes[n - 1] <= 0x20 { n -= 1 }
            guard i < n else { return nil }
            // A scheme: letters then ':' before any '/'.
            var k = i
            while k < n, CharacterClass.identifier[Int(bytes[k])] || bytes[k] == 0x2B || bytes[k] == 0x2D || bytes[k] == 0x2E { k += 1 }
            if k < n, bytes[k] == UInt8(ascii: ":"), k > i {
                let scheme = (i..<k).map { FNV1a.foldASCII(bytes[$0]) }
                guard scheme == Array("http".utf8) || scheme == Array("https".utf8) else { return nil }
                i = k + 1
            }
            if i + 1 < n, bytes[i] == UInt8(ascii: "/"), bytes[i + 1] == UInt8(ascii: "/") {
                i += 2
                var hostStart = i
                while i < n, bytes[i] != UInt8(ascii: "/"), bytes[i] != UInt8(ascii: "?"), bytes[i] != UInt8(ascii: "#"), bytes[i] != UInt8(ascii: "\\") {
                    if bytes[i] == UInt8(ascii: "@") { hostStart = i + 1 }
                    i += 1
                }
                var hostEnd = hostStart
                while hostEnd < i, CharacterClass.hostByte[Int(bytes[hostEnd])] { hostEnd += 1 }
                host = (hostStart..<hostEnd).map { FNV1a.foldASCII(bytes[$0]) }
            }
            while i < n, bytes[i] != UInt8(ascii: "?"), bytes[i] != UInt8(ascii: "#") {
                path.append(bytes[i])
                i += 1
            }
        }
    }

    /// URLs written as string literals in inline script (`s.src = 'https://…'`, JSON `"https:\/\/…"`):
    /// a `//` right after a quote, or after `http:` / `https:` right after a quote. The host is read
    /// as a host, so a word in a sentence is never taken for one.
    enum URLLiteralScanner {
        static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: ([UInt8], [UInt8]) -> Void) {
            let n = bytes.count
            let slash = UInt8(ascii: "/"), backslash = UInt8(ascii: "\\")
            var host: [UInt8] = [], path: [UInt8] = []
            var i = 0
            while i + 1 < n {
                let b = bytes[i]
                var afterSlashes = -1
                if b == slash, bytes[i + 1] == slash {
                    afterSlashes = i + 2
                } else if b == backslash, i + 3 < n, bytes[i + 1] == slash, bytes[i + 2] == backslash, bytes[i + 3] == slash {
                    afterSlashes = i + 4
                }
                guard afterSlashes > 0, opensLiteral(bytes, slashes: i) else { i += 1; continue }
                var j = afterSlashes
                host.removeAll(keepingCapacity: true)
                path.removeAll(keepingCapacity: true)
                while j < n, host.count < 253, CharacterClass.hostByte[Int(bytes[j])] {
                    host.append(FNV1a.foldASCII(bytes[j]))
                    j += 1
                }
                guard host.count >= 4, host.contains(0x2E), host.last != 0x2E else { i = max(j, i + 1); continue }
                while j < n, path.count < 200 {
                    let c = bytes[j]
                    if c == backslash, j + 1 < n, bytes[j + 1] == slash {
                        path.append(slash)
                        j += 2
                        continue
                    }
                    if c <= 0x20 || c == 0x22 || c == 0x27 || c == 0x60 || c == 0x3F || c == 0x23 || c == 0x29 || c == backslash || c == 0x3C || c == 0x3E {
                        break
                    }
                    if path.isEmpty, c == 0x3A { // a port
                        while j < n, bytes[j] != slash, bytes[j] > 0x20, bytes[j] != 0x22, bytes[j] != 0x27 { j += 1 }
                        continue
                    }
                    path.append(c)
                    j += 1
                }
                if let first = path.first, first != slash { path.removeAll() }
                found(host, path)
                i = j
            }
        }

        /// The `//` at `slashes` starts a string literal, possibly after `http:` / `https:`.
        private static func opensLiteral(_ bytes: UnsafeBufferPointer<UInt8>, slashes: Int) -> Bool {
            var k = slashes - 1
            if k >= 0, bytes[k] == UInt8(ascii: ":") {
                k -= 1
                var letters = 0
                while k >= 0, (bytes[k] | 0x20) >= 0x61, (bytes[k] | 0x20) <= 0x7A { k -= 1; letters += 1 }
                guard letters == 4 || letters == 5 else { return false }
            }
            guard k >= 0 else { return false }
            let c = bytes[k]
            return c == 0x22 || c == 0x27 || c == 0x60
        }
    }

    // MARK: - Helpers

    @inline(__always) static func withUTF8(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ body($0) }) { return done }
        let copy = Array(text.utf8)
        copy.withUnsafeBufferPointer { body($0) }
    }

    /// Whitespace-separated words of an attribute value.
    @inline(__always) static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            while i < n, bytes[i] <= 0x20 { i += 1 }
            let start = i
            while i < n, bytes[i] > 0x20 { i += 1 }
            if i > start { body(start..<i) }
        }
    }

    @inline(__always) static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
