extension String {
    /// Whether the text holds `needle`, compared byte for byte in UTF-8. For the short literal
    /// probes of the readers ("[", ". ", "("): Foundation's `contains` on a `String` goes through
    /// `range(of:)` and locale-aware comparison, a tenth of the time of reading a long notice.
    func containsBytes(_ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0 else { return true }
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: n)
        if n == 1 { return utf8.contains(pattern[0]) }
        var text = self
        return text.withUTF8 { Self.occurs(pattern, in: $0) }
    }

    /// Whether `pattern` (not empty) occurs in `bytes`.
    static func occurs(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= pattern.count else { return false }
        for i in 0...(bytes.count - pattern.count) where bytes[i] == pattern[0] {
            var k = 1
            while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
            if k == pattern.count { return true }
        }
        return false
    }
}

extension String {
    /// Whether the text holds `needle` byte for byte in UTF-8: a CSS attribute selector's `*=`
    /// (a substring of code points), without Foundation's locale-aware `range(of:)`.
    func containsBytes(_ needle: String) -> Bool {
        var text = self, needle = needle
        return needle.withUTF8 { pattern in
            pattern.isEmpty || text.withUTF8 { Self.occurs(pattern, in: $0) }
        }
    }
}

extension Collection where Element: Equatable {
    /// Whether `needle` occurs in this collection as a run of consecutive elements.
    func containsSubsequence<C: Collection>(_ needle: C) -> Bool where C.Element == Element {
        guard !needle.isEmpty else { return true }
        var start = startIndex
        while start != endIndex {
            if self[start...].starts(with: needle) { return true }
            start = index(after: start)
        }
        return false
    }
}
