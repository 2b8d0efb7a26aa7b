import ConsentParse

/// The HTTP response a WARC `response` record holds: status line and header fields, parsed from
/// the start of the block; the body follows them.
struct HTTPResponseHead: Sendable, Equatable {
    var status: Int
    var fields: [String: String]
    /// Bytes the status line and header take, blank line included: the body starts here.
    var length: Int

    /// A header the HTTP response head must end within; longer heads are not HTTP.
    static let maximumBytes = 1 << 16

    func field(_ name: String) -> String? { fields[name.lowercased()] }

    var contentType: String? { field("Content-Type").map(MediaType.essence) }

    /// `gzip`, `x-gzip`, `deflate`, `br`, … (the last one applied when several are listed).
    var contentEncoding: String? {
        guard let value = field("Content-Encoding") else { return nil }
        let codings = value.split(separator: ",").map { $0.trimmingWhitespace().lowercased() }.filter { !$0.isEmpty && $0 != "identity" }
        return codings.isEmpty ? nil : codings.joined(separator: ", ")
    }

    var isChunked: Bool {
        field("Transfer-Encoding")?.lowercased().contains("chunked") ?? false
    }

    /// Parses `HTTP/1.1 200 OK\r\nName: value\r\n…\r\n\r\n` at the start of `bytes`; `nil` when
    /// the bytes do not start with a complete HTTP response head.
    static func parse(_ bytes: [UInt8]) -> HTTPResponseHead? {
        guard bytes.starts(with: Array("HTTP/".utf8)) else { return nil }
        // The head ends at the first empty line (CRLF CRLF, or bare LF LF from lax servers).
        var lineStart = 0
        var lines: [ArraySlice<UInt8>] = []
        var end: Int?
        var i = 0
        let limit = min(bytes.count, maximumBytes)
        while i < limit {
            if bytes[i] == 0x0A {
                var lineEnd = i
                if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if lineEnd == lineStart {
                    end = i + 1
                    break
                }
                lines.append(bytes[lineStart..<lineEnd])
                lineStart = i + 1
            }
            i += 1
        }
        guard let end, let statusLine = lines.first else { return nil }
        let parts = String(decoding: statusLine, as: UTF8.self).split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: 0x3A) else { continue }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).trimmingWhitespace().lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingWhitespace()
            // Repeated fields join with a comma, as HTTP allows.
            fields[name] = fields[name].map { $0 + ", " + value } ?? value
        }
        return HTTPResponseHead(status: status, fields: fields, length: end)
    }
}

/// Undoes the transfer and content codings a crawler may have stored verbatim.
enum HTTPBodyDecoder {
    enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case unsupportedEncoding(String)
        case corrupt(String)

        var description: String {
            switch self {
            case .unsupportedEncoding(let coding): return "the HTTP body uses Content-Encoding \(coding), which ConsentLens cannot decode"
            case .corrupt(let why): return "the HTTP body cannot be decoded: \(why)"
            }
        }
    }

    /// The page bytes of a body. Crawlers differ: some store the bytes as sent (chunked, gzip),
    /// others decode them but keep the original header fields, so each coding is undone only when
    /// the bytes really carry it.
    static func decode(_ body: [UInt8], chunked: Bool, contentEncoding: String?, limit: Int) throws(Failure) -> [UInt8] {
        var bytes = body
        if chunked, let dechunked = dechunk(bytes) { bytes = dechunked }
        switch contentEncoding {
        case nil:
            break
        case "gzip"?, "x-gzip"?:
            if GzipInflater.isGzip(bytes) {
                do { bytes = try GzipInflater.decompress(bytes, limit: limit) } catch { throw .corrupt("\(error)") }
            }
        case let coding?:
            // Already decoded by the crawler when the bytes look like text; otherwise unreadable here.
            if !looksLikeText(bytes) { throw .unsupportedEncoding(coding) }
        }
        return bytes
    }

    /// Decodes `Transfer-Encoding: chunked`; `nil` when the bytes are not a valid chunked body
    /// (a crawler that already removed the chunking).
    static func dechunk(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while true {
            // Chunk size in hex, optional extensions after `;`, then CRLF.
            var size = 0
            var digits = 0
            while i < bytes.count, let digit = hexValue(bytes[i]) {
                size = size * 16 + digit
                digits += 1
                i += 1
                if digits > 15 { return nil }
            }
            guard digits > 0 else { return nil }
            while i < bytes.count, bytes[i] != 0x0A { i += 1 }
            guard i < bytes.count else { return nil }
            i += 1
            if size == 0 { return out }  // trailers, if any, are ignored
            guard i + size <= bytes.count else { return nil }
            out.append(contentsOf: bytes[i..<(i + size)])
            i += size
            if i < bytes.count, bytes[i] == 0x0D { i += 1 }
            if i < bytes.count, bytes[i] == 0x0A { i += 1 }
            if i >= bytes.count { return out }  // last chunk without the terminating zero chunk
        }
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: return Int(byte - 0x30)
        case 0x41...0x46: return Int(byte - 0x41 + 10)
        case 0x61...0x66: return Int(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// No NUL byte in the first KiB: the body is text, whatever the header says.
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        !bytes.prefix(1024).contains(0)
    }

    /// Whether a body without a Content-Type is an HTML page: it starts (after a BOM and
    /// whitespace) with a doctype or an `<html` tag.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var head = bytes.prefix(512)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        let text = String(decoding: head, as: UTF8.self).trimmingWhitespace().lowercased()
        return text.hasPrefix("<!doctype html") || text.hasPrefix("<html")
    }
}
