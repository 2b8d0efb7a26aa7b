/// A finding's sentence, keeping apart the tool's own words and the page's text it quotes.
///
/// String literals, numbers and other ``FindingText`` values are ConsentLens's own words; every
/// interpolated `String` is page text. The plain form (``plain``) is what JSON, CSV and SQLite
/// carry; the Markdown form (``markdown``) escapes the page's text only, so that our own sentences
/// read "round(5 × log10 157)" in a report while a category named `*bold*` stays literal. Which
/// part is which is decided where the sentence is written, by the type of what is interpolated,
/// so that quoting a page name without escaping it does not compile.
public struct FindingText: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible, Codable, Equatable {
    enum Part: Sendable {
        case own(String)
        case page(String)
    }

    private(set) var parts: [Part]

    public init(stringLiteral value: String) {
        parts = [.own(value)]
    }

    public init(stringInterpolation: Interpolation) {
        parts = stringInterpolation.parts
    }

    /// Text whose origin is unknown (decoded from JSON): treated as page text.
    public init(page text: String) {
        parts = [.page(text)]
    }

    /// ConsentLens's own reference data (official TCF names): not page text. Internal so that
    /// only the tool's own tables can use it.
    init(own text: String) {
        parts = [.own(text)]
    }

    /// The sentence as plain text.
    public var plain: String {
        parts.map { part in
            switch part {
            case .own(let s), .page(let s): return s
            }
        }.joined()
    }

    public var description: String { plain }

    /// The sentence as Markdown: our own words as they are, the page's text escaped.
    public var markdown: MarkdownText {
        parts.reduce(MarkdownText("")) { out, part in
            switch part {
            case .own(let s): return out + MarkdownText(stringLiteral: s)
            case .page(let s): return out + MarkdownText(escaping: s)
            }
        }
    }

    /// The page text this sentence quotes, in order.
    var quoted: [String] {
        parts.compactMap { if case .page(let s) = $0 { return s } else { return nil } }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.plain == rhs.plain }

    public init(from decoder: Decoder) throws {
        self.init(page: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(plain)
    }

    public static func += (lhs: inout Self, rhs: Self) {
        lhs.parts += rhs.parts
    }

    public static func + (lhs: Self, rhs: Self) -> Self {
        var out = lhs
        out.parts += rhs.parts
        return out
    }

    public struct Interpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { parts.append(.own(literal)) }
        }

        /// Page text: escaped in Markdown.
        public mutating func appendInterpolation(_ text: String) { parts.append(.page(text)) }
        public mutating func appendInterpolation(_ number: Int) { parts.append(.own(String(number))) }
        /// Words already built as a ``FindingText``: kept as they are.
        public mutating func appendInterpolation(_ text: FindingText) { parts += text.parts }
    }
}

extension Array where Element == FindingText {
    func joined(separator: FindingText) -> FindingText {
        var out: FindingText = ""
        for (i, part) in enumerated() { out = i == 0 ? part : out + separator + part }
        return out
    }
}

extension FindingText {
    /// The sentence with its first character upper-cased when it is the tool's own word
    /// ("purpose 1 …" → "Purpose 1 …"); page text is never changed.
    var capitalisedFirst: FindingText {
        guard case .own(let first)? = parts.first else { return self }
        var out = self
        out.parts[0] = .own(first.capitalisedFirst)
        return out
    }
}
