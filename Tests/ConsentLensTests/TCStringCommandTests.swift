import Foundation
import Testing
@testable import ConsentLens

/// `consentlens tcstring` as a user runs it (the built binary): text, JSON, standard input, errors.
@Suite(.serialized) struct TCStringCommandTests {
    /// iabtcf-java TCStringV2Test `testCanParseDisclosedAndAllowedVendors` (see TCStringDecoderTests).
    static let vector = "COrEAV4OrXx94ACABBENAHCIAD-AAAAAAACAAxAAAAgAIAwgAgAAAAEAgQAAAAAEAYQAQAAAACAAAABAAA.IBAgAAAgAIAwgAgAAAAEAAAACA.QAagAQAgAIAwgA"

    @Test func textOfAString() throws {
        let run = try CLIRun.run(["tcstring", Self.vector])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Purpose consents (7): 3-9"))
        #expect(lines.contains("Vendor consents (7 of max id 98, bit field): 23, 37, 47-48, 53, 65, 98"))
        #expect(lines.contains("Disclosed vendors (8 of max id 129): 23, 37, 47-48, 53, 65, 98, 129"))
        #expect(lines.contains("Allowed vendors (6 of max id 53): 12, 23, 37, 47-48, 53"))
        #expect(lines.contains("Publisher TC: no segment"))
    }

    @Test func jsonFromStandardInput() throws {
        let run = try CLIRun.run(["tcstring", "--format", "json", "-"], stdin: Data((Self.vector + "\n").utf8))
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["framework"] as? String == "2.0")
        let decoded = try #require(object["decoded"] as? [String: Any])
        #expect(decoded["purposeConsents"] as? [Int] == [3, 4, 5, 6, 7, 8, 9])
        let vendors = try #require(decoded["vendorConsents"] as? [String: Any])
        #expect(vendors["count"] as? Int == 7)
        #expect(vendors["encoding"] as? String == "bitField")
        #expect((decoded["disclosedVendors"] as? [String: Any])?["count"] as? Int == 8)
    }

    @Test func badStringsAreOneLineAndExitOne() throws {
        let run = try CLIRun.run(["tcstring", "COtyb+4PA"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "consentlens: COtyb+4PA: not base64url: segment 1, character 6 is '+' (allowed: A–Z a–z 0–9 - _)\n")
        let truncated = try CLIRun.run(["tcstring", "--format", "json", "-"], stdin: Data("COtybn4PA_zT4KjACBEN".utf8))
        #expect(truncated.status == 1)
        #expect(truncated.stderr == "consentlens: -: truncated: vendor list version needs 12 bits and 0 remain\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(truncated.stdout.utf8)) as? [String: Any])
        #expect(object["error"] as? String == "truncated: vendor list version needs 12 bits and 0 remain")
        let version = try CLIRun.run(["tcstring", "BOPnWgIOPnWgIAAABAENAI4AAAAA0ABA"])
        #expect(version.status == 1)
        #expect(version.stderr == "consentlens: BOPnWgIOPnWgIAAABAENAI4A…: version 1 (TCF v1.1) is not decoded; only version 2 (TCF v2.0 and v2.2)\n")
        let usage = try CLIRun.run(["tcstring", "--format", "xml", Self.vector])
        #expect(usage.status == 64)
        let misspelled = try CLIRun.run(["tcstrnig", Self.vector])
        #expect(misspelled.stderr == "consentlens: unknown command 'tcstrnig'; did you mean 'tcstring'?\n")
    }
}

/// `tcstring --vendor-list`: the vendor lists of ../shared/corpus/tcf name a string's vendors when
/// the version matches, and say which list is missing when none does.
@Suite(.serialized) struct TCStringVendorListTests {
    static let lists = TestPaths.corpus?.appendingPathComponent("tcf").path

    static func string(vendorListVersion: Int, policy: Int) throws -> String {
        var value = try TCStringDecoder.decode("COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA")
        value.vendorListVersion = vendorListVersion
        value.tcfPolicyVersion = policy
        value.vendorConsents = TCVendorSet(maxVendorId: 2, encoding: .bitField, ranges: [TCIDRange(first: 1, last: 2)])
        value.vendorLegitimateInterests = TCVendorSet(maxVendorId: 6, encoding: .range, ranges: [TCIDRange(first: 6, last: 6)])
        return TCStringTestEncoder.encode(value)
    }

    @Test(.enabled(if: lists != nil, "../shared/corpus is not on this machine"))
    func namesFromTheMatchingList() throws {
        let lists = try #require(Self.lists)
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: lists + "/gvl-v3-tcf2.2-vendor-list-v17.json"))) as? [String: Any]
        let vendors = try #require(file?["vendors"] as? [String: [String: Any]])
        let name = { (id: Int) in vendors[String(id)]?["name"] as? String ?? "(not in the list)" }
        let run = try CLIRun.run(["tcstring", "--vendor-list", lists, try Self.string(vendorListVersion: 17, policy: 4)])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Vendor names from vendor list v17 (GVL v3):\n  consent (2):\n    1 \(name(1))\n    2 \(name(2))\n  legitimate interest (1):\n    6 \(name(6))\n"))
        // Vendor list 17 under policy 2 would be a GVL v2 list, which is not given.
        let old = try CLIRun.run(["tcstring", "--vendor-list", lists, try Self.string(vendorListVersion: 17, policy: 2)])
        #expect(old.stdout.contains("Vendor names: the string's vendor list v17 (GVL v2) is not among those given (v51 (GVL v2), v17 (GVL v3), v7 (GVL v3)); vendors are shown as ids"))
        let json = try CLIRun.run(["tcstring", "--format", "json", "--vendor-list", lists, try Self.string(vendorListVersion: 17, policy: 4)])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["vendorList"] as? String == "v17 (GVL v3)")
        #expect((object["vendorNames"] as? [String: String])?["6"] == name(6))
    }

    @Test func aPathWithoutAListIsOneLine() throws {
        let run = try CLIRun.run(["tcstring", "--vendor-list", "/nonexistent/gvl", try Self.string(vendorListVersion: 17, policy: 4)])
        #expect(run.status == 1)
        #expect(run.stderr == "consentlens: /nonexistent/gvl: no such file or directory\n")
        let notAList = try CLIRun.run(["tcstring", "--vendor-list", "Package.swift", try Self.string(vendorListVersion: 17, policy: 4)])
        #expect(notAList.stderr == "consentlens: Package.swift: not a Global Vendor List (vendor-list.json)\n")
    }
}
