/// The named fields of one WARC record's header (WARC 1.0 / 1.1, ISO 28500).
struct WARCRecordHeader: Sendable, Equatable {
    /// `WARC/1.1`, `WARC/1.0`, …
    var version: String
    /// Fields in file order; names compare case-insensitively.
    var fields: [(name: String, value: String)]
    /// Offset of the version line in the (decompressed) WARC stream.
    var offset: Int
    var contentLength: Int

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.version == rhs.version && lhs.offset == rhs.offset && lhs.contentLength == rhs.contentLength
            && lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
    }

    func field(_ name: String) -> String? {
        let lower = name.lowercased()
        return fields.first { $0.name.lowercased() == lower }?.value
    }

    /// `response`, `request`, `resource`, `warcinfo`, `metadata`, `revisit`, `conversion`, …
    var type: String { field("WARC-Type")?.lowercased() ?? "" }

    /// The URI the record is about. WARC 1.0's own examples wrap it in `<…>`; the brackets are removed.
    var targetURI: String? {
        guard var uri = field("WARC-Target-URI") else { return nil }
        if uri.hasPrefix("<") && uri.hasSuffix(">") && uri.count >= 2 { uri = String(uri.dropFirst().dropLast()) }
        return uri
    }

    var recordID: String? { field("WARC-Record-ID") }
    var date: String? { field("WARC-Date") }
    /// Why the crawler cut the record short (`length`, `time`, `disconnect`, `unspecified`), if it did.
    var truncated: String? { field("WARC-Truncated") }

    /// The block's media type, lowercased and without parameters (`application/http`, `text/html`).
    var contentType: String? { field("Content-Type").map(MediaType.essence) }
}

/// Reads WARC records one after the other from a ``ByteStream``: the header is parsed, then the
/// caller reads as much of the block as it needs and the rest is skipped unread.
final class WARCReader {
    enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case stream(ByteStream.Failure)
        case malformed(atOffset: Int, String)
        /// The stream does not start with a WARC record.
        case notWARC

        var description: String {
            switch self {
            case .notWARC: return "not a WARC: it does not start with a `WARC/1.x` version line"
            case .stream(let failure): return failure.description
            case .malformed(let offset, let why): return "malformed WARC record at byte \(offset): \(why)"
            }
        }
    }

    /// A record header larger than this is not a WARC header.
    static let maximumHeaderBytes = 1 << 20

    private let stream: ByteStream
    /// Bytes of the current record's block not yet read or skipped.
    private var remaining = 0
    private var inRecord = false

    init(stream: ByteStream) {
        self.stream = stream
    }

    /// Input bytes read so far (compressed bytes for a WARC.gz), for progress reports.
    var consumedInputBytes: Int { stream.consumedInputBytes }

    /// Position in the decompressed stream.
    var offset: Int { stream.offset }

    /// Whether the stream is gzip-compressed (known once the first record has been read).
    var isCompressed: Bool { stream.isCompressed }

    /// The next record's header, or `nil` at the end of the stream. Skips whatever is left of the
    /// previous record's block.
    func next() throws(Failure) -> WARCRecordHeader? {
        do {
            try finishRecord()
            // Records are separated by CRLF CRLF; tolerate any run of line breaks.
            while let byte = try stream.peek(), byte == 0x0D || byte == 0x0A { try stream.skip(count: 1) }
            if try stream.atEnd() { return nil }
            let start = stream.offset
            guard let versionLine = try stream.readLine(limit: 64), versionLine.starts(with: Array("WARC/".utf8)) else {
                throw start == 0 ? Failure.notWARC : Failure.malformed(atOffset: start, "expected a `WARC/1.x` version line")
            }
            var fields: [(name: String, value: String)] = []
            var headerBytes = 0
            while true {
                guard let line = try stream.readLine(limit: Self.maximumHeaderBytes) else {
                    throw Failure.stream(.truncated(atOffset: start))
                }
                if line.isEmpty { break }
                headerBytes += line.count
                if headerBytes > Self.maximumHeaderBytes { throw Failure.malformed(atOffset: start, "header longer than 1 MiB") }
                if line[0] == 0x20 || line[0] == 0x09, !fields.isEmpty {
                    // A folded continuation line.
                    fields[fields.count - 1].value += " " + String(decoding: line, as: UTF8.self).trimmingWhitespace()
                    continue
                }
                guard let colon = line.firstIndex(of: 0x3A) else {
                    throw Failure.malformed(atOffset: start, "header line without a colon")
                }
                let name = String(decoding: line[..<colon], as: UTF8.self).trimmingWhitespace()
                let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingWhitespace()
                fields.append((name, value))
            }
            let version = String(decoding: versionLine, as: UTF8.self)
            var header = WARCRecordHeader(version: version, fields: fields, offset: start, contentLength: 0)
            guard let lengthText = header.field("Content-Length"), let length = Int(lengthText), length >= 0 else {
                throw Failure.malformed(atOffset: start, "missing or invalid Content-Length")
            }
            header.contentLength = length
            remaining = length
            inRecord = true
            return header
        } catch let failure as Failure {
            throw failure
        } catch let failure as ByteStream.Failure {
            if case .lineTooLong(let at) = failure {
                throw at == 0 ? .notWARC : .malformed(atOffset: at, "header line too long")
            }
            throw .stream(failure)
        } catch {
            throw .malformed(atOffset: stream.offset, "\(error)")
        }
    }

    /// Up to `count` more bytes of the current record's block.
    func readBlock(upTo count: Int) throws(Failure) -> [UInt8] {
        let n = min(count, remaining)
        do {
            let bytes = try stream.read(count: n)
            remaining -= n
            return bytes
        } catch {
            throw .stream(error)
        }
    }

    /// Bytes of the current block not read yet.
    var remainingBlockBytes: Int { remaining }

    /// After a malformed record: moves to the next line that starts a record, if any.
    /// Returns `false` when the stream ends first.
    func resynchronise() throws(Failure) -> Bool {
        remaining = 0
        inRecord = false
        do {
            return try stream.skip(toLineStarting: Array("WARC/".utf8))
        } catch {
            throw .stream(error)
        }
    }

    private func finishRecord() throws(ByteStream.Failure) {
        guard inRecord else { return }
        try stream.skip(count: remaining)
        remaining = 0
        inRecord = false
    }
}

/// Media types as HTTP and WARC write them.
enum MediaType {
    /// `Text/HTML; charset=UTF-8` → `text/html`.
    static func essence(_ value: String) -> String {
        let head = value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return String(head).trimmingWhitespace().lowercased()
    }

    /// The types whose pages ConsentLens reads.
    static func isHTML(_ essence: String) -> Bool {
        essence == "text/html" || essence == "application/xhtml+xml"
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s.removeLast() }
        return String(s)
    }
}
