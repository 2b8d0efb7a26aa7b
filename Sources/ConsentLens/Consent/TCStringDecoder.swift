/// Decodes TC strings (TCF v2.0 and v2.2) into ``TCString``. Bad input is a ``TCStringError``,
/// never a crash: every read is bounds-checked and a range entry is kept as a run, so the cost is
/// linear in the string's length whatever the ranges claim.
public enum TCStringDecoder {
    /// Longer strings are refused before decoding (real strings are a few kilobytes at most; a
    /// cookie cannot exceed 4,096 bytes).
    public static let maximumCharacters = 1 << 20

    public static func decode(_ text: String) throws(TCStringError) -> TCString {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { throw .empty }
        if trimmed.utf8.count > maximumCharacters { throw .tooLong(characters: trimmed.utf8.count) }
        let segments = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        var core = try coreSegment(try BitReader(segment: segments[0], number: 1))
        for (offset, text) in segments.dropFirst().enumerated() {
            let number = offset + 2
            var reader = try BitReader(segment: text, number: number)
            let type = try reader.int(3, "segment \(number) type")
            switch type {
            case 1:
                if core.disclosedVendors != nil { throw .repeatedSegment(segment: number, name: "disclosed vendors") }
                core.disclosedVendors = try reader.vendorSet("disclosed vendors")
            case 2:
                if core.allowedVendors != nil { throw .repeatedSegment(segment: number, name: "allowed vendors") }
                core.allowedVendors = try reader.vendorSet("allowed vendors")
            case 3:
                if core.publisherPurposes != nil { throw .repeatedSegment(segment: number, name: "publisher TC") }
                core.publisherPurposes = try publisherSegment(&reader)
            default:
                throw .unknownSegmentType(segment: number, type: type)
            }
        }
        return core
    }

    private static func coreSegment(_ start: BitReader) throws(TCStringError) -> TCString {
        var r = start
        let version = try r.int(6, "version")
        guard version == 2 else { throw .unknownVersion(version) }
        let created = try r.int(36, "created")
        let lastUpdated = try r.int(36, "last updated")
        let cmpId = try r.int(12, "CMP id")
        let cmpVersion = try r.int(12, "CMP version")
        let consentScreen = try r.int(6, "consent screen")
        let language = try r.letters(2, "consent language")
        let vendorListVersion = try r.int(12, "vendor list version")
        let policyVersion = try r.int(6, "TCF policy version")
        let serviceSpecific = try r.bool("service-specific flag")
        let nonStandard = try r.bool("non-standard texts flag")
        let specialFeatures = try r.bitField(12, "special feature opt-ins")
        let purposeConsents = try r.bitField(24, "purpose consents")
        let purposeLI = try r.bitField(24, "purpose legitimate interests")
        let purposeOne = try r.bool("purpose one treatment")
        let country = try r.letters(2, "publisher country code")
        let vendorConsents = try r.vendorSet("vendor consents")
        let vendorLI = try r.vendorSet("vendor legitimate interests")
        let restrictionCount = try r.int(12, "number of publisher restrictions")
        var restrictions: [TCPublisherRestriction] = []
        for index in 0..<restrictionCount {
            let name = "publisher restriction \(index + 1)"
            let purpose = try r.int(6, "\(name) purpose")
            let type = try r.int(2, "\(name) type")
            let vendors = try r.rangeEntries(name, maximum: nil)
            let kind: TCPublisherRestriction.RestrictionType = [.notAllowed, .requireConsent, .requireLegitimateInterest, .undefined][type]
            restrictions.append(TCPublisherRestriction(purposeId: purpose, restrictionType: kind, vendors: TCIDRange.merged(vendors)))
        }
        return TCString(
            version: version, created: TCTimestamp(deciseconds: created), lastUpdated: TCTimestamp(deciseconds: lastUpdated),
            cmpId: cmpId, cmpVersion: cmpVersion, consentScreen: consentScreen, consentLanguage: language,
            vendorListVersion: vendorListVersion, tcfPolicyVersion: policyVersion, isServiceSpecific: serviceSpecific,
            useNonStandardTexts: nonStandard, specialFeatureOptIns: specialFeatures, purposeConsents: purposeConsents,
            purposeLegitimateInterests: purposeLI, purposeOneTreatment: purposeOne, publisherCountryCode: country,
            vendorConsents: vendorConsents, vendorLegitimateInterests: vendorLI, publisherRestrictions: restrictions,
            disclosedVendors: nil, allowedVendors: nil, publisherPurposes: nil)
    }

    private static func publisherSegment(_ r: inout BitReader) throws(TCStringError) -> TCPublisherPurposes {
        let consents = try r.bitField(24, "publisher purpose consents")
        let interests = try r.bitField(24, "publisher purpose legitimate interests")
        let custom = try r.int(6, "number of custom purposes")
        let customConsents = try r.bitField(custom, "custom purpose consents")
        let customInterests = try r.bitField(custom, "custom purpose legitimate interests")
        return TCPublisherPurposes(
            purposeConsents: consents, purposeLegitimateInterests: interests, numberOfCustomPurposes: custom,
            customPurposeConsents: customConsents, customPurposeLegitimateInterests: customInterests)
    }
}

/// Reads a base64url segment as big-endian bits, six to a character.
struct BitReader {
    private var bits: [UInt8] = []
    private var position = 0

    init(segment: Substring, number: Int) throws(TCStringError) {
        var text = segment.utf8[...]
        // Tolerated: padding some writers add ("…ITg="), though base64url in the TC string has none.
        while text.last == UInt8(ascii: "=") { text = text.dropLast() }
        bits.reserveCapacity(text.count * 6)
        for (index, byte) in text.enumerated() {
            let value: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = byte - UInt8(ascii: "A")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = byte - UInt8(ascii: "a") + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0") + 52
            case UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "_"): value = 63
            default:
                let offset = segment.utf8.index(segment.utf8.startIndex, offsetBy: index)
                let character = segment[offset...].first ?? "?"
                let position = segment[..<offset].count + 1
                throw .notBase64URL(segment: number, position: position, character: character)
            }
            for shift in stride(from: 5, through: 0, by: -1) { bits.append((value >> UInt8(shift)) & 1) }
        }
    }

    var remaining: Int { bits.count - position }

    mutating func int(_ width: Int, _ field: String) throws(TCStringError) -> Int {
        guard width <= remaining else { throw .truncated(field: field, neededBits: width, remainingBits: remaining) }
        var value = 0
        for index in position..<(position + width) { value = value << 1 | Int(bits[index]) }
        position += width
        return value
    }

    mutating func bool(_ field: String) throws(TCStringError) -> Bool { try int(1, field) == 1 }

    /// The ids (from 1) of the set bits of a `width`-bit field.
    mutating func bitField(_ width: Int, _ field: String) throws(TCStringError) -> [Int] {
        guard width <= remaining else { throw .truncated(field: field, neededBits: width, remainingBits: remaining) }
        var ids: [Int] = []
        for index in 0..<width where bits[position + index] == 1 { ids.append(index + 1) }
        position += width
        return ids
    }

    /// Letters coded 0 = A … 25 = Z; other values read as "?".
    mutating func letters(_ count: Int, _ field: String) throws(TCStringError) -> String {
        var out = ""
        for _ in 0..<count {
            let value = try int(6, field)
            out.append(value < 26 ? Character(Unicode.Scalar(UInt8(65 + value))) : "?")
        }
        return out
    }

    /// A vendor section: `MaxVendorId`, `IsRangeEncoding`, then a bit field or range entries.
    mutating func vendorSet(_ field: String) throws(TCStringError) -> TCVendorSet {
        let maxVendorId = try int(16, "\(field) max vendor id")
        if try bool("\(field) encoding") {
            let ranges = try rangeEntries(field, maximum: maxVendorId)
            return TCVendorSet(maxVendorId: maxVendorId, encoding: .range, ranges: ranges)
        }
        guard maxVendorId <= remaining else { throw .truncated(field: "\(field) bit field", neededBits: maxVendorId, remainingBits: remaining) }
        let runs = TCIDRange.runs(ofSetBits: bits[position..<(position + maxVendorId)].map { $0 == 1 })
        position += maxVendorId
        return TCVendorSet(maxVendorId: maxVendorId, encoding: .bitField, ranges: runs)
    }

    /// `NumEntries` (12 bits), then each entry: `IsARange`, a start id and, for a range, an end id.
    /// Ids are 1 or more, an end is not before its start, and none passes `maximum` when given.
    mutating func rangeEntries(_ field: String, maximum: Int?) throws(TCStringError) -> [TCIDRange] {
        let count = try int(12, "\(field) number of entries")
        var ranges: [TCIDRange] = []
        for _ in 0..<count {
            let isRange = try bool("\(field) range entry")
            let first = try int(16, "\(field) range start")
            let last = isRange ? try int(16, "\(field) range end") : first
            let limit = maximum ?? 65_535
            guard first >= 1, last >= first, last <= limit else {
                throw .rangePastField(field: field, first: first, last: last, maximum: limit)
            }
            ranges.append(TCIDRange(first: first, last: last))
        }
        return ranges
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> Substring {
        var s = self[...]
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return s
    }
}
