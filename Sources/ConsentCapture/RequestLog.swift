import ConsentLens
import Foundation

/// The page's requests as the browser's Network events report them, and which response set
/// each cookie.
///
/// Why a value of its own: DevTools does not order a request's events. The `…ExtraInfo` events
/// come from the network service, `requestWillBeSent` from the renderer, and on a loaded machine
/// a response's `Set-Cookie` report can arrive before the request it answers. What arrives
/// early is kept under the request's key and applied when the request is recorded, so the
/// record is the same in any order (`RequestLogTests` feeds the events both ways).
struct RequestLog {
    /// In the order the events arrived; `sentTimes` is parallel to it.
    private(set) var requests: [CapturedRequest] = []
    /// When the page sent each request (its event's `wallTime`, Unix seconds).
    private(set) var sentTimes: [Double] = []
    /// Cookie name → `response URL` of the first response that set it.
    private(set) var setCookieSources: [String: String] = [:]
    private var index: [String: Int] = [:]
    /// Reports that arrived before their request, by request key.
    private var early: [String: EarlyReport] = [:]

    private struct EarlyReport {
        var cookiesSent: [String]?
        var cookiesSet: [String]?
        var cookiesBlocked: [String]?
        var status: Int?
        var error: String?
    }

    /// Records one Network event. `key` names the request across sessions (session and
    /// `requestId`); `choiceWallTime` is when the choice was clicked, if it has been.
    mutating func record(_ method: String, _ p: [String: Any], key: String, choiceWallTime: Double?) {
        switch method {
        case "Network.requestWillBeSent":
            guard let request = p["request"] as? [String: Any], let url = request["url"] as? String else { return }
            if let redirect = p["redirectResponse"] as? [String: Any], let i = index[key] {
                requests[i].status = redirect["status"] as? Int
            }
            // Sorted by when the page sent it, not when its event arrived: under load a
            // beacon sent just before the click reaches us after it.
            let sentAt = p["wallTime"] as? Double ?? Date().timeIntervalSince1970
            let phase = choiceWallTime.map { sentAt >= $0 ? "after-choice" : "before-choice" } ?? "before-choice"
            requests.append(CapturedRequest(
                phase: phase, url: url, type: p["type"] as? String, method: request["method"] as? String,
                initiator: Self.initiator(p["initiator"] as? [String: Any], redirect: p["redirectResponse"] != nil), party: ""))
            sentTimes.append(sentAt)
            index[key] = requests.count - 1
            if let report = early.removeValue(forKey: key) { apply(report, to: requests.count - 1) }
        case "Network.requestWillBeSentExtraInfo":
            let names = (p["associatedCookies"] as? [[String: Any]] ?? []).compactMap { c -> String? in
                guard (c["blockedReasons"] as? [Any] ?? []).isEmpty else { return nil }
                return (c["cookie"] as? [String: Any])?["name"] as? String
            }
            guard !names.isEmpty else { return }
            update(key) { $0.cookiesSent = names }
        case "Network.responseReceived":
            guard let response = p["response"] as? [String: Any], let status = response["status"] as? Int else { return }
            update(key) { $0.status = status }
        case "Network.responseReceivedExtraInfo":
            guard let headers = p["headers"] as? [String: Any] else { return }
            let refused = p["blockedCookies"] as? [[String: Any]] ?? []
            let blocked = refused.map { b in "\(Self.cookieName(b) ?? "?") (\((b["blockedReasons"] as? [String] ?? []).joined(separator: ", ")))" }
            let blockedNames = Set(refused.compactMap(Self.cookieName))
            let names = headers.filter { $0.key.lowercased() == "set-cookie" }.compactMap { $0.value as? String }
                .flatMap { $0.split(separator: "\n") }
                .compactMap { line -> String? in
                    let name = line.split(separator: ";").first?.split(separator: "=").first.map { $0.trimmingCharacters(in: .whitespaces) }
                    return name?.isEmpty == false ? name : nil
                }
                .filter { !blockedNames.contains($0) }
            if !blocked.isEmpty { update(key) { $0.cookiesBlocked = blocked } }
            if !names.isEmpty { update(key) { $0.cookiesSet = names } }
        case "Network.loadingFailed":
            let error = (p["blockedReason"] as? String).map { "blocked: \($0)" } ?? p["errorText"] as? String
            update(key) { $0.error = error }
        default:
            break
        }
    }

    /// Applies a report to its request, or keeps it until the request is recorded.
    private mutating func update(_ key: String, _ change: (inout EarlyReport) -> Void) {
        var report = EarlyReport()
        change(&report)
        if let i = index[key] {
            apply(report, to: i)
        } else {
            change(&early[key, default: EarlyReport()])
        }
    }

    private mutating func apply(_ report: EarlyReport, to i: Int) {
        if let sent = report.cookiesSent { requests[i].cookiesSent = sent }
        if let blocked = report.cookiesBlocked { requests[i].cookiesBlocked = blocked }
        if let status = report.status { requests[i].status = status }
        if let error = report.error { requests[i].error = error }
        if let names = report.cookiesSet {
            requests[i].cookiesSet = names
            for name in names where setCookieSources[name] == nil { setCookieSources[name] = "response \(requests[i].url)" }
        }
    }

    private static func cookieName(_ blocked: [String: Any]) -> String? {
        ((blocked["cookie"] as? [String: Any])?["name"] as? String)
            ?? (blocked["cookieLine"] as? String ?? "").split(separator: "=").first.map(String.init)
    }

    static func initiator(_ i: [String: Any]?, redirect: Bool) -> String? {
        if redirect { return "redirect" }
        guard let i, let type = i["type"] as? String else { return nil }
        if let url = i["url"] as? String, !url.isEmpty { return "\(type) \(url)" }
        if let frames = (i["stack"] as? [String: Any])?["callFrames"] as? [[String: Any]],
           let url = frames.first(where: { !($0["url"] as? String ?? "").isEmpty })?["url"] as? String {
            return "\(type) \(url)"
        }
        return type
    }
}
