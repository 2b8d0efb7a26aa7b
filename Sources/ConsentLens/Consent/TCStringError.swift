/// Why a TC string could not be decoded: one line each, naming the segment or field at fault.
public enum TCStringError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case tooLong(characters: Int)
    /// `segment` counts from 1; `position` is the character's place in the segment, from 1.
    case notBase64URL(segment: Int, position: Int, character: Character)
    case truncated(field: String, neededBits: Int, remainingBits: Int)
    case unknownVersion(Int)
    case unknownSegmentType(segment: Int, type: Int)
    case repeatedSegment(segment: Int, name: String)
    /// A range or bit field entry outside what its section allows (id 0, end before start, an id
    /// past the section's `MaxVendorId`).
    case rangePastField(field: String, first: Int, last: Int, maximum: Int)

    public var description: String {
        switch self {
        case .empty:
            return "empty TC string"
        case .tooLong(let characters):
            return "TC string too long: \(characters) characters, and strings over \(TCStringDecoder.maximumCharacters) are refused"
        case .notBase64URL(let segment, let position, let character):
            let shown = character.unicodeScalars.allSatisfy({ $0.value >= 0x21 && $0.value < 0x7F }) ? "'\(character)'" : "U+" + character.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: "+U+")
            return "not base64url: segment \(segment), character \(position) is \(shown) (allowed: A–Z a–z 0–9 - _)"
        case .truncated(let field, let needed, let remaining):
            return "truncated: \(field) needs \(needed) bits and \(remaining) remain"
        case .unknownVersion(let version):
            return version == 1
                ? "version 1 (TCF v1.1) is not decoded; only version 2 (TCF v2.0 and v2.2)"
                : "unknown version \(version); only version 2 (TCF v2.0 and v2.2) is decoded"
        case .unknownSegmentType(let segment, let type):
            return "segment \(segment) has unknown segment type \(type) (1 disclosed vendors, 2 allowed vendors, 3 publisher TC)"
        case .repeatedSegment(let segment, let name):
            return "segment \(segment) repeats the \(name) segment"
        case .rangePastField(let field, let first, let last, let maximum):
            if last < first { return "\(field): range \(first)–\(last) ends before it starts" }
            let shown = first == last ? "id \(first)" : "range \(first)–\(last)"
            return "\(field): \(shown) is outside 1–\(maximum)"
        }
    }
}
