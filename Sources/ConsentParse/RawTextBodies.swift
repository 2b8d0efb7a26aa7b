#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Takes the bodies of `<script>` and `<style>` elements out of the markup before libxml2 sees it,
/// and keeps them aside: they are four tenths and more of a modern page's bytes, and libxml2 would
/// only copy them character by character into text nodes. Each start tag gets an attribute naming
/// its body, and the walker puts the body back, so scripts and styles read exactly as before.
///
/// The scan is a tag-level tokenizer, not a parser, and follows libxml2 2.9's own rules: comments
/// are skipped, each tag is read to its `>` (respecting quoted attribute values), and a script's
/// body ends at the first `</script` — also inside `<title>` and `<textarea>`, which libxml2 does
/// not treat as raw text either. Tests check that every script and style reads as libxml2 alone
/// gives it.
enum RawTextBodies {
    static let attribute = "data-consentlens-body"

    /// The markup without script and style bodies, and the bodies in order; nil when there is
    /// nothing worth taking out.
    static func split(_ bytes: [UInt8]) -> (markup: [UInt8], bodies: [[UInt8]])? {
        bytes.withUnsafeBufferPointer { p -> (markup: [UInt8], bodies: [[UInt8]])? in
            let n = p.count
            guard let base = p.baseAddress, n > 0 else { return nil }
            var markup: [UInt8] = []
            var bodies: [[UInt8]] = []
            var copyFrom = 0
            var removed = 0
            var i = 0
            while i < n {
                guard let hit = memchr(base + i, 0x3C, n - i) else { break } // '<'
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if i + 3 < n, p[i + 1] == 0x21, p[i + 2] == 0x2D, p[i + 3] == 0x2D { // <!--
                    guard let end = find(p, "-->", from: i + 4) else { break }
                    i = end + 3
                    continue
                }
                var j = i + 1
                let closing = j < n && p[j] == 0x2F
                if closing { j += 1 }
                guard j < n, isLetter(p[j]) else { i += 1; continue }
                let nameStart = j
                while j < n, isLetter(p[j]) || (p[j] >= 0x30 && p[j] <= 0x39) || p[j] == 0x2D { j += 1 }
                let name = nameStart..<j
                guard let tagEnd = endOfTag(p, from: j) else { break }
                if closing { i = tagEnd + 1; continue }
                let rawText: StaticString?
                if equalsFolded(p, name, "script") { rawText = "script" } else if equalsFolded(p, name, "style") { rawText = "style" } else { rawText = nil }
                if let rawText {
                    let bodyStart = tagEnd + 1
                    guard let bodyEnd = closingTag(p, rawText, from: bodyStart) else { break }
                    if bodyEnd > bodyStart {
                        if markup.isEmpty { markup.reserveCapacity(n) }
                        markup.append(contentsOf: p[copyFrom..<name.upperBound])
                        markup.append(contentsOf: Array(" \(attribute)=\"\(bodies.count)\"".utf8))
                        markup.append(contentsOf: p[name.upperBound...tagEnd])
                        bodies.append(Array(p[bodyStart..<bodyEnd]))
                        removed += bodyEnd - bodyStart
                        copyFrom = bodyEnd
                    }
                    i = bodyEnd
                    continue
                }
                i = tagEnd + 1
            }
            guard removed > 0 else { return nil }
            markup.append(contentsOf: p[copyFrom..<n])
            return (markup, bodies)
        }
    }

    @inline(__always)
    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    /// The `>` that ends a tag whose name ends at `from`; quotes count only where a value starts.
    static func endOfTag(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var k = from
        var quote: UInt8 = 0
        var afterEquals = false
        while k < p.count {
            let c = p[k]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x3E { // >
                return k
            } else if afterEquals, c == 0x22 || c == 0x27 {
                quote = c
                afterEquals = false
            } else if c == 0x3D { // =
                afterEquals = true
            } else if c != 0x20, c != 0x09, c != 0x0A, c != 0x0D, c != 0x0C {
                afterEquals = false
            }
            k += 1
        }
        return nil
    }

    /// Where `</name` starts, case-insensitively, at or after `from`.
    static func closingTag(_ p: UnsafeBufferPointer<UInt8>, _ name: StaticString, from: Int) -> Int? {
        let length = name.utf8CodeUnitCount
        var i = from
        let n = p.count
        while i < n, let hit = memchr(p.baseAddress! + i, 0x3C, n - i) {
            i = p.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if i + 1 + length < n, p[i + 1] == 0x2F, equalsFolded(p, (i + 2)..<(i + 2 + length), name) {
                let after = p[i + 2 + length]
                if after == 0x3E || after == 0x20 || after == 0x2F || after == 0x09 || after == 0x0A || after == 0x0D || after == 0x0C {
                    return i
                }
            }
            i += 1
        }
        return nil
    }

    static func find(_ p: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from: Int) -> Int? {
        let m = needle.utf8CodeUnitCount
        var i = from
        while i + m <= p.count {
            if memcmp(p.baseAddress! + i, needle.utf8Start, m) == 0 { return i }
            i += 1
        }
        return nil
    }

    static func equalsFolded(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ name: StaticString) -> Bool {
        guard range.count == name.utf8CodeUnitCount, range.upperBound <= p.count else { return false }
        let s = name.utf8Start
        for (k, index) in range.enumerated() where (p[index] | 0x20) != s[k] { return false }
        return true
    }
}
