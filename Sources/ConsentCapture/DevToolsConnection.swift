#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Foundation

/// A JSON object as the DevTools protocol sends it.
typealias JSONObject = [String: Any]

/// The Chrome DevTools Protocol over the browser's pipe: NUL-terminated JSON messages, commands
/// answered by `id`, events delivered to a handler on the reading thread. Sessions are "flat"
/// (`sessionId` on each message), so frames in other processes share the one pipe.
final class DevToolsConnection: @unchecked Sendable {
    private let writeFD: Int32
    private let readFD: Int32
    private let condition = NSCondition()
    private let writeLock = NSLock()
    private var nextID = 1
    private var responses: [Int: JSONObject] = [:]
    private var closedReason: String?
    /// Called on the reading thread for every event: method, params, session. It must not wait
    /// for a command's answer (that answer would be read by this same thread): it may ``post``.
    var onEvent: (@Sendable (String, JSONObject, String?) -> Void)?

    init(writeFD: Int32, readFD: Int32) {
        self.writeFD = writeFD
        self.readFD = readFD
    }

    func start() {
        let thread = Thread { [self] in readLoop() }
        thread.name = "consentlens-cdp"
        thread.start()
    }

    /// Why the pipe closed, once it has.
    var closed: String? {
        condition.lock()
        defer { condition.unlock() }
        return closedReason
    }

    func close() {
        condition.lock()
        if closedReason == nil { closedReason = "the connection was closed" }
        condition.broadcast()
        condition.unlock()
        Glibc.close(writeFD)
    }

    private func readLoop() {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(readFD, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            var start = 0
            for i in 0..<n where buffer[i] == 0 {
                pending.append(contentsOf: buffer[start..<i])
                deliver(pending)
                pending.removeAll(keepingCapacity: true)
                start = i + 1
            }
            pending.append(contentsOf: buffer[start..<n])
        }
        Glibc.close(readFD)
        condition.lock()
        if closedReason == nil { closedReason = "the browser closed its end of the pipe" }
        condition.broadcast()
        condition.unlock()
    }

    private func deliver(_ bytes: [UInt8]) {
        guard let message = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? JSONObject else { return }
        if let id = message["id"] as? Int {
            condition.lock()
            responses[id] = message
            condition.broadcast()
            condition.unlock()
        } else if let method = message["method"] as? String {
            onEvent?(method, message["params"] as? JSONObject ?? [:], message["sessionId"] as? String)
        }
    }

    /// Sends a command without waiting for its answer; returns its id (0 when the pipe is closed).
    @discardableResult
    func post(_ method: String, _ params: JSONObject = [:], session: String? = nil) -> Int {
        condition.lock()
        let id = nextID
        nextID += 1
        let isClosed = closedReason != nil
        condition.unlock()
        guard !isClosed else { return 0 }
        var message: JSONObject = ["id": id, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        guard var data = try? JSONSerialization.data(withJSONObject: message) else { return 0 }
        data.append(0)
        writeLock.lock()
        defer { writeLock.unlock() }
        var offset = 0
        while offset < data.count {
            let n = data.withUnsafeBytes { write(writeFD, $0.baseAddress! + offset, data.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                condition.lock()
                if closedReason == nil { closedReason = "the browser's pipe is broken" }
                condition.broadcast()
                condition.unlock()
                return 0
            }
            offset += n
        }
        return id
    }

    /// Sends a command and waits for its answer, at most `timeout` seconds.
    func send(_ method: String, _ params: JSONObject = [:], session: String? = nil, timeout: Double = 10) throws(CaptureError) -> JSONObject {
        let id = post(method, params, session: session)
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if id != 0, let answer = responses.removeValue(forKey: id) {
                if let error = answer["error"] as? JSONObject {
                    throw .protocolError("\(method): \(error["message"] as? String ?? "error")")
                }
                return answer["result"] as? JSONObject ?? [:]
            }
            if let reason = closedReason { throw .browserExited(reason) }
            if !condition.wait(until: deadline) {
                throw .timedOut("\(method) got no answer within \(Int(timeout)) s")
            }
        }
    }
}
