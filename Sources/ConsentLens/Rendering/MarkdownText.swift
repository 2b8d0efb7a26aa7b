/// Markdown source in which page text can enter only escaped. String literals are the renderer's
/// own markup; every interpolated `String` goes through ``MarkdownEscaping/escape(_:)``; numbers
/// and other ``MarkdownText`` values are inserted as they are. Renderers build every line with it,
/// so forgetting to escape a name does not compile into a hole.
public struct MarkdownText: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var source: String

    public init(stringLiteral value: String) {
        source = value
    }

    public init(stringInterpolation: Interpolation) {
        source = stringInterpolation.source
    }

    /// Page (or any untrusted) text, escaped.
    public init(escaping text: String) {
        source = MarkdownEscaping.escape(text)
    }

    public var description: String { source }

    public static func + (lhs: MarkdownText, rhs: MarkdownText) -> MarkdownText {
        var out = lhs
        out.source += rhs.source
        return out
    }

    public struct Interpolation: StringInterpolationProtocol {
        var source = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            source.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { source += literal }
        /// Untrusted text: escaped.
        public mutating func appendInterpolation(_ text: String) { source += MarkdownEscaping.escape(text) }
        public mutating func appendInterpolation(_ number: Int) { source += String(number) }
        /// Markdown already built: inserted as it is.
        public mutating func appendInterpolation(_ markdown: MarkdownText) { source += markdown.source }
    }
}

extension Array where Element == MarkdownText {
    func joined(separator: MarkdownText) -> MarkdownText {
        var out: MarkdownText = ""
        for (i, part) in enumerated() { out = i == 0 ? part : out + separator + part }
        return out
    }
}
