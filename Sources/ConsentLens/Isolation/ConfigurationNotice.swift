import ConsentParse
import Foundation

/// Where a platform keeps its notice's wording in an inline configuration object, to be rendered
/// by script after the page loads. One entry per platform: adding one is adding a row.
struct ConfigurationSource: Sendable {
    let platform: String
    /// Text just before the JSON value, in an inline script (`window.didomiConfig =`).
    let markers: [String]
    /// Object keys whose string values are notice text; empty means every string in the value.
    let textKeys: Set<String>
    /// Keys whose values are button labels.
    let buttonKeys: Set<String>
    /// Keys never to descend into (styles, vendor lists, URLs).
    let skippedKeys: Set<String>

    static let all: [ConfigurationSource] = [
        ConfigurationSource(
            platform: "didomi",
            markers: ["didomiConfig =", "didomiConfig="],
            textKeys: ["notice", "popup", "title", "text", "content", "dismiss", "learnMore", "deny", "agree", "disagree",
                       "save", "customPurposes", "name", "description", "preferences", "purposes"],
            buttonKeys: ["dismiss", "learnMore", "deny", "agree", "disagree", "save", "agreeToAll", "disagreeToAll"],
            skippedKeys: ["theme", "css", "vendors", "app.vendors", "logoUrl", "privacyPolicyURL", "apiKey", "sync", "integrations", "languages"]),
        ConfigurationSource(
            platform: "dmg-media",
            markers: ["\"level1Heading\":", "\"level1Paragraphs\":"],
            textKeys: [],
            buttonKeys: [],
            skippedKeys: []),
    ]
}

/// Reads a notice kept in configuration (Didomi, DMG Media) into lines, so the same extractor
/// that reads rendered notices reads these. Placeholders (`{numberOfPartners}`) stay as text and
/// are reported, never turned into numbers.
enum ConfigurationNoticeReader {
    static func notice(in html: HTMLPage, platforms: [String]) -> IsolatedNotice? {
        for source in ConfigurationSource.all where platforms.contains(source.platform) {
            var lines: [TextLine] = []
            for script in html.scripts where script.text.utf8.count > 20 {
                for marker in source.markers {
                    for end in Self.ends(of: marker, in: script.text) {
                        guard let json = JSONValueScanner.value(in: script.text, after: end),
                              let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
                        else { continue }
                        collect(value, key: nil, source: source, inText: source.textKeys.isEmpty, into: &lines)
                    }
                }
            }
            let score = lines.reduce(0) { $0 + max(LineScorer.score($1).value, 0) }
            if !lines.isEmpty, score >= 3 || lines.contains(where: { LineScorer.score($0).strong }) {
                return IsolatedNotice(lines: deduplicated(lines), containerPlatform: source.platform, origin: .configuration)
            }
        }
        return nil
    }

    /// Where each occurrence of `marker` ends in `text`, found with a byte search (scripts run to
    /// megabytes; Foundation's `range(of:)` costs several times more).
    static func ends(of marker: String, in text: String) -> [String.Index] {
        var text = text
        let needle = Array(marker.utf8)
        let offsets: [Int] = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !needle.isEmpty else { return [] }
            var found: [Int] = []
            var i = 0
            let last = bytes.count - needle.count
            while i <= last, let hit = memchr(base + i, Int32(needle[0]), last - i + 1) {
                let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + start, needle, needle.count) == 0 { found.append(start + needle.count) }
                i = start + 1
            }
            return found
        }
        return offsets.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
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

/// Finds the JSON value (object, array or string) that follows a marker in script text, by
/// balanced scanning that respects strings, without evaluating any script.
enum JSONValueScanner {
    static func value(in text: String, after index: String.Index) -> String? {
        let utf8 = text.utf8
        var i = index
        while i < utf8.endIndex, let c = Optional(utf8[i]), c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x3D || c == 0x3A {
            i = utf8.index(after: i)
        }
        guard i < utf8.endIndex else { return nil }
        let open = utf8[i]
        guard open == 0x7B || open == 0x5B || open == 0x22 else { return nil } // { [ "
        var depth = 0
        var inString = false
        var escaped = false
        var j = i
        var scanned = 0
        while j < utf8.endIndex, scanned < 8_000_000 {
            let c = utf8[j]
            scanned += 1
            if inString {
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == 0x22 {
                    inString = false
                    if depth == 0 { return String(text[i...j]) }
                }
            } else {
                switch c {
                case 0x22: inString = true
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    depth -= 1
                    if depth == 0 { return String(text[i...j]) }
                default: break
                }
            }
            j = utf8.index(after: j)
        }
        return nil
    }
}
