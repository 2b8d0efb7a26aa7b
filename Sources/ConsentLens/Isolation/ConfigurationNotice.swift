import ConsentParse
import Foundation

/// Where a platform keeps its notice's wording in an inline configuration object, to be rendered
/// by script after the page loads. Each lives in its platform's profile
/// (``ConsentPlatform/configuration``).
public struct ConfigurationSource: Sendable {
    /// Text just before the JSON value, in an inline script (`window.didomiConfig =`).
    let markers: [String]
    /// Object keys whose string values are notice text; empty means every string in the value.
    let textKeys: Set<String>
    /// Keys whose values are button labels.
    let buttonKeys: Set<String>
    /// Keys never to descend into (styles, vendor lists, URLs).
    let skippedKeys: Set<String>

    init(markers: [String], textKeys: Set<String> = [], buttonKeys: Set<String> = [], skippedKeys: Set<String> = []) {
        self.markers = markers
        self.textKeys = textKeys
        self.buttonKeys = buttonKeys
        self.skippedKeys = skippedKeys
    }
}

/// Reads a notice kept in configuration (Didomi, DMG Media) into lines, so the same extractor
/// that reads rendered notices reads these. Placeholders (`{numberOfPartners}`) stay as text and
/// are reported, never turned into numbers.
enum ConfigurationNoticeReader {
    /// The first of `platforms` (in catalogue order) that keeps its notice in configuration and
    /// whose configuration on this page reads as a notice.
    static func notice(in html: HTMLPage, platforms: [ConsentPlatform]) -> IsolatedNotice? {
        let detected = Set(platforms.map(\.id))
        for platform in ConsentPlatform.all where detected.contains(platform.id) {
            guard let source = platform.configuration else { continue }
            var lines: [TextLine] = []
            for script in html.scripts where script.text.utf8.count > 20 {
                for marker in source.markers {
                    for json in Self.values(after: marker, in: script.text) {
                        guard let value = try? JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed]) else { continue }
                        collect(value, key: nil, source: source, inText: source.textKeys.isEmpty, into: &lines)
                    }
                }
            }
            let score = lines.reduce(0) { $0 + max(LineScorer.score($1).value, 0) }
            if !lines.isEmpty, score >= 3 || lines.contains(where: { LineScorer.score($0).strong }) {
                return IsolatedNotice(lines: deduplicated(lines), containerPlatform: platform, origin: .configuration)
            }
        }
        return nil
    }

    /// The JSON values (object, array or string) that follow each occurrence of `marker` in
    /// `text`, in order. A value that lies inside one already returned (the marker repeated within
    /// a configuration) is not returned again: the values returned are disjoint, so their total
    /// size is at most the script's.
    ///
    /// Cost: linear in the script's length. The markers are found by a byte search, and all the
    /// values by ``JSONValueScanner/valueEnds(in:starts:limit:)``, which reads the script about
    /// once whatever the number of markers (20,000 repeated markers used to mean 20,000 scans of
    /// up to 8 MB each).
    static func values(after marker: String, in text: String) -> [Data] {
        var text = text
        let needle = Array(marker.utf8)
        return text.withUTF8 { bytes -> [Data] in
            guard let base = bytes.baseAddress, !needle.isEmpty, bytes.count >= needle.count else { return [] }
            var starts: [Int] = []
            var i = 0
            let last = bytes.count - needle.count
            while i <= last, let hit = memchr(base + i, Int32(needle[0]), last - i + 1) {
                let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + start, needle, needle.count) == 0 {
                    var j = start + needle.count
                    while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D
                        || bytes[j] == 0x3D || bytes[j] == 0x3A { j += 1 }
                    if j < bytes.count, bytes[j] == 0x7B || bytes[j] == 0x5B || bytes[j] == 0x22, starts.last != j { starts.append(j) }
                }
                i = start + 1
            }
            guard !starts.isEmpty else { return [] }
            let ends = JSONValueScanner.valueEnds(in: bytes, starts: starts)
            var values: [Data] = []
            var covered = -1
            for (start, end) in zip(starts, ends) {
                guard let end, start > covered else { continue }
                values.append(Data(bytes: base + start, count: end - start + 1))
                covered = end
            }
            return values
        }
    }

    /// Depth-first, keys in a stable order that puts names before descriptions.
    private static func collect(_ value: Any, key: String?, source: ConfigurationSource, inText: Bool, into lines: inout [TextLine], depth: Int = 0) {
        guard depth < 24 else { return }
        if let key, source.skippedKeys.contains(key) { return }
        let isText = inText || (key.map { source.textKeys.contains($0) } ?? false)
        let isButton = key.map { source.buttonKeys.contains($0) } ?? false
        switch value {
        case let string as String:
            guard isText, string.contains(where: { $0.isLetter }) else { return }
            if string.contains("<"), let content = try? HTMLPageBuilder.build(html: "<html><body>" + string + "</body></html>") {
                lines.append(contentsOf: content.lines.map { TextLine(text: $0.text, role: isButton ? .button : $0.role) })
            } else {
                lines.append(TextLine(text: string.split(whereSeparator: \.isNewline).joined(separator: " "), role: isButton ? .button : .text))
            }
        case let array as [Any]:
            for item in array { collect(item, key: key, source: source, inText: isText, into: &lines, depth: depth + 1) }
        case let object as [String: Any]:
            let priority = ["title", "heading", "name", "notice", "popup", "text", "description"]
            let keys = object.keys.sorted { a, b in
                let pa = priority.firstIndex(of: a) ?? priority.count, pb = priority.firstIndex(of: b) ?? priority.count
                return pa != pb ? pa < pb : a < b
            }
            for k in keys {
                // Localised values: {"fr": "…"} — the language code is not a key of meaning.
                let childKey = k.count == 2 || k.count == 5 && k.contains("-") ? key : k
                collect(object[k]!, key: childKey, source: source, inText: isText, into: &lines, depth: depth + 1)
            }
        default:
            return
        }
    }

    private static func deduplicated(_ lines: [TextLine]) -> [TextLine] {
        var seen = Set<String>()
        return lines.filter { seen.insert($0.text).inserted }
    }
}

/// Finds where the JSON value (object, array or string) that starts at a given byte ends, by
/// balanced scanning that respects strings, without evaluating any script.
enum JSONValueScanner {
    /// A value longer than this (in bytes) is not read.
    static let limit = 8_000_000

    /// For each of `starts` (ascending offsets of a `{`, `[` or `"`), the offset of the byte that
    /// ends the value starting there, or nil when it does not end within `limit` bytes.
    ///
    /// Linear: one pass from the first start serves every later start it meets outside a string
    /// (from there on both scans see the same bytes in the same state, so the later value ends where
    /// the pass closes its bracket), and the pass ends where the first value does. Only a start
    /// that a pass met inside a string (a marker quoted within another value) needs a pass of its
    /// own; all passes together read at most four times the text plus 1 MiB, and the starts still
    /// unread after that are treated as not ending.
    static func valueEnds(in p: UnsafeBufferPointer<UInt8>, starts: [Int], limit: Int = limit) -> [Int?] {
        var ends = [Int?](repeating: nil, count: starts.count)
        var handled = [Bool](repeating: false, count: starts.count)
        var budget = 4 * p.count + (1 << 20)
        var first = 0
        var open: [Int] = []  // per open bracket, the start it began (its index in `starts`) or -1
        while budget > 0 {
            while first < starts.count, handled[first] { first += 1 }
            guard first < starts.count else { break }
            let origin = starts[first]
            guard origin >= 0, origin < p.count else { handled[first] = true; continue }
            handled[first] = true
            open.removeAll(keepingCapacity: true)
            var inString = false, escaped = false
            var stringOwner = -1
            var horizon = origin + limit
            var next = first + 1
            var i = origin
            scan: while i < p.count, i < horizon, budget > 0 {
                budget -= 1
                let c = p[i]
                if inString {
                    if escaped {
                        escaped = false
                    } else if c == 0x5C { // backslash
                        escaped = true
                    } else if c == 0x22 {
                        inString = false
                        if stringOwner >= 0, i - starts[stringOwner] < limit { ends[stringOwner] = i }
                        stringOwner = -1
                        if open.isEmpty { break scan } // the first value was a string
                    }
                    i += 1
                    continue
                }
                // A later start met here, outside a string, rides on this pass.
                var owner = i == origin ? first : -1
                while next < starts.count, starts[next] < i { next += 1 }
                if owner < 0, next < starts.count, starts[next] == i, !handled[next] {
                    owner = next
                    handled[next] = true
                    horizon = max(horizon, i + limit)
                }
                switch c {
                case 0x22:
                    inString = true
                    stringOwner = owner
                case 0x7B, 0x5B: // { [
                    open.append(owner)
                case 0x7D, 0x5D: // } ]
                    guard let top = open.popLast() else { break scan }
                    if top >= 0, i - starts[top] < limit { ends[top] = i }
                    if open.isEmpty { break scan }
                default:
                    if i == origin { break scan } // not a value
                }
                i += 1
            }
        }
        return ends
    }
}
