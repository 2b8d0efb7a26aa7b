/// Finds official TCF names written inside a longer block: a run-on sentence ("…to provide: Use
/// precise geolocation data. Actively scan device characteristics for identification. Store and/or
/// access information on a device. …") or a list after "such as". A name must occur whole, word
/// for word after folding (case, punctuation, British / American "-ise" / "-ize"), so nothing is
/// guessed; the whole-line matcher (``TCFTaxonomy/match(_:)``) keeps its typo tolerance for names
/// that stand alone.
///
/// Each word of a line is looked up once in a table keyed by a name's first word, then compared
/// word by word: linear in the line's length times the longest name.
enum TCFNameFinder {
    struct Occurrence: Equatable {
        var reference: TCFReference
        /// Word range in the line.
        var words: Range<Int>
        /// The name as the line writes it.
        var text: String
    }

    /// Names of fewer words are too generic to find inside prose ("Select basic ads" is fine on a
    /// line of its own, where the whole-line matcher reads it).
    static let minimumWords = 3

    struct Name {
        var words: [String]
        var references: Set<TCFReference>
    }

    /// Read from the table `Scripts/generate-compiled-tables` stores (names already split into folded
    /// words), so start-up folds no names; `TCFTablesTests` checks it against `names(from:)`.
    static let byFirstWord: [String: [Name]] = index(table: TCFCompiledTables.namesInProse)

    /// Every name of three or more words in the wordings, as folded words with the references
    /// that share them: what the stored table is written from.
    static func names(from wordings: [TCFWording]) -> [[String]: Set<TCFReference>] {
        var names: [[String]: Set<TCFReference>] = [:]
        for wording in wordings {
            for line in wording.table.split(separator: "\n") {
                guard let tab = line.firstIndex(of: "\t"), let reference = TCFNameIndex.reference(line[..<tab]) else { continue }
                let words = Self.words(String(line[line.index(after: tab)...])).map(\.key)
                guard words.count >= minimumWords else { continue }
                names[words, default: []].insert(reference)
            }
        }
        return names
    }

    /// One name a line, `words (space-separated) TAB references (space-separated)`, sorted.
    static func serialized(_ names: [[String]: Set<TCFReference>]) -> String {
        names.map { words, references in
            words.joined(separator: " ") + "\t" + references.map(TCFNameIndex.code).sorted().joined(separator: " ")
        }.sorted().joined(separator: "\n") + "\n"
    }

    static func index(table: String) -> [String: [Name]] {
        var byFirst: [String: [Name]] = [:]
        // Many names share a reference set: each set is built once.
        var sharedReferences: [UInt64: Set<TCFReference>] = [:]
        GeneratedTableReader.forEachRow(table) { bytes, fields in
            guard fields.count == 2 else { return }
            let words = GeneratedTableReader.words(bytes, fields[0])
            guard let first = words.first else { return }
            let field = FNV1a.hash(bytes, fields[1])
            let references = sharedReferences[field] ?? Set(GeneratedTableReader.references(bytes, fields[1]))
            sharedReferences[field] = references
            byFirst[first, default: []].append(Name(words: words, references: references))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.words.count > $1.words.count } }
        return byFirst
    }

    struct Word {
        var key: String
        var range: Range<String.Index>
    }

    /// Letters and digits of `TextNormalizer.fold`ed text, split at everything else; "-ize"
    /// endings read as "-ise".
    static func words(_ text: String) -> [Word] {
        var out: [Word] = []
        var start: String.Index?
        var index = text.startIndex
        func flush(_ end: String.Index) {
            guard let s = start else { return }
            var key = TextNormalizer.fold(String(text[s..<end]))
            for (american, british) in [("izing", "ising"), ("ized", "ised"), ("ize", "ise"), ("ization", "isation")] where key.hasSuffix(american) {
                key = String(key.dropLast(american.count)) + british
                break
            }
            out.append(Word(key: key, range: s..<end))
            start = nil
        }
        while index < text.endIndex {
            let c = text[index]
            if c.isLetter || c.isNumber {
                if start == nil { start = index }
            } else {
                flush(index)
            }
            index = text.index(after: index)
        }
        flush(text.endIndex)
        return out
    }

    /// Every name in the line, longest first at each position, not overlapping.
    static func occurrences(in line: String) -> [Occurrence] {
        guard line.utf8.count <= 20_000 else { return [] }
        let words = Self.words(line)
        var out: [Occurrence] = []
        var i = 0
        while i < words.count {
            var found: Occurrence?
            for name in byFirstWord[words[i].key] ?? [] where i + name.words.count <= words.count {
                var same = true
                for (k, word) in name.words.enumerated() where words[i + k].key != word { same = false; break }
                guard same, let reference = TCFTaxonomy.resolve(name.references) else { continue }
                let end = i + name.words.count
                found = Occurrence(reference: reference, words: i..<end,
                                   text: String(line[words[i].range.lowerBound..<words[end - 1].range.upperBound]))
                break
            }
            if let found {
                out.append(found)
                i = found.words.upperBound
            } else {
                i += 1
            }
        }
        return out
    }
}
