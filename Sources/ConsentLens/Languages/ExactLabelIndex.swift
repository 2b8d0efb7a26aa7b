/// A language's tables of whole-line labels: the explicit handle a reader names when it asks
/// "is this line exactly one of these phrases?", instead of passing the array itself.
public enum LabelTable: Int, CaseIterable, Sendable {
    case acceptAll, rejectAll, manageChoices, saveChoices, alwaysActive, preferenceCentreTitles, consentBasis,
         legitimateInterest
}

extension NoticeLanguage {
    /// The phrases of one label table.
    public func phrases(_ table: LabelTable) -> [String] {
        switch table {
        case .acceptAll: return acceptAll
        case .rejectAll: return rejectAll
        case .manageChoices: return manageChoices
        case .saveChoices: return saveChoices
        case .alwaysActive: return alwaysActive
        case .preferenceCentreTitles: return preferenceCentreTitles
        case .consentBasis: return consentBasis
        case .legitimateInterest: return legitimateInterest
        }
    }
}

/// Every label of every language of ``NoticeLanguage/all``, by its folded, trimmed bytes, with
/// the languages whose table holds it (one bit per language, one mask per table). A line is
/// folded, trimmed and looked up once (the result is kept for the line, per thread), and every
/// question about it ("accept in any language?", "always active in German?") is a bit test:
/// the readers ask about one line for each table of each language, which was one pass over the
/// phrases each time.
struct ExactLabelIndex: Sendable {
    struct Entry: Sendable {
        let bytes: [UInt8]
        var masks: [UInt64]
    }

    private var buckets: [UInt64: [Entry]] = [:]
    private let positions: [ObjectIdentifier: Int]
    /// The first and the last words of the control tables' labels (without punctuation): a line
    /// that starts or ends with no such word is no row of them, known with two look-ups.
    private var firstWords: Set<Substring> = []
    private var lastWords: Set<Substring> = []
    let languageCount: Int

    static let shared = ExactLabelIndex(NoticeLanguage.all)

    init(_ languages: [NoticeLanguage]) {
        precondition(languages.count <= 64, "one bit per language")
        languageCount = languages.count
        var positions: [ObjectIdentifier: Int] = [:]
        for (position, language) in languages.enumerated() {
            positions[ObjectIdentifier(language)] = position
            for table in LabelTable.allCases {
                for phrase in language.phrases(table) {
                    let core = Array(PhraseMatcher.trimmedLabel(Substring(TextNormalizer.fold(phrase))).utf8)
                    guard !core.isEmpty else { continue }
                    if [.acceptAll, .rejectAll, .manageChoices, .saveChoices].contains(table),
                       let words = Optional(String(decoding: core, as: UTF8.self).split(separator: " ")),
                       let first = words.first, let last = words.last {
                        firstWords.insert(Substring(PhraseMatcher.trimmedLabel(first)))
                        lastWords.insert(Substring(PhraseMatcher.trimmedLabel(last)))
                    }
                    let hash = FNV1a.hash(core)
                    var bucket = buckets[hash] ?? []
                    if let i = bucket.firstIndex(where: { $0.bytes == core }) {
                        bucket[i].masks[table.rawValue] |= 1 << UInt64(position)
                    } else {
                        var masks = [UInt64](repeating: 0, count: LabelTable.allCases.count)
                        masks[table.rawValue] = 1 << UInt64(position)
                        bucket.append(Entry(bytes: core, masks: masks))
                    }
                    buckets[hash] = bucket
                }
            }
        }
        self.positions = positions
    }

    /// The masks of a line's label (folded and trimmed), or nil when no language has it.
    func masks(core: UnsafeBufferPointer<UInt8>) -> [UInt64]? {
        guard let bucket = buckets[FNV1a.hash(core)] else { return nil }
        return bucket.first { $0.bytes.count == core.count && $0.bytes.elementsEqual(core) }?.masks
    }

    /// The bits of these languages, or nil when one of them is not of ``NoticeLanguage/all`` (a
    /// language built elsewhere, as tests do: its phrases are then compared one by one).
    func mask(of languages: [NoticeLanguage]) -> UInt64? {
        if languages.count == languageCount, NoticeLanguage.isEveryLanguage(languages) {
            return languageCount == 64 ? .max : (1 << UInt64(languageCount)) - 1
        }
        var mask: UInt64 = 0
        for language in languages {
            guard let position = positions[ObjectIdentifier(language)] else { return nil }
            mask |= 1 << UInt64(position)
        }
        return mask
    }

    /// A row of buttons a copy glued into one line ("Permet totes les galetes Denega totes les
    /// galetes", "Accept all | Reject all"): the line cut at spaces into two or more labels that
    /// consent tools print word for word, one of them accepting or refusing; nil when no cut
    /// does. It reads the rows of every language whose tools' labels are in the packs, whatever
    /// parts the words of those labels were given. Separators between the labels ("|", "·") are
    /// skipped.
    func row(_ line: String, languageMask: UInt64) -> [ControlKind]? {
        guard line.utf8.count <= Self.maximumRowBytes, line.utf8.contains(0x20) else { return nil }
        let folded = FoldCache.fold(line)
        // The first word decides most lines before the line is cut into words.
        guard let first = Self.firstWord(of: folded), firstWords.contains(PhraseMatcher.trimmedLabel(first)) else { return nil }
        var words: [Substring] = []
        for word in folded.split(separator: " ") where word.unicodeScalars.contains(where: isWordScalar) {
            words.append(word)
        }
        guard words.count >= 2, words.count <= Self.maximumRowWords,
              lastWords.contains(PhraseMatcher.trimmedLabel(words[words.count - 1])) else { return nil }
        // kinds[i]: the labels of the first i words, fewest first; nil when they cannot be cut.
        var kinds = [[ControlKind]?](repeating: nil, count: words.count + 1)
        kinds[0] = []
        for end in 1...words.count {
            for start in 0..<end {
                guard let before = kinds[start], kinds[end] == nil || kinds[end]!.count > before.count + 1,
                      let kind = kind(of: words[start..<end].joined(separator: " "), languageMask: languageMask)
                else { continue }
                kinds[end] = before + [kind]
            }
        }
        guard let found = kinds[words.count], found.count >= 2,
              found.contains(where: { $0 == .acceptAll || $0 == .rejectAll }) else { return nil }
        return found
    }

    /// The first of `text`'s words as ``row(_:languageMask:)`` cuts them: the first piece between
    /// spaces that holds a letter or digit.
    static func firstWord(of text: String) -> Substring? {
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            let piece = rest[..<end]
            if piece.unicodeScalars.contains(where: isWordScalar) { return piece }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        return nil
    }

    static let maximumRowBytes = 200
    static let maximumRowWords = 16

    /// What a label does, when it is one of the four control tables' labels in these languages
    /// and in one table only (a label that both accepts and refuses somewhere is not read).
    private func kind(of label: String, languageMask: UInt64) -> ControlKind? {
        var label = label
        return label.withUTF8 { text -> ControlKind? in
            guard let core = PhraseMatcher.labelCore(text), let masks = masks(core: core) else { return nil }
            let found = [(LabelTable.acceptAll, ControlKind.acceptAll), (.rejectAll, .rejectAll),
                         (.saveChoices, .saveChoices), (.manageChoices, .manageChoices)]
                .filter { masks[$0.0.rawValue] & languageMask != 0 }
            return found.count == 1 ? found[0].1 : nil
        }
    }
}
