import ConsentParse

/// How much a single line sounds like a consent notice.
enum LineScorer {
    /// What one line holding both cookie wording and a row of buttons scores: a notice by itself.
    static let minimumWholeBanner = NoticeIsolator.minimumScore
    /// Longer than a label: a line of prose.
    static let labelLength = 40
    /// Longer lines (a page's whole text run together) are read as nothing.
    static let longestLine = 4000

    struct Score: Equatable {
        var value: Int
        /// A signal that only consent notices give: a partner count, a TCF name, an "Always Active"
        /// label, a cookie-category heading.
        var strong: Bool
        /// Accept or reject buttons, alone or glued into one line.
        var isButtonRow = false
        /// Consent wording: cookies, consent, partners, a TCF name, an "Always Active" label. A run
        /// without any (an ad slot's "Advertisement" read as a category, a lone "Yes" / "No" pair)
        /// is no notice, however its lines score.
        var consent = false

        init(value: Int, strong: Bool, isButtonRow: Bool = false, consent: Bool = false) {
            self.value = value
            self.strong = strong
            self.isButtonRow = isButtonRow
            self.consent = consent
        }
    }

    /// What scoring needs of a line that one pass over its words tells, worked out once per line:
    /// its fold and which of the notice's words it holds. Nil for a line that scores -1 unread.
    struct Reading {
        var folded: String
        var hit: Vocabulary.Hit
        var length: Int

        /// Consent wording by its words alone (see ``Score/consent``).
        var isConsentWording: Bool {
            hit == .cookieWord || hit == .cookieUse || hit == .vocabulary && length > LineScorer.labelLength
        }
    }

    static func reading(_ line: TextLine) -> Reading? {
        let length = line.text.utf8.count
        guard length < longestLine, line.role != .tableRow else { return nil }
        var folded = FoldCache.fold(line.text)
        let hit = folded.withUTF8 { Vocabulary.shared.hit(in: $0) }
        return Reading(folded: folded, hit: hit, length: length)
    }

    /// Whether `line` may score as consent wording (``Score/consent``): by its words, or by a rule
    /// that reads more than words (an "Always Active" label or a layer's title, a partner count, a
    /// TCF name). False only when none can apply, so a page none of whose lines may is no notice.
    static func mayBeConsentWording(_ line: TextLine, reading: Reading?) -> Bool {
        guard let reading else { return false }
        if reading.isConsentWording { return true }
        return KnownLabelLine.isConsentLabel(reading)
            || PartnerCountLine.score(line, reading: reading) != nil
            || TCFNameLine.score(line, reading: reading) != nil
    }

    static func score(_ line: TextLine) -> Score {
        score(line, reading: reading(line))
    }

    static func score(_ line: TextLine, reading: Reading?) -> Score {
        guard let reading else { return Score(value: -1, strong: false) }
        // The readers below fold the line again through the cache: give it the fold in hand.
        FoldCache.remember(line.text, folded: reading.folded)
        for rule in rules {
            if let score = rule.score(line, reading: reading) { return score }
        }
        return Score(value: -1, strong: false)
    }

    /// The readings of a line, in the order they are tried; the first that reads the line gives
    /// its score. Cheap gates first: a count needs a digit, a label or a heading is short.
    static let rules: [any LineRule.Type] = [
        PartnerCountLine.self, TCFNameLine.self, ButtonRowLine.self, KnownLabelLine.self,
        WholeBannerLine.self, CategoryHeadingLine.self, NoticeWordingLine.self,
    ]

    /// Every language's notice vocabulary and exact labels merged once: a line is then read in one
    /// pass over its words (hashed, nothing allocated) instead of once per language.
    struct Vocabulary: Sendable {
        enum Label: Sendable { case alwaysActive, acceptOrReject, preferenceCentreTitle }
        enum Hit { case none, vocabulary, cookieWord, cookieUse }

        static let shared = Vocabulary(stored: NoticeLanguage.all) ?? Vocabulary(Entries(NoticeLanguage.all))

        /// Known labels by their folded, trimmed bytes, with their kinds.
        private let labelKeys: ByteKeyTable
        private let labelKinds: [Label]
        let words: Set<UInt64>
        let cookieWords: Set<UInt64>
        let cookieUseWords: Set<UInt64>
        let phrases: [CompiledPhrase]
        /// Words for cookies and for using them that are no single plain word: phrases of several
        /// words ("ملفات تعريف الارتباط") and words of scripts written without spaces ("使用"),
        /// found inside a line's runs of letters. Searched only in lines with a non-ASCII byte.
        let cookiePhrases: [CompiledPhrase]
        let cookieUsePhrases: [CompiledPhrase]
        /// ASCII words for cookies, found glued to letters of a script written without spaces
        /// ("使用Cookie"): searched only in lines with a character from U+0800 up.
        let gluedCookieWords: [CompiledPhrase]

        /// What the vocabulary is made of, every phrase folded and trimmed, each list sorted:
        /// worked out from the languages, or stored when the tool is built
        /// (`LabelCompiledTables.isolationVocabulary`) so that start-up folds nothing.
        struct Entries: Equatable {
            var labels: [String: Label] = [:]
            var words: Set<String> = [], cookieWords: Set<String> = [], cookieUseWords: Set<String> = []
            var phrases: Set<String> = [], cookiePhrases: Set<String> = [], cookieUsePhrases: Set<String> = []
            var gluedCookieWords: Set<String> = []

            init() {}

            init(_ languages: [NoticeLanguage]) {
                func isPlainWord(_ k: String) -> Bool { k.unicodeScalars.allSatisfy { isWordScalar($0) && !isUnspacedScalar($0) } }
                func isNonASCII(_ k: String) -> Bool { k.utf8.contains { $0 >= 0x80 } }
                func key(_ phrase: String) -> String { String(PhraseMatcher.trimmedLabel(Substring(TextNormalizer.fold(phrase)))) }
                // A phrase with no letter or digit is no label and no word of a notice.
                func keys(_ phrases: [String]) -> [String] { phrases.map(key).filter { !$0.isEmpty } }
                // A phrase as its compiled form holds it (folded once more, as the reader compares).
                func phrase(_ k: String) -> String { String(decoding: CompiledPhrase(k).bytes, as: UTF8.self) }
                for language in languages {
                    for k in keys(language.acceptAll + language.rejectAll) { labels[k] = .acceptOrReject }
                    for k in keys(language.alwaysActive) { labels[k] = .alwaysActive }
                    for k in keys(language.preferenceCentreTitles) where labels[k] == nil { labels[k] = .preferenceCentreTitle }
                    for k in keys(language.noticeVocabulary) {
                        if isPlainWord(k) { words.insert(k) } else { phrases.insert(phrase(k)) }
                    }
                    for k in keys(language.cookieWords) {
                        if isPlainWord(k) { cookieWords.insert(k) } else { phrases.insert(phrase(k)) }
                        if !isPlainWord(k), isNonASCII(k) { cookiePhrases.insert(phrase(k)) }
                        if isPlainWord(k), !isNonASCII(k) { gluedCookieWords.insert(phrase(k)) }
                    }
                    for k in keys(language.cookieUseWords) {
                        if isPlainWord(k) { cookieUseWords.insert(k) } else { cookieUsePhrases.insert(phrase(k)) }
                    }
                }
            }

            private static let kinds: [(String, Label)] = [("a", .alwaysActive), ("r", .acceptOrReject), ("t", .preferenceCentreTitle)]

            /// One entry a line, `kind TAB text`: `la`, `lr`, `lt` labels (always active, accept or
            /// reject, preference centre title), `w` `c` `u` plain words (notice, cookie, use), `p`
            /// `q` `v` phrases (notice, cookie, use), `g` glued cookie words; sorted within a kind.
            func serialized() -> String {
                var out = ""
                for (code, kind) in Self.kinds {
                    for key in labels.keys.sorted() where labels[key] == kind { out += "l\(code)\t\(key)\n" }
                }
                for (code, set) in [("w", words), ("c", cookieWords), ("u", cookieUseWords), ("p", phrases),
                                    ("q", cookiePhrases), ("v", cookieUsePhrases), ("g", gluedCookieWords)] {
                    for key in set.sorted() { out += "\(code)\t\(key)\n" }
                }
                return out
            }

            init?(stored languages: [NoticeLanguage]) {
                guard LanguageTables.written(for: languages, as: LabelCompiledTables.languages) else { return nil }
                var valid = true
                var entries = Entries()
                GeneratedTableReader.forEachRow(LabelCompiledTables.isolationVocabulary) { bytes, fields in
                    guard fields.count == 2 else { valid = false; return }
                    let text = GeneratedTableReader.string(bytes, fields[1])
                    switch GeneratedTableReader.string(bytes, fields[0]) {
                    case "la": entries.labels[text] = .alwaysActive
                    case "lr": entries.labels[text] = .acceptOrReject
                    case "lt": entries.labels[text] = .preferenceCentreTitle
                    case "w": entries.words.insert(text)
                    case "c": entries.cookieWords.insert(text)
                    case "u": entries.cookieUseWords.insert(text)
                    case "p": entries.phrases.insert(text)
                    case "q": entries.cookiePhrases.insert(text)
                    case "v": entries.cookieUsePhrases.insert(text)
                    case "g": entries.gluedCookieWords.insert(text)
                    default: valid = false
                    }
                }
                guard valid else { return nil }
                self = entries
            }
        }

        init(_ entries: Entries) {
            var labelKeys = ByteKeyTable()
            var labelKinds: [Label] = []
            for key in entries.labels.keys.sorted() {
                var key = key
                if key.withUTF8({ labelKeys.insert($0).inserted }) { labelKinds.append(entries.labels[key]!) }
            }
            self.labelKeys = labelKeys
            self.labelKinds = labelKinds
            func hashes(_ set: Set<String>) -> Set<UInt64> { Set(set.map { FNV1a.hash(Array($0.utf8)) }) }
            func compiled(_ set: Set<String>) -> [CompiledPhrase] { set.sorted().map { CompiledPhrase(folded: $0) } }
            words = hashes(entries.words)
            cookieWords = hashes(entries.cookieWords)
            cookieUseWords = hashes(entries.cookieUseWords)
            phrases = compiled(entries.phrases)
            cookiePhrases = compiled(entries.cookiePhrases)
            cookieUsePhrases = compiled(entries.cookieUsePhrases)
            gluedCookieWords = compiled(entries.gluedCookieWords)
        }

        /// The vocabulary stored for these languages, read row by row into its tables (the rows
        /// are sorted as `Entries.serialized()` writes them); nil when it was written for others.
        init?(stored languages: [NoticeLanguage]) {
            guard LanguageTables.written(for: languages, as: LabelCompiledTables.languages) else { return nil }
            var labelKeys = ByteKeyTable(), labelKinds: [Label] = []
            var words = Set<UInt64>(), cookieWords = Set<UInt64>(), cookieUseWords = Set<UInt64>()
            var phrases: [CompiledPhrase] = [], cookiePhrases: [CompiledPhrase] = [], cookieUsePhrases: [CompiledPhrase] = []
            var gluedCookieWords: [CompiledPhrase] = []
            var valid = true
            GeneratedTableReader.forEachRow(LabelCompiledTables.isolationVocabulary) { bytes, fields in
                guard fields.count == 2, !fields[0].isEmpty else { valid = false; return }
                let text = UnsafeBufferPointer(rebasing: bytes[fields[1]])
                let kind = bytes[fields[0].lowerBound]
                let detail = fields[0].count == 2 ? bytes[fields[0].lowerBound + 1] : 0
                switch (kind, detail) {
                case (0x6C, 0x61), (0x6C, 0x72), (0x6C, 0x74):
                    if labelKeys.insert(text).inserted {
                        labelKinds.append(detail == 0x61 ? .alwaysActive : detail == 0x72 ? .acceptOrReject : .preferenceCentreTitle)
                    }
                case (0x77, 0): words.insert(FNV1a.hash(text))
                case (0x63, 0): cookieWords.insert(FNV1a.hash(text))
                case (0x75, 0): cookieUseWords.insert(FNV1a.hash(text))
                case (0x70, 0): phrases.append(CompiledPhrase(folded: String(decoding: text, as: UTF8.self)))
                case (0x71, 0): cookiePhrases.append(CompiledPhrase(folded: String(decoding: text, as: UTF8.self)))
                case (0x76, 0): cookieUsePhrases.append(CompiledPhrase(folded: String(decoding: text, as: UTF8.self)))
                case (0x67, 0): gluedCookieWords.append(CompiledPhrase(folded: String(decoding: text, as: UTF8.self)))
                default: valid = false
                }
            }
            guard valid else { return nil }
            self.labelKeys = labelKeys
            self.labelKinds = labelKinds
            self.words = words
            self.cookieWords = cookieWords
            self.cookieUseWords = cookieUseWords
            self.phrases = phrases
            self.cookiePhrases = cookiePhrases
            self.cookieUsePhrases = cookieUsePhrases
            self.gluedCookieWords = gluedCookieWords
        }

        /// The kind of a known label (folded and trimmed), or nil.
        func label(_ key: String) -> Label? {
            var key = key
            return key.withUTF8 { labelKeys.position(of: $0) }.map { labelKinds[$0] }
        }

        /// Words are runs of letters and digits (any non-ASCII byte counts as a letter byte, so
        /// "datenschutzerklärung" stays one word).
        func hit(in text: UnsafeBufferPointer<UInt8>) -> Hit {
            var found = Hit.none
            var h = FNV1a.offset
            var inWord = false
            var sawCookie = false, sawUse = false, nonASCII = false, wide = false
            for i in 0...text.count {
                let b: UInt8 = i < text.count ? text[i] : 0x20
                if b >= 0x80 { nonASCII = true; if b >= 0xE0 { wide = true } }
                let wordByte = b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
                if wordByte {
                    if !inWord { h = FNV1a.offset; inWord = true }
                    h = FNV1a.step(h, b)
                } else if inWord {
                    inWord = false
                    if cookieWords.contains(h) {
                        if sawUse { return .cookieUse }
                        sawCookie = true
                    } else if cookieUseWords.contains(h) {
                        if sawCookie { return .cookieUse }
                        sawUse = true
                    }
                    if words.contains(h) { found = .vocabulary }
                }
            }
            if nonASCII {
                if !sawCookie, cookiePhrases.contains(where: { PhraseMatcher.containsWord(compiled: $0, in: text) })
                    || wide && gluedCookieWords.contains(where: { PhraseMatcher.containsWord(compiled: $0, in: text) }) { sawCookie = true }
                if sawCookie, !sawUse, cookieUsePhrases.contains(where: { PhraseMatcher.containsWord(compiled: $0, in: text) }) { return .cookieUse }
            }
            if sawCookie { return sawUse ? .cookieUse : .cookieWord }
            if found == .none, phrases.contains(where: { PhraseMatcher.containsWord(compiled: $0, in: text) }) { found = .vocabulary }
            return found
        }
    }
}

