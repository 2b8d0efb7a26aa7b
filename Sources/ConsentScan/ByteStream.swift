import ConsentParse

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A forward-only reader over a file descriptor (or bytes in memory, for the fuzzer) that inflates
/// gzip on the fly, so that a WARC.gz crawl of many gigabytes is read a record at a time: at most
/// one record (plus one inflated input chunk) is held in memory.
///
/// Offsets are positions in the decompressed stream; ``consumedInputBytes`` counts the bytes read
/// from the descriptor (compressed, for a gzip stream), for progress reports.
final class ByteStream {
    enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case io(String)
        case gzip(String)
        case truncated(atOffset: Int)
        case lineTooLong(atOffset: Int)

        var description: String {
            switch self {
            case .io(let why): return "read error: \(why)"
            case .gzip(let why): return why
            case .truncated(let offset): return "ends in the middle of a record (at byte \(offset))"
            case .lineTooLong(let offset): return "header line too long at byte \(offset)"
            }
        }
    }

    /// Compressed input is read in chunks this small so that one chunk can never inflate to more
    /// than about 64 MiB (deflate's expansion is bounded near 1032:1).
    static let chunkSize = 1 << 16

    private let fd: Int32
    private let ownsDescriptor: Bool
    /// The input when it is in memory rather than behind `fd`, and how much of it was taken.
    private let memory: [UInt8]?
    private var memoryTaken = 0
    private var inflater: GzipInflater?
    private var sniffed = false
    private var buffer: [UInt8] = []
    private var position = 0
    private var endOfInput = false
    /// Offset of `buffer[position]` in the decompressed stream.
    private(set) var offset = 0
    private(set) var consumedInputBytes = 0
    private(set) var isCompressed = false
    /// The most bytes the buffer ever held, for tests of the bounds above.
    private(set) var largestBuffer = 0

    /// Reads `fd`; closes it at the end when `ownsDescriptor`.
    init(fd: Int32, ownsDescriptor: Bool) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
        self.memory = nil
    }

    /// Reads `bytes`, in the same chunks as a descriptor would give them.
    init(bytes: [UInt8]) {
        self.fd = -1
        self.ownsDescriptor = false
        self.memory = bytes
    }

    deinit { if ownsDescriptor { close(fd) } }

    // MARK: - Reading

    /// Whether no byte is left.
    func atEnd() throws(Failure) -> Bool {
        try available(1) == 0
    }

    /// The next byte without consuming it.
    func peek() throws(Failure) -> UInt8? {
        try available(1) > 0 ? buffer[position] : nil
    }

    /// One line without its `\n` (and `\r`), or `nil` at the end of the stream. A last line
    /// without a newline is returned as is.
    func readLine(limit: Int = 1 << 20) throws(Failure) -> [UInt8]? {
        var scanned = 0  // bytes after `position` known to hold no newline
        while true {
            if let newline = buffer[(position + scanned)...].firstIndex(of: 0x0A) {
                var end = newline
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<end])
                advance(to: newline + 1)
                return line
            }
            scanned = buffer.count - position
            if scanned > limit { throw .lineTooLong(atOffset: offset) }
            if try !fill() {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                advance(to: buffer.count)
                return line
            }
        }
    }

    /// Exactly `count` bytes; a stream that ends first is truncated.
    func read(count: Int) throws(Failure) -> [UInt8] {
        let start = offset
        guard try available(count) >= count else {
            advance(to: buffer.count)
            throw .truncated(atOffset: start)
        }
        let bytes = Array(buffer[position..<(position + count)])
        advance(to: position + count)
        return bytes
    }

    /// Skips `count` bytes without keeping them.
    func skip(count: Int) throws(Failure) {
        var remaining = count
        let start = offset
        while remaining > 0 {
            if position == buffer.count, try !fill() { throw .truncated(atOffset: start) }
            let step = min(remaining, buffer.count - position)
            advance(to: position + step)
            remaining -= step
        }
    }

    /// Skips bytes up to the next occurrence of `marker` at the start of a line (or of the stream),
    /// leaving the stream on it. Returns `false` when the stream ends first.
    ///
    /// Memory is bounded whatever it skips: lines are never kept, and a line with no newline (a
    /// damaged WARC can be followed by gigabytes of one) is dropped chunk by chunk as it is read,
    /// so the buffer holds at most one inflated input chunk plus the marker.
    func skip(toLineStarting marker: [UInt8]) throws(Failure) -> Bool {
        while true {
            if try available(marker.count) >= marker.count, buffer[position..<(position + marker.count)].elementsEqual(marker) {
                return true
            }
            // To the start of the next line, reading on (and dropping what was read) until one starts.
            while true {
                if let newline = buffer[position...].firstIndex(of: 0x0A) {
                    advance(to: newline + 1)
                    break
                }
                advance(to: buffer.count)
                if try !fill() { return false }
            }
        }
    }

    // MARK: - Buffer management

    /// Makes at least `count` bytes available if the stream has them; returns how many are.
    private func available(_ count: Int) throws(Failure) -> Int {
        while buffer.count - position < count {
            if try !fill() { break }
        }
        return buffer.count - position
    }

    private func advance(to index: Int) {
        offset += index - position
        position = index
    }

    /// Reads one more chunk from the descriptor (inflating it when the stream is gzip).
    /// Returns `false` at the end of input.
    private func fill() throws(Failure) -> Bool {
        if endOfInput { return false }
        // Drop what has been consumed, so that the buffer holds at most the current record.
        if position > 0 && (position >= buffer.count || position > (1 << 20)) {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            var n = 0
            repeat {
                n = chunk.withUnsafeMutableBytes { take(into: $0) }
            } while n < 0 && errno == EINTR
            if n < 0 { throw .io(String(cString: strerror(errno))) }
            if n == 0 {
                endOfInput = true
                if let inflater {
                    do { try inflater.finish() } catch { throw .gzip(error.description) }
                }
                return false
            }
            consumedInputBytes += n
            let input = n == Self.chunkSize ? chunk : Array(chunk[0..<n])
            if !sniffed {
                sniffed = true
                if input[0] == 0x1F && (input.count == 1 || input[1] == 0x8B) {
                    do { inflater = try GzipInflater() } catch { throw .gzip(error.description) }
                    isCompressed = true
                }
            }
            guard let inflater else {
                buffer.append(contentsOf: input)
                largestBuffer = max(largestBuffer, buffer.count)
                return true
            }
            let before = buffer.count
            do {
                try inflater.inflate(input) { buffer.append(contentsOf: $0) }
            } catch {
                throw .gzip("\(error)")
            }
            largestBuffer = max(largestBuffer, buffer.count)
            // A chunk that only completes a gzip header or trailer produces nothing: read on.
            if buffer.count > before { return true }
        }
    }
}

extension ByteStream {
    /// One chunk from the input: `read` on the descriptor, or the next bytes in memory.
    fileprivate func take(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let memory else { return systemRead(fd, buffer.baseAddress, Self.chunkSize) }
        let n = min(Self.chunkSize, memory.count - memoryTaken)
        memory.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + memoryTaken, byteCount: n) }
        memoryTaken += n
        return n
    }
}

/// The C `read`, named apart from ``ByteStream/read(count:)``.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
