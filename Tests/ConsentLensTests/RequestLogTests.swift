import Testing
@testable import ConsentCapture

/// DevTools does not order a request's events: the network service's `…ExtraInfo` reports can
/// reach us before the renderer's `requestWillBeSent`. The record must not depend on the order.
struct RequestLogTests {
    static let key = "S1|1000.7"
    static var sent: (String, [String: Any]) { ("Network.requestWillBeSent", [
        "requestId": "1000.7", "type": "Image", "wallTime": 1_800_000_000.25,
        "request": ["url": "http://127.0.0.2:8080/track?c=IDE", "method": "GET"],
        "initiator": ["type": "script", "stack": ["callFrames": [["url": ""], ["url": "http://127.0.0.1:8080/injected.html"]]]],
    ]) }
    static var sentExtra: (String, [String: Any]) { ("Network.requestWillBeSentExtraInfo", [
        "requestId": "1000.7",
        "associatedCookies": [["cookie": ["name": "uid"], "blockedReasons": []], ["cookie": ["name": "old"], "blockedReasons": ["SameSiteLax"]]],
    ]) }
    static var response: (String, [String: Any]) { ("Network.responseReceived", ["requestId": "1000.7", "response": ["status": 200, "mimeType": "image/gif"]]) }
    static var responseExtra: (String, [String: Any]) { ("Network.responseReceivedExtraInfo", [
        "requestId": "1000.7",
        "headers": ["Content-Type": "image/gif", "Set-Cookie": "IDE=AHWqTU; Path=/; SameSite=None\nDSID=x; Secure"],
        "blockedCookies": [["cookieLine": "DSID=x; Secure", "blockedReasons": ["SecureOnly"]]],
    ]) }

    static func log(_ events: [(String, [String: Any])]) -> RequestLog {
        var log = RequestLog()
        for (method, params) in events { log.record(method, params, key: key, choiceWallTime: nil) }
        return log
    }

    static func expectPixel(_ log: RequestLog, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(log.requests.count == 1, sourceLocation: sourceLocation)
        guard let pixel = log.requests.first else { return }
        #expect(pixel.url == "http://127.0.0.2:8080/track?c=IDE" && pixel.type == "Image" && pixel.status == 200, sourceLocation: sourceLocation)
        #expect(pixel.initiator == "script http://127.0.0.1:8080/injected.html", sourceLocation: sourceLocation)
        #expect(pixel.cookiesSent == ["uid"], sourceLocation: sourceLocation)
        #expect(pixel.cookiesSet == ["IDE"], sourceLocation: sourceLocation)
        #expect(pixel.cookiesBlocked == ["DSID (SecureOnly)"], sourceLocation: sourceLocation)
        #expect(log.setCookieSources == ["IDE": "response http://127.0.0.2:8080/track?c=IDE"], sourceLocation: sourceLocation)
        #expect(log.sentTimes == [1_800_000_000.25], sourceLocation: sourceLocation)
    }

    @Test func eventsInTheRenderersOrder() {
        Self.expectPixel(Self.log([Self.sent, Self.sentExtra, Self.response, Self.responseExtra]))
    }

    /// What failed a CI run: the response's Set-Cookie report arrived before its request.
    @Test func networkServiceReportsBeforeTheRequest() {
        Self.expectPixel(Self.log([Self.sentExtra, Self.responseExtra, Self.response, Self.sent]))
        Self.expectPixel(Self.log([Self.responseExtra, Self.sent, Self.sentExtra, Self.response]))
    }

    @Test func aReportForAnotherRequestIsNotApplied() {
        var log = RequestLog()
        log.record(Self.responseExtra.0, Self.responseExtra.1, key: "S1|other", choiceWallTime: nil)
        log.record(Self.sent.0, Self.sent.1, key: Self.key, choiceWallTime: nil)
        #expect(log.requests.first?.cookiesSet == nil && log.setCookieSources.isEmpty)
    }

    @Test func phaseFollowsWhenThePageSentIt() {
        var log = RequestLog()
        log.record(Self.sent.0, Self.sent.1, key: Self.key, choiceWallTime: 1_800_000_000.0)
        #expect(log.requests.first?.phase == "after-choice")
        var before = RequestLog()
        before.record(Self.sent.0, Self.sent.1, key: Self.key, choiceWallTime: 1_800_000_001.0)
        #expect(before.requests.first?.phase == "before-choice")
    }
}
