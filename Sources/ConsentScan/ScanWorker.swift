import ConsentLens
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker side of a crash-contained scan: `consentlens _scan-worker` reads batches of pages
/// on standard input and writes one result per page on standard output, so that a page that
/// traps (an out-of-range index, a failed precondition, a stack overflow, the kernel's OOM kill)
/// ends only this process; the scan records the page as an error row and starts another worker.
///
/// Wire format (all integers little-endian):
/// - request, parent → worker: `u64 length` then a batch: `u32 count`, and per page `u8 kind`
///   (1 a page file, 2 a WARC record's page), `string path`; for a record also `u8 chunked`,
///   `optional string content-encoding`, `optional string truncated`, `optional string charset`, `bytes body`, and its origin:
///   `string file`, `u64 offset`, `optional string record-id`, `optional string date`.
///   `string` and `bytes` are `u64 length` + bytes; an absent optional is the length `u64.max`.
/// - once, worker → parent, when it has started: the frame `u64 1`, `u8 2` (ready).
/// - result, worker → parent, one per page in batch order, each written as soon as it is done:
///   `u64 length` then `u8 status` (0 analysed, 1 failed) and the row's JSON line (the `scan
///   --format jsonl` line, which the scan decodes for its `PageAnalysis` and writes as it is) or
///   the error text. Sending the line the scan writes anyway keeps the cost of a worker to one
///   decode per page (measured: workers / in-process ≤ 1.05, docs/scan.md).
public enum ScanWorker {
    /// For tests only: in a worker (never in `analyse` or an in-process scan), a page whose path
    /// contains this environment variable's value makes the analysis trap, as an unknown crash
    /// would.
    public static let crashHookVariable = "CONSENTLENS_TEST_CRASH_ON"

    /// For tests only: in a worker, a page whose path contains this environment variable's value
    /// never finishes (the worker sleeps), as an analysis stuck in a loop would, so that the scan's
    /// per-page time limit is what ends it.
    public static let hangHookVariable = "CONSENTLENS_TEST_HANG_ON"

    /// Serves requests on `input` until it ends, writing results to `output`. Returns the exit
    /// status (0 at the end of the input, 1 on a broken request).
    public static func serve(input: Int32 = 0, output: Int32 = 1) -> Int32 {
        watchParent()
        // The analysis's tables are built on first use: built here, before the worker says it is
        // ready, so that a page's time limit counts that page alone, not the worker's start.
        _ = try? ConsentAnalyzer.analyse(bytes: Array("<p>We use cookies.</p>".utf8), path: "warm-up.html")
        guard WorkerWire.writeAll(output, WorkerWire.ready, socket: false) else { return 1 }
        let environment = ProcessInfo.processInfo.environment
        let crashOn = environment[crashHookVariable].flatMap { $0.isEmpty ? nil : $0 }
        let hangOn = environment[hangHookVariable].flatMap { $0.isEmpty ? nil : $0 }
        let reader = FrameReader(fd: input)
        while true {
            let frame: [UInt8]
            do {
                guard let next = try reader.frame() else { return 0 }
                frame = next
            } catch {
                return 1
            }
            guard let jobs = WorkerWire.decodeBatch(frame) else { return 1 }
            for job in jobs {
                if let crashOn, job.path.contains(crashOn) {
                    fatalError("\(crashHookVariable): crashing on \(job.path) as the test asked")
                }
                if let hangOn, job.path.contains(hangOn) {
                    while true { sleep(3600) }
                }
                let row = Scanner.process(job)
                var result: [UInt8]
                switch row.outcome {
                case .analysed:
                    if let line = try? row.jsonLine() {
                        result = [0] + Array(line.utf8)
                    } else {
                        result = [1] + Array("the analysis could not be encoded".utf8)
                    }
                case .failed(let problem):
                    result = [1] + Array(problem.utf8)
                }
                var message = WorkerWire.u64(result.count)
                message += result
                guard WorkerWire.writeAll(output, message, socket: false) else { return 1 }
            }
        }
    }

    /// Ends this worker when its scan has gone (the parent was killed while this process was busy
    /// with a page that never finishes): a thread checks once a second whether the process was
    /// handed to another parent.
    private static func watchParent() {
        let parent = getppid()
        let thread = Thread {
            while true {
                sleep(1)
                if getppid() != parent { _exit(3) }
            }
        }
        thread.start()
    }
}

// MARK: - Wire format

enum WorkerWire {
    /// The frame a worker writes once it has started and is ready for pages.
    static let ready: [UInt8] = u64(1) + [2]

    static func u64(_ value: Int) -> [UInt8] {
        withUnsafeBytes(of: UInt64(truncatingIfNeeded: value).littleEndian) { Array($0) }
    }

    static func u32(_ value: Int) -> [UInt8] {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { Array($0) }
    }

    /// A batch request, framed (its length first).
    static func encodeBatch(_ jobs: [ScanJob]) -> [UInt8] {
        var body = u32(jobs.count)
        func string(_ text: String?) {
            guard let text else {
                body += u64(-1)
                return
            }
            body += u64(text.utf8.count)
            body += Array(text.utf8)
        }
        for job in jobs {
            switch job.work {
            case .file:
                body.append(1)
                string(job.path)
            case .record(let page):
                body.append(2)
                string(job.path)
                body.append(page.chunked ? 1 : 0)
                string(page.contentEncoding)
                string(page.truncated)
                string(page.charset)
                body += u64(page.body.count)
                body += page.body
                let origin = job.warc ?? WARCOrigin(file: "", offset: 0)
                string(origin.file)
                body += u64(origin.offset)
                string(origin.recordId)
                string(origin.date)
            case .failed:
                preconditionFailure("failed jobs are never sent to a worker")
            }
        }
        return u64(body.count) + body
    }

    /// The jobs of a batch (their indexes are positions in the batch); `nil` when malformed.
    static func decodeBatch(_ frame: [UInt8]) -> [ScanJob]? {
        var at = 0
        func integer(_ size: Int) -> UInt64? {
            guard frame.count - at >= size else { return nil }
            var value: UInt64 = 0
            for i in 0..<size { value |= UInt64(frame[at + i]) << (8 * UInt64(i)) }
            at += size
            return value
        }
        func bytes() -> [UInt8]?? {
            guard let length = integer(8) else { return nil }
            if length == UInt64.max { return .some(nil) }
            guard length <= UInt64(frame.count - at) else { return nil }
            defer { at += Int(length) }
            return .some(Array(frame[at..<at + Int(length)]))
        }
        func string() -> String?? {
            guard let value = bytes() else { return nil }
            return .some(value.map { String(decoding: $0, as: UTF8.self) })
        }
        guard let count = integer(4) else { return nil }
        var jobs: [ScanJob] = []
        for index in 0..<Int(count) {
            guard let kind = integer(1), let path = string() ?? nil else { return nil }
            switch kind {
            case 1:
                jobs.append(ScanJob(index: index, path: path, inputBytes: 0, work: .file(path)))
            case 2:
                guard let chunked = integer(1), let encoding = string(), let truncated = string(), let charset = string(), let body = bytes() ?? nil,
                      let file = string() ?? nil, let offset = integer(8), let recordId = string(), let date = string() else { return nil }
                let page = WARCPage(body: body, chunked: chunked != 0, contentEncoding: encoding, truncated: truncated, charset: charset)
                let origin = WARCOrigin(file: file, offset: Int(truncatingIfNeeded: offset), recordId: recordId, date: date)
                jobs.append(ScanJob(index: index, path: path, warc: origin, inputBytes: 0, work: .record(page)))
            default:
                return nil
            }
        }
        return at == frame.count ? jobs : nil
    }

    /// Writes all of `bytes`; `false` when the other end has gone. On a socket the write never
    /// raises SIGPIPE.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], socket: Bool) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n: Int
                #if os(Linux)
                n = socket ? send(fd, buffer.baseAddress! + done, buffer.count - done, Int32(MSG_NOSIGNAL)) : write(fd, buffer.baseAddress! + done, buffer.count - done)
                #else
                n = write(fd, buffer.baseAddress! + done, buffer.count - done)
                #endif
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                done += n
            }
            return true
        }
    }
}

/// Reads length-prefixed frames from a descriptor, with its own buffer.
final class FrameReader {
    enum Failure: Error {
        /// The input ended inside a frame or could not be read.
        case broken
        /// The deadline passed before the frame was complete.
        case timedOut
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0

    init(fd: Int32) {
        self.fd = fd
    }

    /// The next frame's payload; `nil` at a clean end of input (between frames); throws when the
    /// input ends inside a frame or cannot be read, or when `deadline` (a `DispatchTime` uptime in
    /// nanoseconds) passes first.
    func frame(deadline: UInt64? = nil) throws(Failure) -> [UInt8]? {
        guard try fill(8, deadline: deadline) else {
            if buffer.count - start == 0 { return nil }
            throw .broken
        }
        var length: UInt64 = 0
        for i in 0..<8 { length |= UInt64(buffer[start + i]) << (8 * UInt64(i)) }
        guard length < UInt64(Int.max / 2) else { throw .broken }
        start += 8
        guard try fill(Int(length), deadline: deadline) else { throw .broken }
        defer { start += Int(length) }
        return Array(buffer[start..<start + Int(length)])
    }

    /// Makes `count` bytes available from `start`; `false` when the input ends first.
    private func fill(_ count: Int, deadline: UInt64?) throws(Failure) -> Bool {
        if buffer.count - start >= count { return true }
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let chunk = max(64 << 10, count - buffer.count)
        while buffer.count < count {
            if let deadline { try wait(until: deadline) }
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunk))
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, chunk) }
            buffer.removeSubrange((old + max(n, 0))...)
            if n < 0 {
                if errno == EINTR { continue }
                throw .broken
            }
            if n == 0 { return false }
        }
        return true
    }

    /// Returns once the descriptor has input (or has ended); throws when `deadline` passes first.
    private func wait(until deadline: UInt64) throws(Failure) {
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { throw .timedOut }
            // poll takes milliseconds: round up so that a wait never ends just short of the deadline.
            let milliseconds = Int32(clamping: (deadline - now + 999_999) / 1_000_000)
            var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, milliseconds)
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { throw .broken }
        }
    }
}
