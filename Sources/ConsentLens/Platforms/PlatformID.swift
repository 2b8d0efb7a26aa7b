/// A platform's identity in the catalogue: its lowercase slug (`onetrust`, `inmobi-choice`).
///
/// Reading stages take the platform's profile (``ConsentPlatform``), and tables keyed by platform
/// take this id, never a bare string: a platform's knowledge is read from its profile, so nothing
/// outside `Catalog/` compares platform names. The string form is used only where the output
/// names a platform (``PlatformDetection/id``, ``ConsentNotice/platform``); JSON carries the
/// slug itself.
public struct PlatformID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The catalogue's profile of this platform; nil for an id the catalogue does not hold.
    public var profile: ConsentPlatform? { ConsentPlatform.platform(id: self) }

    public var description: String { rawValue }

    public static func < (a: PlatformID, b: PlatformID) -> Bool { a.rawValue < b.rawValue }

    /// Encoded as the slug alone (`"onetrust"`), as the JSON output names platforms.
    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
