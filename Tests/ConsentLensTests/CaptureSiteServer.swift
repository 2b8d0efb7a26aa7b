#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A tiny HTTP/1.1 server for the capture tests, on loopback only: the same port on 127.0.0.1
/// (the site) and 127.0.0.2 (a third party), so that first and third party differ by
/// registrable domain. Serves `Fixtures/capture-sites/` and a few routes (see its README).
/// One thread per connection; `Connection: close` after each answer.
final class CaptureSiteServer: @unchecked Sendable {
    let port: UInt16
    private var sockets: [Int32] = []
    private let lock = NSLock()
    private var hits: [String] = []
    private var hanging: [Int32] = []

    /// Started once for all capture tests.
    static let shared: CaptureSiteServer? = try? CaptureSiteServer()

    init() throws {
        var port: UInt16 = 0
        for address in ["127.0.0.1", "127.0.0.2"] {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw POSIXError(.EIO) }
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_port = port.bigEndian
            inet_pton(AF_INET, address, &addr.sin_addr)
            let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            guard bound == 0, listen(fd, 64) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
            if port == 0 {
                var len = socklen_t(MemoryLayout<sockaddr_in>.size)
                _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
                port = UInt16(bigEndian: addr.sin_port)
            }
            sockets.append(fd)
        }
        self.port = port
        for fd in sockets {
            let thread = Thread { [self] in acceptLoop(fd) }
            thread.start()
        }
    }

    func url(_ path: String, host: String = "127.0.0.1") -> String { "http://\(host):\(port)/\(path)" }

    /// Requests seen so far, as `HOST PATH` (the path without its query).
    var requests: [String] { lock.lock(); defer { lock.unlock() }; return hits }

    private func acceptLoop(_ fd: Int32) {
        while true {
            let client = accept(fd, nil, nil)
            if client < 0 { if errno == EINTR { continue } else { return } }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 8192)
        // A TLS ClientHello (https:// to this plain server) gets a plain answer, as a
        // misconfigured server would give: the browser reports a TLS error.
        let first = read(client, &buffer, buffer.count)
        if first <= 0 { close(client); return }
        data += buffer[0..<first]
        if data[0] == 0x16 {
            respond(client, status: "400 Bad Request", headers: ["Content-Type: text/plain"], body: Array("plain HTTP here".utf8))
            return
        }
        while !data.contains(0x0A) || !String(decoding: data, as: UTF8.self).contains("\r\n\r\n") {
            let n = read(client, &buffer, buffer.count)
            if n <= 0 { close(client); return }
            data += buffer[0..<n]
            if data.count > 65_536 { break }
        }
        let head = String(decoding: data, as: UTF8.self)
        let requestLine = head.split(separator: "\r\n").first.map(String.init) ?? ""
        let parts = requestLine.split(separator: " ")
        let target = parts.count > 1 ? String(parts[1]) : "/"
        let host = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("host:") }.map { $0.dropFirst(5).trimmingCharacters(in: .whitespaces) } ?? ""
        let path = String(target.split(separator: "?", maxSplits: 1).first ?? "/")
        let query = target.contains("?") ? String(target.split(separator: "?", maxSplits: 1)[1]) : ""
        lock.lock()
        hits.append("\(host.split(separator: ":").first ?? "") \(path)")
        lock.unlock()

        switch path {
        case "/hang":
            lock.lock()
            hanging.append(client)  // never answered, never closed while the tests run
            lock.unlock()
            return
        case "/track":
            let name = query.split(separator: "&").first { $0.hasPrefix("c=") }.map { String($0.dropFirst(2)) } ?? "track"
            let gif: [UInt8] = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x21, 0xF9, 4, 1, 0, 0, 0, 0,
                                0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0]
            respond(client, status: "200 OK", headers: ["Content-Type: image/gif", "Set-Cookie: \(name)=tracked; Path=/; Max-Age=86400; SameSite=None; Secure"], body: gif)
        case "/redirect":
            respond(client, status: "302 Found", headers: ["Location: /landing.html"], body: [])
        case "/download":
            respond(client, status: "200 OK", headers: ["Content-Type: application/octet-stream", "Content-Disposition: attachment; filename=\"report.bin\""], body: Array("binary".utf8))
        case "/image.png":
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4,
                                0x89, 0, 0, 0, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0D, 0x0A, 0x2D, 0xB4, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
            respond(client, status: "200 OK", headers: ["Content-Type: image/png"], body: png)
        default:
            let name = String(path.dropFirst())
            let file = TestPaths.fixture("capture-sites/\(name)")
            guard !name.contains(".."), name.hasSuffix(".html"), let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                respond(client, status: "404 Not Found", headers: ["Content-Type: text/plain"], body: Array("not found".utf8))
                return
            }
            respond(client, status: "200 OK", headers: ["Content-Type: text/html; charset=utf-8"],
                    body: Array(text.replacingOccurrences(of: "{{PORT}}", with: String(port)).utf8))
        }
    }

    private func respond(_ client: Int32, status: String, headers: [String], body: [UInt8]) {
        let head = (["HTTP/1.1 \(status)", "Content-Length: \(body.count)", "Cache-Control: no-store", "Connection: close"] + headers).joined(separator: "\r\n") + "\r\n\r\n"
        let bytes = Array(head.utf8) + body
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            offset += n
        }
        close(client)
    }
}
