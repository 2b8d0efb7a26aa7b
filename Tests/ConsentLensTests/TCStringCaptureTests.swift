import Foundation
import Testing
@testable import ConsentCapture
@testable import ConsentLens

/// The TCF fixture site (`Fixtures/capture-sites/tcf-site.html`) in each of its three cases,
/// captured with `--choose reject` in Chromium and reported: the findings each case must give.
/// Part of the serialized capture suite, so that one browser runs at a time.
extension CaptureTests {
    func tcCapture(_ name: String) throws -> (CaptureObservation, String) {
        let (record, folder) = try CaptureSupport.capture("tcf-site.html?case=\(name)", choose: .reject, afterChoice: 1)
        #expect(record.outcome == "captured", "\(record.error ?? "")")
        #expect(record.choice?.made == true, "\(record.log)")
        let observation = try #require(try ConsentAnalyzer.analyse(path: folder).capture)
        return (observation, folder)
    }

    func severities(_ o: CaptureObservation) -> [String: Severity] {
        Dictionary(o.assessment.findings.filter { $0.id.hasPrefix("observed.tc-") }.map { ($0.id, $0.severity) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func tcStringStoredAfterTheRejectClick() throws {
        let (o, folder) = try tcCapture("after-reject")
        #expect(o.tcStrings.map(\.label) == ["__tcfapi before any choice", "__tcfapi after the choice", "cookie euconsent-v2 (127.0.0.1) after the choice"])
        let cookie = try #require(o.tcStrings.last?.decoded)
        #expect(cookie.purposeConsents == Array(1...10) && cookie.vendorConsents.count == 12 && cookie.cmpId == 300 && cookie.framework == "2.2")
        let s = severities(o)
        #expect(s["observed.tc-consent-before-choice"] == .info)
        #expect(s["observed.tc-consent-after-refusal"] == .high)
        #expect(s["observed.tc-legitimate-interest-profiling"] == .medium)
        #expect(s["observed.tc-api-and-cookie-disagree"] == .medium)
        #expect(s["observed.tc-vendors-disagree-with-notice"] == .medium)
        #expect(s["observed.tc-purposes-not-in-notice"] == .medium)
        #expect(o.assessment.component(.trackingAfterRefusal)?.points == 30)
        let report = try CLIRun.run(["report", folder])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("### Consent strings (TCF)"))
        #expect(report.stdout.contains("| cookie euconsent-v2 \\(127.0.0.1\\) after the choice | CQJAhLAQJAhLAEsAHBENBQEo… | v2\\.2 (policy 4), vendor list 80 | 300 | 1-10 (10) | 2, 7-10 (5) | 1 (1) | 12 | 3 | 12 |"), "\(report.stdout)")
        #expect(report.stdout.contains("Consent was stored after refusing: cookie euconsent-v2 (127.0.0.1) after the choice"))
    }

    @Test func tcStringStoredBeforeAnyClick() throws {
        let (o, folder) = try tcCapture("before-choice")
        #expect(o.tcStrings.map(\.label) == ["__tcfapi before any choice", "__tcfapi after the choice", "cookie euconsent-v2 (127.0.0.1) before any choice", "cookie euconsent-v2 (127.0.0.1) after the choice"])
        let s = severities(o)
        #expect(s["observed.tc-consent-before-choice"] == .high)
        #expect(s["observed.tc-consent-after-refusal"] == .info)
        #expect(s["observed.tc-api-and-cookie-disagree"] == nil)
        #expect(o.assessment.component(.cookiesBeforeConsent)?.points ?? 0 >= 20)
        let report = try CLIRun.run(["report", folder])
        #expect(report.stdout.contains("Consent was stored before any choice: __tcfapi before any choice"))
    }

    @Test func tcStringOfASiteThatBehaves() throws {
        let (o, folder) = try tcCapture("respectful")
        #expect(o.tcStrings.count == 3)
        #expect(o.tcStringCounts?.findings == [])
        #expect(o.tcStringCounts?.beforeChoiceText == "none" && o.tcStringCounts?.afterChoiceText == "none")
        #expect(severities(o).values.allSatisfy { $0 == .info })
        let report = try CLIRun.run(["report", folder])
        #expect(report.stdout.contains("After refusing, the TC string held no consent signal"))
        // compare sets it beside the site that stored consent after the refusal.
        let (_, ignored) = try tcCapture("after-reject")
        let compared = try CLIRun.run(["compare", folder, ignored])
        #expect(compared.stdout.contains("| TC string consents before / after the choice (capture) | none / none | none / 10 purposes, 12 vendors |"), "\(compared.stdout)")
    }
}
