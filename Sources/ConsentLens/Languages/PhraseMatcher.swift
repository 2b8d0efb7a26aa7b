#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A partner count found in one line: "We and our 157 partners" (a total) or "109 partners can use
/// this purpose" (the count of the item named before it).
public struct PartnerCountMatch: Equatable, Sendable {
    public let count: Int
    /// The matched pattern in the original, unfolded line, so the caller can cut the item name before it.
    public let range: Range<String.Index>
    /// The count is the notice's total, not one purpose's, feature's or stack's.
    public let isTotal: Bool

    public init(count: Int, range: Range<String.Index>, isTotal: Bool) {
        self.count = count
        self.range = range
        self.isTotal = isTotal
    }
}

/// Phrase look-ups the extractor runs on every line of every notice, driven by the
/// ``NoticeLanguage`` tables. Everything pattern-like is compiled once per language (the tables of
/// ``NoticeLanguage/all`` at first use), so a look-up is a scan of one line.
public enum PhraseMatcher {
    // MARK: Phrases

    /// Whether any phrase occurs in the line as whole words: "accept" matches "Accept all" but not
    /// "acceptable". The line is folded here; phrases are expected folded, as the tables are.
    /// `multiWordOnly` considers only phrases of several words ("accept all", not "accept"): prose
    /// naming a multi-word label shows the control exists, a lone word proves nothing. It spares
    /// the caller filtering the table on every line, which costs more than the search.
    public static func contains(_ phrases: [String], in line: String, multiWordOnly: Bool = false) -> Bool {
        guard !phrases.isEmpty, !line.isEmpty else { return false }
        var folded = FoldCache.fold(line)
        // An ad-hoc table: each phrase is compiled here, as a ``PhraseSet`` compiles its own once.
        return folded.withUTF8 { text in
            phrases.contains { phrase in
                let compiled = CompiledPhrase(phrase)
                return (!multiWordOnly || compiled.isMultiWord) && containsWord(compiled: compiled, in: text)
            }
        }
    }

    /// Whether the whole line, folded and without surrounding punctuation ("Accept all!",
    /// "(always required)", "Save →"), is one of the phrases: for button labels and "Always Active".
    public static func isExactly(_ phrases: [String], line: String) -> Bool {
        guard !phrases.isEmpty, !line.isEmpty, line.utf8.count <= maximumLabelBytes else { return false }
        var folded = FoldCache.fold(line)
        return folded.withUTF8 { text in
            guard let core = labelCore(text) else { return false }
            // An ad-hoc table (the languages' own go through ``ExactLabelIndex``).
            return phrases.contains { CompiledPhrase($0).bytes.elementsEqual(core) }
        }
    }

    /// Whether the whole line (as ``isExactly(_:line:)`` reads it) is a label of `table` in any
    /// of `languages`. The line is looked up once in ``ExactLabelIndex`` and the answer kept for
    /// it, so asking about every table of every language costs one fold and one look-up.
    public static func isExactly(_ table: LabelTable, in languages: [NoticeLanguage], line: String) -> Bool {
        guard !languages.isEmpty, !line.isEmpty, line.utf8.count <= maximumLabelBytes else { return false }
        guard let languageMask = ExactLabelIndex.shared.mask(of: languages) else {
            return languages.contains { isExactly($0.phrases(table), line: line) }
        }
        guard let masks = FoldCache.labelMasks(line) else { return false }
        return masks[table.rawValue] & languageMask != 0
    }

    /// Longer lines are prose, never a label.
    static let maximumLabelBytes = 200

    /// The folded line without surrounding punctuation and symbols, or nil when nothing is left.
    static func labelCore(_ text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var start = 0
        var end = text.count
        while start < end, !isWordScalar(decodeScalar(text, at: start)) { start += scalarLength(text[start]) }
        while end > start, !isWordScalar(decodeScalar(text, endingAt: end)) { end = previousScalarStart(text, end) }
        guard start < end else { return nil }
        return UnsafeBufferPointer(rebasing: text[start..<end])
    }

    // MARK: Partner counts

    /// The most specific partner-count pattern of any of the languages in the line, or nil. A
    /// longer pattern wins ("we and our # partners" over "# partners"); at equal length a total wins,
    /// then the earlier match. Placeholders (`{numberOfPartners}`, `%s`) never count, and a total of
    /// 0 is taken for an unfilled template ("Die Anzahl unserer Partner beträgt aktuell 0").
    public static func partnerCount(in line: String, languages: [NoticeLanguage]) -> PartnerCountMatch? {
        // Most lines carry no digit at all: skip them before tokenising.
        guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let tokens = LineTokenizer.tokens(line)
        guard tokens.contains(where: { $0.kind == .number }) else { return nil }
        var best: (length: Int, isTotal: Bool, start: Int, count: Int, end: Int)?
        // Every language at once (isolation asks so of every line with a digit): one look-up per
        // token in the merged table instead of one per language. Patterns keep the languages'
        // order under each first token, so ties go to the same pattern as language by language.
        let tables: [PartnerPatternTable] = NoticeLanguage.isEveryLanguage(languages)
            ? [CompiledLanguage.allPartnerPatterns] : CompiledLanguage.of(languages).map(\.partnerPatterns)
        for table in tables {
            for start in tokens.indices {
                for pattern in table.patterns(startingWith: tokens[start]) {
                    guard let slot = pattern.match(tokens, at: start, slotAccepts: .number) else { continue }
                    let value = tokens[slot].value
                    if pattern.isTotal && value == 0 { continue }
                    let length = pattern.elements.count
                    if let b = best {
                        if b.length > length { continue }
                        if b.length == length {
                            if b.isTotal && !pattern.isTotal { continue }
                            if b.isTotal == pattern.isTotal && b.start <= start { continue }
                        }
                    }
                    best = (length, pattern.isTotal, start, value, start + length - 1)
                }
            }
        }
        guard let best else { return nil }
        return PartnerCountMatch(
            count: best.count, range: tokens[best.start].range.lowerBound..<tokens[best.end].range.upperBound,
            isTotal: best.isTotal)
    }

    /// Template placeholders left unrendered in the line: those standing where a partner count
    /// would ("nos {numberOfPartners} partenaires", "%s partners can use this purpose"), and those
    /// anywhere whose name says they are a count ("Manage {vendor_count} vendors",
    /// "[NUMBER_OF_VENDORS]"). A count-less one like "{title}" is not reported. In order, once each.
    public static func placeholders(in line: String) -> [String] {
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "%") })
        else { return [] }
        let tokens = LineTokenizer.tokens(line)
        var found = Set<Int>()
        for (i, token) in tokens.enumerated() where token.kind == .placeholder && isCountName(token.text) {
            found.insert(i)
        }
        if tokens.contains(where: { $0.kind == .placeholder }) {
            for start in tokens.indices {
                for pattern in CompiledLanguage.allPartnerPatterns.patterns(startingWith: tokens[start], slotKind: .placeholder) {
                    if let slot = pattern.match(tokens, at: start, slotAccepts: .placeholder) { found.insert(slot) }
                }
            }
        }
        var result: [String] = []
        var seen = Set<String>()
        for i in found.sorted() where seen.insert(tokens[i].text).inserted { result.append(tokens[i].text) }
        return result
    }

    // MARK: Category headings

    /// The class of a cookie-category heading ("Strictly Necessary Cookies", "Statistiken (1)",
    /// "Cookies de rendimiento", "Marketing-Cookies"), or nil when the line is not one. The line
    /// must be a category name once the words for "cookies", filler words, a count in brackets and
    /// a trailing "Always Active" label are removed; sentences and titles like "Cookie Settings"
    /// therefore never match. Headings joining several names ("Marketing, Personalisierung und
    /// Profilbildung") take the most intrusive class among them. `platform` applies the platform's
    /// own meaning of a name (Complianz's "Functional" is its always-active essential category).
    public static func categoryClass(ofHeading heading: String, languages: [NoticeLanguage], platform: ConsentPlatform? = nil) -> CategoryClass? {
        guard !heading.isEmpty, heading.utf8.count <= 160 else { return nil }
        // The reader asks about one line several times in a row: the last answer is kept.
        return FoldCache.categoryClass(heading, languages: languages, platform: platform?.id) {
            readCategoryClass(ofHeading: heading, languages: languages, platform: platform)
        }
    }

    private static func readCategoryClass(ofHeading heading: String, languages: [NoticeLanguage], platform: ConsentPlatform?) -> CategoryClass? {
        let line = headingCore(heading)
        guard !line.isEmpty else { return nil }
        // A heading has a few words; a sentence has many.
        var spaces = 0
        for b in line.utf8 where b == 0x20 { spaces += 1; if spaces > 16 { return nil } }
        let tokens = LineTokenizer.tokens(line)
        var words: [LineToken] = []
        for (i, token) in tokens.enumerated() {
            switch token.kind {
            case .placeholder: return nil
            case .number: continue
            case .word: words.append(token)
            case .punct:
                if sentencePunctuation.contains(token.text) {
                    // Only at the very end ("Funktional."): inside, it makes the line a sentence.
                    if tokens[(i + 1)...].contains(where: { $0.kind == .word }) { return nil }
                } else if separatorPunctuation.contains(token.text) {
                    words.append(token)
                }
            }
        }
        guard !words.isEmpty, words.count <= 16 else { return nil }
        let compiled = CompiledLanguage.of(languages)
        let everyLanguage = NoticeLanguage.isEveryLanguage(languages)
        var texts = words.map(\.text)

        // "Necessary Always Active", "Functional Functional Always active" (crawler Markdown).
        // Every language's labels in one table when every language is asked (the languages' order
        // kept under each last word, so the same label is taken off).
        if let last = texts.last {
            let tables = everyLanguage ? [CompiledLanguage.allAlwaysActiveByLastWord] : compiled.map(\.alwaysActiveByLastWord)
            for table in tables {
                if let n = table[last]?.first(where: { texts.count > $0.count && texts.suffix($0.count).elementsEqual($0) })?.count {
                    texts.removeLast(n)
                    break
                }
            }
        }
        if texts.count >= 2, texts.count % 2 == 0, texts[..<(texts.count / 2)].elementsEqual(texts[(texts.count / 2)...]) {
            texts.removeLast(texts.count / 2)
        }

        // Words for "cookies", including Dutch/Scandinavian compounds ("prestatiecookies"). All
        // languages' at once, longest first, so English "cookie" does not split Polish "pliki cookie".
        let cookieWords: CookieWordTable
        let categoryTables: [[String: CategoryClass]]
        if compiled.count == 1 {
            cookieWords = compiled[0].cookieWords
            categoryTables = [compiled[0].categories]
        } else if everyLanguage {
            cookieWords = CompiledLanguage.allCookieWords
            categoryTables = [CompiledLanguage.allCategories]
        } else {
            cookieWords = CookieWordTable(compiled.flatMap(\.cookieWords.phrases))
            categoryTables = compiled.map(\.categories)
        }
        let beforeCookieWords = texts.count
        texts = cookieWords.removing(from: texts)
        let parts = HeadingKey.parts(texts)
        guard !parts.isEmpty, parts.joined().count <= 8 else { return nil }
        let overrides = platform.flatMap { platformCategoryOverrides[$0.id] }

        func lookUp(_ key: String) -> CategoryClass? {
            if let cls = overrides?[key] { return cls }
            for table in categoryTables { if let cls = table[key] { return cls } }
            return nil
        }
        if let cls = lookUp(parts.keyText) { return cls }
        var classes: [CategoryClass] = []
        if parts.count >= 2 {
            for part in parts {
                guard let cls = lookUp(part.joined(separator: " ")) else { classes = []; break }
                classes.append(cls)
            }
        }
        if let cls = classPriority.first(where: classes.contains) { return cls }
        // "Bloomberg required cookies": a brand before a name, in a heading that says "cookies".
        if texts.count >= 2, texts.count < beforeCookieWords {
            let rest = HeadingKey.parts(Array(texts.dropFirst()))
            if !rest.isEmpty, let cls = lookUp(rest.keyText) { return cls }
        }
        // A one-word name in a form no table lists: another form of a listed name, in any
        // language ("Preferenční" beside "preferences", "Necesare" beside "necesarias"), or the
        // word a language's labels use for the necessary ones ("Välttämättömät").
        if parts.count == 1, parts[0].count == 1 { return CompiledLanguage.categoryForm(of: parts[0][0]) }
        return nil
    }

    /// A heading without what a copy glued to it: a checkbox drawn as `[x]` / `[-]` / `[ ]`, words
    /// run together ("NecessaryAlways Active").
    static func headingCore(_ heading: String) -> String {
        var line = heading
        if line.containsBytes("[") {
            for marker in ["[x]", "[X]", "[-]", "[ ]", "[✓]", "[✔]"] { line = line.replacingAll(marker, with: " ") }
        }
        return ControlLexicon.deglued(line)
    }

    /// Category names platforms give their own meaning (``ConsentPlatform/categoryMeanings``),
    /// by platform, then by folded name without the word for cookies.
    static let platformCategoryOverrides: [PlatformID: [String: CategoryClass]] = {
        var table: [PlatformID: [String: CategoryClass]] = [:]
        for platform in ConsentPlatform.all {
            for entry in platform.categoryMeanings {
                let key = HeadingKey.parts(LineTokenizer.tokens(entry.name).filter { $0.kind == .word }.map(\.text))
                    .keyText
                table[platform.id, default: [:]][key] = entry.class
            }
        }
        return table
    }()

    /// When a heading joins names of different classes, the one that needs consent most wins.
    static let classPriority: [CategoryClass] = [.marketing, .saleOfData, .statistics, .preferences, .necessary, .other]

    static let sentencePunctuation: Set<String> = [".", "!", "?", ";", ":"]
    static let separatorPunctuation: Set<String> = [",", "/", "&", "+", "|"]

    // MARK: Internals

    /// Placeholder names that say they stand for a count.
    static let countNameWords = [
        "partner", "vendor", "count", "number", "num", "anbieter", "lieferant", "partenaire", "socio", "proveedor",
        "fornitor", "parceir", "leverand", "leverant", "dostawc", "anzahl", "nombre", "numero", "número", "aantal",
        "antal", "liczb", "total", "amount",
    ]

    static func isCountName(_ placeholder: String) -> Bool {
        let name = placeholder.lowercased()
        return countNameWords.contains { name.contains($0) }
    }

    /// The label without surrounding whitespace, punctuation and symbols.
    static func trimmedLabel(_ s: Substring) -> Substring {
        var s = s
        while let f = s.unicodeScalars.first, !isWordScalar(f) { s = s.dropFirst() }
        while let l = s.unicodeScalars.last, !isWordScalar(l) { s = s.dropLast() }
        return s
    }

    static func containsWord(bytes p: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !p.isEmpty else { return false }
        return containsWord(
            bytes: p, startBoundary: continuesWord(decodeScalar(p, at: 0)),
            endBoundary: continuesWord(decodeScalar(p, endingAt: p.count)), in: text)
    }

    static func containsWord(compiled phrase: CompiledPhrase, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        phrase.bytes.withUnsafeBufferPointer {
            containsWord(bytes: $0, startBoundary: phrase.startBoundary, endBoundary: phrase.endBoundary, in: text)
        }
    }

    /// `startBoundary`/`endBoundary`: the phrase begins/ends with a word character, so the text
    /// must not continue the word there.
    static func containsWord(
        bytes p: UnsafeBufferPointer<UInt8>, startBoundary needStartBoundary: Bool, endBoundary needEndBoundary: Bool,
        in text: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let m = p.count, n = text.count
        guard m > 0, m <= n, let base = text.baseAddress, let pattern = p.baseAddress else { return false }
        let first = Int32(p[0])
        var i = 0
        let last = n - m
        while i <= last {
            guard let hit = memchr(base + i, first, last - i + 1) else { return false }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + i, pattern, m) == 0
                && (!needStartBoundary || i == 0 || !continuesWord(decodeScalar(text, endingAt: i)))
                && (!needEndBoundary || i + m == n || !continuesWord(decodeScalar(text, at: i + m)))
            {
                return true
            }
            i += 1
        }
        return false
    }

    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    @inline(__always)
    static func previousScalarStart(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        var start = end - 1
        while start > 0 && b[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The scalar starting at byte `i` of valid UTF-8.
    static func decodeScalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return Unicode.Scalar(UInt8(b0)) }
        var value: UInt32
        var extra: Int
        if b0 >= 0xF0 { value = b0 & 0x07; extra = 3 } else if b0 >= 0xE0 { value = b0 & 0x0F; extra = 2 } else { value = b0 & 0x1F; extra = 1 }
        var k = i + 1
        while extra > 0 && k < b.count { value = (value << 6) | (UInt32(b[k]) & 0x3F); k += 1; extra -= 1 }
        return Unicode.Scalar(value) ?? " "
    }

    /// The scalar ending just before byte `end` of valid UTF-8.
    static func decodeScalar(_ b: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Unicode.Scalar {
        decodeScalar(b, at: previousScalarStart(b, end))
    }
}

/// Scripts that write words without spaces between them (Han, kana, Thai) or glue particles and
/// counters to them (Hangul: "쿠키를", "157개"): a phrase in them is found inside a run of letters,
/// and a number glued to them is a number.
@inline(__always)
func isUnspacedScalar(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x1100...0x11FF,
         0x3130...0x318F, 0xAC00...0xD7AF, 0x20000...0x2FA1F:
        return true
    default: return false
    }
}

/// A letter of a script that writes its words without spaces between them: Thai, kana and Han
/// (not Hangul, whose words are spaced). The control lexicon cuts a run of them into words.
@inline(__always)
func isUnspacedWordScalar(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
        return true
    default: return false
    }
}

/// A phrase's edge that must not continue a word in the text: a letter or digit that is not of a
/// script written without spaces.
@inline(__always)
func continuesWord(_ c: Unicode.Scalar) -> Bool {
    isWordScalar(c) && (c.value < 0x0E00 || !isUnspacedScalar(c))
}

/// Letters, digits and combining marks make up words; everything else separates them.
@inline(__always)
func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 {
        return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
    }
    let p = c.properties
    if p.isAlphabetic { return true }
    switch p.generalCategory {
    case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
}

// MARK: - Compiled phrase tables


/// A folded table phrase ready for byte search.
struct CompiledPhrase: Sendable {
    let bytes: [UInt8]
    let startBoundary: Bool
    let endBoundary: Bool
    let isMultiWord: Bool

    init(_ phrase: String) {
        self.init(folded: String(PhraseMatcher.trimmedLabel(Substring(TextNormalizer.fold(phrase)))))
    }

    /// A phrase already folded and trimmed (a generated table's).
    init(folded: String) {
        bytes = Array(folded.utf8)
        let scalars = folded.unicodeScalars
        startBoundary = scalars.first.map(continuesWord) ?? false
        endBoundary = scalars.last.map(continuesWord) ?? false
        isMultiWord = bytes.contains(0x20)
    }
}

// MARK: - Folding cache

/// How many times lines were asked about, and how many answers were worked out, on one thread:
/// folded (case, diacritics, spaces), read as a category heading, looked up in the whole-label
/// index, read for button labels. Divided by the lines a page has, they say how many times each line is read.
public struct LineReadCounts: Sendable, Equatable {
    public var foldQuestions = 0, folds = 0
    public var categoryQuestions = 0, categoryReadings = 0
    public var labelQuestions = 0, labelReadings = 0
    public var controlLabelQuestions = 0, controlLabelReadings = 0

    public init() {}

    /// The counts on this thread so far.
    public static var onThisThread: LineReadCounts { FoldCache.readCounts }
}

/// The last line folded on this thread. The extractor asks about one line many times in a row
/// (each language's accept, reject, manage, save and always-active phrases), and folding costs
/// more than the look-ups; comparing with the last line is nearly free when it is the same string.
/// Per thread, so parallel extraction neither contends nor thrashes.
final class FoldCache {
    var line = ""
    var folded = ""

    /// This thread's cache.
    private static var current: FoldCache {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<FoldCache>.fromOpaque(pointer).takeUnretainedValue()
        }
        let cache = FoldCache()
        pthread_setspecific(key, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }

    /// How often this thread asked about lines and how often an answer had to be worked out:
    /// `consentlens-stages` prints them per line, the measure of how many times a line is read.
    var counts = LineReadCounts()

    /// This thread's counts so far.
    static var readCounts: LineReadCounts { current.counts }

    static func fold(_ line: String) -> String {
        let cache = current
        cache.counts.foldQuestions += 1
        if cache.line == line { return cache.folded }
        cache.counts.folds += 1
        let folded = TextNormalizer.fold(line)
        cache.line = line
        cache.folded = folded
        cache.labelRead = false
        return folded
    }

    /// Takes `folded` as the fold of `line`, worked out by a reader that keeps it (isolation's
    /// line readings), so the readers it calls next do not fold the line again.
    static func remember(_ line: String, folded: String) {
        let cache = current
        guard cache.line != line else { return }
        cache.line = line
        cache.folded = folded
        cache.labelRead = false
    }

    private var categoryQuestion: (heading: String, languages: [ObjectIdentifier], platform: PlatformID?)?
    private var categoryAnswer: CategoryClass?

    /// The class of a heading, asked with these languages and platform: the last answer on this
    /// thread when the question is the same, else `read()`.
    static func categoryClass(_ heading: String, languages: [NoticeLanguage], platform: PlatformID?,
                              read: () -> CategoryClass?) -> CategoryClass? {
        let cache = current
        cache.counts.categoryQuestions += 1
        if let question = cache.categoryQuestion, question.heading == heading, question.platform == platform,
           question.languages.count == languages.count,
           zip(question.languages, languages).allSatisfy({ $0 == ObjectIdentifier($1) }) {
            return cache.categoryAnswer
        }
        // Isolation and extraction both ask about the notice's headings, with every language:
        // those answers are kept for the page (a bounded table, emptied when full).
        let everyLanguage = NoticeLanguage.isEveryLanguage(languages)
        let key = CategoryAnswerKey(heading: everyLanguage ? heading : "", platform: platform)
        if everyLanguage, let known = cache.categoryAnswers[key] {
            cache.categoryQuestion = (heading, languages.map(ObjectIdentifier.init), platform)
            cache.categoryAnswer = known
            return known
        }
        let answer = read()
        cache.counts.categoryReadings += 1
        cache.categoryQuestion = (heading, languages.map(ObjectIdentifier.init), platform)
        cache.categoryAnswer = answer
        if everyLanguage {
            if cache.categoryAnswers.count >= Self.keptCategoryAnswers { cache.categoryAnswers.removeAll(keepingCapacity: true) }
            cache.categoryAnswers[key] = answer
        }
        return answer
    }

    private struct CategoryAnswerKey: Hashable {
        var heading: String
        var platform: PlatformID?
    }

    private var categoryAnswers: [CategoryAnswerKey: CategoryClass?] = [:]
    static let keptCategoryAnswers = 1 << 16

    private struct ControlLabelsKey: Hashable {
        var line: String
        var strict: Bool
    }

    private var controlLabelAnswers: [ControlLabelsKey: [ControlLexicon.Label]] = [:]
    static let keptControlLabelAnswers = 1 << 14

    /// The button labels of a line (``ControlLexicon/labels(in:strict:)``), read once per thread
    /// and kept in a bounded table (emptied when full): isolation and extraction both ask.
    static func controlLabels(_ line: String, strict: Bool, read: () -> [ControlLexicon.Label]) -> [ControlLexicon.Label] {
        let cache = current
        cache.counts.controlLabelQuestions += 1
        let key = ControlLabelsKey(line: line, strict: strict)
        if let known = cache.controlLabelAnswers[key] { return known }
        let answer = read()
        cache.counts.controlLabelReadings += 1
        if cache.controlLabelAnswers.count >= Self.keptControlLabelAnswers { cache.controlLabelAnswers.removeAll(keepingCapacity: true) }
        cache.controlLabelAnswers[key] = answer
        return answer
    }

    /// Whether `labelMasks` holds the answer for `line`.
    private var labelRead = false
    private var labelMasks: [UInt64]?

    /// The line's label masks in ``ExactLabelIndex/shared``, looked up once per line.
    static func labelMasks(_ line: String) -> [UInt64]? {
        var folded = fold(line)
        let cache = current
        cache.counts.labelQuestions += 1
        if cache.labelRead { return cache.labelMasks }
        cache.counts.labelReadings += 1
        let masks = folded.withUTF8 { text in PhraseMatcher.labelCore(text).flatMap { ExactLabelIndex.shared.masks(core: $0) } }
        cache.labelMasks = masks
        cache.labelRead = true
        return masks
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            #if canImport(Darwin)
            Unmanaged<FoldCache>.fromOpaque(pointer).release()
            #else
            if let pointer { Unmanaged<FoldCache>.fromOpaque(pointer).release() }
            #endif
        }
        return key
    }()
}

// MARK: - Tokenising

/// One token of a line: a folded word, a number (thousands separators read), a template
/// placeholder, or one punctuation character. Ranges point into the original line.
struct LineToken {
    enum Kind: Equatable { case word, number, placeholder, punct }
    let kind: Kind
    /// Lowercased word; punctuation character (quotes and dashes straightened); placeholder as written.
    let text: String
    let value: Int
    let range: Range<String.Index>
}

enum LineTokenizer {
    static func tokens(_ line: String) -> [LineToken] {
        let scalars = line.unicodeScalars
        var tokens: [LineToken] = []
        var i = scalars.startIndex
        let end = scalars.endIndex
        while i < end {
            let c = scalars[i]
            if c.value < 0x80 ? (c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D)) : (isIgnorable(c) || c.properties.isWhitespace) {
                i = scalars.index(after: i)
                continue
            }
            if c == "{" || c == "[" || c == "%" || c == "$", let close = placeholderEnd(scalars, from: i) {
                tokens.append(LineToken(kind: .placeholder, text: String(scalars[i..<close]), value: 0, range: i..<close))
                i = close
                continue
            }
            if let d = digit(c) {
                var j = scalars.index(after: i)
                var value = d
                var digits = 1
                while j < end, let d = digit(scalars[j]) {
                    if digits < 15 { value = value * 10 + d }
                    digits += 1
                    j = scalars.index(after: j)
                }
                // Thousands groups: "1,024", "1.024", "1 024", "1'024". The first group has 1–3
                // digits and every later one exactly 3, so "2024 157" and "3.5" stay apart.
                if digits <= 3 {
                    while j < end, isThousandsSeparator(scalars[j]) {
                        var k = scalars.index(after: j)
                        var group = 0
                        var n = 0
                        while k < end, n < 4, let d = digit(scalars[k]) {
                            group = group * 10 + d
                            n += 1
                            k = scalars.index(after: k)
                        }
                        guard n == 3 else { break }
                        value = value * 1000 + group
                        j = k
                        if value > 1_000_000_000_000 { break }
                    }
                }
                // A digit run glued to letters ("mp3", "3rd") is part of a word, not a count.
                if j < end, isWordScalar(scalars[j]), digit(scalars[j]) == nil, !isUnspacedScalar(scalars[j]) {
                    let wordEnd = wordEnd(scalars, from: j)
                    tokens.append(word(scalars, i..<wordEnd))
                    i = wordEnd
                    continue
                }
                tokens.append(LineToken(kind: .number, text: "", value: value, range: i..<j))
                i = j
                continue
            }
            if isWordScalar(c) {
                let j = wordEnd(scalars, from: i)
                tokens.append(word(scalars, i..<j))
                i = j
                continue
            }
            let j = scalars.index(after: i)
            tokens.append(LineToken(kind: .punct, text: punctuationText(c), value: 0, range: i..<j))
            i = j
        }
        return tokens
    }

    /// Where a word starting at `start` ends. A word of a script written without spaces ends at a
    /// digit ("合作伙伴157" is a word and a number), as a number ends at its letters.
    static func wordEnd(_ scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index {
        var j = start
        var previousUnspaced = false
        while j < scalars.endIndex, isWordScalar(scalars[j]) || isIgnorable(scalars[j]) {
            let c = scalars[j]
            if previousUnspaced, digit(c) != nil { break }
            if c.value >= 0x0E00 { previousUnspaced = isUnspacedScalar(c) } else if !isIgnorable(c) { previousUnspaced = false }
            j = scalars.index(after: j)
        }
        return j
    }

    static func word(_ scalars: String.UnicodeScalarView, _ range: Range<String.Index>) -> LineToken {
        var text = String.UnicodeScalarView()
        var plain = true
        for s in scalars[range] {
            if isIgnorable(s) { plain = false; continue }
            text.append(s)
        }
        let raw = plain ? String(scalars[range]) : String(text)
        return LineToken(kind: .word, text: TextNormalizer.lowercaseWord(raw), value: 0, range: range)
    }

    @inline(__always)
    static func digit(_ c: Unicode.Scalar) -> Int? {
        c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil
    }

    /// Soft hyphens and zero-width characters, which `TextNormalizer.fold` drops.
    @inline(__always)
    static func isIgnorable(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0xAD, 0x200B, 0x200C, 0x200D, 0xFEFF, 0x200E, 0x200F, 0x061C, 0x0640: return true
        default: return false
        }
    }

    static func isThousandsSeparator(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2C, 0x2E, 0x20, 0xA0, 0x202F, 0x2009, 0x27, 0x2019: return true
        default: return false
        }
    }

    static func punctuationText(_ c: Unicode.Scalar) -> String {
        switch c.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB: return "\""
        case 0x2010...0x2015, 0x2212: return "-"
        default: return String(c)
        }
    }

    /// Where a template placeholder starting at `start` ends: `{…}`, `{{…}}`, `${…}`,
    /// `[UPPER_CASE]` or `[snake_case]`, `%s`, `%d`, `%1$s`. Nil when there is none.
    static func placeholderEnd(_ scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index? {
        let end = scalars.endIndex
        var i = start
        let c = scalars[i]
        func next(_ k: String.Index) -> String.Index { scalars.index(after: k) }
        func isNameScalar(_ s: Unicode.Scalar) -> Bool {
            isWordScalar(s) || s == "_" || s == "." || s == "-" || s == " " || s == ":" || s == "|"
        }

        if c == "%" {
            i = next(i)
            guard i < end else { return nil }
            if digit(scalars[i]) != nil {
                while i < end, digit(scalars[i]) != nil { i = next(i) }
                guard i < end, scalars[i] == "$" else { return nil }
                i = next(i)
                guard i < end else { return nil }
            }
            guard "sdi@".unicodeScalars.contains(scalars[i]) else { return nil }
            let after = next(i)
            if after < end, isWordScalar(scalars[after]) { return nil }
            return after
        }

        if c == "$" {
            i = next(i)
            guard i < end, scalars[i] == "{" else { return nil }
        }

        if scalars[i] == "{" {
            var depth = 0
            while i < end, scalars[i] == "{" { depth += 1; i = next(i) }
            guard depth <= 2 else { return nil }
            var length = 0
            var hasName = false
            while i < end, scalars[i] != "}" {
                guard isNameScalar(scalars[i]), length < 60 else { return nil }
                if isWordScalar(scalars[i]) { hasName = true }
                length += 1
                i = next(i)
            }
            guard hasName else { return nil }
            for _ in 0..<depth {
                guard i < end, scalars[i] == "}" else { return nil }
                i = next(i)
            }
            return i
        }

        if c == "[" {
            i = next(i)
            var length = 0
            var hasLower = false
            var hasUpper = false
            var hasUnderscore = false
            while i < end, scalars[i] != "]" {
                let s = scalars[i]
                guard length < 60, isWordScalar(s) || s == "_" || s == "-" || s == "." else { return nil }
                if s.properties.isLowercase { hasLower = true }
                if s.properties.isUppercase { hasUpper = true }
                if s == "_" { hasUnderscore = true }
                length += 1
                i = next(i)
            }
            guard i < end, length >= 2 else { return nil }
            // "[NUMBER_OF_VENDORS]", "[COUNT]", "[cky_vendor_count]"; not "[1]" or "[Learn more]".
            guard (hasUpper && !hasLower) || (hasUnderscore && (hasUpper || hasLower)) else { return nil }
            return next(i)
        }
        return nil
    }
}

// MARK: - Compiled tables

/// One element of a compiled phrase pattern.
enum PatternElement: Equatable {
    case word(String)
    case punct(String)
    case slot
}

/// A partner-count pattern as token elements; `#` is the slot for the number.
/// Partner-count patterns by how they start: a word, the count's slot, or punctuation.
struct PartnerPatternTable: Sendable {
    let patterns: [PartnerPattern]
    private let byFirstWord: [String: [PartnerPattern]]
    private let startingWithSlot: [PartnerPattern]
    private let startingWithPunct: [PartnerPattern]

    init(_ patterns: [PartnerPattern]) {
        self.patterns = patterns
        var byWord: [String: [PartnerPattern]] = [:]
        var bySlot: [PartnerPattern] = []
        var byPunct: [PartnerPattern] = []
        for pattern in patterns {
            switch pattern.elements[0] {
            case .word(let w): byWord[w, default: []].append(pattern)
            case .slot: bySlot.append(pattern)
            case .punct: byPunct.append(pattern)
            }
        }
        byFirstWord = byWord
        startingWithSlot = bySlot
        startingWithPunct = byPunct
    }

    func patterns(startingWith token: LineToken, slotKind: LineToken.Kind = .number) -> [PartnerPattern] {
        switch token.kind {
        case .word: return byFirstWord[token.text] ?? []
        case slotKind: return startingWithSlot
        case .punct: return startingWithPunct
        default: return []
        }
    }
}

struct PartnerPattern: Equatable {
    let elements: [PatternElement]
    let isTotal: Bool

    /// A pattern already tokenised (a generated table's).
    init(elements: [PatternElement], isTotal: Bool) {
        self.elements = elements
        self.isTotal = isTotal
    }

    init?(_ pattern: String, isTotal: Bool) {
        var elements: [PatternElement] = []
        for token in LineTokenizer.tokens(TextNormalizer.fold(pattern)) {
            switch token.kind {
            case .word: elements.append(.word(token.text))
            case .punct: elements.append(token.text == "#" ? .slot : .punct(token.text))
            case .number, .placeholder: return nil
            }
        }
        guard elements.contains(.slot) else { return nil }
        self.elements = elements
        self.isTotal = isTotal
    }

    /// The index of the slot's token when the pattern matches at `start`.
    func match(_ tokens: [LineToken], at start: Int, slotAccepts kind: LineToken.Kind) -> Int? {
        guard start + elements.count <= tokens.count else { return nil }
        var slot: Int?
        for (k, element) in elements.enumerated() {
            let token = tokens[start + k]
            switch element {
            case .word(let w): guard token.kind == .word, token.text == w else { return nil }
            case .punct(let p): guard token.kind == .punct, token.text == p else { return nil }
            case .slot: guard token.kind == kind else { return nil }; slot = start + k
            }
        }
        return slot
    }
}

/// The normal form of a category name or heading: words without fillers ("of", "de", "der"),
/// split into parts at connectors ("and", "und", ",", "&").
extension Array where Element == [String] {
    /// The words of a heading key's parts joined by one space: the text a category table is keyed
    /// by. (Flattened into an array first: `joined` over the lazy flattening costs several times more.)
    var keyText: String { flatMap { $0 }.joined(separator: " ") }
}

enum HeadingKey {
    static let connectors: Set<String> = [
        "and", "or", "und", "oder", "et", "ou", "y", "o", "e", "en", "og", "och", "eller", "oraz", "lub", "i",
        ",", "/", "&", "+", "|",
    ]
    static let fillers: Set<String> = [
        "the", "of", "for", "a", "an", "on", "with", "de", "des", "du", "d", "la", "le", "les", "l", "el", "los",
        "las", "del", "di", "dei", "degli", "delle", "della", "da", "do", "dos", "das", "der", "die", "den", "dem",
        "von", "für", "mit", "zur", "zum", "van", "het", "voor", "af", "av", "til", "till", "för", "dla", "z", "w",
        "per", "pour", "para", "sur", "-", "'",
    ]

    static func parts(_ words: [String]) -> [[String]] {
        var parts: [[String]] = []
        var current: [String] = []
        for w in words {
            if connectors.contains(w) {
                if !current.isEmpty { parts.append(current); current = [] }
            } else if !fillers.contains(w) {
                current.append(w)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}

/// Words for "cookies" as headings carry them: alone ("Cookies"), as phrases ("pliki cookie"),
/// or ending a compound ("Prestatiecookies", "Statistikcookies").
struct CookieWordTable: Sendable {
    /// Longest first, so English "cookie" does not split Polish "pliki cookie".
    let phrases: [[String]]
    let firstWords: Set<String>
    /// Single words long enough to end a compound.
    let suffixes: [String]
    /// The same by their last two bytes: a word is compared only with the suffixes that end as it
    /// does, not with every language's (a heading per line made this scan most of the reading).
    private let suffixesByEnding: [UInt16: [[UInt8]]]

    init(_ phrases: [[String]]) {
        self.phrases = phrases.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        firstWords = Set(self.phrases.map { $0[0] })
        suffixes = Array(Set(self.phrases.filter { $0.count == 1 && $0[0].utf8.count >= 5 }.map { $0[0] }))
        var byEnding: [UInt16: [[UInt8]]] = [:]
        for suffix in suffixes {
            let bytes = Array(suffix.utf8)
            byEnding[Self.ending(bytes), default: []].append(bytes)
        }
        suffixesByEnding = byEnding.mapValues { $0.sorted { $0.count > $1.count } }
    }

    private static func ending<C: BidirectionalCollection>(_ bytes: C) -> UInt16 where C.Element == UInt8 {
        UInt16(bytes[bytes.index(bytes.endIndex, offsetBy: -2)]) << 8 | UInt16(bytes[bytes.index(before: bytes.endIndex)])
    }

    /// The longest suffix `word` ends with, with at least three bytes before it.
    private func suffix(of word: String) -> [UInt8]? {
        let utf8 = word.utf8
        guard utf8.count >= 8, let candidates = suffixesByEnding[Self.ending(utf8)] else { return nil }
        return candidates.first { utf8.count >= $0.count + 3 && utf8.reversed().starts(with: $0.reversed()) }
    }

    func removing(from texts: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(texts.count)
        var i = 0
        outer: while i < texts.count {
            let w = texts[i]
            if firstWords.contains(w) {
                for phrase in phrases where phrase[0] == w && i + phrase.count <= texts.count {
                    if texts[i..<(i + phrase.count)].elementsEqual(phrase) {
                        i += phrase.count
                        continue outer
                    }
                }
            }
            if let suffix = suffix(of: w) {
                out.append(String(decoding: w.utf8.dropLast(suffix.count), as: UTF8.self))
            } else {
                out.append(w)
            }
            i += 1
        }
        return out
    }
}

/// One language's tables compiled for matching. Built once for each language of
/// ``NoticeLanguage/all``; a language built elsewhere is compiled on each use.
final class CompiledLanguage: Sendable {
    let language: NoticeLanguage
    let partnerPatterns: PartnerPatternTable
    let alwaysActive: [[String]]
    /// The same labels by their last word, longest first: a heading is checked against the
    /// labels that can end it, not against all of them.
    let alwaysActiveByLastWord: [String: [[String]]]
    /// The words for "cookies".
    let cookieWords: CookieWordTable
    let categories: [String: CategoryClass]
    /// The last words of the language's two-word names of the necessary ones that its other
    /// wording of them names alone ("vajalikud" of "tehniliselt vajalikud").
    let necessaryHeads: [String]

    /// What folding and tokenising a language's phrases gives: stored for ``NoticeLanguage/all``
    /// (`LanguageCompiledTables.phraseWords`), worked out for a language built elsewhere.
    struct PhraseWords: Equatable {
        var alwaysActive: [[String]]
        var cookieWords: [[String]]
        /// Category keys in the order they were first met, each with its class.
        var categories: [(key: String, cls: CategoryClass)]
        /// The last words of two-word necessary names that name them alone (``necessaryHeads(_:categories:)``).
        var necessaryHeads: [String]
        /// The total and the per-item partner-count patterns, tokenised.
        var partnerPatterns: [PartnerPattern] = []

        static func == (a: PhraseWords, b: PhraseWords) -> Bool {
            a.alwaysActive == b.alwaysActive && a.cookieWords == b.cookieWords && a.necessaryHeads == b.necessaryHeads
                && a.partnerPatterns == b.partnerPatterns
                && a.categories.map(\.key) == b.categories.map(\.key) && a.categories.map(\.cls) == b.categories.map(\.cls)
        }

        init(alwaysActive: [[String]], cookieWords: [[String]], categories: [(key: String, cls: CategoryClass)], necessaryHeads: [String]) {
            self.alwaysActive = alwaysActive
            self.cookieWords = cookieWords
            self.categories = categories
            self.necessaryHeads = necessaryHeads
        }

        init(_ language: NoticeLanguage) {
            func words(_ phrase: String) -> [String] {
                LineTokenizer.tokens(TextNormalizer.fold(phrase)).filter { $0.kind == .word }.map(\.text)
            }
            alwaysActive = language.alwaysActive.map(words).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
            cookieWords = language.cookieWords.map(words)
            let cookieTable = CookieWordTable(cookieWords)
            var seen = Set<String>()
            categories = []
            for (cls, names) in language.categoryNames {
                for name in names {
                    // Without the words for cookies, as the reader takes them off a heading: a pack's
                    // "analītiskie sīkfaili" is found under "analītiskie".
                    let key = HeadingKey.parts(cookieTable.removing(from: words(name))).keyText
                    if !key.isEmpty, seen.insert(key).inserted { categories.append((key, cls)) }
                }
            }
            necessaryHeads = Self.necessaryHeads(language, categories: categories)
            partnerPatterns = language.totalPartnerPatterns.compactMap { PartnerPattern($0, isTotal: true) }
                + language.itemPartnerPatterns.compactMap { PartnerPattern($0, isTotal: false) }
        }

        /// The last words of the language's two-word names of the necessary ones ("vajalikud" of
        /// "tehniliselt vajalikud") that its other wording of them (refusing and always-active labels,
        /// necessary words and names, without the qualifier) holds in some form.
        static func necessaryHeads(_ language: NoticeLanguage, categories: [(key: String, cls: CategoryClass)]) -> [String] {
            var candidates: [[Substring]] = []
            for key in categories.filter({ $0.cls == .necessary }).map(\.key).sorted() {
                let words = key.split(separator: " ")
                guard words.count == 2, words[1].unicodeScalars.count >= ControlLexicon.Merged.shortestForm else { continue }
                candidates.append(words)
            }
            guard !candidates.isEmpty else { return [] }
            var phrases: [String] = language.rejectAll + language.alwaysActive
            phrases += language.categoryNames.first { $0.0 == .necessary }?.1 ?? []
            phrases += language.controlWords.necessary.sorted() + language.generatedControlWords.necessary.sorted()
            let wording: [[Substring]] = phrases.map { phrase in
                TextNormalizer.fold(phrase).split(separator: " ").map { PhraseMatcher.trimmedLabel($0) }
            }
            return candidates.compactMap { words in
                let head = Array(words[1].unicodeScalars)
                let start = String(words[1].unicodeScalars.prefix(ControlLexicon.Merged.formStart))
                // Phrases holding the qualifier are this name and its like: not other wording.
                let found = wording.contains { phrase in
                    !phrase.contains(words[0])
                        && phrase.contains { $0.hasPrefix(start) && ControlLexicon.Merged.isShortWordForm(head, Array($0.unicodeScalars)) }
                }
                return found ? String(words[1]) : nil
            }
        }
    }

    convenience init(_ language: NoticeLanguage) {
        self.init(language, words: PhraseWords(language))
    }

    init(_ language: NoticeLanguage, words: PhraseWords) {
        self.language = language
        partnerPatterns = PartnerPatternTable(words.partnerPatterns)
        alwaysActive = words.alwaysActive
        alwaysActiveByLastWord = Dictionary(grouping: alwaysActive, by: { $0.last! })
        cookieWords = CookieWordTable(words.cookieWords)
        necessaryHeads = words.necessaryHeads
        var categories: [String: CategoryClass] = [:]
        categories.reserveCapacity(words.categories.count)
        for (key, cls) in words.categories { categories[key] = cls }
        self.categories = categories
    }

    static let all: [CompiledLanguage] = {
        let stored = LanguageTables.storedPhraseWords(for: NoticeLanguage.all)
        return NoticeLanguage.all.map { language in
            stored.map { CompiledLanguage(language, words: $0[language.code]!) } ?? CompiledLanguage(language)
        }
    }()
    /// Every language's always-active labels by their last word, in the languages' order.
    static let allAlwaysActiveByLastWord: [String: [[String]]] = all.reduce(into: [:]) { table, language in
        for (word, labels) in language.alwaysActiveByLastWord { table[word, default: []] += labels }
    }
    /// Every language's partner-count patterns in one table, in the languages' order.
    static let allPartnerPatterns = PartnerPatternTable(all.flatMap(\.partnerPatterns.patterns))
    /// Every language's words for "cookies", longest first.
    static let allCookieWords = CookieWordTable(all.flatMap(\.cookieWords.phrases))
    /// Every language's category names; where two languages share a name, the earlier one's class
    /// (the tests check that shared names agree).
    static let allCategories: [String: CategoryClass] = all.reduce(into: [:]) { table, language in
        table.merge(language.categories) { first, _ in first }
    }
    /// One-word category names of five letters or more, by their first four letters; not those of
    /// a language that lists every form (English: its other forms name other things, "Advertise").
    /// The last word of a two-word name of the necessary ones counts as such a name where the
    /// language's other wording of the necessary ones (its refusing and always-active labels,
    /// its necessary words and names) holds it in some form: the tools qualify it ("tehniliselt
    /// vajalikud", "techniškai būtini": technically necessary) where others print it alone
    /// ("Vajalikud", "Būtini"), and "alati vajalik", "būtinus" say it is the word for them. Not so
    /// "servizi" of "fornitura servizi" (provision of services).
    static let categoryFormsByStart: [String: [(scalars: [Unicode.Scalar], cls: CategoryClass)]] = {
        var table: [String: [(scalars: [Unicode.Scalar], cls: CategoryClass)]] = [:]
        for (name, cls) in LanguageTables.storedCategoryForms(for: NoticeLanguage.all) ?? categoryForms() {
            table[String(name.unicodeScalars.prefix(ControlLexicon.Merged.formStart)), default: []].append((Array(name.unicodeScalars), cls))
        }
        return table
    }()

    /// The names ``categoryFormsByStart`` holds, in its order: what `LanguageCompiledTables`
    /// stores (`categoryForms`), so that start-up sorts and compares no name.
    static func categoryForms() -> [(name: String, cls: CategoryClass)] {
        var forms: [(name: String, cls: CategoryClass)] = []
        let listed = Set(all.filter(\.language.listsEveryForm).flatMap(\.categories.keys))
        var names: [(String, CategoryClass)] = allCategories.sorted(by: { $0.key < $1.key })
            .filter { !$0.key.contains(" ") && !listed.contains($0.key) }.map { ($0.key, $0.value) }
        var heads = Set<String>()
        for language in all where !language.language.listsEveryForm {
            for head in language.necessaryHeads where heads.insert(head).inserted { names.append((head, .necessary)) }
        }
        for (name, cls) in names where name.unicodeScalars.count >= ControlLexicon.Merged.shortestForm {
            forms.append((name, cls))
        }
        return forms
    }


    /// The class of a one-word heading that no table lists: the class of every listed one-word
    /// name it is another form of (both of five letters or more, sharing their start and
    /// differing in at most their last three letters, as ``ControlLexicon`` reads button words,
    /// the heading not a start of the name cut short),
    /// when they agree; or necessary, for a word the control lexicon reads as naming the
    /// necessary ones and nothing else. Nil otherwise, and for a word the labels read as acting.
    static func categoryForm(of word: String) -> CategoryClass? {
        // A word the labels list as acting is a button's: "Personalizați" opens the settings, it
        // names no category. (Only as listed: "Preferenční", a form of Czech "preference", is
        // Cookiebot's name of the preferences category.)
        if let role = ControlLexicon.shared.roles[word] {
            if !role.isDisjoint(with: ControlLexicon.Merged.acting.subtracting(.necessary)) { return nil }
            if role.contains(.necessary) { return .necessary }
        }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= ControlLexicon.Merged.shortestForm,
              let candidates = categoryFormsByStart[String(word.unicodeScalars.prefix(ControlLexicon.Merged.formStart))]
        else { return nil }
        var found: CategoryClass?
        for candidate in candidates {
            // A word cut short is another word ("Public" of "publicité"): the heading needs an
            // ending of its own.
            guard let shared = ControlLexicon.Merged.sharedStartOfForms(scalars, candidate.scalars),
                  shared < scalars.count || scalars.count >= candidate.scalars.count else { continue }
            if let found, found != candidate.cls { return nil }
            found = candidate.cls
        }
        return found
    }

    static let byCode: [String: CompiledLanguage] = Dictionary(all.map { ($0.language.code, $0) }, uniquingKeysWith: { a, _ in a })

    /// The compiled tables of a language: the cached ones when it is one of ``NoticeLanguage/all``
    /// (same code and same tables — arrays compare by identity first, so this is cheap).
    static func of(_ languages: [NoticeLanguage]) -> [CompiledLanguage] {
        if NoticeLanguage.isEveryLanguage(languages) { return all }
        return languages.map(of)
    }

    static func of(_ language: NoticeLanguage) -> CompiledLanguage {
        if let cached = byCode[language.code], cached.language.sameTables(as: language) { return cached }
        return CompiledLanguage(language)
    }
}

extension NoticeLanguage {
    func sameTables(as other: NoticeLanguage) -> Bool {
        totalPartnerPatterns == other.totalPartnerPatterns && itemPartnerPatterns == other.itemPartnerPatterns
            && alwaysActive == other.alwaysActive && cookieWords == other.cookieWords
            && categoryNames.count == other.categoryNames.count
            && zip(categoryNames, other.categoryNames).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(ofLiteral: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    func range(ofLiteral target: String) -> Range<Index>? {
        let needle = Array(target.unicodeScalars)
        var i = startIndex
        while i < endIndex {
            var j = i, k = 0
            let scalars = unicodeScalars
            while k < needle.count, j < endIndex, scalars[j] == needle[k] { j = scalars.index(after: j); k += 1 }
            if k == needle.count { return i..<j }
            i = index(after: i)
        }
        return nil
    }
}
