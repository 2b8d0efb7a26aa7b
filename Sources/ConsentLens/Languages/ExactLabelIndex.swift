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
/// phrases each time. The index of ``NoticeLanguage/all`` is generated when the tool is built
/// (`Scripts/generate-compiled-tables`), so start-up folds no label.
struct ExactLabelIndex: Sendable {
    private var labels = ByteKeyTable()
    /// `LabelTable.allCases.count` masks per label, in the labels' order.
    private var labelMasks: [UInt64] = []
    private let positions: [ObjectIdentifier: Int]
    /// The first and the last words of the control tables' labels (without punctuation): a line
    /// that starts or ends with no such word is no row of them, known with two look-ups.
    private var firstWords = ByteKeyTable()
    private var lastWords = ByteKeyTable()
    let languageCount: Int

    private static let tableCount = LabelTable.allCases.count

    static let shared = ExactLabelIndex(stored: NoticeLanguage.all) ?? ExactLabelIndex(NoticeLanguage.all)

    /// Folds and indexes every phrase of `languages`: what the stored table is written from, and
    /// the index of languages built elsewhere.
    init(_ languages: [NoticeLanguage]) {
        precondition(languages.count <= 64, "one bit per language")
        languageCount = languages.count
        positions = Self.positions(languages)
        for (position, language) in languages.enumerated() {
            for table in LabelTable.allCases {
                for phrase in language.phrases(table) {
                    let core = Array(PhraseMatcher.trimmedLabel(Substring(TextNormalizer.fold(phrase))).utf8)
                    guard !core.isEmpty else { continue }
                    if [.acceptAll, .rejectAll, .manageChoices, .saveChoices].contains(table),
                       let words = Optional(String(decoding: core, as: UTF8.self).split(separator: " ")),
                       let first = words.first, let last = words.last {
                        let firstCore = PhraseMatcher.trimmedLabel(first), lastCore = PhraseMatcher.trimmedLabel(last)
                        if !firstCore.isEmpty { firstWords.insert(Array(firstCore.utf8)) }
                        if !lastCore.isEmpty { lastWords.insert(Array(lastCore.utf8)) }
                    }
                    let (index, inserted) = labels.insert(core)
                    if inserted { labelMasks.append(contentsOf: repeatElement(0, count: Self.tableCount)) }
                    labelMasks[index * Self.tableCount + table.rawValue] |= 1 << UInt64(position)
                }
            }
        }
    }

    /// The index as `LabelCompiledTables` stores it, when it was written for these languages
    /// in this order; nil otherwise (the languages changed since: tests then fail as stale).
    init?(stored languages: [NoticeLanguage]) {
        guard LanguageTables.written(for: languages, as: LabelCompiledTables.languages) else { return nil }
        languageCount = languages.count
        positions = Self.positions(languages)
        var labels = ByteKeyTable()
        var labelMasks: [UInt64] = []
        var valid = true
        GeneratedTableReader.forEachRow(LabelCompiledTables.exactLabels) { bytes, fields in
            guard fields.count >= 2, labels.insert(UnsafeBufferPointer(rebasing: bytes[fields[0]])).inserted else {
                valid = false
                return
            }
            let base = labelMasks.count
            labelMasks.append(contentsOf: repeatElement(0, count: Self.tableCount))
            // `table=mask`, for the tables whose mask is not 0.
            for field in fields.dropFirst() {
                guard field.count >= 3, bytes[field.lowerBound + 1] == 0x3D,
                      let table = GeneratedTableReader.integer(bytes, field.lowerBound..<(field.lowerBound + 1)), table < Self.tableCount,
                      let mask = GeneratedTableReader.integer(bytes, (field.lowerBound + 2)..<field.upperBound, radix: 16) else {
                    valid = false
                    return
                }
                labelMasks[base + Int(table)] = mask
            }
        }
        guard valid else { return nil }
        self.labels = labels
        self.labelMasks = labelMasks
        firstWords = Self.words(LabelCompiledTables.exactLabelFirstWords)
        lastWords = Self.words(LabelCompiledTables.exactLabelLastWords)
    }

    /// A stored line of space-separated words as a key table.
    private static func words(_ line: String) -> ByteKeyTable {
        var table = ByteKeyTable()
        GeneratedTableReader.forEachRow(line, separator: 0x20) { bytes, fields in
            for field in fields where !field.isEmpty { table.insert(UnsafeBufferPointer(rebasing: bytes[field])) }
        }
        return table
    }

    private static func contains(_ table: ByteKeyTable, _ word: Substring) -> Bool {
        var word = word
        return word.withUTF8 { table.position(of: $0) != nil }
    }

    private static func positions(_ languages: [NoticeLanguage]) -> [ObjectIdentifier: Int] {
        var positions: [ObjectIdentifier: Int] = [:]
        for (position, language) in languages.enumerated() { positions[ObjectIdentifier(language)] = position }
        return positions
    }

    /// What `init(stored:)` reads: one label a line with its masks in hex (`table=mask`, those
    /// not 0), and the first and the last words, sorted.
    func serialized() -> (labels: String, firstWords: String, lastWords: String) {
        precondition(Self.tableCount <= 10, "one digit names a table")
        var out = ""
        for index in 0..<labels.count {
            out += String(decoding: labels.key(index), as: UTF8.self)
            for table in 0..<Self.tableCount where labelMasks[index * Self.tableCount + table] != 0 {
                out += "\t\(table)=" + String(labelMasks[index * Self.tableCount + table], radix: 16)
            }
            out += "\n"
        }
        func line(_ table: ByteKeyTable) -> String {
            (0..<table.count).map { String(decoding: table.key($0), as: UTF8.self) }.sorted().joined(separator: " ")
        }
        return (out, line(firstWords), line(lastWords))
    }

    /// The masks of a line's label (folded and trimmed), or nil when no language has it.
    func masks(core: UnsafeBufferPointer<UInt8>) -> [UInt64]? {
        guard let index = labels.position(of: core) else { return nil }
        return Array(labelMasks[(index * Self.tableCount)..<((index + 1) * Self.tableCount)])
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
        guard let first = Self.firstWord(of: folded), Self.contains(firstWords, PhraseMatcher.trimmedLabel(first)) else { return nil }
        var words: [Substring] = []
        for word in folded.split(separator: " ") where word.unicodeScalars.contains(where: isWordScalar) {
            words.append(word)
        }
        guard words.count >= 2, words.count <= Self.maximumRowWords,
              Self.contains(lastWords, PhraseMatcher.trimmedLabel(words[words.count - 1])) else { return nil }
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

/// Writes `LabelCompiledTables.swift` (`consentlens-stages --label-tables`, run by
/// `Scripts/generate-compiled-tables`): the whole-label index of ``NoticeLanguage/all`` and the
/// isolation vocabulary (``LineScorer/Vocabulary/Entries``), both holding the packs' labels.
public enum LabelTables {
    public static func generatedSource() -> String {
        let (labels, firstWords, lastWords) = ExactLabelIndex(NoticeLanguage.all).serialized()
        return """
        // This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy
        // of the MPL was not distributed with this file, You can obtain one at https://mozilla.org/MPL/2.0/.
        // (It holds labels of the packs in Languages/Generated, some of which come from
        // duckduckgo/autoconsent's rule files, MPL-2.0; each pack's header cites its sources, commits and
        // licences: MIT, BSD-3-Clause, Apache-2.0, MPL-2.0. The other labels are the hand-written
        // NoticeLanguage files'.)

        // LabelCompiledTables.swift: GENERATED by Scripts/generate-compiled-tables from
        // NoticeLanguage.all (hand-written languages merged with their generated packs): every whole
        // label, folded and trimmed, with one language bit per language and one mask per LabelTable;
        // the vocabulary isolation reads lines with (labels, notice words, words for cookies); and the
        // button words of every language merged with their parts (ControlLexicon).
        // Do not edit by hand; run the script again. LanguageTablesTests fails when this file is stale.

        enum LabelCompiledTables {
            /// The languages every table below was written for, in order (a mask's bit i is the
            /// language in place i).
            static let languages = "\(NoticeLanguage.all.map(\.code).joined(separator: " "))"
            /// One label a line: the label, then `case=mask` (hex) for each LabelTable case whose mask
            /// is not 0.
            static let exactLabels = \(GeneratedTableReader.literal(labels))
            /// The first words of the accept, reject, manage and save labels.
            static let exactLabelFirstWords = \(GeneratedTableReader.literal(firstWords))
            /// Their last words.
            static let exactLabelLastWords = \(GeneratedTableReader.literal(lastWords))
            /// Every language's button words merged, with their parts (ControlLexicon.Merged).
            static let controlLexicon = \(GeneratedTableReader.literal(ControlLexicon.Merged(NoticeLanguage.all).serialized()))
            /// Every language's notice words, words for cookies and for using them, and known labels,
            /// folded and trimmed, as isolation reads lines with them (LineScorer.Vocabulary.Entries).
            static let isolationVocabulary = \(GeneratedTableReader.literal(LineScorer.Vocabulary.Entries(NoticeLanguage.all).serialized()))
        }

        """
    }
}
