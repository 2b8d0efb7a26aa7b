#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import ConsentLens
import Foundation

/// Captures live pages as a visitor meets them: one fresh browser per URL, the notice waited
/// for, the rendered page, cookies and requests saved, and, when asked, a choice made and what
/// followed recorded. Every step goes into `capture.json`'s log; a failure is recorded there too,
/// and the browser is ended on every path.
public enum Capturer {
    /// Captures `url` into `folder` (created if needed). Never throws: the returned record (also
    /// written as `capture.json`) says `captured`, or `failed` with the reason in one line.
    public static func capture(url: String, into folder: String, options: CaptureOptions) -> CaptureRecord {
        let run = CaptureRun(url: url, folder: folder, options: options)
        run.perform()
        return run.record
    }

    /// The browser a capture would run, or the one-line error naming the package to install.
    public static func browser(explicit: String?) throws(CaptureError) -> String {
        try BrowserProcess.locate(explicit: explicit)
    }
}

/// One capture: the browser, what its events reported, and the record being written.
final class CaptureRun: @unchecked Sendable {
    let url: String
    let folder: String
    let options: CaptureOptions
    private(set) var record: CaptureRecord
    private let start = Date()
    private let lock = NSLock()

    // Filled by the event handler (reading thread), read under `lock`.
    private var requestLog = RequestLog()
    /// When the first click of the choice was sent (Unix seconds, this machine's clock, which is
    /// also the browser's `wallTime`): a request belongs to the choice's aftermath when the page
    /// sent it at or after that moment, whenever its event reached us. Nil before any click.
    private var choiceWallTime: Double?
    private var frameSessions: [String: (targetId: String, url: String)] = [:]
    private var mainTargetId = ""
    private var mainFrameId = ""
    private var mainMimeType: String?
    private var mainStatus: Int?
    private var finalURL: String?
    private var navigations = 0
    private var popups = 0
    private var crashed = false
    private var download: String?

    init(url: String, folder: String, options: CaptureOptions) {
        self.url = url
        self.folder = folder
        self.options = options
        self.record = CaptureRecord(url: url, startedAt: ISO8601DateFormatter().string(from: Date()))
    }

    private var elapsed: Double { Date().timeIntervalSince(start) }

    private func log(_ line: String) {
        record.log.append(String(format: "%.2f s ", elapsed) + line)
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    func perform() {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            record.error = CaptureError.output("\(folder): \(error.localizedDescription)").description
            return
        }
        var browser: BrowserProcess?
        do {
            let executable = try BrowserProcess.locate(explicit: options.browser)
            log("starting \(executable) (headless, fresh profile, DevTools over a pipe)")
            let b = try BrowserProcess.launch(executable: executable)
            browser = b
            log("browser process \(b.pid), profile \(b.profile)")
            try drive(b)
            record.outcome = "captured"
            log("captured")
        } catch {
            var reason = error.description
            if let b = browser, case .browserExited = error {
                // The pipe closes a moment before the process can be reaped: give it a second.
                var how = b.exitDescription()
                for _ in 0..<50 where how == nil { usleep(20_000); how = b.exitDescription() }
                if let how { reason += " (\(how))" }
            }
            record.error = reason
            log("failed: \(reason)")
        }
        if let browser {
            browser.terminate()
            log("browser ended")
        }
        record.seconds = (elapsed * 100).rounded() / 100
        record.popupsClosed = locked { popups }
        record.navigations = locked { max(0, navigations - 1) }
        write(CaptureFiles.record, json: record)
    }

    // MARK: - Driving the browser

    private func drive(_ browser: BrowserProcess) throws(CaptureError) {
        let cdp = browser.connection
        cdp.onEvent = { [self] method, params, session in handle(cdp, method, params, session) }
        let version = try cdp.send("Browser.getVersion")
        record.browser = version["product"] as? String
        log("browser \(record.browser ?? "unknown version")")
        _ = try cdp.send("Browser.setDownloadBehavior", ["behavior": "deny", "eventsEnabled": true])
        _ = try cdp.send("Target.setDiscoverTargets", ["discover": true])
        let targets = try cdp.send("Target.getTargets")["targetInfos"] as? [JSONObject] ?? []
        guard let page = targets.first(where: { $0["type"] as? String == "page" }), let targetId = page["targetId"] as? String else {
            throw .protocolError("the browser opened no page")
        }
        locked { mainTargetId = targetId }
        guard let main = try cdp.send("Target.attachToTarget", ["targetId": targetId, "flatten": true])["sessionId"] as? String else {
            throw .protocolError("Target.attachToTarget gave no session")
        }
        for (method, params) in [("Page.enable", [:]), ("Network.enable", [:]), ("DOM.enable", [:]), ("Inspector.enable", [:]),
                                  ("Page.addScriptToEvaluateOnNewDocument", ["source": PageScripts.cookieWriters]),
                                  ("Target.setAutoAttach", ["autoAttach": true, "waitForDebuggerOnStart": true, "flatten": true])] as [(String, JSONObject)] {
            _ = try cdp.send(method, params, session: main)
        }
        // The viewport itself 1280 × 800 (a headless window of that size leaves less to the page).
        if (try? cdp.send("Emulation.setDeviceMetricsOverride", ["width": Self.viewport.width, "height": Self.viewport.height, "deviceScaleFactor": 1, "mobile": false], session: main)) == nil {
            log("the viewport could not be set to \(Self.viewport.width) × \(Self.viewport.height): the browser's window size stands")
        }

        log("loading \(url)")
        let navigation: JSONObject
        do {
            navigation = try cdp.send("Page.navigate", ["url": url], session: main, timeout: options.navigationTimeout)
        } catch {
            if case .timedOut = error { throw .timedOut("timed out: no response within \(Int(options.navigationTimeout)) s (the page hangs)") }
            throw error
        }
        if let frame = navigation["frameId"] as? String { locked { mainFrameId = frame } }
        if let errorText = navigation["errorText"] as? String {
            usleep(200_000)
            if let file = locked({ download }) { throw .navigation("the URL starts a download (\(file)), not a page") }
            throw .navigation("cannot load the page: \(errorText)")
        }
        // The main document's type: a capture of an image or a PDF is no capture of a page.
        for _ in 0..<20 where locked({ mainMimeType }) == nil { usleep(50_000) }
        if let mime = locked({ mainMimeType }), !["text/html", "application/xhtml+xml"].contains(mime.lowercased()) {
            throw .notHTML("not an HTML page: the server sent \(mime)")
        }
        log("response \(locked { mainStatus }.map(String.init) ?? "?") \(locked { mainMimeType } ?? "?")")

        try waitForNotice(cdp, main: main)
        usleep(500_000)  // requests the notice itself starts (its vendor list, its pixels) belong to "before any choice"
        try checkAlive()

        // Before any choice.
        let before = try cookies(cdp)
        log("\(before.count) cookie\(before.count == 1 ? "" : "s") before any choice")
        try snapshot(cdp, main: main)
        if record.wait?.documentState == "loading" {
            // A page whose parser is still blocked has not painted: Chromium would wait for a
            // frame that never comes. The page is captured without its picture.
            log("no screenshot: the page had not been painted (still being parsed)")
        } else {
            try screenshot(cdp, main: main)
            noticeScreenshot(cdp, main: main)
        }
        try accessibility(cdp, main: main)
        var tcfRecord = tcf(cdp, main: main)
        let writers = cookieWriters(cdp, main: main)

        var after: [JSONObject]?
        if options.choose != .none {
            var choice = CaptureChoice(requested: options.choose.rawValue)
            try choose(cdp, main: main, choice: &choice)
            if choice.made {
                usleep(useconds_t(options.afterChoice * 1_000_000))
                choice.watchedSeconds = options.afterChoice
                let still = evaluate(cdp, PageScripts.clickedStillShown, session: clickedSession) as? Bool
                choice.noticeGone = still.map { !$0 }
                log("after the choice: the notice \(still == nil ? "could not be checked" : still! ? "is still shown" : "went away")")
                after = try cookies(cdp)
                log("\(after!.count) cookie\(after!.count == 1 ? "" : "s") after the choice")
                tcfAfterChoice(cdp, main: main, into: &tcfRecord)
            }
            record.choice = choice
        }
        try checkAlive()
        if let tcfRecord {
            write(CaptureFiles.tcf, json: tcfRecord)
            log("tcf.json written: cmpId \(tcfRecord.cmpId.map(String.init) ?? "?"), TC string \(tcfRecord.tcString.map { "\($0.count) characters" } ?? "none")\(tcfRecord.tcStringAfterChoice.map { ", after the choice \($0.count) characters" } ?? "")")
        }

        // The page's registrable domain decides first and third party everywhere.
        let pageURL = locked { finalURL } ?? url
        record.finalURL = pageURL
        let pageDomain = ObservationTables.registrableDomain(of: ObservationTables.host(ofURL: pageURL) ?? "")
        let sources = locked { requestLog.setCookieSources }.merging(writers) { response, _ in response }
        func party(_ domain: String) -> String { domain == pageDomain ? "first" : "third" }
        func finish(_ list: [JSONObject]) -> [CapturedCookie] {
            list.map { c in
                let name = c["name"] as? String ?? ""
                let domain = c["domain"] as? String ?? ""
                let registrable = ObservationTables.registrableDomain(of: domain.hasPrefix(".") ? String(domain.dropFirst()) : domain)
                let expires = (c["session"] as? Bool ?? false) ? nil : (c["expires"] as? Double)
                return CapturedCookie(
                    name: name, domain: domain, path: c["path"] as? String ?? "/", expires: expires, size: c["size"] as? Int ?? 0,
                    httpOnly: c["httpOnly"] as? Bool ?? false, secure: c["secure"] as? Bool ?? false, sameSite: c["sameSite"] as? String,
                    party: party(registrable), registrableDomain: registrable, setBy: sources["\(name)\t\(registrable)"] ?? sources[name],
                    value: TCStringSources.cookieNames.contains(name) ? c["value"] as? String : nil)
            }.sorted { ($0.name, $0.domain) < ($1.name, $1.domain) }
        }
        let jar = CookieJarRecord(pageRegistrableDomain: pageDomain, beforeChoice: finish(before), afterChoice: after.map(finish))
        write(CaptureFiles.cookies, json: jar)
        // Phases by the page's own clock at the click: a beacon its timer sent while the click was
        // on its way (the page had not yet run the click) is from before the choice.
        let made = record.choice?.made == true
        let final = locked { () -> [CapturedRequest] in
            guard made else {
                // No choice made (a settings layer opened, then no save control): every request
                // is from before any choice.
                return requestLog.requests.map { r in
                    var r = r
                    r.phase = "before-choice"
                    return r
                }
            }
            guard let clicked = choiceWallTime else { return requestLog.requests }
            return zip(requestLog.requests, requestLog.sentTimes).map { r, sentAt in
                var r = r
                r.phase = sentAt >= clicked ? "after-choice" : "before-choice"
                return r
            }
        }
        let lines = final.map { r -> String in
            var r = r
            r.party = party(ObservationTables.registrableDomain(of: ObservationTables.host(ofURL: r.url) ?? ""))
            return (try? JSONRendering.render(r, pretty: false)) ?? ""
        }
        write(CaptureFiles.requests, text: lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"))
        log("\(lines.count) request\(lines.count == 1 ? "" : "s") recorded")
    }

    private func checkAlive() throws(CaptureError) {
        if locked({ crashed }) { throw .browserExited("the page's renderer crashed") }
    }

    /// Events, on the reading thread: record, and answer what would otherwise block the page.
    private func handle(_ cdp: DevToolsConnection, _ method: String, _ p: JSONObject, _ session: String?) {
        let key = "\(session ?? "")|\(p["requestId"] as? String ?? "")"
        switch method {
        case "Target.attachedToTarget":
            guard let info = p["targetInfo"] as? JSONObject, let child = p["sessionId"] as? String else { return }
            if info["type"] as? String == "iframe" {
                locked { frameSessions[child] = (info["targetId"] as? String ?? "", info["url"] as? String ?? "") }
                cdp.post("Network.enable", session: child)
                cdp.post("Page.enable", session: child)
                cdp.post("DOM.enable", session: child)
                cdp.post("Target.setAutoAttach", ["autoAttach": true, "waitForDebuggerOnStart": true, "flatten": true], session: child)
            }
            cdp.post("Runtime.runIfWaitingForDebugger", session: child)
        case "Target.targetInfoChanged":
            // A frame's target is attached before it navigates: its URL comes later.
            guard let info = p["targetInfo"] as? JSONObject, let id = info["targetId"] as? String, let url = info["url"] as? String else { return }
            locked {
                for (session, frame) in frameSessions where frame.targetId == id { frameSessions[session] = (id, url) }
            }
        case "Target.detachedFromTarget":
            if let child = p["sessionId"] as? String { _ = locked { frameSessions.removeValue(forKey: child) } }
        case "Target.targetCreated":
            // A window the page opened: closed at once, counted in capture.json.
            guard let info = p["targetInfo"] as? JSONObject, info["type"] as? String == "page", let id = info["targetId"] as? String else { return }
            let isMain = locked { id == mainTargetId || mainTargetId.isEmpty }
            if !isMain {
                locked { popups += 1 }
                cdp.post("Target.closeTarget", ["targetId": id])
            }
        case "Page.javascriptDialogOpening":
            cdp.post("Page.handleJavaScriptDialog", ["accept": false], session: session)
        case "Page.downloadWillBegin", "Browser.downloadWillBegin":
            locked { download = p["suggestedFilename"] as? String ?? p["url"] as? String ?? "a file" }
        case "Page.frameNavigated":
            guard let frame = p["frame"] as? JSONObject, frame["parentId"] == nil else { return }
            locked {
                if session != nil, frameSessions[session!] == nil {
                    navigations += 1
                    finalURL = frame["url"] as? String
                }
            }
        case "Inspector.targetCrashed":
            locked { if session == nil || frameSessions[session!] == nil { crashed = true } }
        case "Network.requestWillBeSent", "Network.requestWillBeSentExtraInfo", "Network.responseReceivedExtraInfo", "Network.loadingFailed":
            locked { requestLog.record(method, p, key: key, choiceWallTime: choiceWallTime) }
        case "Network.responseReceived":
            locked {
                requestLog.record(method, p, key: key, choiceWallTime: choiceWallTime)
                guard let response = p["response"] as? JSONObject else { return }
                if p["type"] as? String == "Document", let frame = p["frameId"] as? String, frame == mainFrameId || mainFrameId.isEmpty, session != nil,
                   frameSessions[session!] == nil, mainMimeType == nil {
                    mainMimeType = response["mimeType"] as? String
                    mainStatus = response["status"] as? Int
                }
            }
        default:
            break
        }
    }

    // MARK: - Waiting for the notice

    private func waitForNotice(_ cdp: DevToolsConnection, main: String) throws(CaptureError) {
        var containers: [(name: String, css: String)] = []
        for platform in ConsentPlatform.all {
            for selector in platform.noticeContainers {
                switch selector {
                case .id(let id): containers.append(("\(selector.cssText) (\(platform.name))", "[id=\(PageScripts.jsString(id))]"))
                case .className(let name): containers.append(("\(selector.cssText) (\(platform.name))", "[class~=\(PageScripts.jsString(name))]"))
                case .idPrefix, .classPrefix: break
                }
            }
        }
        let script = PageScripts.detectNotice(containers: containers)
        let waitStart = elapsed
        log("waiting for the notice (at most \(Self.seconds(options.wait)) s)")
        var evidence: String?
        while elapsed - waitStart < options.wait {
            try checkAlive()
            if let reason = cdp.closed { throw .browserExited(reason) }
            if locked({ navigations }) > 10 {
                throw .navigation("the page keeps navigating (\(locked { navigations }) loads in \(Self.seconds(elapsed)) s, e.g. a location.reload() loop)")
            }
            if let found = evaluate(cdp, script, session: main) as? String, !found.isEmpty {
                evidence = found
            } else {
                for (session, frame) in locked({ frameSessions }) {
                    if let found = evaluate(cdp, script, session: session) as? String, !found.isEmpty {
                        evidence = "\(found) in frame \(frame.url)"
                        break
                    }
                }
            }
            if evidence != nil { break }
            usleep(250_000)
        }
        let waited = ((elapsed - waitStart) * 100).rounded() / 100
        log(evidence.map { "notice found after \(Self.seconds(waited)) s: \($0)" } ?? "no notice within \(Self.seconds(options.wait)) s")
        // A page whose head waits on a slow script is still being parsed: its body, and the notice
        // in it, is not in the DOM yet. Wait for the parse to end, at most --wait once more, and
        // say so when it did not, rather than save half a page as if it were the page.
        var state = evaluate(cdp, "document.readyState", session: main) as? String
        if state == "loading" {
            log("the page is still being parsed; waiting for it (at most \(Self.seconds(options.wait)) s)")
            let parseStart = elapsed
            while state == "loading", elapsed - parseStart < options.wait {
                try checkAlive()
                if let reason = cdp.closed { throw .browserExited(reason) }
                usleep(250_000)
                state = evaluate(cdp, "document.readyState", session: main) as? String
            }
            if evidence == nil, state != "loading" {
                if let found = evaluate(cdp, script, session: main) as? String, !found.isEmpty {
                    evidence = found
                    log("notice found once the page was parsed: \(found)")
                }
            }
            log(state == "loading" ? "the page was still being parsed after \(Self.seconds(options.wait)) s more: page.html holds only what was parsed"
                : "the page was parsed after \(Self.seconds(elapsed - parseStart)) s more")
        }
        record.wait = CaptureWait(limitSeconds: options.wait, seconds: ((elapsed - waitStart) * 100).rounded() / 100,
                                  noticeFound: evidence != nil, evidence: evidence, documentState: state)
    }

    static func seconds(_ s: Double) -> String { String(format: "%.1f", s) }

    /// `Runtime.evaluate` by value in a session's main world; `nil` when it fails (a navigation
    /// in between destroys the context: the next poll tries again).
    private func evaluate(_ cdp: DevToolsConnection, _ expression: String, session: String?, contextId: Int? = nil, awaitPromise: Bool = false) -> Any? {
        var params: JSONObject = ["expression": expression, "returnByValue": true, "awaitPromise": awaitPromise]
        if let contextId { params["contextId"] = contextId }
        guard let result = try? cdp.send("Runtime.evaluate", params, session: session, timeout: 10), result["exceptionDetails"] == nil else { return nil }
        return (result["result"] as? JSONObject)?["value"]
    }

    // MARK: - What the visitor meets

    private func cookies(_ cdp: DevToolsConnection) throws(CaptureError) -> [JSONObject] {
        try cdp.send("Storage.getCookies")["cookies"] as? [JSONObject] ?? []
    }

    /// Cookie name (and registrable domain) → `script URL`, from the recorded `document.cookie` writes.
    private func cookieWriters(_ cdp: DevToolsConnection, main: String) -> [String: String] {
        var out: [String: String] = [:]
        for (session, frame) in [(main, url)] + locked({ frameSessions }).map({ ($0.key, $0.value.url) }) {
            guard let text = evaluate(cdp, PageScripts.cookieWrites, session: session) as? String,
                  let writes = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[Any]] else { continue }
            for w in writes {
                guard let name = w.first as? String else { continue }
                let script = (w.count > 1 ? w[1] as? String : nil) ?? frame
                let domain = ObservationTables.registrableDomain(of: ObservationTables.host(ofURL: frame) ?? "")
                if out["\(name)\t\(domain)"] == nil { out["\(name)\t\(domain)"] = "script \(script)" }
            }
        }
        return out
    }

    private struct Frame {
        var id: String
        var parent: String?
        var session: String
        var url: String
        var outOfProcess: Bool
        var context: Int?
        var file: String
    }

    private struct Serialised: Decodable {
        var html: String
        var body: String
        var shadowRoots: Int
        var holders: [String: String]
        var url: String
    }

    /// `page.html` with every frame inline where its element stands, and each frame's document
    /// beside it in `frames/`. Frames are found in every process's frame tree; each is read in an
    /// isolated world of its own, so that the page's scripts see nothing.
    private func snapshot(_ cdp: DevToolsConnection, main: String) throws(CaptureError) {
        var frames: [Frame] = []
        let oopif = locked { frameSessions }
        for (session, isChild) in [(main, false)] + oopif.keys.sorted().map({ ($0, true) }) {
            guard let tree = try? cdp.send("Page.getFrameTree", session: session)["frameTree"] as? JSONObject else { continue }
            var stack: [(JSONObject, Bool)] = [(tree, true)]
            while let (node, isRoot) = stack.popLast() {
                guard let frame = node["frame"] as? JSONObject, let id = frame["id"] as? String else { continue }
                let entry = Frame(id: id, parent: frame["parentId"] as? String, session: session, url: frame["url"] as? String ?? "",
                                  outOfProcess: isChild && isRoot, context: nil, file: "")
                if let i = frames.firstIndex(where: { $0.id == id }) { if isChild { frames[i] = entry } } else { frames.append(entry) }
                for child in (node["childFrames"] as? [JSONObject] ?? []).reversed() { stack.append((child, false)) }
            }
        }
        guard !frames.isEmpty else { throw .protocolError("the page has no frame to read") }
        var number = 0
        for i in frames.indices {
            if frames[i].parent == nil { frames[i].file = CaptureFiles.page } else { number += 1; frames[i].file = "\(CaptureFiles.frames)/\(number).html" }
            frames[i].context = (try? cdp.send("Page.createIsolatedWorld", ["frameId": frames[i].id, "worldName": "consentlens"], session: frames[i].session))?["executionContextId"] as? Int
        }
        // Mark each frame's element in its parent's world (an expando the page cannot see).
        for f in frames where f.parent != nil {
            guard let parent = frames.first(where: { $0.id == f.parent }), let context = parent.context,
                  let owner = try? cdp.send("DOM.getFrameOwner", ["frameId": f.id], session: parent.session),
                  let backend = owner["backendNodeId"] as? Int,
                  let object = (try? cdp.send("DOM.resolveNode", ["backendNodeId": backend, "executionContextId": context], session: parent.session))?["object"] as? JSONObject,
                  let objectId = object["objectId"] as? String else {
                log("frame \(f.url): its element could not be found")
                continue
            }
            _ = try? cdp.send("Runtime.callFunctionOn", [
                "objectId": objectId, "functionDeclaration": "function (k) { this.__consentlensFrame = k; }", "arguments": [["value": f.file]],
            ], session: parent.session)
        }
        var documents: [String: Serialised] = [:]
        for f in frames {
            guard let context = f.context, let text = evaluate(cdp, PageScripts.serialise, session: f.session, contextId: context) as? String,
                  let doc = try? JSONDecoder().decode(Serialised.self, from: Data(text.utf8)) else {
                if f.parent == nil { throw .protocolError("the page's document could not be read") }
                log("frame \(f.url): its document could not be read")
                continue
            }
            documents[f.file] = doc
        }
        func inline(_ html: String, depth: Int) -> String {
            guard depth < 16, html.contains("<!--consentlens-frame:") else { return html }
            var out = html
            for (file, doc) in documents where file != CaptureFiles.page {
                let marker = "<!--consentlens-frame:\(file)-->"
                guard out.contains(marker) else { continue }
                out = out.replacingOccurrences(of: marker, with: "<div data-consentlens-frame=\"\(file)\">\(inline(doc.body, depth: depth + 1))</div>")
            }
            return out
        }
        var shadowRoots = 0
        for f in frames {
            guard let doc = documents[f.file] else { continue }
            shadowRoots += doc.shadowRoots
            write(f.file, text: inline(doc.html, depth: 0))
            if f.parent != nil {
                let parent = frames.first { $0.id == f.parent }
                record.frames.append(CapturedFrame(
                    file: f.file, url: doc.url, holder: parent.flatMap { documents[$0.file]?.holders[f.file] },
                    parent: parent?.file ?? CaptureFiles.page, outOfProcess: f.outOfProcess))
            }
        }
        record.shadowRoots = shadowRoots
        log("page.html written: \(record.frames.count) frame\(record.frames.count == 1 ? "" : "s") inline, \(shadowRoots) open shadow root\(shadowRoots == 1 ? "" : "s")")
        frameList = frames.map { ($0.id, $0.session, $0.url) }
    }

    private var frameList: [(id: String, session: String, url: String)] = []

    /// The page's viewport in CSS pixels, and so the size of `screenshot.png`.
    static let viewport = (width: 1280, height: 800)

    /// `notice.png`: the notice alone, clipped to the box of the element the wait found it by (its
    /// platform container, the block holding its consent wording and buttons, or the iframe it is
    /// drawn in), whole even where it reaches past the viewport. Not taken when the notice was
    /// found only inside a cross-site frame or has no box.
    private func noticeScreenshot(_ cdp: DevToolsConnection, main: String) {
        guard let text = evaluate(cdp, PageScripts.noticeBox, session: main) as? String, !text.isEmpty,
              let box = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? JSONObject,
              let x = (box["x"] as? NSNumber)?.doubleValue, let y = (box["y"] as? NSNumber)?.doubleValue,
              let width = (box["width"] as? NSNumber)?.doubleValue, let height = (box["height"] as? NSNumber)?.doubleValue,
              width >= 1, height >= 1 else {
            log("no notice.png: no element of the notice with a box in the page")
            return
        }
        let clip: JSONObject = ["x": x, "y": y, "width": min(width, 4096), "height": min(height, 4096), "scale": 1]
        guard let shot = try? cdp.send("Page.captureScreenshot", ["format": "png", "clip": clip, "captureBeyondViewport": true], session: main, timeout: 20),
              let base64 = shot["data"] as? String, let data = Data(base64Encoded: base64) else {
            log("no notice.png: the browser gave no image of the notice")
            return
        }
        write(CaptureFiles.noticeScreenshot, data: data)
        log("notice.png written: \(Int(width.rounded())) × \(Int(height.rounded())) at (\(Int(x.rounded())), \(Int(y.rounded()))), \(box["element"] as? String ?? "the notice")")
    }

    private func screenshot(_ cdp: DevToolsConnection, main: String) throws(CaptureError) {
        let shot = try cdp.send("Page.captureScreenshot", ["format": "png"], session: main, timeout: 20)
        guard let base64 = shot["data"] as? String, let data = Data(base64Encoded: base64) else { throw .protocolError("Page.captureScreenshot gave no image") }
        write(CaptureFiles.screenshot, data: data)
        log("screenshot.png written (\(data.count) bytes)")
    }

    /// `page.aria.yml`: the accessibility tree as Playwright writes snapshots, which `analyse`
    /// reads; each frame's tree under its `iframe` line.
    private func accessibility(_ cdp: DevToolsConnection, main: String) throws(CaptureError) {
        var lines: [String] = []
        var ref = 0
        for (index, frame) in frameList.enumerated() {
            guard let nodes = try? cdp.send("Accessibility.getFullAXTree", ["frameId": frame.id], session: frame.session, timeout: 20)["nodes"] as? [JSONObject],
                  let root = nodes.first else { continue }
            var indent = 0
            if index > 0 {
                ref += 1
                lines.append("- iframe \(AriaYAML.quote(frame.url)) [ref=e\(ref)]:")
                indent = 1
            }
            AriaYAML.emit(root, nodes: Dictionary(nodes.compactMap { n in (n["nodeId"] as? String).map { ($0, n) } }, uniquingKeysWith: { a, _ in a }),
                          indent: indent, parentName: nil, ref: &ref, into: &lines)
        }
        write(CaptureFiles.accessibility, text: lines.joined(separator: "\n") + "\n")
        log("page.aria.yml written (\(lines.count) lines)")
    }

    /// The page's IAB TCF API answers before any choice; `nil` when the page has no `__tcfapi`.
    /// Written to `tcf.json` at the end, with the string asked again after the choice.
    private func tcf(_ cdp: DevToolsConnection, main: String) -> TCFRecord? {
        guard let text = evaluate(cdp, PageScripts.tcf, session: main, awaitPromise: true) as? String, !text.isEmpty,
              let answer = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? JSONObject else {
            log("no __tcfapi on the page")
            return nil
        }
        var r = TCFRecord()
        let ping = answer["ping"] as? JSONObject
        let data = answer["tcData"] as? JSONObject
        r.cmpId = (data?["cmpId"] ?? ping?["cmpId"]) as? Int
        r.cmpVersion = (data?["cmpVersion"] ?? ping?["cmpVersion"]) as? Int
        r.gdprApplies = (data?["gdprApplies"] ?? ping?["gdprApplies"]) as? Bool
        r.tcString = data?["tcString"] as? String
        r.cmpStatus = (data?["cmpStatus"] ?? ping?["cmpStatus"]) as? String
        r.eventStatus = data?["eventStatus"] as? String
        r.pingJSON = ping.flatMap { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }.map { String(decoding: $0, as: UTF8.self) }
        r.tcDataJSON = data.flatMap { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }.map { String(decoding: $0, as: UTF8.self) }
        log("__tcfapi answered: TC string \(r.tcString.map { "\($0.count) characters" } ?? "none")")
        return r
    }

    /// `getTCData` asked again after the choice: the string the CMP now hands to vendors.
    private func tcfAfterChoice(_ cdp: DevToolsConnection, main: String, into record: inout TCFRecord?) {
        guard record != nil, let text = evaluate(cdp, PageScripts.tcf, session: main, awaitPromise: true) as? String, !text.isEmpty,
              let answer = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? JSONObject else { return }
        let data = answer["tcData"] as? JSONObject
        record?.tcStringAfterChoice = data?["tcString"] as? String
        record?.eventStatusAfterChoice = data?["eventStatus"] as? String
        log("__tcfapi after the choice: TC string \(record?.tcStringAfterChoice.map { "\($0.count) characters" } ?? "none")")
    }

    // MARK: - The choice

    private var clickedSession: String?

    private struct Control: Decodable {
        var i: Int
        var label: String
        var aria: String
        var kind: String?
        var foundBy: String?
    }

    /// Clicks the control for the choice asked: catalogue selectors first, then wording. To refuse
    /// where the first layer has no reject-all: open the settings, untick every optional box, save.
    private func choose(_ cdp: DevToolsConnection, main: String, choice: inout CaptureChoice) throws(CaptureError) {
        let wanted: ControlKind = options.choose == .reject ? .rejectAll : .acceptAll
        if try clickRuleSequence(cdp, main: main, wanted: wanted, choice: &choice) {
            choice.made = true
            return
        }
        if try click(cdp, main: main, kinds: [wanted], choice: &choice) {
            choice.made = true
            return
        }
        guard options.choose == .reject else {
            choice.notMadeReason = "no accept-all control found"
            log("no accept-all control found: no choice made")
            return
        }
        log("no reject-all on the first layer: opening the settings")
        guard try click(cdp, main: main, kinds: [.manageChoices], choice: &choice) else {
            choice.notMadeReason = "no reject-all control found, and no settings control to refuse in"
            log("no settings control found either: no choice made")
            return
        }
        usleep(1_000_000)
        for session in [main] + locked({ frameSessions }).keys.sorted() {
            guard let text = evaluate(cdp, PageScripts.untickOptional, session: session) as? String,
                  let labels = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { continue }
            for label in labels {
                choice.steps.append(CaptureStep(action: "untick", control: "optional category", label: label, foundBy: "ticked, not disabled", frame: session == main ? nil : locked { frameSessions[session]?.url }))
            }
            if !labels.isEmpty { log("unticked \(labels.count) optional box\(labels.count == 1 ? "" : "es")") }
        }
        if try click(cdp, main: main, kinds: [.rejectAll, .saveChoices], choice: &choice) {
            choice.made = true
        } else {
            choice.notMadeReason = "no reject-all control found, and no save control in the settings"
            log("no save control in the settings: no choice made")
        }
    }

    private struct ClickAnswer: Decodable {
        var at: Double
        var label: String
    }

    /// The accept or reject click sequence of the first autoconsent rule whose detection selectors
    /// match in the page or one of its frames (``PlatformRule``): each click in the frames the rule
    /// names, waiting for buttons the rule waits for. False when no rule matches or a required click
    /// finds no button (the label search then runs).
    private func clickRuleSequence(_ cdp: DevToolsConnection, main: String, wanted: ControlKind, choice: inout CaptureChoice) throws(CaptureError) -> Bool {
        let rules = PlatformRule.all.filter { !(wanted == .rejectAll ? $0.reject : $0.accept).isEmpty }
        guard !rules.isEmpty else { return false }
        let script = PageScripts.matchingRules(rules.map { $0.detect.map { $0.joined(separator: ", ") } })
        var picked: (rule: PlatformRule, session: String)?
        search: for session in [main] + locked({ frameSessions }).keys.sorted() {
            guard let text = evaluate(cdp, script, session: session) as? String,
                  let indices = try? JSONDecoder().decode([Int].self, from: Data(text.utf8)) else { continue }
            for i in indices {
                let rule = rules[i]
                if session == main ? rule.inMainFrame : (rule.inFrames || !rule.inMainFrame) {
                    picked = (rule, session)
                    break search
                }
            }
        }
        guard let (rule, session) = picked else { return false }
        let sequence = wanted == .rejectAll ? rule.reject : rule.accept
        log("\(rule.source == .autoconsent ? "autoconsent" : "Consent-O-Matic") rule “\(rule.rule)” matches: \(sequence.count) click\(sequence.count == 1 ? "" : "s") to \(wanted == .rejectAll ? "reject" : "accept")")
        var clicked = 0
        for (n, step) in sequence.enumerated() {
            let script = PageScripts.clickSelector(step.selector, frames: step.frames)
            let deadline = elapsed + (step.waits ? 3 : 1)
            var answer: ClickAnswer?
            repeat {
                try checkAlive()
                if let text = evaluate(cdp, script, session: session) as? String {
                    answer = try? JSONDecoder().decode(ClickAnswer.self, from: Data(text.utf8))
                }
                if answer == nil { usleep(200_000) }
            } while answer == nil && elapsed < deadline
            guard let answer else {
                if step.optional { continue }
                log("the rule's button \(step.selector) is not there")
                return false
            }
            if clicked == 0 { locked { if choiceWallTime == nil { choiceWallTime = answer.at / 1000 } } }
            clicked += 1
            clickedSession = session
            let frame = session == main ? nil : locked { frameSessions[session]?.url }
            let kind = n == sequence.count - 1 ? wanted.rawValue : ControlKind.manageChoices.rawValue
            choice.steps.append(CaptureStep(action: "click", control: kind, label: answer.label, foundBy: "\(rule.source == .autoconsent ? "autoconsent" : "Consent-O-Matic") rule \(rule.rule): \(step.selector)", frame: frame))
            log("clicked “\(answer.label)” (\(kind), found by rule \(rule.rule): \(step.selector))")
            usleep(300_000)
        }
        return clicked > 0
    }

    /// Finds and clicks the first control of one of `kinds`, in the page and each frame;
    /// a catalogue selector anywhere beats wording.
    private func click(_ cdp: DevToolsConnection, main: String, kinds: [ControlKind], choice: inout CaptureChoice) throws(CaptureError) -> Bool {
        let script = PageScripts.collectControls(selectors: ControlSelectors.all)
        var found: [(session: String, control: Control, kind: ControlKind, foundBy: String)] = []
        for session in [main] + locked({ frameSessions }).keys.sorted() {
            guard let text = evaluate(cdp, script, session: session) as? String,
                  let controls = try? JSONDecoder().decode([Control].self, from: Data(text.utf8)) else { continue }
            for c in controls {
                if let k = c.kind.flatMap(ControlKind.init(rawValue:)), kinds.contains(k) {
                    found.append((session, c, k, c.foundBy ?? "platform selector"))
                } else if c.kind == nil, let k = ControlLexicon.kind(of: c.label, strict: false) ?? (c.aria.isEmpty ? nil : ControlLexicon.kind(of: c.aria, strict: false)),
                          kinds.contains(k) {
                    found.append((session, c, k, "wording (ControlLexicon)"))
                }
            }
        }
        // Catalogue first, then the kinds in the order asked.
        let pick = found.first { $0.foundBy.hasPrefix("platform") } ?? kinds.lazy.compactMap { k in found.first { $0.kind == k } }.first
        guard let pick else { return false }
        let frame = pick.session == main ? nil : locked { frameSessions[pick.session]?.url }
        let first = locked { () -> Bool in
            guard choiceWallTime == nil else { return false }
            choiceWallTime = Date().timeIntervalSince1970
            return true
        }
        // The click script answers with the page's clock when it clicked.
        let answer = evaluate(cdp, PageScripts.click(pick.control.i), session: pick.session)
        // Milliseconds since 1970; `false` when the control was gone.
        guard let clickedAt = (answer as? Double) ?? (answer as? Int).map(Double.init) ?? (answer as? NSNumber).map(\.doubleValue),
              clickedAt > 1_000_000_000_000 else {
            log("clicking “\(pick.control.label)” failed")
            // Nothing was clicked: requests after this moment are not after a choice.
            if first { locked { choiceWallTime = nil } }
            return false
        }
        if first { locked { choiceWallTime = clickedAt / 1000 } }
        clickedSession = pick.session
        choice.steps.append(CaptureStep(action: "click", control: pick.kind.rawValue, label: pick.control.label, foundBy: pick.foundBy, frame: frame))
        log("clicked “\(pick.control.label)” (\(pick.kind.rawValue), found by \(pick.foundBy)\(frame.map { ", in frame \($0)" } ?? ""))")
        return true
    }

    // MARK: - Files

    private func write(_ name: String, text: String) { write(name, data: Data(text.utf8)) }

    private func write<T: Encodable>(_ name: String, json value: T) {
        guard let text = try? JSONRendering.render(value) else { return }
        write(name, text: text + "\n")
    }

    private func write(_ name: String, data: Data) {
        let path = (folder as NSString).appendingPathComponent(name)
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if FileManager.default.createFile(atPath: path, contents: data) {
            if name != CaptureFiles.record, !record.files.contains(name) { record.files.append(name) }
        } else {
            log("could not write \(name)")
        }
    }
}

/// The accessibility tree as Playwright's YAML snapshot lines.
enum AriaYAML {
    /// Roles that only group: their children are written in their place.
    static let transparent: Set<String> = ["generic", "none", "presentation", "RootWebArea", "WebArea", "InlineTextBox", "LineBreak", "GenericContainer", "Section", "LayoutTable", "LayoutTableRow", "LayoutTableCell", "Iframe", "IframePresentational", "LabelText"]

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ") + "\""
    }

    static func emit(_ node: JSONObject, nodes: [String: JSONObject], indent: Int, parentName: String?, ref: inout Int, into lines: inout [String]) {
        guard lines.count < 20_000 else { return }
        let role = (node["role"] as? JSONObject)?["value"] as? String ?? "generic"
        let name = ((node["name"] as? JSONObject)?["value"] as? String ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (node["childIds"] as? [String] ?? []).compactMap { nodes[$0] }
        let ignored = node["ignored"] as? Bool ?? false
        if ignored || transparent.contains(role) {
            for c in children { emit(c, nodes: nodes, indent: indent, parentName: parentName, ref: &ref, into: &lines) }
            return
        }
        let pad = String(repeating: "  ", count: indent)
        if role == "StaticText" {
            if !name.isEmpty, !(parentName?.contains(name) ?? false) { lines.append("\(pad)- text: \(quote(name))") }
            return
        }
        var attributes: [String] = []
        for p in node["properties"] as? [JSONObject] ?? [] {
            let key = p["name"] as? String ?? ""
            let value = (p["value"] as? JSONObject)?["value"]
            if key == "checked", value as? String == "true" || value as? Bool == true { attributes.append("[checked]") }
            if key == "disabled", value as? Bool == true { attributes.append("[disabled]") }
            if key == "level", let level = value as? Int { attributes.append("[level=\(level)]") }
        }
        ref += 1
        attributes.append("[ref=e\(ref)]")
        let hasChildren = children.contains { c in
            let r = (c["role"] as? JSONObject)?["value"] as? String ?? ""
            return r != "StaticText" || !name.contains(((c["name"] as? JSONObject)?["value"] as? String ?? "").trimmingCharacters(in: .whitespaces))
        }
        let lower = role == "heading" || role.first?.isLowercase == true ? role : role.lowercased()
        lines.append("\(pad)- \(lower)\(name.isEmpty ? "" : " " + quote(name)) \(attributes.joined(separator: " "))\(hasChildren ? ":" : "")")
        for c in children { emit(c, nodes: nodes, indent: indent + 1, parentName: name.isEmpty ? parentName : name, ref: &ref, into: &lines) }
    }
}
