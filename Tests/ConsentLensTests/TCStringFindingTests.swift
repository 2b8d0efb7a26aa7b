import Foundation
import Testing
@testable import ConsentLens

/// The TC string findings on capture records built in memory (no browser): each rule fires on
/// its case and stays quiet on the others. The browser-run fixture sites are in
/// TCStringCaptureTests.
@Suite struct TCStringFindingTests {
    /// Strings written with the test encoder, each for one case.
    static func string(purposes: [Int] = [], li: [Int] = [], vendors: [Int] = [], disclosed: Int? = 3, policy: Int = 4) -> String {
        TCStringTestEncoder.encode(TCString(
            version: 2, created: TCTimestamp(deciseconds: 17_331_000_000), lastUpdated: TCTimestamp(deciseconds: 17_331_000_000),
            cmpId: 300, cmpVersion: 7, consentScreen: 1, consentLanguage: "EN", vendorListVersion: 80, tcfPolicyVersion: policy,
            isServiceSpecific: true, useNonStandardTexts: false, specialFeatureOptIns: [], purposeConsents: purposes,
            purposeLegitimateInterests: li, purposeOneTreatment: false, publisherCountryCode: "IE",
            vendorConsents: TCVendorSet(maxVendorId: vendors.last ?? 0, encoding: .bitField, ranges: vendors.map { TCIDRange(first: $0, last: $0) }),
            vendorLegitimateInterests: TCVendorSet(maxVendorId: 0, encoding: .bitField, ranges: []), publisherRestrictions: [],
            disclosedVendors: disclosed.map { TCVendorSet(maxVendorId: $0, encoding: .range, ranges: [TCIDRange(first: 1, last: $0)]) },
            allowedVendors: nil, publisherPurposes: nil))
    }

    static let notice = ConsentNotice(
        totalPartners: 3,
        purposes: [PurposeDeclaration(kind: .purpose, tcfId: 1, name: "Store and/or access information on a device"),
                   PurposeDeclaration(kind: .purpose, tcfId: 2, name: "Use limited data to select advertising")],
        legitimateInterestClaimed: true)

    /// A capture that refused, with these strings from `__tcfapi` and the cookie before and after.
    static func observation(apiBefore: String?, apiAfter: String?, cookieBefore: String?, cookieAfter: String?) -> CaptureObservation {
        var record = CaptureRecord(url: "https://news.example/", startedAt: "2026-12-06T12:00:00Z")
        record.outcome = "captured"
        var choice = CaptureChoice(requested: "reject")
        choice.made = true
        record.choice = choice
        func jar(_ value: String?) -> [CapturedCookie] {
            value.map { [CapturedCookie(name: "euconsent-v2", domain: "news.example", path: "/", expires: nil, size: 0, httpOnly: false, secure: false,
                                        sameSite: nil, party: "first", registrableDomain: "news.example", setBy: nil, value: $0)] } ?? []
        }
        var tcf = TCFRecord()
        tcf.tcString = apiBefore
        tcf.tcStringAfterChoice = apiAfter
        let o = CaptureFolder.observation(
            record: record, jar: CookieJarRecord(pageRegistrableDomain: "news.example", beforeChoice: jar(cookieBefore), afterChoice: jar(cookieAfter)),
            requests: [], tcf: tcf)
        var assessed = o
        assessed.assessment = ObservedBehaviourAssessor.assess(o, notice: notice)
        return assessed
    }

    func finding(_ id: String, _ o: CaptureObservation) -> Finding? { o.assessment.findings.first { $0.id == id } }

    @Test func consentStoredAfterRefusalScoresAsARefusalNotHonoured() throws {
        let o = Self.observation(apiBefore: Self.string(li: [2]), apiAfter: Self.string(purposes: [1, 2], vendors: [2]), cookieBefore: nil, cookieAfter: nil)
        #expect(o.tcStrings.map(\.label) == ["__tcfapi before any choice", "__tcfapi after the choice"])
        let f = try #require(finding("observed.tc-consent-after-refusal", o))
        #expect(f.severity == .high && f.points == 30 && f.edpbCriterion == .consentSignalAfterRefusal)
        #expect(f.explanation.contains("__tcfapi after the choice (") && f.explanation.contains("): purposes 1-2; 1 vendor."))
        #expect(o.assessment.component(.trackingAfterRefusal)?.points == 30)
        #expect(finding("observed.tc-consent-before-choice", o)?.severity == .info)
        #expect(o.tcStringCounts?.findings == ["observed.tc-consent-after-refusal"])
        #expect(o.tcStringCounts?.afterChoiceText == "2 purposes, 1 vendors")
    }

    @Test func consentStoredBeforeAnyChoice() throws {
        let full = Self.string(purposes: [1, 2], vendors: [1, 3])
        let o = Self.observation(apiBefore: full, apiAfter: Self.string(), cookieBefore: full, cookieAfter: Self.string())
        let f = try #require(finding("observed.tc-consent-before-choice", o))
        #expect(f.severity == .high && f.points == 20 && f.component == .cookiesBeforeConsent)
        #expect(f.explanation.contains("cookie euconsent-v2 (news.example) before any choice"))
        #expect(finding("observed.tc-consent-after-refusal", o)?.severity == .info)
        #expect(finding("observed.tc-api-and-cookie-disagree", o) == nil)
        #expect(o.assessment.component(.cookiesBeforeConsent)?.points == 20)
    }

    @Test func aSiteThatBehavesHasOnlyInformativeFindings() {
        let o = Self.observation(apiBefore: Self.string(li: [2]), apiAfter: Self.string(), cookieBefore: nil, cookieAfter: Self.string())
        #expect(o.tcStrings.count == 3)
        #expect(o.tcStringCounts?.findings == [])
        #expect(o.assessment.findings.filter { $0.id.hasPrefix("observed.tc-") }.allSatisfy { $0.severity == .info && $0.points == 0 })
        #expect(o.assessment.score == 0)
    }

    @Test func legitimateInterestForProfilingAndAfterRefusal() throws {
        let o = Self.observation(apiBefore: nil, apiAfter: Self.string(li: [2, 4]), cookieBefore: nil, cookieAfter: nil)
        let profiling = try #require(finding("observed.tc-legitimate-interest-profiling", o))
        #expect(profiling.explanation.contains("purposes 4") && profiling.severity == .medium && profiling.points == 0)
        #expect(finding("observed.tc-legitimate-interest-after-refusal", o)?.explanation.contains("purposes 2, 4, 0 vendors") == true)
        // Under TCF v2.0 (policy version 2) legitimate interest for purpose 4 was allowed.
        let older = Self.observation(apiBefore: nil, apiAfter: Self.string(li: [4], policy: 2), cookieBefore: nil, cookieAfter: nil)
        #expect(finding("observed.tc-legitimate-interest-profiling", older) == nil)
    }

    @Test func stringAgainstNoticeAndCookieAgainstAPI() throws {
        let o = Self.observation(apiBefore: nil, apiAfter: Self.string(disclosed: 12), cookieBefore: nil, cookieAfter: Self.string(purposes: [1, 7], disclosed: 12))
        let vendors = try #require(finding("observed.tc-vendors-disagree-with-notice", o))
        #expect(vendors.explanation.contains("discloses 12 vendors; the notice prints 3 partners") && vendors.severity == .medium)
        #expect(finding("observed.tc-purposes-not-in-notice", o)?.explanation.contains("purposes 7") == true)
        let sources = try #require(finding("observed.tc-api-and-cookie-disagree", o))
        #expect(sources.explanation.hasPrefix("cookie euconsent-v2 (news.example) after the choice and __tcfapi disagree on purpose consents"))
    }

    @Test func anUndecodableStringIsKeptWithItsError() {
        let o = Self.observation(apiBefore: "CQ+broken", apiAfter: nil, cookieBefore: nil, cookieAfter: nil)
        #expect(o.tcStrings.first?.error == "not base64url: segment 1, character 3 is '+' (allowed: A–Z a–z 0–9 - _)")
        #expect(o.tcStringCounts?.undecodable == 1)
        #expect(o.assessment.findings.filter { $0.id.hasPrefix("observed.tc-") }.isEmpty)
    }
}
