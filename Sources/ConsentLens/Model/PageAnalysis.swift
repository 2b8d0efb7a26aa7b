/// Everything ConsentLens learns from one saved page: the `analyse` JSON contract, schema version 1.
public struct PageAnalysis: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var source: SourceDescription
    /// Every platform with evidence in the file, notice text or not (a loader script is evidence).
    public var platforms: [PlatformDetection]
    @Nullable public var notice: ConsentNotice?
    /// What the saved page could not show (e.g. a notice injected by JavaScript after saving).
    public var limitations: [String]
    /// The privacy-impact score and its findings; `null` when there is no notice to assess.
    @Nullable public var assessment: PrivacyAssessment?
    /// Only for a capture folder (`consentlens capture`): what the site was seen to do, with its
    /// own observed-behaviour score. Left out (not `null`) for a saved page, so that a page's
    /// JSON is as before.
    public var capture: CaptureObservation?

    public init(
        source: SourceDescription, platforms: [PlatformDetection], notice: ConsentNotice?, limitations: [String] = [],
        assessment: PrivacyAssessment? = nil
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.source = source
        self.platforms = platforms
        self.notice = notice
        self.limitations = limitations
        self.assessment = assessment
    }
}

/// The file an analysis was made from.
public struct SourceDescription: Codable, Sendable, Equatable {
    public var path: String
    /// `html`, `text`, `markdown` or `accessibility-snapshot`.
    public var format: String
    public var bytes: Int
    /// Lowercase hex SHA-256 of the file's bytes, so a result can be tied to its input.
    public var sha256: String

    public init(path: String, format: String, bytes: Int, sha256: String) {
        self.path = path
        self.format = format
        self.bytes = bytes
        self.sha256 = sha256
    }
}

/// A consent platform the page carries evidence of.
public struct PlatformDetection: Codable, Sendable, Equatable {
    /// Lowercase slug: `onetrust`, `cookiebot`, `inmobi-choice`, …
    public var id: String
    public var name: String
    /// Human-readable evidence, e.g. `script src cdn.cookielaw.org/scripttemplates/otSDKStub.js`.
    public var evidence: [String]
    /// `high` for markup, scripts and configuration; `low` for wording alone (text dumps).
    public var confidence: String

    public init(id: String, name: String, evidence: [String], confidence: String) {
        self.id = id
        self.name = name
        self.evidence = evidence
        self.confidence = confidence
    }

    /// ``id`` as the catalogue's typed id.
    public var platformID: PlatformID { PlatformID(rawValue: id) }

    /// The catalogue's profile of the platform detected.
    public var profile: ConsentPlatform? { platformID.profile }
}
