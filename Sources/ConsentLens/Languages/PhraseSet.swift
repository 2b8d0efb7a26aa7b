import Synchronization

/// A table of phrases matched as whole words in folded text, compiled (folded, trimmed, word
/// edges noted) on first use and kept with the table: the reader hands the set itself to
/// ``PhraseMatcher``, so nothing is looked up by an array's address and nothing is folded twice.
public struct PhraseSet: Sendable, ExpressibleByArrayLiteral {
    public let phrases: [String]
    private let storage: Storage

    public init(_ phrases: [String]) {
        self.phrases = phrases
        storage = Storage()
    }

    public init(arrayLiteral phrases: String...) {
        self.init(phrases)
    }

    public var isEmpty: Bool { phrases.isEmpty }

    var compiled: [CompiledPhrase] { storage.compiled(phrases) }

    private final class Storage: Sendable {
        private let table = Mutex<[CompiledPhrase]?>(nil)

        func compiled(_ phrases: [String]) -> [CompiledPhrase] {
            table.withLock { table in
                if let table { return table }
                let built = phrases.map { CompiledPhrase($0) }
                table = built
                return built
            }
        }
    }
}

extension PhraseMatcher {
    /// Whether any phrase of the set occurs in the line as whole words (as ``contains(_:in:multiWordOnly:)``).
    public static func contains(_ set: PhraseSet, in line: String) -> Bool {
        guard !set.isEmpty, !line.isEmpty else { return false }
        var folded = FoldCache.fold(line)
        let compiled = set.compiled
        return folded.withUTF8 { text in compiled.contains { containsWord(compiled: $0, in: text) } }
    }
}
