/// MHTML (RFC 2557): what Chrome's and Edge's "Save page as → Webpage, Single File" writes
/// (`.mhtml`, `.mht`). A MIME `multipart/related` message whose parts are the page, its frames,
/// style sheets and images, the HTML usually quoted-printable.
///
/// Reading it:
/// - the top-level headers (folded lines joined) give the boundary; without one, the first body
///   line starting `--` is taken as the boundary;
/// - each part's headers give its type, `Content-Transfer-Encoding` (quoted-printable, base64,
///   or as is), charset, `Content-ID` and `Content-Location`; only `text/html` parts are decoded;
/// - the first `text/html` part is the page, the others are frames. Each HTML part is parsed on
///   its own, then every frame's elements and lines are put **where its `<iframe>` / `<frame>`
///   stands** (Chrome rewrites `src` to `cid:frame-…@mhtml.blink`, the frame's `Content-ID`; a
///   `src` equal to a part's `Content-Location` works too), as children of that element: a
///   Sourcepoint or TrustArc message drawn in an iframe inside its platform's container is read
///   inside that container, in reading order, and a frame in a hidden iframe is not shown. A frame
///   that no iframe names is read after the page.
///
/// Reading is one linear pass over the bytes; the archive itself is bounded by
/// ``PageLoader/maximumPageBytes``, and at most ``maximumHTMLParts`` HTML parts are parsed.
public enum MHTMLReader {
    /// HTML parts parsed at most (the page and its frames); a real page has a few dozen frames.
    public static let maximumHTMLParts = 1_000
    /// Frames inside frames, at most; deeper frames are read after the page.
    static let maximumFrameDepth = 32

    /// What the archive held, for the page's `limitations`.
    public struct Summary: Sendable, Equatable {
        /// HTML parts read: the page and its frames.
        public var htmlParts: Int
        /// Frames that no `<iframe>` named, read after the page.
        public var framesAppended: Int
        /// HTML parts beyond ``MHTMLReader/maximumHTMLParts`` or that could not be parsed.
        public var htmlPartsNotRead: Int
        /// The archive ends before its closing boundary: its last part may be cut short.
        public var truncated: Bool
    }

    // MARK: - Sniffing

    /// Whether `bytes` open with MIME headers whose `Content-Type` is `multipart/related`: an MHTML
    /// archive whatever its file name. Reads the first 64 KiB at most.
    public static func looksLikeMHTML<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8, C.Index == Int {
        var start = bytes.startIndex
        if bytes.count >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF { start += 3 }
        while start < bytes.endIndex, bytes[start] == 0x0D || bytes[start] == 0x0A || bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        let end = min(bytes.endIndex, start + 65_536)
        guard let (headers, _) = parseHeaders(bytes, from: start, to: end, requireEnd: false), !headers.isEmpty else { return false }
        guard let type = headers.first(where: { $0.name == "content-type" })?.value else { return false }
        return mediaType(type) == "multipart/related"
    }

    // MARK: - Reading

    /// The archive's page with its frames in place, the main part's charset, and what it held.
    public static func read(_ bytes: [UInt8]) throws(PageLoadError) -> (content: PageContent, encoding: InputDecoder.Encoding, summary: Summary) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, bytes[start] == 0x0D || bytes[start] == 0x0A || bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        guard let (headers, bodyStart) = parseHeaders(bytes, from: start, to: bytes.count, requireEnd: false) else {
            throw .unparsable("MHTML archive without MIME headers")
        }
        let type = headers.first(where: { $0.name == "content-type" })?.value ?? ""
        var boundary = parameter("boundary", in: type).map { Array($0.utf8) } ?? []
        if boundary.isEmpty, let guessed = firstDashLine(bytes, from: bodyStart) { boundary = guessed }
        guard !boundary.isEmpty else { throw .unparsable("MHTML archive without a part boundary") }

        let (ranges, closed) = partRanges(bytes, from: bodyStart, boundary: boundary)
        var parts: [Part] = []
        var notRead = 0
        for range in ranges {
            guard let (partHeaders, contentStart) = parseHeaders(bytes, from: range.lowerBound, to: range.upperBound, requireEnd: true) else { continue }
            let partType = partHeaders.first(where: { $0.name == "content-type" })?.value ?? "text/plain"
            guard mediaType(partType) == "text/html" else { continue }
            guard parts.count < maximumHTMLParts else { notRead += 1; continue }
            let encoding = partHeaders.first(where: { $0.name == "content-transfer-encoding" })?.value.lowercased().trimmingSpaces() ?? ""
            let raw = bytes[contentStart..<range.upperBound]
            let decoded: [UInt8]
            switch encoding {
            case "quoted-printable": decoded = decodeQuotedPrintable(raw)
            case "base64": decoded = decodeBase64(raw)
            default: decoded = Array(raw)
            }
            let (utf8, charset) = InputDecoder.utf8(decoded, declaredLabel: parameter("charset", in: partType))
            let id = partHeaders.first(where: { $0.name == "content-id" }).map { String($0.value.trimmingSpaces().drop(while: { $0 == "<" }).prefix(while: { $0 != ">" })) }
            let location = partHeaders.first(where: { $0.name == "content-location" })?.value.trimmingSpaces()
            if parts.isEmpty {
                guard !utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) else {
                    throw .unparsable("the MHTML archive's page part is empty")
                }
                let content = try HTMLPageBuilder.build(utf8: utf8)
                parts.append(Part(content: content, encoding: charset, contentID: id, location: location))
            } else {
                // A frame that cannot be parsed is left out; the page is still read.
                guard let content = try? HTMLPageBuilder.build(utf8: utf8) else { notRead += 1; continue }
                parts.append(Part(content: content, encoding: charset, contentID: id, location: location))
            }
        }
        guard !parts.isEmpty else {
            throw .unparsable(ranges.isEmpty ? "MHTML archive holds no part (no line starts with its boundary)" : "MHTML archive holds no text/html part")
        }

        var assembler = FrameAssembler(parts: parts)
        var content = assembler.assemble(0, depth: 0)
        var appended = 0
        for index in 1..<parts.count where !assembler.used[index] {
            assembler.used[index] = true
            FrameAssembler.append(assembler.assemble(index, depth: 1), to: &content)
            appended += 1
        }
        let summary = Summary(htmlParts: parts.count, framesAppended: appended, htmlPartsNotRead: notRead, truncated: !closed)
        return (content, parts[0].encoding, summary)
    }

    struct Part {
        var content: PageContent
        var encoding: InputDecoder.Encoding
        var contentID: String?
        var location: String?
    }

    // MARK: - MIME

    struct Header {
        var name: String
        var value: String
    }

    /// Header lines from `from` up to the first empty line (folded lines joined), and where the
    /// body starts. `requireEnd: false` also accepts headers that run to `to` (a top-level block
    /// cut short). Returns nil when a line is neither a header nor a continuation.
    static func parseHeaders<C: Collection>(_ bytes: C, from: Int, to: Int, requireEnd: Bool) -> ([Header], Int)? where C.Element == UInt8, C.Index == Int {
        var headers: [Header] = []
        var i = from
        while i < to {
            var lineEnd = i
            while lineEnd < to, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < to ? lineEnd + 1 : to
            var contentEnd = lineEnd
            if contentEnd > i, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if contentEnd == i { return (headers, next) } // the empty line
            if bytes[i] == 0x20 || bytes[i] == 0x09 {
                guard !headers.isEmpty else { return nil }
                headers[headers.count - 1].value += " " + String(decoding: bytes[i..<contentEnd], as: UTF8.self).trimmingSpaces()
            } else {
                var colon = i
                while colon < contentEnd, bytes[colon] != 0x3A, bytes[colon] > 0x20, bytes[colon] < 0x7F, colon - i < 80 { colon += 1 }
                guard colon < contentEnd, colon > i, bytes[colon] == 0x3A else { return nil }
                let name = String(decoding: bytes[i..<colon], as: UTF8.self).lowercased()
                let value = String(decoding: bytes[(colon + 1)..<contentEnd], as: UTF8.self).trimmingSpaces()
                headers.append(Header(name: name, value: value))
            }
            i = next
        }
        return requireEnd ? nil : (headers, to)
    }

    /// `text/html` from `text/html; charset=utf-8`, lower-cased.
    static func mediaType(_ value: String) -> String {
        String(value.prefix(while: { $0 != ";" })).trimmingSpaces().lowercased()
    }

    /// A parameter of a header value (`boundary="----MultipartBoundary--…----"`, `charset=utf-8`),
    /// quoted or not; names compared without case.
    public static func parameter(_ name: String, in value: String) -> String? {
        var rest = Substring(value)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop(while: { $0 == " " || $0 == "\t" })
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let key = rest[..<equals].trimmingSpaces().lowercased()
            var after = rest[rest.index(after: equals)...].drop(while: { $0 == " " || $0 == "\t" })
            var found: String
            if after.first == "\"" {
                after = after.dropFirst()
                let close = after.firstIndex(of: "\"") ?? after.endIndex
                found = String(after[..<close])
                rest = close < after.endIndex ? after[after.index(after: close)...] : after[after.endIndex...]
            } else {
                let end = after.firstIndex(of: ";") ?? after.endIndex
                found = String(after[..<end]).trimmingSpaces()
                rest = after[end...]
            }
            if key == name { return found }
            found = ""
        }
        return nil
    }

    /// The boundary of an archive whose headers do not name it: the first line that starts `--`.
    static func firstDashLine(_ bytes: [UInt8], from: Int) -> [UInt8]? {
        var i = from
        while i < bytes.count {
            let end = bytes[i...].firstIndex(of: 0x0A) ?? bytes.count
            var line = bytes[i..<end]
            if line.last == 0x0D { line = line.dropLast() }
            while let last = line.last, last == 0x20 || last == 0x09 { line = line.dropLast() }
            if line.count > 2, line.count <= 200, line.starts(with: [0x2D, 0x2D]) { return Array(line.dropFirst(2)) }
            i = end + 1
        }
        return nil
    }

    /// Each part's bytes (headers and content, without the line break before the next delimiter),
    /// and whether the closing delimiter `--boundary--` was met.
    static func partRanges(_ bytes: [UInt8], from: Int, boundary: [UInt8]) -> ([Range<Int>], Bool) {
        let delimiter = [0x2D, 0x2D] + boundary
        var ranges: [Range<Int>] = []
        var partStart: Int?
        var i = from
        while i < bytes.count {
            let end = bytes[i...].firstIndex(of: 0x0A) ?? bytes.count
            if end - i >= delimiter.count, bytes[i] == 0x2D, bytes[i + 1] == 0x2D, bytes[i..<(i + delimiter.count)].elementsEqual(delimiter) {
                var rest = bytes[(i + delimiter.count)..<end]
                while let last = rest.last, last == 0x0D || last == 0x20 || last == 0x09 { rest = rest.dropLast() }
                let closing = rest.elementsEqual([0x2D, 0x2D])
                if rest.isEmpty || closing {
                    if let start = partStart {
                        // The line break before a delimiter belongs to the delimiter.
                        var stop = i
                        if stop > start, bytes[stop - 1] == 0x0A { stop -= 1 }
                        if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
                        ranges.append(start..<max(start, stop))
                    }
                    if closing { return (ranges, true) }
                    partStart = min(end + 1, bytes.count)
                }
            }
            i = end + 1
        }
        if let start = partStart, start < bytes.count { ranges.append(start..<bytes.count) }
        return (ranges, false)
    }

    // MARK: - Transfer encodings

    /// Quoted-printable: `=` at the end of a line (before CRLF or LF, trailing blanks allowed) is a
    /// soft line break and disappears; `=XX` (hex digits, either case) is that byte; any other `=`
    /// is kept as it stands.
    public static func decodeQuotedPrintable<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8, C.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var i = input.startIndex
        let end = input.endIndex
        while i < end {
            let byte = input[i]
            guard byte == 0x3D else { out.append(byte); i += 1; continue }
            if i + 2 < end, let high = hexValue(input[i + 1]), let low = hexValue(input[i + 2]) {
                out.append(high << 4 | low)
                i += 3
                continue
            }
            var j = i + 1
            while j < end, input[j] == 0x20 || input[j] == 0x09 { j += 1 }
            if j < end, input[j] == 0x0A { i = j + 1; continue }
            if j + 1 < end, input[j] == 0x0D, input[j + 1] == 0x0A { i = j + 2; continue }
            if j == end { i = j; continue } // a soft break at the very end
            out.append(byte)
            i += 1
        }
        return out
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    /// Base64, skipping line breaks and anything outside the alphabet; stops at padding.
    public static func decodeBase64<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 4 * 3)
        var accumulator: UInt32 = 0
        var bits = 0
        for c in input {
            let value: UInt32
            switch c {
            case 0x41...0x5A: value = UInt32(c - 0x41)
            case 0x61...0x7A: value = UInt32(c - 0x61 + 26)
            case 0x30...0x39: value = UInt32(c - 0x30 + 52)
            case 0x2B, 0x2D: value = 62
            case 0x2F, 0x5F: value = 63
            case 0x3D: return out
            default: continue
            }
            accumulator = accumulator << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        return out
    }
}

// MARK: - Frames in place

/// Puts each frame's content where its `<iframe>` stands, frames inside frames first.
struct FrameAssembler {
    var parts: [MHTMLReader.Part]
    var used: [Bool]
    /// `cid:frame-…@mhtml.blink` and `Content-Location` → part.
    var byReference: [String: Int] = [:]

    init(parts: [MHTMLReader.Part]) {
        self.parts = parts
        used = Array(repeating: false, count: parts.count)
        used[0] = true
        for (index, part) in parts.enumerated().reversed() {
            if let id = part.contentID, !id.isEmpty { byReference["cid:" + id] = index }
            if let location = part.location, !location.isEmpty, index > 0 { byReference[location] = index }
        }
    }

    /// Part `index` with the frames its iframes name in place (each part is placed once).
    mutating func assemble(_ index: Int, depth: Int) -> PageContent {
        used[index] = true
        let content = parts[index].content
        guard depth < MHTMLReader.maximumFrameDepth, let html = content.html else { return content }
        var candidates: [(element: Int, part: Int)] = []
        for (element, candidate) in html.elements.enumerated() where candidate.tag == "iframe" || candidate.tag == "frame" {
            guard let src = candidate.attributes["src"]?.trimmingSpaces(), let part = byReference[src], !used[part] else { continue }
            candidates.append((element, part))
        }
        guard !candidates.isEmpty else { return content }
        let subtreeEnd = Self.subtreeEnds(html.elements)
        var insertions: [(element: Int, frame: PageContent)] = []
        var lastEnd = -1
        for (element, part) in candidates where element > lastEnd && !used[part] {
            // An iframe inside an iframe's fallback markup is not a frame of its own here.
            lastEnd = subtreeEnd[element]
            used[part] = true
            insertions.append((element, assemble(part, depth: depth + 1)))
        }
        return Self.splice(content, insertions, subtreeEnd: subtreeEnd)
    }

    /// The last descendant of every element, in one reverse pass (children follow their parents).
    static func subtreeEnds(_ elements: [HTMLElement]) -> [Int] {
        let n = elements.count
        var subtreeEnd = Array(0..<n)
        for e in stride(from: n - 1, through: 0, by: -1) {
            let parent = elements[e].parent
            if parent >= 0, parent < e { subtreeEnd[parent] = max(subtreeEnd[parent], subtreeEnd[e]) }
        }
        return subtreeEnd
    }

    /// `host` with each frame's elements placed as children of its iframe element (right after that
    /// element's own descendants) and its lines right after the iframe's own lines. `insertions`
    /// are in document order of their iframes. Linear in the sizes (plus a binary search per
    /// element over the insertions).
    static func splice(_ host: PageContent, _ insertions: [(element: Int, frame: PageContent)], subtreeEnd: [Int]) -> PageContent {
        guard let html = host.html, !insertions.isEmpty else { return host }
        let elements = html.elements
        let n = elements.count
        let frames = insertions.map { (at: $0.element, end: subtreeEnd[$0.element], position: elements[$0.element].lineEnd,
                                       lines: $0.frame.lines.count, elements: $0.frame.html?.elements.count ?? 0) }

        // New index of each host element: frames' elements go after their iframe's subtree.
        var newIndex = [Int](repeating: 0, count: n)
        var shift = 0
        var next = 0
        for e in 0..<n {
            newIndex[e] = e + shift
            while next < frames.count, frames[next].end == e { shift += frames[next].elements; next += 1 }
        }
        // Line positions: frames are inserted before host line `position`, in order.
        let positions = frames.map(\.position)
        var linesBefore = [0] // frame lines inserted at positions < positions[k] … prefix sums
        for f in frames { linesBefore.append(linesBefore.last! + f.lines) }
        /// Frame lines inserted strictly before host line `line` (every frame whose position < line).
        func insertedBefore(_ line: Int) -> (count: Int, firstAtLine: Int) {
            var low = 0, high = positions.count
            while low < high { let mid = (low + high) / 2; if positions[mid] < line { low = mid + 1 } else { high = mid } }
            return (linesBefore[low], low)
        }

        var lines: [TextLine] = []
        lines.reserveCapacity(host.lines.count + linesBefore.last!)
        var lineOffset = [Int](repeating: 0, count: frames.count)
        var newElementOffset = [Int](repeating: 0, count: frames.count)
        for (k, f) in frames.enumerated() {
            // The frame's elements follow its iframe's subtree and earlier frames placed there.
            var before = 0
            var j = k - 1
            while j >= 0, frames[j].end == f.end { before += frames[j].elements; j -= 1 }
            newElementOffset[k] = newIndex[f.end] + 1 + before
        }
        func emitFrames(at line: Int, from k: inout Int) {
            while k < frames.count, frames[k].position == line {
                let iframe = elements[frames[k].at]
                lineOffset[k] = lines.count
                for var frameLine in insertions[k].frame.lines {
                    frameLine.element = frameLine.element >= 0 ? frameLine.element + newElementOffset[k] : newIndex[frames[k].at]
                    frameLine.shown = frameLine.shown && iframe.shown
                    frameLine.inTemplate = frameLine.inTemplate || iframe.inTemplate
                    lines.append(frameLine)
                }
                k += 1
            }
        }
        var k = 0
        for (index, var line) in host.lines.enumerated() {
            emitFrames(at: index, from: &k)
            if line.element >= 0, line.element < n { line.element = newIndex[line.element] }
            lines.append(line)
        }
        emitFrames(at: host.lines.count, from: &k)

        // Host elements' line ranges: a frame inserted at a range's edge belongs to the elements
        // that hold its iframe and shifts those that come after the iframe's subtree.
        func mapped(_ line: Int, element e: Int, isEnd: Bool) -> Int {
            var (count, k) = insertedBefore(line)
            while k < frames.count, frames[k].position == line {
                let after = e > frames[k].end
                let holds = e <= frames[k].at && frames[k].at <= subtreeEnd[e]
                if after || (isEnd && holds) { count += frames[k].lines }
                k += 1
            }
            return line + count
        }
        var newElements: [HTMLElement] = []
        newElements.reserveCapacity(n + frames.reduce(0) { $0 + $1.elements })
        var frameIndex = 0
        for e in 0..<n {
            var element = elements[e]
            if element.parent >= 0, element.parent < n { element.parent = newIndex[element.parent] }
            element.lineStart = mapped(elements[e].lineStart, element: e, isEnd: false)
            element.lineEnd = mapped(elements[e].lineEnd, element: e, isEnd: true)
            newElements.append(element)
            while frameIndex < frames.count, frames[frameIndex].end == e {
                let iframe = elements[frames[frameIndex].at]
                for var frameElement in insertions[frameIndex].frame.html?.elements ?? [] {
                    frameElement.parent = frameElement.parent >= 0 ? frameElement.parent + newElementOffset[frameIndex] : newIndex[frames[frameIndex].at]
                    frameElement.lineStart += lineOffset[frameIndex]
                    frameElement.lineEnd += lineOffset[frameIndex]
                    frameElement.shown = frameElement.shown && iframe.shown
                    frameElement.inTemplate = frameElement.inTemplate || iframe.inTemplate
                    newElements.append(frameElement)
                }
                frameIndex += 1
            }
        }

        var page = html
        page.elements = newElements
        page.scripts = html.scripts.map { var s = $0; if s.element >= 0, s.element < n { s.element = newIndex[s.element] }; return s }
        for (k, insertion) in insertions.enumerated() {
            guard let frameHTML = insertion.frame.html else { continue }
            page.scripts += frameHTML.scripts.map { var s = $0; if s.element >= 0 { s.element += newElementOffset[k] }; return s }
            page.styles += frameHTML.styles
            page.commentedMarkup += frameHTML.commentedMarkup
            if page.documentLanguage == nil { page.documentLanguage = frameHTML.documentLanguage }
        }
        return PageContent(format: host.format, lines: lines, html: page)
    }

    /// `frame` after everything in `host`, as a tree of its own. In place, so that appending many
    /// frames costs their size, not the page's size each time.
    static func append(_ frame: PageContent, to host: inout PageContent) {
        let lineOffset = host.lines.count
        let elementOffset = host.html?.elements.count ?? 0
        host.lines += frame.lines.map { var l = $0; if l.element >= 0 { l.element += elementOffset }; return l }
        guard var page = host.html, let frameHTML = frame.html else { return }
        host.html = nil // the only reference left is `page`: no copy when it grows
        page.elements += frameHTML.elements.map {
            var e = $0
            if e.parent >= 0 { e.parent += elementOffset }
            e.lineStart += lineOffset
            e.lineEnd += lineOffset
            return e
        }
        page.scripts += frameHTML.scripts.map { var s = $0; if s.element >= 0 { s.element += elementOffset }; return s }
        page.styles += frameHTML.styles
        page.commentedMarkup += frameHTML.commentedMarkup
        if page.documentLanguage == nil { page.documentLanguage = frameHTML.documentLanguage }
        host.html = page
    }
}
