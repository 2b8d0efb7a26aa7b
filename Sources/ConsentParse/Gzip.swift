internal import CZlib

/// gzip decompression for compressed pages and WARC.gz crawls, streaming so that a crawl of many
/// gigabytes never has to be held in memory at once. Concatenated gzip members (one per WARC
/// record) are read as one stream.
public final class GzipInflater {
    private var stream = z_stream()
    private var finishedMember = false
    private var started = false

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case corrupt(String)
        case truncated
        public var description: String {
            switch self {
            case .corrupt(let why): return "corrupt gzip data (\(why))"
            case .truncated: return "truncated gzip data"
            }
        }
    }

    public init() throws(Failure) {
        // 16 + MAX_WBITS: expect a gzip header and trailer.
        let status = inflateInit2_(&stream, 16 + 15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw .corrupt("inflateInit2 returned \(status)") }
    }

    deinit { inflateEnd(&stream) }

    /// Inflates `input`, calling `output` with each decompressed chunk.
    public func inflate(_ input: [UInt8], output: ([UInt8]) throws -> Void) throws {
        guard !input.isEmpty else { return }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        try input.withUnsafeBufferPointer { inBuffer in
            stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress!)
            stream.avail_in = UInt32(inBuffer.count)
            while stream.avail_in > 0 {
                if finishedMember {
                    // Another gzip member follows the one just finished.
                    guard inflateReset(&stream) == Z_OK else { throw Failure.corrupt("inflateReset failed") }
                    finishedMember = false
                }
                started = true
                let produced: Int
                let status: Int32
                (status, produced) = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(outBuffer.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (status, outBuffer.count - Int(stream.avail_out))
                }
                if produced > 0 { try output(Array(chunk[0..<produced])) }
                switch status {
                case Z_STREAM_END: finishedMember = true
                case Z_OK: continue
                case Z_BUF_ERROR where produced > 0: continue
                case Z_BUF_ERROR: return
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                    throw Failure.corrupt(message)
                }
            }
        }
    }

    /// Call after the last input: a stream that stopped inside a member was truncated.
    public func finish() throws(Failure) {
        if started && !finishedMember { throw .truncated }
    }

    /// Decompresses a whole gzip file, refusing output beyond `limit` bytes (a decompression
    /// bomb): the limit is checked on every 64 KiB inflated, before it is kept, and the output
    /// never grows past the limit, so memory stays near `limit` whatever the input expands to.
    public static func decompress(_ bytes: [UInt8], limit: Int = PageLoader.maximumPageBytes) throws -> [UInt8] {
        let inflater = try GzipInflater()
        var out: [UInt8] = []
        out.reserveCapacity(min(bytes.count &* 4, limit))
        try inflater.inflate(bytes) { chunk in
            let needed = out.count + chunk.count
            if needed > limit { throw PageLoadError.tooLarge(needed) }
            if needed > out.capacity { out.reserveCapacity(min(max(out.capacity * 2, needed), limit)) }
            out.append(contentsOf: chunk)
        }
        try inflater.finish()
        return out
    }

    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }
}
