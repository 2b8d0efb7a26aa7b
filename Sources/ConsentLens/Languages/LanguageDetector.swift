/// Tells which language of ``NoticeLanguage/all`` a text is in from its short, frequent words.
///
/// Notices are short and full of loan words ("Cookies", "Marketing", "Partner"), so only function
/// words count. A word n languages share ("de", "og", "i") counts 1/n² for each of them, so the
/// words that tell close languages apart (Danish "af", "mig", "efter" against Norwegian "av",
/// "meg", "etter") decide. A language may also name the characters of a script that only it
/// writes among the packs (Greek, Arabic, Hangul, kana, Han): a word in them scores for it, and in
/// scripts written without spaces every character is a word.
public enum LanguageDetector {
    /// Fewer words than this cannot be told apart reliably.
    static let minimumWords = 8
    /// The winner needs at least this score…
    static let minimumScore = 2.0
    /// …this many times the runner-up's…
    static let minimumRatio = 1.3
    /// …and this many points more.
    static let minimumMargin = 2.0
    /// Reading stops here: a notice's language is clear long before.
    static let maximumWords = 20_000

    /// The ISO 639-1 code of the most likely language, or nil when the text has fewer than 8 words
    /// or no language clearly wins.
    public static func detect(_ text: String) -> String? {
        let (scores, words) = scores(text)
        guard words >= minimumWords else { return nil }
        var best = -1
        var second = 0.0
        for (i, score) in scores.enumerated() {
            if best < 0 || score > scores[best] {
                if best >= 0 { second = scores[best] }
                best = i
            } else if score > second {
                second = score
            }
        }
        guard best >= 0, scores[best] >= minimumScore, scores[best] >= second * minimumRatio,
              scores[best] - second >= minimumMargin else { return nil }
        return languageCodes[best]
    }

    /// Each language's score (in the order of ``languageCodes``) and the number of words read.
    static func scores(_ text: String) -> (scores: [Double], words: Int) {
        var folded = TextNormalizer.fold(text)
        var scores = [Double](repeating: 0, count: languageCodes.count)
        var words = 0
        folded.withUTF8 { bytes in
            var start = -1
            var i = 0
            let n = bytes.count
            func finishWord(_ end: Int) {
                words += 1
                let length = end - start
                if length <= longestWord {
                    var bits = detectionWords.languages(of: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    if bits != 0 {
                        let weight = 1.0 / Double(bits.nonzeroBitCount * bits.nonzeroBitCount)
                        while bits != 0 {
                            scores[bits.trailingZeroBitCount] += weight
                            bits &= bits - 1
                        }
                        return
                    }
                }
                // A word of a script only some languages write (Greek, Arabic, Hangul…).
                if bytes[start] >= 0xC0, let hits = characterWeights(PhraseMatcher.decodeScalar(bytes, at: start)) {
                    for (language, weight) in hits { scores[language] += weight }
                }
            }
            while i < n {
                let b = bytes[i]
                let scalarLength = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                let scalar = b < 0x80 ? Unicode.Scalar(b) : PhraseMatcher.decodeScalar(bytes, at: i)
                let isWord = b < 0x80 ? isASCIILetter(b) : isWordScalar(scalar)
                if isWord, b >= 0xE0, isUnspacedScalar(scalar) {
                    // Han, kana, Hangul: each character is read as a word of its own.
                    if start >= 0 { finishWord(i) }
                    start = i
                    finishWord(i + min(scalarLength, n - i))
                    start = -1
                    if words >= maximumWords { return }
                } else if isWord {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    finishWord(i)
                    start = -1
                    if words >= maximumWords { return }
                }
                i += min(scalarLength, n - i)
            }
            if start >= 0 { finishWord(n) }
        }
        return (scores, words)
    }

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    static let languageCodes: [String] = NoticeLanguage.all.map(\.code)

    /// Each detection word (folded) and the languages it scores for, one bit per language of
    /// ``languageCodes``: a word n languages share scores 1/n² for each. Stored when the tool is
    /// built (`LanguageCompiledTables.detectionWords`) for ``NoticeLanguage/all``.
    struct DetectionWords: Sendable {
        var words = ByteKeyTable()
        var languages: [UInt64] = []

        init(_ languages: [NoticeLanguage]) {
            precondition(languages.count <= 64, "one bit per language")
            for (i, language) in languages.enumerated() {
                for word in language.detectionWords {
                    var folded = TextNormalizer.fold(word)
                    let (position, inserted) = folded.withUTF8 { words.insert($0) }
                    if inserted { self.languages.append(0) }
                    self.languages[position] |= 1 << UInt64(i)
                }
            }
        }

        init?(stored languages: [NoticeLanguage]) {
            guard LanguageTables.written(for: languages, as: LanguageCompiledTables.languages) else { return nil }
            var words = ByteKeyTable()
            var masks: [UInt64] = []
            var valid = true
            GeneratedTableReader.forEachRow(LanguageCompiledTables.detectionWords) { bytes, fields in
                guard fields.count == 2, let mask = GeneratedTableReader.integer(bytes, fields[1], radix: 16),
                      words.insert(UnsafeBufferPointer(rebasing: bytes[fields[0]])).inserted else { valid = false; return }
                masks.append(mask)
            }
            guard valid else { return nil }
            self.words = words
            self.languages = masks
        }

        /// One word a line with its languages' bits in hex: what `init(stored:)` reads.
        func serialized() -> String {
            (0..<words.count).map { String(decoding: words.key($0), as: UTF8.self) + "\t" + String(languages[$0], radix: 16) + "\n" }.joined()
        }

        /// The languages' bits of a folded word, 0 when it is no detection word.
        func languages(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
            words.position(of: word).map { languages[$0] } ?? 0
        }
    }

    static let detectionWords = DetectionWords(stored: NoticeLanguage.all) ?? DetectionWords(NoticeLanguage.all)

    /// Each language's detection characters with their share of a point, as for words.
    static let characterTable: [(ClosedRange<UInt32>, [(Int, Double)])] = {
        var owners: [ClosedRange<UInt32>: [Int]] = [:]
        var order: [ClosedRange<UInt32>] = []
        for (i, language) in NoticeLanguage.all.enumerated() {
            for range in language.detectionCharacters {
                let key = range.lowerBound.value...range.upperBound.value
                if owners[key] == nil { order.append(key) }
                owners[key, default: []].append(i)
            }
        }
        return order.map { range in
            let langs = owners[range]!
            return (range, langs.map { ($0, 1.0 / Double(langs.count * langs.count)) })
        }
    }()

    static func characterWeights(_ scalar: Unicode.Scalar) -> [(Int, Double)]? {
        for (range, hits) in characterTable where range.contains(scalar.value) { return hits }
        return nil
    }

    /// Longer words cannot be detection words, so they are not looked up.
    static let longestWord: Int = (0..<detectionWords.words.count).map { detectionWords.words.key($0).count }.max() ?? 0
}
