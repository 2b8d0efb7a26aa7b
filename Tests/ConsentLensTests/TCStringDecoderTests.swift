import Foundation
import Testing
@testable import ConsentLens

/// The TC string decoder against vectors from the specification and from reference
/// implementations' tests, each cited where it is used; the strings are data, no code is copied.
///
/// Field layout: IAB Tech Lab, "Transparency and Consent String and Global Vendor List Format v2"
/// (github.com/InteractiveAdvertisingBureau/GDPR-Transparency-and-Consent-Framework,
/// TCFv2/IAB Tech Lab - Consent string and vendor list formats v2.md).
@Suite struct TCStringDecoderTests {
    /// iabtcf-java, iabtcf-decoder/src/test/java/com/iabtcf/decoder/TCStringV2Test.java,
    /// `testCanConstructTCModelFromBase64String` (string made at iabtcf.com/#/encode).
    @Test func everyCoreFieldOfTheIABJavaVector() throws {
        let s = try TCStringDecoder.decode("COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA")
        #expect(s.version == 2)
        #expect(s.created.description == "2020-01-26T17:01:00.0Z")
        #expect(s.lastUpdated.description == "2021-02-02T17:01:00.0Z")
        #expect(s.created.date == ISO8601DateFormatter().date(from: "2020-01-26T17:01:00Z"))
        #expect(s.cmpId == 675)
        #expect(s.cmpVersion == 2)
        #expect(s.consentScreen == 1)
        #expect(s.vendorListVersion == 15)
        #expect(s.tcfPolicyVersion == 2)
        #expect(s.framework == "2.0")
        #expect(s.consentLanguage == "EN")
        #expect(s.publisherCountryCode == "AA")
        #expect(!s.isServiceSpecific)
        #expect(s.purposeOneTreatment)
        #expect(!s.useNonStandardTexts)
        #expect(s.specialFeatureOptIns == [1])
        #expect(s.purposeConsents == [2, 10])
        #expect(s.purposeLegitimateInterests == [2, 9])
        #expect(s.disclosedVendors == nil && s.allowedVendors == nil && s.publisherPurposes == nil)
    }

    /// iabtcf-java TCStringV2Test: `testConstructConsentsFromBitFields`, `testCanParseDisclosedAndAllowedVendors`,
    /// `testCanParseAllParts`.
    @Test func bitFieldsAndOptionalSegmentsOfTheIABJavaVectors() throws {
        let core = "COrEAV4OrXx94ACABBENAHCIAD-AAAAAAACAAxAAAAgAIAwgAgAAAAEAgQAAAAAEAYQAQAAAACAAAABAAA"
        let s = try TCStringDecoder.decode(core)
        #expect(s.purposeConsents == [3, 4, 5, 6, 7, 8, 9])
        #expect(s.vendorConsents.ids == [23, 37, 47, 48, 53, 65, 98])
        #expect(s.vendorConsents.encoding == .bitField)
        #expect(s.vendorLegitimateInterests.ids == [37, 47, 48, 53, 65, 98, 129])
        let withSegments = try TCStringDecoder.decode(core + ".IBAgAAAgAIAwgAgAAAAEAAAACA.QAagAQAgAIAwgA")
        #expect(withSegments.allowedVendors?.ids == [12, 23, 37, 47, 48, 53])
        #expect(withSegments.disclosedVendors?.ids == [23, 37, 47, 48, 53, 65, 98, 129])
        // The fourth segment as the Java test writes it, with base64 padding ("=").
        let all = try TCStringDecoder.decode(core + ".IBAgAAAgAIAwgAgAAAAEAAAACA.QAagAQAgAIAwgA.cAAAAAAAITg=")
        #expect(all.publisherPurposes?.purposeConsents.count == 1)
    }

    /// iabtcf-java TCStringV2Test: `testCanParseRangeEncodedVendorLegitimateInterests`, `testRange`,
    /// `testPurposesConsent`.
    @Test func rangeEncodingsOfTheIABJavaVectors() throws {
        let li = try TCStringDecoder.decode("COv__-wOv__-wC2AAAENAPCgAAAAAAAAAAAAA_wAQA_gEBABAEAAAA")
        #expect(li.vendorLegitimateInterests.ids == [128])
        #expect(li.vendorLegitimateInterests.encoding == .range)
        let disclosed = ".IFoEUQQgAIQwgIwQABAEAAAAOIAACAIAAAAQAIAgEAACEAAAAAgAQBAAAAAAAGBAAgAAAAAAAFAAECAAAgAAQARAEQAAAAAJAAIAAgAAAYQEAAAQmAgBC3ZAYzUw"
        let two = try TCStringDecoder.decode("COwBOpCOwBOpCLqAAAENAPCAAAAAAAAAAAAAFfwAYFfAV-BVkAGBVYFWAAA" + disclosed)
        #expect(two.vendorConsents.ids == [702, 703])
        let one = try TCStringDecoder.decode("COwBOpCOwBOpCLqAAAENAPCAAAAAAAAAAAAAFfwAQFfgUbABAUaAAA" + disclosed)
        #expect(one.vendorConsents.ids == [703])
        let purposes = try TCStringDecoder.decode("COwxsONOwxsONKpAAAENAdCAAMAAAAAAAAAAAAAAAAAA")
        #expect(purposes.purposeConsents.starts(with: [1, 2]))
    }

    /// iabtcf-java TCStringV2Test `testPublisherRestrictions`: its bit string, three restrictions
    /// with no vendors.
    @Test func publisherRestrictionsOfTheIABJavaBitString() throws {
        let bits = "0000100011101011100" + "1000000000000001010" + "0000001110101110010" + "0000000000000101000"
            + "0000110011111000000" + "0000000000000000100" + "0011010000000011110" + "0001000000000000000"
            + String(repeating: "0000000000000000000", count: 5) + "000000000011"
            + "000001" + "01" + "000000000000" + "000010" + "00" + "000000000000" + "000011" + "10" + "000000000000" + "0"
        let s = try TCStringDecoder.decode(TCStringTestEncoder.base64URL(bits: bits))
        #expect(s.publisherRestrictions == [
            TCPublisherRestriction(purposeId: 1, restrictionType: .requireConsent, vendors: []),
            TCPublisherRestriction(purposeId: 2, restrictionType: .notAllowed, vendors: []),
            TCPublisherRestriction(purposeId: 3, restrictionType: .requireLegitimateInterest, vendors: []),
        ])
    }

    /// iabtcf-java TCStringV2Test `testPublisherPurposes`: a publisher TC segment from its bit string.
    @Test func publisherPurposesOfTheIABJavaBitString() throws {
        let segment = TCStringTestEncoder.base64URL(bits: "011" + "1" + String(repeating: "0", count: 23) + String(repeating: "0", count: 23) + "1" + "000010" + "01" + "11" + "000")
        let s = try TCStringDecoder.decode("COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA." + segment)
        let p = try #require(s.publisherPurposes)
        #expect(p.purposeConsents == [1])
        #expect(p.purposeLegitimateInterests == [24])
        #expect(p.numberOfCustomPurposes == 2)
        #expect(p.customPurposeConsents == [2])
        #expect(p.customPurposeLegitimateInterests == [1, 2])
    }

    /// SirDataFR/iabtcfv2, decode_test.go (`TestDecode`, `TestDecodeDisclosedVendors`,
    /// `TestDecodeAllowedVendors`, `TestDecodePublisherTC`): a full string of a real CMP.
    @Test func theSirDataVectors() throws {
        let core = "COxR03kOxR1CqBcABCENAgCMAP_AAH_AAAqIF3EXySoGY2thI2YVFxBEIYwfJxyigMgChgQIsSwNQIeFLBoGLiAAHBGYJAQAGBAEEACBAQIkHGBMCQAAgAgBiRCMQEGMCzNIBIBAggEbY0FACCVmHkHSmZCY7064O__QLuIJEFQMAkSBAIACLECIQwAQDiAAAYAlAAABAhIaAAgIWBQEeAAAACAwAAgAAABBAAACAAQAAICIAAABAAAgAiAQAAAAGgIQAACBABACRIAAAEANCAAgiCEAQg4EAo4AAA"
        let disclosed = "IF3EXySoGY2tho2YVFzBEIYwfJxyigMgShgQIsS0NQIeFLBoGPiAAHBGYJAQAGBAkkACBAQIsHGBMCQABgAgRiRCMQEGMDzNIBIBAggkbY0FACCVmnkHS3ZCY70-6u__QA"
        let s = try TCStringDecoder.decode(core + "." + disclosed + ".elAAAAAAAWA")
        #expect(s.disclosedVendors?.contains(9) == true)
        #expect(s.disclosedVendors?.contains(1) == false)
        #expect(s.publisherPurposes?.purposeConsents.contains(1) == true)
        #expect(s.publisherPurposes?.numberOfCustomPurposes == 2)
        let allowed = try TCStringDecoder.decode(core + ".QF3QAgABAA1A")
        #expect(allowed.allowedVendors?.contains(53) == true)
        #expect(allowed.allowedVendors?.contains(10) == false)
        // The Go test's invalid input: a disclosed-vendors segment where the core must stand.
        #expect(throws: TCStringError.unknownVersion(8)) { try TCStringDecoder.decode(disclosed + ".elAAAAAAAWA") }
    }

    /// The specification's own example string (section "How does a URL-based service process a TC
    /// string…": `BOPnWgIOPnWgIAAABAENAI4AAAAA0ABA`) is a version 1 string: refused by name.
    @Test func theSpecificationsVersionOneExampleIsRefused() {
        #expect(throws: TCStringError.unknownVersion(1)) { try TCStringDecoder.decode("BOPnWgIOPnWgIAAABAENAI4AAAAA0ABA") }
        #expect(TCStringError.unknownVersion(1).description == "version 1 (TCF v1.1) is not decoded; only version 2 (TCF v2.0 and v2.2)")
    }

    /// A TCF v2.2 string (policy version 4) written by the test encoder, with every segment type
    /// v2.2 keeps, decodes to the same value.
    @Test func aVersionTwoPointTwoStringRoundTrips() throws {
        let value = TCString(
            version: 2, created: TCTimestamp(deciseconds: 17_000_000_005), lastUpdated: TCTimestamp(deciseconds: 17_000_100_000),
            cmpId: 10, cmpVersion: 27, consentScreen: 3, consentLanguage: "FR", vendorListVersion: 17, tcfPolicyVersion: 4,
            isServiceSpecific: true, useNonStandardTexts: false, specialFeatureOptIns: [2], purposeConsents: [1, 3, 4, 7],
            purposeLegitimateInterests: [2, 7, 8, 9, 10, 11], purposeOneTreatment: false, publisherCountryCode: "DE",
            vendorConsents: TCVendorSet(maxVendorId: 755, encoding: .range, ranges: [TCIDRange(first: 1, last: 300), TCIDRange(first: 755, last: 755)]),
            vendorLegitimateInterests: TCVendorSet(maxVendorId: 12, encoding: .bitField, ranges: [TCIDRange(first: 3, last: 4), TCIDRange(first: 12, last: 12)]),
            publisherRestrictions: [TCPublisherRestriction(purposeId: 2, restrictionType: .requireConsent, vendors: [TCIDRange(first: 8, last: 9)])],
            disclosedVendors: TCVendorSet(maxVendorId: 755, encoding: .range, ranges: [TCIDRange(first: 1, last: 755)]),
            allowedVendors: nil,
            publisherPurposes: TCPublisherPurposes(purposeConsents: [1], purposeLegitimateInterests: [], numberOfCustomPurposes: 3, customPurposeConsents: [3], customPurposeLegitimateInterests: []))
        let text = TCStringTestEncoder.encode(value)
        let decoded = try TCStringDecoder.decode(text)
        #expect(decoded == value)
        #expect(decoded.framework == "2.2")
        #expect(decoded.vendorConsents.count == 301)
        #expect(decoded.created.description == "2023-11-14T22:13:20.5Z")
        // JSON round trip: timestamps as ISO 8601, vendor sets with their counts.
        let json = try JSONRendering.render(decoded)
        #expect(json.contains("\"created\" : \"2023-11-14T22:13:20.5Z\""))
        #expect(json.contains("\"count\" : 301"))
        #expect(try JSONDecoder().decode(TCString.self, from: Data(json.utf8)) == value)
    }

    @Test func badInputIsATypedOneLineError() throws {
        let good = "COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA"
        func failure(_ text: String) -> TCStringError? {
            do { _ = try TCStringDecoder.decode(text); return nil } catch { return error }
        }
        #expect(failure("") == .empty)
        #expect(failure("  \n") == .empty)
        #expect(failure("COtyb+4PA") == .notBase64URL(segment: 1, position: 6, character: "+"))
        #expect(failure(good + ".IB é") == .notBase64URL(segment: 2, position: 3, character: " "))
        #expect(failure(good + ".IBé")?.description == "not base64url: segment 2, character 3 is U+E9 (allowed: A–Z a–z 0–9 - _)")
        #expect(failure(String(good.prefix(20)))?.description == "truncated: vendor list version needs 12 bits and 0 remain")
        #expect(failure("D" + good.dropFirst()) == .unknownVersion(3))
        #expect(failure(good + ".gAAA") == .unknownSegmentType(segment: 2, type: 4))
        #expect(failure(good + ".gAAA")?.description == "segment 2 has unknown segment type 4 (1 disclosed vendors, 2 allowed vendors, 3 publisher TC)")
        #expect(failure(good + ".") == .truncated(field: "segment 2 type", neededBits: 3, remainingBits: 0))
        #expect(failure(good + ".elAAAAAAAWA.elAAAAAAAWA") == .repeatedSegment(segment: 3, name: "publisher TC"))
        #expect(failure(String(repeating: "A", count: TCStringDecoder.maximumCharacters + 1)) == .tooLong(characters: TCStringDecoder.maximumCharacters + 1))

        // A range past its field: vendor 12 when MaxVendorId is 10, and a range ending before it starts.
        var value = try TCStringDecoder.decode(good)
        value.vendorConsents = TCVendorSet(maxVendorId: 10, encoding: .range, ranges: [TCIDRange(first: 5, last: 12)])
        let past = failure(TCStringTestEncoder.encode(value))
        #expect(past == .rangePastField(field: "vendor consents", first: 5, last: 12, maximum: 10))
        #expect(past?.description == "vendor consents: range 5–12 is outside 1–10")
        value.vendorConsents = TCVendorSet(maxVendorId: 10, encoding: .range, ranges: [TCIDRange(first: 0, last: 0)])
        #expect(failure(TCStringTestEncoder.encode(value))?.description == "vendor consents: id 0 is outside 1–10")
        value.vendorConsents.ranges = [TCIDRange(first: 7, last: 3)]
        #expect(failure(TCStringTestEncoder.encode(value))?.description == "vendor consents: range 7–3 ends before it starts")
        // A bit field longer than what is left.
        value.vendorConsents = TCVendorSet(maxVendorId: 9000, encoding: .bitField, ranges: [])
        let encoded = TCStringTestEncoder.encode(value)
        #expect(failure(String(encoded.prefix(60)))?.description.hasPrefix("truncated: vendor consents bit field needs 9000 bits and ") == true)
    }

    /// Ranges are kept as runs: 4,095 entries each of 65,535 vendors cost 4,095 values, not 268 million.
    @Test func hugeRangesStayRuns() throws {
        var value = try TCStringDecoder.decode("COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA")
        value.vendorConsents = TCVendorSet(maxVendorId: 65_535, encoding: .range, ranges: [TCIDRange(first: 1, last: 65_535)])
        let decoded = try TCStringDecoder.decode(TCStringTestEncoder.encode(value))
        #expect(decoded.vendorConsents.count == 65_535)
        #expect(decoded.vendorConsents.ranges.count == 1)
        #expect(decoded.vendorConsents.contains(40_000))
        #expect(!decoded.vendorConsents.contains(0))
    }
}
