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

    /// The stored names, read in one pass into flat arrays: each name as its words' FNV-1a
    /// hashes (compared with a line's words' hashes) and the byte range of its words in the
    /// stored table (compared once the hashes agree), with no array or string per name.
    struct ProseNames: Sendable {
        /// Every name's word hashes, one name after another; name `i` holds `hashes[starts[i] ..< starts[i + 1]]`.
        private(set) var hashes: [UInt64] = []
        private(set) var starts: [Int32] = [0]
        /// Where name `i`'s words stand in `table`'s bytes.
        private(set) var textRanges: [Range<Int32>] = []
        private(set) var references: [Set<TCFReference>] = []
        /// The names starting with a word, by that word's hash, in the table's order.
        private(set) var byFirstWord: [UInt64: [Int32]] = [:]
        private(set) var table: String

        var count: Int { textRanges.count }

        func wordCount(_ name: Int) -> Int { Int(starts[name + 1] - starts[name]) }

        func hashes(_ name: Int) -> ArraySlice<UInt64> { hashes[Int(starts[name])..<Int(starts[name + 1])] }

        /// Name `i`'s words, space-separated.
        func text(_ name: Int) -> String {
            var table = table
            return table.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(textRanges[name].lowerBound)..<Int(textRanges[name].upperBound)]), as: UTF8.self) }
        }

        /// Whether name `i`'s words are `words`, joined by spaces.
        func hasText(_ name: Int, _ words: ArraySlice<Word>) -> Bool {
            var joined = words.map(\.key).joined(separator: " ")
            var table = table
            return joined.withUTF8 { line in
                table.withUTF8 { bytes in
                    let range = Int(textRanges[name].lowerBound)..<Int(textRanges[name].upperBound)
                    return range.count == line.count && line.elementsEqual(UnsafeBufferPointer(rebasing: bytes[range]))
                }
            }
        }

        init(table: String) {
            self.table = table
            let rows = table.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } + 1
            textRanges.reserveCapacity(rows)
            references.reserveCapacity(rows)
            starts.reserveCapacity(rows + 1)
            hashes.reserveCapacity(6 * rows)
            // Many names share a reference set: each set is built once.
            var sharedReferences: [UInt64: Set<TCFReference>] = [:]
            var names = self
            GeneratedTableReader.forEachRow(table) { bytes, fields in
                guard fields.count == 2 else { return }
                let first = names.hashes.count
                var start = fields[0].lowerBound
                for i in fields[0].lowerBound...fields[0].upperBound where i == fields[0].upperBound || bytes[i] == 0x20 {
                    if i > start { names.hashes.append(FNV1a.hash(bytes, start..<i)) }
                    start = i + 1
                }
                guard names.hashes.count > first else { return }
                let field = FNV1a.hash(bytes, fields[1])
                let shared = sharedReferences[field] ?? Set(GeneratedTableReader.references(bytes, fields[1]))
                sharedReferences[field] = shared
                names.byFirstWord[names.hashes[first], default: []].append(Int32(names.count))
                names.starts.append(Int32(names.hashes.count))
                names.textRanges.append(Int32(fields[0].lowerBound)..<Int32(fields[0].upperBound))
                names.references.append(shared)
            }
            self = names
        }
    }

    /// Read from the table `Scripts/generate-compiled-tables` stores (names already split into folded
    /// words), so start-up folds no names; `TCFTablesTests` checks it against `names(from:)`.
    static let proseNames = ProseNames(table: TCFCompiledTables.namesInProse)

    static func wordHash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { FNV1a.hash($0) }
    }

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

    struct Word: Equatable {
        var key: String
        var range: Range<String.Index>
    }

    /// Letters and digits of `TextNormalizer.fold`ed text, split at everything else; "-ize"
    /// endings read as "-ise".
    static func words(_ text: String) -> [Word] {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(text) : characterWords(text)
    }

    /// ``words(_:)`` character by character, for any text.
    static func characterWords(_ text: String) -> [Word] {
        var out: [Word] = []
        var start: String.Index?
        var index = text.startIndex
        func flush(_ end: String.Index) {
            guard let s = start else { return }
            var key = TextNormalizer.fold(String(text[s..<end]))
            for (american, british) in britishEndings where key.hasSuffix(american) {
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

    static let britishEndings = [("izing", "ising"), ("ized", "ised"), ("ize", "ise"), ("ization", "isation")]
    private static let britishEndingBytes: [([UInt8], [UInt8])] = britishEndings.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// ``words(_:)`` of an ASCII line, byte by byte: letters and digits are A–Z, a–z, 0–9 there,
    /// and folding is lower-casing.
    static func asciiWords(_ text: String) -> [Word] {
        var out: [Word] = []
        let utf8 = text.utf8
        var start: String.Index?
        var bytes: [UInt8] = []
        func flush(_ end: String.Index) {
            guard let s = start else { return }
            for (american, british) in britishEndingBytes where bytes.count >= american.count && bytes.suffix(american.count).elementsEqual(american) {
                bytes.removeLast(american.count)
                bytes.append(contentsOf: british)
                break
            }
            out.append(Word(key: String(decoding: bytes, as: UTF8.self), range: s..<end))
            bytes.removeAll(keepingCapacity: true)
            start = nil
        }
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let b = utf8[index]
            if b &- 0x30 < 10 || b &- 0x61 < 26 {
                if start == nil { start = index }
                bytes.append(b)
            } else if b &- 0x41 < 26 {
                if start == nil { start = index }
                bytes.append(b | 0x20)
            } else {
                flush(index)
            }
            index = utf8.index(after: index)
        }
        flush(utf8.endIndex)
        return out
    }

    /// Every name in the line, longest first at each position, not overlapping.
    static func occurrences(in line: String) -> [Occurrence] {
        guard line.utf8.count <= 20_000 else { return [] }
        let words = Self.words(line)
        let hashes = words.map { wordHash($0.key) }
        let names = proseNames
        var out: [Occurrence] = []
        var i = 0
        while i < words.count {
            var found: Occurrence?
            // The longest name that stands here (names are unique: no two of one length agree).
            for name in names.byFirstWord[hashes[i]] ?? [] {
                let name = Int(name), count = names.wordCount(name)
                guard i + count <= words.count, count > (found?.words.count ?? 0),
                      names.hashes(name).elementsEqual(hashes[i..<(i + count)]),
                      names.hasText(name, words[i..<(i + count)]),
                      let reference = TCFTaxonomy.resolve(names.references[name]) else { continue }
                let end = i + count
                found = Occurrence(reference: reference, words: i..<end,
                                   text: String(line[words[i].range.lowerBound..<words[end - 1].range.upperBound]))
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
