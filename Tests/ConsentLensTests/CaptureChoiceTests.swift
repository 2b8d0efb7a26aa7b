import Foundation
import Testing
@testable import ConsentCapture
@testable import ConsentLens

/// Issue 18, item 7: a capture that could not make the choice asked says so (a warning, exit
/// status 2, `made: false`) and no output states what followed a choice; a request that got no
/// response contacted no one. Item 10: the viewport screenshot is 1280 × 800 and the notice gets
/// its own.
@Suite(.serialized, .enabled(if: CaptureSupport.ready, "chromium is not installed (apt-get install chromium): capture tests skipped"))
struct CaptureChoiceTests {
    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ path: String) throws -> (Int, Int) {
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        try #require(data.count > 24 && data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        func u32(_ at: Int) -> Int { data[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (u32(16), u32(20))
    }

    @Test func refusalThatFoundNoControlIsNoChoice() throws {
        let dir = try TestPaths.temporaryDirectory().appendingPathComponent("accept-only").path
        let url = CaptureSupport.server.url("accept-only.html")
        let run = try CLIRun.run(["capture", url, "--output", dir, "--choose", "reject", "--wait", "5", "--after-choice", "1"])
        #expect(run.status == 2, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 && lines[0].hasPrefix("consentlens: \(url): captured in "))
        #expect(lines.last == "consentlens: warning: \(url): could not refuse: no reject-all control found, and no settings control to refuse in; the page was saved, but no choice was made and nothing after one was recorded")

        let record = try JSONDecoder().decode(CaptureRecord.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/capture.json")))
        let choice = try #require(record.choice)
        #expect(!choice.made && choice.steps.isEmpty && choice.noticeGone == nil)
        #expect(choice.notMadeReason == "no reject-all control found, and no settings control to refuse in")
        #expect(try CaptureSupport.jar(dir).afterChoice == nil)
        let requests = try CaptureSupport.requests(dir)
        #expect(requests.count >= 3 && requests.allSatisfy { $0.phase == "before-choice" })

        // Every output says the choice was not made; none gives figures after it.
        let report = try CLIRun.run(["report", dir])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(!report.stdout.contains("chose to refuse"))
        #expect(report.stdout.contains("before the visitor chose anything (the capture was asked to refuse, but no choice was made)."))
        #expect(report.stdout.contains("| Choice (reject) | not made: The capture was asked to refuse but could not \\(no reject-all control found, and no settings control to refuse in\\): no choice was made, and what happens after one is unknown. |"))
        #expect(report.stdout.contains("| After the choice | unknown: no choice was made |"))
        #expect(!report.stdout.contains("requests after") && !report.stdout.contains("0 requests"))
        #expect(report.stdout.contains("Unknown: the capture did not refuse (no reject-all control found, and no settings control to refuse in), so what refusing does cannot be told."))

        let text = try CLIRun.run(["analyse", dir])
        #expect(text.stdout.contains("Choice: The capture was asked to refuse but could not (no reject-all control found, and no settings control to refuse in)"))
        #expect(!text.stdout.contains("After refusing"))
        let json = try CLIRun.run(["analyse", dir, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let captured = try #require(object["capture"] as? [String: Any])
        let observed = try #require(captured["choice"] as? [String: Any])
        #expect(observed["made"] as? Bool == false)
        #expect(observed["requestsAfterChoice"] is NSNull && observed["trackingAfterChoice"] is NSNull && observed["nonEssentialCookiesAddedAfterChoice"] is NSNull)
        let limitations = try #require(object["limitations"] as? [String])
        #expect(limitations.contains("The capture was asked to refuse but could not (no reject-all control found, and no settings control to refuse in): no choice was made, and what happens after one is unknown."))
        let analysis = try ConsentAnalyzer.analyse(path: dir)
        let finding = try #require(analysis.capture?.assessment.findings.first { $0.id == "observed.tracking-after-refusal" })
        #expect(finding.status == .unknown && finding.pointsAtStake == 30)

        // The screenshots: the whole viewport, and the notice alone.
        let (width, height) = try Self.pngSize(dir + "/screenshot.png")
        #expect(width == 1280 && height == 800)
        let (noticeWidth, noticeHeight) = try Self.pngSize(dir + "/notice.png")
        #expect(noticeWidth > 200 && noticeWidth <= 1280 && noticeHeight > 20 && noticeHeight < 300)
        #expect(record.log.contains { $0.contains("notice.png written: \(noticeWidth) × \(noticeHeight)") && $0.contains("div#notice") })
    }

    @Test func acceptThatFoundNoControlIsNoChoice() throws {
        let (record, _) = try CaptureSupport.capture("reject-ignored.html", choose: .accept, afterChoice: 0.5)
        // reject-ignored.html offers "Accept all": the acceptance is made.
        #expect(record.choice?.made == true && record.choice?.notMadeReason == nil)
        let (none, folder) = try CaptureSupport.capture("no-notice.html", choose: .accept, wait: 1, afterChoice: 0.5)
        #expect(none.choice?.made == false && none.choice?.notMadeReason == "no accept-all control found")
        let analysis = try ConsentAnalyzer.analyse(path: folder)
        #expect(analysis.capture?.choice?.notMadeSentence == "The capture was asked to accept but could not (no accept-all control found): no choice was made, and what happens after one is unknown.")
    }

    @Test func unresolvableThirdPartyIsNoContact() throws {
        let (record, folder) = try CaptureSupport.capture("unresolvable-tracker.html")
        #expect(record.outcome == "captured", "\(record.error ?? "")")
        let requests = try CaptureSupport.requests(folder)
        let pixel = try #require(requests.first { $0.url.hasPrefix("http://tracker.invalid/") })
        #expect(pixel.status == nil && pixel.error == "net::ERR_NAME_NOT_RESOLVED" && pixel.party == "third")
        let capture = try #require(try ConsentAnalyzer.analyse(path: folder).capture)
        #expect(capture.thirdPartyDomainsBeforeChoice.isEmpty)
        #expect(capture.trackingBeforeChoice.isEmpty)
        #expect(capture.unansweredRequestsBeforeChoice == requests.filter { $0.status == nil }.count)
        #expect((capture.unansweredRequestsBeforeChoice ?? 0) >= 1)
        let report = try CLIRun.run(["report", folder])
        #expect(report.stdout.contains("| Requests before any choice | \(requests.count) (\(capture.unansweredRequestsBeforeChoice!) got no response: no contact), to 0 third-party domains that answered |"))
    }
}

/// A capture folder written by hand (no browser needed): a request that failed to a known
/// tracker's host is no contact, in the JSON and in the observed score.
struct FailedRequestScoringTests {
    @Test func failedRequestToATrackerScoresNothing() throws {
        let dir = try TestPaths.temporaryDirectory().appendingPathComponent("capture").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        try write("page.html", "<html><body><div role=dialog><p>We use cookies for analytics.</p><button>Accept all</button><button>Reject all</button></div></body></html>")
        try write("capture.json", """
            {"captureFormatVersion":1,"url":"https://news.example/","finalURL":"https://news.example/","startedAt":"2026-12-06T12:00:00Z","seconds":3,
             "outcome":"captured","wait":{"limitSeconds":15,"seconds":1,"noticeFound":true,"evidence":"consent wording \\"cookies\\" beside a button"},
             "frames":[],"shadowRoots":0,"popupsClosed":0,"navigations":0,"log":[],"files":["page.html"]}
            """)
        try write("cookies.json", #"{"pageRegistrableDomain":"news.example","beforeChoice":[]}"#)
        try write("requests.jsonl", """
            {"phase":"before-choice","url":"https://news.example/","type":"Document","party":"first","status":200}
            {"phase":"before-choice","url":"https://www.google-analytics.com/g/collect?v=2","type":"Ping","party":"third","error":"net::ERR_NAME_NOT_RESOLVED"}
            {"phase":"before-choice","url":"https://stats.g.doubleclick.net/j/collect","type":"XHR","party":"third","error":"blocked: mixed-content"}
            {"phase":"before-choice","url":"https://cdn.example.org/lib.js","type":"Script","party":"third","status":200}

            """)
        let run = try CLIRun.run(["analyse", dir, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let capture = try #require(object["capture"] as? [String: Any])
        #expect(capture["thirdPartyDomainsBeforeChoice"] as? [String] == ["example.org"])
        #expect((capture["trackingBeforeChoice"] as? [Any])?.isEmpty == true)
        #expect(capture["unansweredRequestsBeforeChoice"] as? Int == 2)
        #expect(capture["requestsBeforeChoice"] as? Int == 4)
        let report = try CLIRun.run(["report", dir])
        #expect(report.stdout.contains("| Requests before any choice | 4 (2 got no response: no contact), to 1 third-party domain that answered |"))
        #expect(report.stdout.contains("No third-party request before any choice went to a known advertising or analytics service or carried a non-essential cookie (1 third-party domain contacted)."))
    }
}
