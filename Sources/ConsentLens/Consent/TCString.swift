import Foundation

/// A decoded TCF v2 consent string (TC string): what a consent platform stored as the visitor's
/// choice, in the `euconsent-v2` cookie and behind `__tcfapi('getTCData')`.
///
/// Fields and widths follow IAB Tech Lab, "Transparency and Consent String and Global Vendor List
/// Format", v2 (TCF v2.0 and v2.2): the core segment, then optional segments for disclosed
/// vendors, allowed vendors (v2.0 only) and publisher purposes. Decode with ``TCStringDecoder``.
public struct TCString: Codable, Sendable, Equatable {
    /// Always 2: version 1 strings (TCF v1.1) are refused by the decoder.
    public var version: Int
    public var created: TCTimestamp
    public var lastUpdated: TCTimestamp
    public var cmpId: Int
    public var cmpVersion: Int
    public var consentScreen: Int
    /// Two letters, ISO 639-1 in capitals ("EN"); a letter outside A–Z in the string is "?".
    public var consentLanguage: String
    public var vendorListVersion: Int
    /// 2 for TCF v2.0 strings, 4 for v2.2, 5 since the 2024 update of v2.2.
    public var tcfPolicyVersion: Int
    public var isServiceSpecific: Bool
    /// `UseNonStandardStacks` in TCF v2.0, `UseNonStandardTexts` in v2.2.
    public var useNonStandardTexts: Bool
    /// Special features opted in (ids 1–12).
    public var specialFeatureOptIns: [Int]
    /// Purposes consented to (ids 1–24).
    public var purposeConsents: [Int]
    /// Purposes with legitimate interest established (ids 1–24).
    public var purposeLegitimateInterests: [Int]
    public var purposeOneTreatment: Bool
    /// Two letters (ISO 3166-1 alpha-2) or "AA" for unknown.
    public var publisherCountryCode: String
    public var vendorConsents: TCVendorSet
    public var vendorLegitimateInterests: TCVendorSet
    public var publisherRestrictions: [TCPublisherRestriction]
    /// Vendors the notice disclosed (segment type 1); `nil` when the string has no such segment.
    public var disclosedVendors: TCVendorSet?
    /// Vendors the publisher allows (segment type 2, TCF v2.0 only); `nil` when absent.
    public var allowedVendors: TCVendorSet?
    /// The publisher's own purposes (segment type 3); `nil` when absent.
    public var publisherPurposes: TCPublisherPurposes?

    /// "2.2" for policy version 4 and later, "2.0" before.
    public var framework: String { tcfPolicyVersion >= 4 ? "2.2" : "2.0" }
}

/// A TC string timestamp: deciseconds since 1970-01-01 UTC, written as ISO 8601 in JSON.
public struct TCTimestamp: Codable, Sendable, Equatable, CustomStringConvertible {
    public var deciseconds: Int

    public init(deciseconds: Int) { self.deciseconds = deciseconds }

    public var date: Date { Date(timeIntervalSince1970: Double(deciseconds) / 10) }

    /// `2020-01-26T17:01:00.0Z`.
    public var description: String {
        let seconds = deciseconds / 10
        let days = seconds / 86_400, rest = seconds % 86_400
        let (y, m, d) = Self.civil(fromDays: days)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60)).\(deciseconds % 10)Z"
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a TC string timestamp: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Reads back what ``description`` writes.
    static func parse(_ text: String) -> TCTimestamp? {
        let parts = text.split(whereSeparator: { "-T:.Z".contains($0) }).map { Int($0) }
        guard parts.count == 7, let y = parts[0], let m = parts[1], let d = parts[2], let h = parts[3],
              let mi = parts[4], let s = parts[5], let ds = parts[6], (1...12).contains(m), (1...31).contains(d) else { return nil }
        let days = days(fromCivil: y, m, d)
        return TCTimestamp(deciseconds: ((days * 86_400 + h * 3600 + mi * 60 + s) * 10) + ds)
    }

    // Howard Hinnant's civil-calendar algorithms (days since 1970-01-01, proleptic Gregorian).
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func days(fromCivil y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

/// A set of vendor ids as the string encodes it, kept as sorted, merged runs so that a range
/// entry of 65,535 vendors costs one value.
public struct TCVendorSet: Codable, Sendable, Equatable {
    public enum Encoding: String, Codable, Sendable { case bitField, range }

    /// The `MaxVendorId` field: the largest id the section covers.
    public var maxVendorId: Int
    public var encoding: Encoding
    /// Sorted, disjoint, non-adjacent runs of ids.
    public var ranges: [TCIDRange]

    public init(maxVendorId: Int, encoding: Encoding, ranges: [TCIDRange]) {
        self.maxVendorId = maxVendorId
        self.encoding = encoding
        self.ranges = TCIDRange.merged(ranges)
    }

    /// How many vendors are in the set.
    public var count: Int { ranges.reduce(0) { $0 + $1.count } }

    public func contains(_ id: Int) -> Bool {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if id < ranges[mid].first { high = mid - 1 } else if id > ranges[mid].last { low = mid + 1 } else { return true }
        }
        return false
    }

    /// Every id, in order (for sets known to be small; a range can hold 65,535).
    public var ids: [Int] { ranges.flatMap { Array($0.first...$0.last) } }

    private enum CodingKeys: String, CodingKey { case maxVendorId, encoding, ranges, count }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(maxVendorId: try c.decode(Int.self, forKey: .maxVendorId), encoding: try c.decode(Encoding.self, forKey: .encoding),
                  ranges: try c.decode([TCIDRange].self, forKey: .ranges))
    }

    /// Writes `count` beside the runs, for readers of the JSON.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(maxVendorId, forKey: .maxVendorId)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(ranges, forKey: .ranges)
        try c.encode(count, forKey: .count)
    }
}

/// The inclusive run of ids `first...last`.
public struct TCIDRange: Codable, Sendable, Equatable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    public var count: Int { last - first + 1 }

    /// Sorted, with overlapping and adjacent runs joined.
    static func merged(_ ranges: [TCIDRange]) -> [TCIDRange] {
        var out: [TCIDRange] = []
        for range in ranges.sorted(by: { ($0.first, $0.last) < ($1.first, $1.last) }) {
            if let last = out.last, range.first <= last.last + 1 {
                out[out.count - 1].last = max(last.last, range.last)
            } else {
                out.append(range)
            }
        }
        return out
    }

    /// Runs of the set bits of a bit field whose first bit is id 1.
    static func runs(ofSetBits bits: [Bool]) -> [TCIDRange] {
        var out: [TCIDRange] = []
        var start: Int?
        for (index, bit) in bits.enumerated() {
            if bit, start == nil { start = index + 1 }
            if !bit, let s = start { out.append(TCIDRange(first: s, last: index)); start = nil }
        }
        if let s = start { out.append(TCIDRange(first: s, last: bits.count)) }
        return out
    }
}

/// A publisher restriction: for one purpose, what the listed vendors may do.
public struct TCPublisherRestriction: Codable, Sendable, Equatable {
    public enum RestrictionType: String, Codable, Sendable {
        /// Type 0: the purpose is flatly not allowed.
        case notAllowed
        /// Type 1: consent is required (no legitimate interest).
        case requireConsent
        /// Type 2: legitimate interest is required (no consent).
        case requireLegitimateInterest
        /// Type 3: undefined by the specification.
        case undefined
    }

    public var purposeId: Int
    public var restrictionType: RestrictionType
    public var vendors: [TCIDRange]

    public var vendorCount: Int { vendors.reduce(0) { $0 + $1.count } }
}

/// The publisher TC segment: the publisher's own consents and legitimate interests, for the TCF
/// purposes and for its custom purposes.
public struct TCPublisherPurposes: Codable, Sendable, Equatable {
    public var purposeConsents: [Int]
    public var purposeLegitimateInterests: [Int]
    public var numberOfCustomPurposes: Int
    public var customPurposeConsents: [Int]
    public var customPurposeLegitimateInterests: [Int]
}
