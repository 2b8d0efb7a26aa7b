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

        static let shared = Vocabulary()

        let labels: [String: Label]
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

        init() {
            var labels: [String: Label] = [:]
            var words = Set<UInt64>(), cookieWords = Set<UInt64>(), cookieUseWords = Set<UInt64>()
            var phrases: [String: CompiledPhrase] = [:]
            var cookiePhrases: [String: CompiledPhrase] = [:], cookieUsePhrases: [String: CompiledPhrase] = [:]
            var gluedCookieWords: [String: CompiledPhrase] = [:]
            func isPlainWord(_ k: String) -> Bool { k.unicodeScalars.allSatisfy { isWordScalar($0) && !isUnspacedScalar($0) } }
            func isNonASCII(_ k: String) -> Bool { k.utf8.contains { $0 >= 0x80 } }
            func key(_ phrase: String) -> String { String(PhraseMatcher.trimmedLabel(Substring(TextNormalizer.fold(phrase)))) }
            for language in NoticeLanguage.all {
                for phrase in language.acceptAll + language.rejectAll { labels[key(phrase)] = .acceptOrReject }
                for phrase in language.alwaysActive { labels[key(phrase)] = .alwaysActive }
                for phrase in language.preferenceCentreTitles where labels[key(phrase)] == nil { labels[key(phrase)] = .preferenceCentreTitle }
                for phrase in language.noticeVocabulary {
                    let k = key(phrase)
                    if isPlainWord(k) { words.insert(FNV1a.hash(Array(k.utf8))) } else { phrases[k] = CompiledPhrase(k) }
                }
                for word in language.cookieWords {
                    let k = key(word)
                    if isPlainWord(k) { cookieWords.insert(FNV1a.hash(Array(k.utf8))) } else { phrases[k] = CompiledPhrase(k) }
                    if !isPlainWord(k), isNonASCII(k) { cookiePhrases[k] = CompiledPhrase(k) }
                    if isPlainWord(k), !isNonASCII(k) { gluedCookieWords[k] = CompiledPhrase(k) }
                }
                for word in language.cookieUseWords {
                    let k = key(word)
                    if isPlainWord(k) { cookieUseWords.insert(FNV1a.hash(Array(k.utf8))) } else { cookieUsePhrases[k] = CompiledPhrase(k) }
                }
            }
            self.labels = labels
            self.words = words
            self.cookieWords = cookieWords
            self.cookieUseWords = cookieUseWords
            self.phrases = phrases.keys.sorted().map { phrases[$0]! }
            self.cookiePhrases = cookiePhrases.keys.sorted().map { cookiePhrases[$0]! }
            self.cookieUsePhrases = cookieUsePhrases.keys.sorted().map { cookieUsePhrases[$0]! }
            self.gluedCookieWords = gluedCookieWords.keys.sorted().map { gluedCookieWords[$0]! }
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

