import Foundation
import Testing
@testable import ConsentLens

/// ConsentLens's TC string decoder against an independent one, the PyPI package `iab-tcf`
/// (`pip install iab-tcf`), on strings generated at random (seeded, so a failure repeats).
/// Skipped when python3 or the package is absent; `.ci/run` installs it.
@Suite(.enabled(if: IABTCFPython.available, "python3 with the iab-tcf package is not installed (pip install iab-tcf): differential test skipped"))
struct TCStringDifferentialTests {
    /// What both decoders are compared on (python's timestamps have whole seconds).
    struct Normalized: Codable, Equatable {
        var version: Int
        var createdSeconds: Int
        var lastUpdatedSeconds: Int
        var cmpId: Int
        var cmpVersion: Int
        var consentScreen: Int
        var consentLanguage: String
        var vendorListVersion: Int
        var tcfPolicyVersion: Int
        var isServiceSpecific: Bool
        var useNonStandardTexts: Bool
        var specialFeatureOptIns: [Int]
        var purposeConsents: [Int]
        var purposeLegitimateInterests: [Int]
        var purposeOneTreatment: Bool
        var publisherCountryCode: String
        var vendorConsentsMax: Int
        var vendorConsents: [Int]
        var vendorLegitimateInterestsMax: Int
        var vendorLegitimateInterests: [Int]
        var restrictions: [[Restriction]]
        var disclosedVendors: [Int]?
        var allowedVendors: [Int]?
        var publisherPurposeConsents: [Int]?
        var publisherPurposeLegitimateInterests: [Int]?
        var customPurposeConsents: [Int]?
        var customPurposeLegitimateInterests: [Int]?

        /// One element of python's `[purpose, type, [ids]]`.
        enum Restriction: Codable, Equatable {
            case number(Int), ids([Int])
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let n = try? c.decode(Int.self) { self = .number(n) } else { self = .ids(try c.decode([Int].self)) }
            }
            func encode(to encoder: Encoder) throws {
                var c = encoder.singleValueContainer()
                switch self {
                case .number(let n): try c.encode(n)
                case .ids(let ids): try c.encode(ids)
                }
            }
        }

        init(_ s: TCString) {
            let types: [TCPublisherRestriction.RestrictionType] = [.notAllowed, .requireConsent, .requireLegitimateInterest, .undefined]
            version = s.version
            createdSeconds = s.created.deciseconds / 10
            lastUpdatedSeconds = s.lastUpdated.deciseconds / 10
            cmpId = s.cmpId
            cmpVersion = s.cmpVersion
            consentScreen = s.consentScreen
            consentLanguage = s.consentLanguage
            vendorListVersion = s.vendorListVersion
            tcfPolicyVersion = s.tcfPolicyVersion
            isServiceSpecific = s.isServiceSpecific
            useNonStandardTexts = s.useNonStandardTexts
            specialFeatureOptIns = s.specialFeatureOptIns
            purposeConsents = s.purposeConsents
            purposeLegitimateInterests = s.purposeLegitimateInterests
            purposeOneTreatment = s.purposeOneTreatment
            publisherCountryCode = s.publisherCountryCode
            vendorConsentsMax = s.vendorConsents.maxVendorId
            vendorConsents = s.vendorConsents.ids
            vendorLegitimateInterestsMax = s.vendorLegitimateInterests.maxVendorId
            vendorLegitimateInterests = s.vendorLegitimateInterests.ids
            restrictions = s.publisherRestrictions.map {
                [.number($0.purposeId), .number(types.firstIndex(of: $0.restrictionType)!), .ids($0.vendors.flatMap { Array($0.first...$0.last) })]
            }
            disclosedVendors = s.disclosedVendors?.ids
            allowedVendors = s.allowedVendors?.ids
            publisherPurposeConsents = s.publisherPurposes?.purposeConsents
            publisherPurposeLegitimateInterests = s.publisherPurposes?.purposeLegitimateInterests
            customPurposeConsents = s.publisherPurposes?.customPurposeConsents
            customPurposeLegitimateInterests = s.publisherPurposes?.customPurposeLegitimateInterests
        }
    }

    @Test func bothDecodersAgreeOnRandomStrings() throws {
        var generator = RobustnessTests.Generator(state: 0x7C5_2026)
        let values = (0..<400).map { _ in Self.randomString(using: &generator) }
        let strings = values.map(TCStringTestEncoder.encode)
        let run = try IABTCFPython.run(arguments: [TestPaths.fixture("tcstring/iab_tcf_decode.py")], input: Data(strings.joined(separator: "\n").utf8))
        #expect(run.status == 0, "python: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        try #require(lines.count == strings.count)
        var compared = 0
        for (index, line) in lines.enumerated() {
            let theirs = try JSONDecoder().decode(Normalized.self, from: Data(line.utf8))
            let decoded = try TCStringDecoder.decode(strings[index])
            #expect(decoded == values[index], "ConsentLens does not read back the generated string \(strings[index])")
            let ours = Normalized(decoded)
            if ours != theirs {
                Issue.record("iab-tcf reads \(strings[index]) differently in: \(try Self.differingFields(ours, theirs).joined(separator: ", "))")
            }
            compared += 1
        }
        #expect(compared == 400)
    }

    /// The names of the fields where two readings differ, for a short failure message.
    static func differingFields(_ a: Normalized, _ b: Normalized) throws -> [String] {
        func object(_ n: Normalized) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(n)) as? [String: Any] ?? [:]
        }
        let x = try object(a), y = try object(b)
        let keys: [String] = x.keys.sorted()
        return keys.filter { key in
            switch (x[key], y[key]) {
            case let (l?, r?): return (l as? NSObject)?.isEqual(r) != true
            case (nil, nil): return false
            default: return true
            }
        }
    }

    /// A valid TCF v2.0 or v2.2 string with every field drawn at random.
    static func randomString(using g: inout RobustnessTests.Generator) -> TCString {
        func subset(_ upper: Int) -> [Int] {
            guard upper > 0 else { return [] }
            let density = Double.random(in: 0...1, using: &g)
            return (1...upper).filter { _ in Double.random(in: 0...1, using: &g) < density }
        }
        func letters() -> String { String((0..<2).map { _ in Character(Unicode.Scalar(UInt8(65 + Int.random(in: 0..<26, using: &g)))) }) }
        func ranges(upTo upper: Int) -> [TCIDRange] {
            (0..<Int.random(in: 0...6, using: &g)).map { _ in
                let first = Int.random(in: 1...upper, using: &g)
                return TCIDRange(first: first, last: Bool.random(using: &g) ? first : Int.random(in: first...min(upper, first + 400), using: &g))
            }
        }
        func vendors() -> TCVendorSet {
            if Bool.random(using: &g) {
                let ids = subset(Int.random(in: 0...900, using: &g))
                return TCVendorSet(maxVendorId: ids.last ?? 0, encoding: .bitField, ranges: TCIDRange.merged(ids.map { TCIDRange(first: $0, last: $0) }))
            }
            let merged = TCIDRange.merged(ranges(upTo: Int.random(in: 1...3000, using: &g)))
            return TCVendorSet(maxVendorId: merged.last?.last ?? 0, encoding: .range, ranges: merged)
        }
        let policy = [2, 2, 4, 5].randomElement(using: &g)!
        let created = Int.random(in: 15_000_000_000...20_000_000_000, using: &g)
        let custom = Int.random(in: 0...12, using: &g)
        let restrictionTypes: [TCPublisherRestriction.RestrictionType] = [.notAllowed, .requireConsent, .requireLegitimateInterest, .undefined]
        return TCString(
            version: 2, created: TCTimestamp(deciseconds: created), lastUpdated: TCTimestamp(deciseconds: created + Int.random(in: 0...100_000_000, using: &g)),
            cmpId: Int.random(in: 0...4095, using: &g), cmpVersion: Int.random(in: 0...4095, using: &g), consentScreen: Int.random(in: 0...63, using: &g),
            consentLanguage: letters(), vendorListVersion: Int.random(in: 0...4095, using: &g), tcfPolicyVersion: policy,
            isServiceSpecific: Bool.random(using: &g), useNonStandardTexts: Bool.random(using: &g), specialFeatureOptIns: subset(12),
            purposeConsents: subset(24), purposeLegitimateInterests: subset(24), purposeOneTreatment: Bool.random(using: &g),
            publisherCountryCode: letters(), vendorConsents: vendors(), vendorLegitimateInterests: vendors(),
            publisherRestrictions: (0..<Int.random(in: 0...3, using: &g)).map { _ in
                TCPublisherRestriction(purposeId: Int.random(in: 1...24, using: &g), restrictionType: restrictionTypes.randomElement(using: &g)!,
                                       vendors: TCIDRange.merged(ranges(upTo: 2000)))
            },
            disclosedVendors: Bool.random(using: &g) ? vendors() : nil,
            allowedVendors: policy == 2 && Bool.random(using: &g) ? vendors() : nil,
            publisherPurposes: Bool.random(using: &g) ? TCPublisherPurposes(
                purposeConsents: subset(24), purposeLegitimateInterests: subset(24), numberOfCustomPurposes: custom,
                customPurposeConsents: subset(custom), customPurposeLegitimateInterests: subset(custom)) : nil)
    }

}

/// python3 with the PyPI `iab-tcf` package, run as a process.
enum IABTCFPython {
    static let available: Bool = (try? run(arguments: ["-c", "import iab_tcf"], input: Data()).status) == 0

    static func run(arguments: [String], input: Data) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        // Written from another thread, so that a large input cannot block on a full output pipe.
        let writer = Thread { stdin.fileHandleForWriting.write(input); try? stdin.fileHandleForWriting.close() }
        writer.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
