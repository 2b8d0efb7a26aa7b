#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import ConsentCapture
@testable import ConsentLens
import ConsentParse

/// What the capture tests need: a browser and the loopback fixture server.
enum CaptureSupport {
    static let browser: String? = try? BrowserProcess.locate(explicit: nil)
    static var ready: Bool { browser != nil && CaptureSiteServer.shared != nil }
    static var server: CaptureSiteServer { CaptureSiteServer.shared! }

    /// Captures a fixture page into a fresh folder; checks that no browser process is left behind.
    static func capture(_ path: String, host: String = "127.0.0.1", choose: CaptureOptions.Choice = .none, wait: Double = 5,
                        timeout: Double = 10, afterChoice: Double = 1.5) throws -> (CaptureRecord, String) {
        let folder = try TestPaths.temporaryDirectory().appendingPathComponent("capture").path
        let url = path.hasPrefix("http") ? path : server.url(path, host: host)
        let record = Capturer.capture(url: url, into: folder, options: CaptureOptions(choose: choose, wait: wait, navigationTimeout: timeout, afterChoice: afterChoice))
        expectNoBrowserLeft(record)
        return (record, folder)
    }

    /// The profile folder named in the log; no process may still name it, and it is removed.
    static func expectNoBrowserLeft(_ record: CaptureRecord, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let line = record.log.first(where: { $0.contains("profile ") }), let range = line.range(of: "profile ") else {
            Issue.record("the log names no browser profile: \(record.log)", sourceLocation: sourceLocation)
            return
        }
        let profile = String(line[range.upperBound...])
        #expect(BrowserProcess.processes(naming: profile).isEmpty, "browser processes left behind for \(profile)", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: profile), "profile folder left behind", sourceLocation: sourceLocation)
    }

    static func jar(_ folder: String) throws -> CookieJarRecord {
        try JSONDecoder().decode(CookieJarRecord.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/cookies.json")))
    }

    static func requests(_ folder: String) throws -> [CapturedRequest] {
        try String(contentsOfFile: folder + "/requests.jsonl", encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(CapturedRequest.self, from: Data($0.utf8)) }
    }

    static func read(_ folder: String, _ name: String) throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }
}

@Suite(.serialized, .enabled(if: CaptureSupport.ready, "chromium is not installed (apt-get install chromium): capture tests skipped"))
struct CaptureTests {
    var port: String { String(CaptureSupport.server.port) }

    @Test func injectedNoticeWithCookiesBeforeConsent() throws {
        let (record, folder) = try CaptureSupport.capture("injected.html")
        #expect(record.outcome == "captured", "\(record.error ?? "")")
        let wait = try #require(record.wait)
        #expect(wait.noticeFound)
        #expect(wait.evidence?.hasPrefix("consent wording \"cookies\"") == true)
        #expect(wait.seconds >= 0.5)  // injected 500 ms after load
        #expect(record.browser?.hasPrefix("Chrome/") == true)
        #expect(Set(record.files).isSuperset(of: ["page.html", "screenshot.png", "cookies.json", "requests.jsonl", "page.aria.yml"]))

        let jar = try CaptureSupport.jar(folder)
        #expect(jar.pageRegistrableDomain == "127.0.0.1")
        #expect(jar.beforeChoice.map(\.name) == ["IDE", "_ga", "site_lang"])
        let ide = try #require(jar.beforeChoice.first { $0.name == "IDE" })
        #expect(ide.party == "third" && ide.domain == "127.0.0.2")
        #expect(ide.setBy?.hasPrefix("response http://127.0.0.2:\(port)/track?c=IDE") == true)
        let ga = try #require(jar.beforeChoice.first { $0.name == "_ga" })
        #expect(ga.party == "first" && ga.setBy == "script http://127.0.0.1:\(port)/injected.html" && ga.expires != nil)
        #expect(jar.beforeChoice.first { $0.name == "site_lang" }?.expires == nil)

        let requests = try CaptureSupport.requests(folder)
        #expect(requests.first?.url == "http://127.0.0.1:\(port)/injected.html" && requests.first?.status == 200 && requests.first?.type == "Document")
        let pixel = try #require(requests.first { $0.url.contains("/track?c=IDE") })
        #expect(pixel.party == "third" && pixel.type == "Image" && pixel.cookiesSet == ["IDE"] && pixel.initiator?.contains("injected.html") == true)

        let html = try CaptureSupport.read(folder, "page.html")
        #expect(html.contains("We and our 12 partners use cookies"))
        let png = try Data(contentsOf: URL(fileURLWithPath: folder + "/screenshot.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let aria = try CaptureSupport.read(folder, "page.aria.yml")
        #expect(aria.contains("- button \"Reject all\""))

        let analysis = try ConsentAnalyzer.analyse(path: folder)
        #expect(analysis.source.path == folder)
        #expect(analysis.notice?.controls.rejectAll == true && analysis.notice?.controls.acceptAll == true)
        let capture = try #require(analysis.capture)
        #expect(capture.nonEssentialCookiesBeforeChoice.map(\.name) == ["IDE", "_ga"])
        #expect(capture.nonEssentialCookiesBeforeChoice.map { $0.category ?? "" } == ["Marketing", "Analytics"])
        #expect(capture.cookiesBeforeChoice.first { $0.name == "site_lang" }?.nonEssential == nil)  // unknown stays unknown
        #expect(capture.trackingBeforeChoice.map(\.registrableDomain) == ["127.0.0.2"])
        #expect(capture.trackingBeforeChoice.first?.reason.hasPrefix("cookie IDE (Marketing") == true)
        #expect(capture.assessment.component(.cookiesBeforeConsent)?.points == 25)  // 20 + 5 × 1
        #expect(capture.assessment.component(.trackingBeforeConsent)?.points == 20)
        #expect(capture.assessment.component(.trackingAfterRefusal)?.pointsAtStake == 30)  // no refusal made
        #expect(capture.assessment.score == 45)
    }

    @Test func refusalHonouredAndIgnored() throws {
        let (honoured, honouredFolder) = try CaptureSupport.capture("reject-honoured.html", choose: .reject)
        let (ignored, ignoredFolder) = try CaptureSupport.capture("reject-ignored.html", choose: .reject)
        for record in [honoured, ignored] {
            #expect(record.outcome == "captured", "\(record.error ?? "")")
            let choice = try #require(record.choice)
            #expect(choice.made && choice.noticeGone == true)
            #expect(choice.steps.map(\.label) == ["Reject all"] && choice.steps.first?.foundBy == "wording (ControlLexicon)")
        }
        let a = try #require(try ConsentAnalyzer.analyse(path: honouredFolder).capture)
        let b = try #require(try ConsentAnalyzer.analyse(path: ignoredFolder).capture)
        // Both track before any choice: the beacon's _fbp cookie (Marketing) on 127.0.0.2.
        #expect(a.trackingBeforeChoice.map(\.registrableDomain) == ["127.0.0.2"])
        #expect(b.trackingBeforeChoice.map(\.registrableDomain) == ["127.0.0.2"])
        #expect(a.choice?.trackingAfterChoice?.isEmpty == true)
        #expect(a.assessment.findings.first { $0.id == "observed.tracking-after-refusal" }?.points == 0)
        let after = try #require(b.choice?.trackingAfterChoice?.first)
        #expect(after.registrableDomain == "127.0.0.2" && after.requests >= 3)  // a beacon every 300 ms for 1.5 s
        #expect(b.assessment.component(.trackingAfterRefusal)?.points == 30)
        let afterRequests = try CaptureSupport.requests(ignoredFolder).filter { $0.phase == "after-choice" && $0.url.contains("/track?c=_fbp") }
        #expect(afterRequests.count >= 3 && afterRequests.allSatisfy { $0.cookiesSent == ["_fbp"] })

        // compare puts the two observed outcomes side by side; scan reads both folders as pages.
        let compared = try CLIRun.run(["compare", honouredFolder, ignoredFolder, "--format", "json"])
        #expect(compared.status == 0, "\(compared.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(compared.stdout.utf8)) as? [String: Any])
        let pageA = try #require(json["a"] as? [String: Any]), pageB = try #require(json["b"] as? [String: Any])
        #expect(pageA["trackingAfterRefusal"] as? [String] == [] && pageB["trackingAfterRefusal"] as? [String] == ["127.0.0.2"])
        #expect(pageA["observedScore"] as? Int == a.assessment.score && pageB["observedScore"] as? Int == b.assessment.score)
        #expect((pageB["observedScore"] as? Int ?? 0) - (pageA["observedScore"] as? Int ?? 0) == 30)
        let markdown = try CLIRun.run(["compare", honouredFolder, ignoredFolder])
        #expect(markdown.stdout.contains("| Tracking after refusal (capture) | none | 127\\.0.0.2 |"), "\(markdown.stdout)")
        let both = try TestPaths.temporaryDirectory().path
        try FileManager.default.copyItem(atPath: honouredFolder, toPath: both + "/honoured")
        try FileManager.default.copyItem(atPath: ignoredFolder, toPath: both + "/ignored")
        let scanned = try CLIRun.run(["scan", both, "--format", "jsonl"])
        #expect(scanned.status == 0, "\(scanned.stderr)")
        let rows = scanned.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(rows.count == 2)
        let scores = rows.compactMap { (($0["capture"] as? [String: Any])?["assessment"] as? [String: Any])?["score"] as? Int }
        #expect(scores == [a.assessment.score, b.assessment.score])
    }

    /// Buttons that say nothing in words: the platform rule's click sequence (autoconsent's Moove
    /// rule) finds the reject and the accept button by their selectors, before any label search.
    @Test func ruleClickSequenceBeforeWording() throws {
        for (choose, label, selector, cookie) in [
            (CaptureOptions.Choice.reject, "✕", ".moove-gdpr-infobar-reject-btn", "moove_rejected"),
            (.accept, "✓", ".moove-gdpr-infobar-allow-all", "moove_accepted"),
        ] {
            let (record, folder) = try CaptureSupport.capture("rule-notice.html", choose: choose)
            #expect(record.outcome == "captured", "\(record.error ?? "")")
            let choice = try #require(record.choice)
            #expect(choice.made && choice.noticeGone == true)
            #expect(choice.steps.map(\.label) == [label])
            #expect(choice.steps.first?.foundBy == "autoconsent rule Moove: \(selector)")
            #expect(choice.steps.first?.control == (choose == .reject ? "rejectAll" : "acceptAll"))
            let jar = try CaptureSupport.jar(folder)
            #expect(jar.afterChoice?.map(\.name) == [cookie], "\(jar)")
        }
    }

    @Test func noticeInACrossOriginFrame() throws {
        let (record, folder) = try CaptureSupport.capture("iframe-notice.html", choose: .reject)
        #expect(record.outcome == "captured", "\(record.error ?? "")")
        #expect(record.wait?.evidence?.contains("in frame http://127.0.0.2:\(port)/frame-notice.html") == true)
        let frame = try #require(record.frames.first)
        #expect(record.frames.count == 1)
        #expect(frame.file == "frames/1.html" && frame.url == "http://127.0.0.2:\(port)/frame-notice.html" && frame.outOfProcess)
        #expect(frame.holder == "div#sp_message_container_1 > iframe#sp_message_iframe_1" || frame.holder == "iframe#sp_message_iframe_1")
        #expect(try CaptureSupport.read(folder, "frames/1.html").contains("845 partners"))
        let html = try CaptureSupport.read(folder, "page.html")
        #expect(html.contains("<div data-consentlens-frame=\"frames/1.html\">"))
        #expect(html.contains("We and our 845 partners store and access information"))
        #expect(record.choice?.steps.first?.frame == "http://127.0.0.2:\(port)/frame-notice.html")
        #expect(record.choice?.noticeGone == true)
        let analysis = try ConsentAnalyzer.analyse(path: folder)
        #expect(analysis.notice?.totalPartners == 845)
        #expect(analysis.notice?.controls.rejectAll == true)
    }

    @Test func noticeInAShadowRoot() throws {
        let (record, folder) = try CaptureSupport.capture("shadow-notice.html", choose: .reject)
        #expect(record.outcome == "captured", "\(record.error ?? "")")
        #expect(record.shadowRoots == 1)
        let html = try CaptureSupport.read(folder, "page.html")
        #expect(html.contains("<div id=\"usercentrics-root\"><div data-consentlens-shadow-root=\"open\"><div role=\"dialog\""))
        let step = try #require(record.choice?.steps.first)
        #expect(step.label == "Deny" && step.control == "rejectAll" && step.foundBy == "platform selector [data-testid=uc-deny-all-button] (usercentrics)")
        let analysis = try ConsentAnalyzer.analyse(path: folder)
        #expect(analysis.notice?.totalPartners == 3)
        #expect(analysis.notice?.controls.rejectAll == true)
    }

    @Test func tcfStub() throws {
        let (record, folder) = try CaptureSupport.capture("tcf.html")
        #expect(record.outcome == "captured", "\(record.error ?? "")")
        #expect(record.wait?.evidence == "__tcfapi answered ping (cmpId 300)")
        let tcf = try JSONDecoder().decode(TCFRecord.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/tcf.json")))
        #expect(tcf.cmpId == 300 && tcf.cmpVersion == 7 && tcf.gdprApplies == true && tcf.eventStatus == "tcloaded")
        let page = try String(contentsOfFile: TestPaths.fixture("capture-sites/tcf.html"), encoding: .utf8)
        #expect(tcf.tcString?.hasPrefix("CQFaaaaQFaaaaAGABCENBIFgAP_AAH_AAAqIJFNf") == true && page.contains("tcString: \"\(tcf.tcString ?? "-")\""))
        #expect(try ConsentAnalyzer.analyse(path: folder).capture?.tcf?.cmpId == 300)
    }

    @Test func pageWithoutANotice() throws {
        let (record, folder) = try CaptureSupport.capture("no-notice.html", wait: 1.5)
        #expect(record.outcome == "captured", "\(record.error ?? "")")
        let wait = try #require(record.wait)
        #expect(!wait.noticeFound && wait.evidence == nil && wait.seconds >= 1.5 && wait.seconds < 3)
        #expect(!FileManager.default.fileExists(atPath: folder + "/tcf.json"))
        let analysis = try ConsentAnalyzer.analyse(path: folder)
        #expect(analysis.notice == nil)
        #expect(analysis.limitations.contains { $0.hasPrefix("The capture waited 1.") && $0.hasSuffix("s and saw no consent notice appear (no platform container, consent wording or TCF API).") })
        #expect(analysis.capture?.cookiesBeforeChoice.isEmpty == true && analysis.capture?.assessment.score == 0)
    }

    /// A script in the head that never loads stops the browser's parser: the body, with its
    /// notice, is not in the DOM. The capture waits for the parse once more, then says the page
    /// was cut short, in capture.json and in the analysis, rather than pass half a page off as whole.
    @Test func pageStillBeingParsedIsSaidSo() throws {
        let (record, folder) = try CaptureSupport.capture("slow-head.html", wait: 1)
        #expect(record.outcome == "captured", "\(record.error ?? "")")
        let wait = try #require(record.wait)
        #expect(wait.documentState == "loading" && !wait.noticeFound)
        #expect(wait.seconds >= 2 && wait.seconds < 4)
        #expect(record.log.contains { $0.hasSuffix("the page was still being parsed after 1.0 s more: page.html holds only what was parsed") })
        #expect(record.log.contains { $0.hasSuffix("no screenshot: the page had not been painted (still being parsed)") })
        let analysis = try ConsentAnalyzer.analyse(path: folder)
        #expect(analysis.notice == nil)
        #expect(analysis.capture?.documentState == "loading")
        #expect(analysis.limitations.contains { $0.hasPrefix("The browser was still parsing the page when it was saved") })
    }

    @Test func redirectAndTwoStepRefusal() throws {
        let (record, folder) = try CaptureSupport.capture("redirect", choose: .reject)
        #expect(record.outcome == "captured", "\(record.error ?? "")")
        #expect(record.finalURL == "http://127.0.0.1:\(port)/landing.html")
        let requests = try CaptureSupport.requests(folder)
        #expect(requests.prefix(2).map { "\($0.status ?? 0) \($0.url)" } == ["302 http://127.0.0.1:\(port)/redirect", "200 http://127.0.0.1:\(port)/landing.html"])
        #expect(requests[1].initiator == "redirect")
        let choice = try #require(record.choice)
        #expect(choice.steps.map { "\($0.action) \($0.control) \($0.label)" } == [
            "click manageChoices Cookie settings", "untick optional category Analytics", "click saveChoices Save my choices",
        ])
        #expect(choice.made && choice.noticeGone == true)
        let jar = try CaptureSupport.jar(folder)
        #expect(jar.afterChoice?.map(\.name) == ["prefs"])  // refused: no _gid
    }

    @Test func badInputEachFailsInOneLineAndLeavesNoBrowser() throws {
        // A port nothing listens on: bound, then closed.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr)
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        close(fd)
        let closedPort = UInt16(bigEndian: addr.sin_port)
        let cases: [(String, Double, String)] = [
            ("http://127.0.0.1:\(closedPort)/", 10, "cannot load the page: net::ERR_CONNECTION_REFUSED"),
            ("https://127.0.0.1:\(port)/injected.html", 10, "cannot load the page: net::ERR_SSL_PROTOCOL_ERROR"),
            (CaptureSupport.server.url("image.png"), 10, "not an HTML page: the server sent image/png"),
            (CaptureSupport.server.url("download"), 10, "the URL starts a download (report.bin), not a page"),
            (CaptureSupport.server.url("hang"), 2, "timed out: no response within 2 s (the page hangs)"),
        ]
        for (url, timeout, error) in cases {
            let (record, folder) = try CaptureSupport.capture(url, wait: 2, timeout: timeout)
            #expect(record.outcome == "failed")
            #expect(record.error == error, "\(url)")
            let saved = try JSONDecoder().decode(CaptureRecord.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/capture.json")))
            #expect(saved.error == error && saved.log.last?.hasSuffix("browser ended") == true)
            #expect(throws: PageLoadError.unreadable("the capture of \(url) failed: \(error)")) { try ConsentAnalyzer.analyse(path: folder) }
        }
        let (loop, _) = try CaptureSupport.capture("reload.html", wait: 5)
        #expect(loop.outcome == "failed")
        #expect(loop.error?.hasPrefix("the page keeps navigating (") == true && loop.error?.hasSuffix(" s, e.g. a location.reload() loop)") == true, "\(loop.error ?? "")")
        // The capture stops at the 11th load; the first load is not counted as a re-navigation.
        #expect(loop.navigations >= 10)
        let (popups, _) = try CaptureSupport.capture("popups.html", wait: 3)
        #expect(popups.outcome == "captured", "\(popups.error ?? "")")
        #expect(popups.wait?.noticeFound == true)
    }

    @Test func browserKilledMidCapture() throws {
        let folder = try TestPaths.temporaryDirectory().appendingPathComponent("capture").path
        let box = RecordBox()
        let thread = Thread {
            box.set(Capturer.capture(url: CaptureSupport.server.url("hang"), into: folder, options: CaptureOptions(wait: 2, navigationTimeout: 20)))
        }
        thread.start()
        // The browser is this process's child: kill it once it runs.
        var browser: pid_t?
        for _ in 0..<200 where browser == nil {
            usleep(50_000)
            browser = BrowserProcess.descendants(of: getpid()).first { pid in
                let cmdline = (FileManager.default.contents(atPath: "/proc/\(pid)/cmdline")).map { String(decoding: $0, as: UTF8.self) } ?? ""
                return cmdline.contains("--remote-debugging-pipe") && !cmdline.contains("--type=")
            }
        }
        let pid = try #require(browser)
        usleep(1_500_000)  // past the launch, into the (hanging) load
        kill(pid, SIGKILL)
        var record: CaptureRecord?
        // Up to a minute: the capture notices the dead pipe at once, but a machine busy with a
        // build can take its time to run the thread.
        for _ in 0..<1200 where record == nil { usleep(50_000); record = box.get() }
        let r = try #require(record)
        #expect(r.outcome == "failed")
        #expect(r.error?.hasPrefix("the browser went away mid-capture") == true && r.error?.hasSuffix("(killed by signal 9)") == true, "\(r.error ?? "")")
        CaptureSupport.expectNoBrowserLeft(r)
    }

    @Test func cliCaptureThenReport() throws {
        let root = try TestPaths.temporaryDirectory()
        let dir = root.appendingPathComponent("site").path
        let capture = try CLIRun.run(["capture", CaptureSupport.server.url("injected.html"), "--output", dir, "--choose", "reject", "--wait", "5", "--after-choice", "1"])
        #expect(capture.status == 0, "\(capture.stderr)")
        let report = try CLIRun.run(["report", dir])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("## Observed behaviour"))
        #expect(report.stdout.contains("| IDE | 127\\.0.0.2 | third | Marketing (DoubleClick/Google Marketing) |"))
        #expect(report.stdout.contains("Reject all"))
        #expect(report.stdout.contains("After refusing, no tracking request was made"))

        // Several URLs, one hanging: it fails alone, in one line; the others are captured.
        let many = root.appendingPathComponent("many").path
        let batch = try CLIRun.run(["capture", CaptureSupport.server.url("hang"), CaptureSupport.server.url("no-notice.html"), "--output", many, "--wait", "1", "--timeout", "2", "--jobs", "2"])
        #expect(batch.status == 1)
        let errors = batch.stderr.split(separator: "\n").filter { $0.contains("hang") }
        #expect(errors == ["consentlens: \(CaptureSupport.server.url("hang")): timed out: no response within 2 s (the page hangs)"])
        #expect(FileManager.default.fileExists(atPath: many + "/1-127.0.0.1-\(port)-hang/capture.json"))
        #expect(FileManager.default.fileExists(atPath: many + "/2-127.0.0.1-\(port)-no-notice.html/page.html"))
    }
}

/// A capture's result handed from its thread.
final class RecordBox: @unchecked Sendable {
    private let lock = NSLock()
    private var record: CaptureRecord?
    func set(_ r: CaptureRecord) { lock.lock(); record = r; lock.unlock() }
    func get() -> CaptureRecord? { lock.lock(); defer { lock.unlock() }; return record }
}

/// Without a browser, `capture` fails in one line naming the package; nothing else needs one.
struct CaptureWithoutBrowserTests {
    @Test func missingBrowserIsOneClearLine() throws {
        let dir = try TestPaths.temporaryDirectory().appendingPathComponent("c").path
        let run = try CLIRun.run(["capture", "http://127.0.0.1:1/", "http://127.0.0.1:2/", "--output", dir], environment: ["PATH": "/nonexistent", "CHROMIUM": ""])
        #expect(run.status == 1)
        #expect(run.stderr == "consentlens: capture needs a browser: install Debian's chromium package (apt-get install chromium), or give --browser PATH or CHROMIUM\n")
        let named = try CLIRun.run(["capture", "http://127.0.0.1:1/", "--output", dir, "--browser", "/nonexistent/chromium"])
        #expect(named.status == 1)
        #expect(named.stderr == "consentlens: no browser at /nonexistent/chromium (from --browser): install Debian's chromium package (apt-get install chromium) or name a Chromium build\n")
        #expect(!FileManager.default.fileExists(atPath: dir))
    }
}
