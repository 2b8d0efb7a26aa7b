@testable import ConsentLens

/// Writes a ``TCString`` back as a TC string, for the tests only (ConsentLens itself never writes
/// consent): bit fields and ranges as the value says, each segment padded to whole bytes, then
/// base64url without padding. Used for generated strings, the differential test and the fixture
/// sites' stub `__tcfapi`.
enum TCStringTestEncoder {
    static func encode(_ s: TCString) -> String {
        var core = BitWriter()
        core.int(s.version, 6)
        core.int(s.created.deciseconds, 36)
        core.int(s.lastUpdated.deciseconds, 36)
        core.int(s.cmpId, 12)
        core.int(s.cmpVersion, 12)
        core.int(s.consentScreen, 6)
        core.letters(s.consentLanguage)
        core.int(s.vendorListVersion, 12)
        core.int(s.tcfPolicyVersion, 6)
        core.bool(s.isServiceSpecific)
        core.bool(s.useNonStandardTexts)
        core.bitField(s.specialFeatureOptIns, 12)
        core.bitField(s.purposeConsents, 24)
        core.bitField(s.purposeLegitimateInterests, 24)
        core.bool(s.purposeOneTreatment)
        core.letters(s.publisherCountryCode)
        core.vendorSet(s.vendorConsents)
        core.vendorSet(s.vendorLegitimateInterests)
        core.int(s.publisherRestrictions.count, 12)
        for r in s.publisherRestrictions {
            core.int(r.purposeId, 6)
            core.int(["notAllowed", "requireConsent", "requireLegitimateInterest", "undefined"].firstIndex(of: r.restrictionType.rawValue)!, 2)
            core.ranges(r.vendors)
        }
        var segments = [core.base64URL]
        if let disclosed = s.disclosedVendors {
            var w = BitWriter()
            w.int(1, 3)
            w.vendorSet(disclosed)
            segments.append(w.base64URL)
        }
        if let allowed = s.allowedVendors {
            var w = BitWriter()
            w.int(2, 3)
            w.vendorSet(allowed)
            segments.append(w.base64URL)
        }
        if let p = s.publisherPurposes {
            var w = BitWriter()
            w.int(3, 3)
            w.bitField(p.purposeConsents, 24)
            w.bitField(p.purposeLegitimateInterests, 24)
            w.int(p.numberOfCustomPurposes, 6)
            w.bitField(p.customPurposeConsents, p.numberOfCustomPurposes)
            w.bitField(p.customPurposeLegitimateInterests, p.numberOfCustomPurposes)
            segments.append(w.base64URL)
        }
        return segments.joined(separator: ".")
    }

    /// A `0`/`1` string (as reference tests write their vectors) as base64url: padded with zero
    /// bits to whole bytes.
    static func base64URL(bits: String) -> String {
        var w = BitWriter()
        for c in bits where c == "0" || c == "1" { w.bits.append(c == "1") }
        return w.base64URL
    }

    struct BitWriter {
        var bits: [Bool] = []

        mutating func int(_ value: Int, _ width: Int) {
            for shift in stride(from: width - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
        }

        mutating func bool(_ value: Bool) { bits.append(value) }

        mutating func bitField(_ ids: [Int], _ width: Int) {
            let set = Set(ids)
            for id in 1...max(width, 1) where id <= width { bits.append(set.contains(id)) }
        }

        mutating func letters(_ text: String) {
            for scalar in text.unicodeScalars { int(Int(scalar.value) - 65, 6) }
        }

        mutating func ranges(_ ranges: [TCIDRange]) {
            int(ranges.count, 12)
            for r in ranges {
                bool(r.first != r.last)
                int(r.first, 16)
                if r.first != r.last { int(r.last, 16) }
            }
        }

        mutating func vendorSet(_ set: TCVendorSet) {
            int(set.maxVendorId, 16)
            bool(set.encoding == .range)
            if set.encoding == .range { ranges(set.ranges) } else { bitField(set.ids, set.maxVendorId) }
        }

        var base64URL: String {
            var padded = bits
            while padded.count % 8 != 0 { padded.append(false) }
            while padded.count % 6 != 0 { padded.append(false) }
            let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            var out = ""
            for start in stride(from: 0, to: padded.count, by: 6) {
                var value = 0
                for bit in padded[start..<(start + 6)] { value = value << 1 | (bit ? 1 : 0) }
                out.append(alphabet[value])
            }
            return out
        }
    }
}
