#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CLibXML2

/// Takes the bodies of `<script>` and `<style>` elements out of the markup before libxml2 sees it,
/// and keeps them aside: they are four tenths and more of a modern page's bytes, and libxml2 would
/// only copy them character by character into text nodes. The walker puts each body back, so
/// scripts and styles read exactly as before.
///
/// The bodies are matched to libxml2's elements out of band, never through the markup: the page is
/// untrusted and could forge any attribute or text we wrote into it. ``split(_:)`` lists every
/// script and style element whose end tag it found, in document order, body or not; libxml2 builds
/// its tree by appending each new element to the one open, so a pre-order walk meets elements in
/// the order of their start tags, and ``match(_:in:)`` pairs the two lists by position. The pairing
/// is checked (same element kind, no content left inside, no element missing); when the check fails
/// the caller parses the untouched markup instead, as libxml2 alone would.
///
/// The scan is a tag-level tokenizer, not a parser, and follows libxml2 2.9's own rules: comments
/// are skipped, each tag is read to its `>` (respecting quoted attribute values), and a script's
/// body ends at the first `</script` — also inside `<title>` and `<textarea>`, which libxml2 does
/// not treat as raw text either. Tests check that every script and style reads as libxml2 alone
/// gives it.
enum RawTextBodies {
    /// The attribute an earlier version wrote into start tags to number the bodies. Nothing writes
    /// it now; a page's own attribute of this name is ordinary page data (tests check that no
    /// element carries it unless the page did).
    static let attribute = "data-consentlens-body"

    /// Attributes kept per start tag; the rest are removed before libxml2 parses, whose duplicate
    /// check is quadratic in a tag's attributes (40,000 took 5 s). Real pages stay far below.
    static let maximumAttributes = 1_000

    /// One script or style element the tokenizer saw, with its end tag, in document order.
    /// One script or style body: where it lies in the page's bytes (no copy of it is made, so
    /// a page of many scripts does not hold each body twice).
    struct Body: Equatable {
        var isStyle: Bool
        var range: Range<Int>
    }

    /// The markup without script and style bodies, and every script and style element with its
    /// body (empty or not) in document order; nil when there is nothing worth taking out.
    static func split(_ bytes: [UInt8]) -> (markup: [UInt8], bodies: [Body])? {
        bytes.withUnsafeBufferPointer { p -> (markup: [UInt8], bodies: [Body])? in
            let n = p.count
            guard let base = p.baseAddress, n > 0 else { return nil }
            var markup: [UInt8] = []
            var bodies: [Body] = []
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
                // libxml2's name characters: `<script.x>` and `<script_a>` are other elements.
                while j < n, isLetter(p[j]) || (p[j] >= 0x30 && p[j] <= 0x39) || p[j] == 0x2D || p[j] == 0x5F || p[j] == 0x3A || p[j] == 0x2E {
                    j += 1
                }
                let name = nameStart..<j
                guard let (tagEnd, selfClosing, cut) = endOfTag(p, from: j, attributeLimit: closing ? Int.max : maximumAttributes)
                else { break }
                if closing { i = tagEnd + 1; continue }
                if let cut {
                    // libxml2 compares each attribute with every earlier one of its tag: a tag
                    // with a million attributes would take hours. The ones past the limit go.
                    if markup.isEmpty { markup.reserveCapacity(n) }
                    markup.append(contentsOf: p[copyFrom..<cut])
                    markup.append(contentsOf: selfClosing ? [0x2F, 0x3E] : [0x3E])
                    copyFrom = tagEnd + 1
                    removed += tagEnd + 1 - cut
                }
                let rawText: StaticString?
                if equalsFolded(p, name, "script") { rawText = "script" } else if equalsFolded(p, name, "style") { rawText = "style" } else { rawText = nil }
                if let rawText, selfClosing {
                    // `<script src="a.js"/>`: libxml2 closes the element here; what follows is markup.
                    bodies.append(Body(isStyle: rawText.utf8CodeUnitCount == 5, range: tagEnd..<tagEnd))
                    i = tagEnd + 1
                    continue
                }
                if let rawText {
                    let bodyStart = tagEnd + 1
                    guard let bodyEnd = closingTag(p, rawText, from: bodyStart) else { break }
                    if bodyEnd > bodyStart {
                        if markup.isEmpty { markup.reserveCapacity(n) }
                        markup.append(contentsOf: p[copyFrom..<bodyStart])
                        removed += bodyEnd - bodyStart
                        copyFrom = bodyEnd
                    }
                    bodies.append(Body(isStyle: rawText.utf8CodeUnitCount == 5, range: bodyStart..<bodyEnd))
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

    /// Pairs the bodies ``split(_:)`` took out with the script and style elements of the document
    /// libxml2 built from the markup left, by document order; nil when the two lists disagree
    /// (an element of another kind at a position, content where a body was taken out, fewer
    /// elements than bodies). Elements after the last body are the tokenizer's leftovers (it stops
    /// at a raw-text element without an end tag, leaving the rest as it was) and keep what libxml2
    /// gave them. Iterative: documents nest hundreds of thousands deep.
    static func match(_ bodies: [Body], in document: htmlDocPtr) -> [xmlNodePtr: Range<Int>]? {
        var matched: [xmlNodePtr: Range<Int>] = [:]
        var seen = 0
        var node = document.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name {
                let isScript = xmlStrcasecmp(name, "script") == 0
                let isStyle = !isScript && xmlStrcasecmp(name, "style") == 0
                if isScript || isStyle {
                    if seen < bodies.count {
                        let body = bodies[seen]
                        guard body.isStyle == isStyle, current.pointee.children == nil else { return nil }
                        if !body.range.isEmpty { matched[current] = body.range }
                    }
                    seen += 1
                }
            }
            // Pre-order: first child, else next sibling, else the next sibling of the nearest
            // ancestor that has one.
            if let child = current.pointee.children, current.pointee.type == XML_ELEMENT_NODE {
                node = child
                continue
            }
            var up: xmlNodePtr? = current
            node = nil
            while let at = up {
                if let next = at.pointee.next { node = next; break }
                up = at.pointee.parent
                if let parent = up, parent.pointee.type != XML_ELEMENT_NODE { up = nil } // reached the document
            }
        }
        return seen >= bodies.count ? matched : nil
    }

    @inline(__always)
    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    /// The `>` that ends a tag whose name ends at `from`; whether the tag closes itself the XML way
    /// (`/>`, the `/` not part of an unquoted value), which libxml2 honours for every element; and
    /// where the attribute after the first `attributeLimit` ones starts, if there is one. Quotes
    /// count only where a value starts.
    static func endOfTag(_ p: UnsafeBufferPointer<UInt8>, from: Int, attributeLimit: Int = .max)
        -> (end: Int, selfClosing: Bool, cut: Int?)?
    {
        var k = from
        var quote: UInt8 = 0
        var afterEquals = false
        var unquotedValue = false
        var inName = false
        var attributes = 0
        var cut: Int?
        while k < p.count {
            let c = p[k]
            let blank = c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x3E { // >
                return (k, k > from && p[k - 1] == 0x2F && !unquotedValue, cut)
            } else if afterEquals, c == 0x22 || c == 0x27 {
                quote = c
                afterEquals = false
            } else if c == 0x3D, !unquotedValue { // =
                afterEquals = true
                inName = false
            } else if blank {
                unquotedValue = false
                inName = false
            } else if afterEquals {
                afterEquals = false
                unquotedValue = true
            } else if !unquotedValue, !inName, c != 0x2F {
                inName = true
                attributes += 1
                if attributes > attributeLimit, cut == nil { cut = k }
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
            // `</name` and one more byte must lie inside the buffer: a page may end in `</script`.
            if i + 2 + length < n, p[i + 1] == 0x2F, equalsFolded(p, (i + 2)..<(i + 2 + length), name) {
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
