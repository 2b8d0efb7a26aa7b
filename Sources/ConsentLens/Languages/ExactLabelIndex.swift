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
        if languages.count == languageCount,
           languages.withUnsafeBufferPointer({ a in NoticeLanguage.all.withUnsafeBufferPointer { a.baseAddress == $0.baseAddress } }) {
            return languageCount == 64 ? .max : (1 << UInt64(languageCount)) - 1
        }
        var mask: UInt64 = 0
        for language in languages {
            guard let position = positions[ObjectIdentifier(language)] else { return nil }
            mask |= 1 << UInt64(position)
        }
        return mask
    }
}
