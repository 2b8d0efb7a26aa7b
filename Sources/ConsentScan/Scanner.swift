import ConsentLens
import ConsentParse
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a scan: reads the plan's inputs in order, analyses pages on up to `jobs` threads, and
/// hands rows to the caller strictly in input order, each as soon as it and every row before it
/// are done. At most `2 × jobs` pages are held at once, so a crawl of any size runs in bounded
/// memory, and the output is the same whatever `jobs` is.
public final class Scanner {
    public let plan: ScanPlan
    public let jobs: Int

    /// A WARC record's page larger than this (after decoding) becomes an error row rather than
    /// being held in memory.
    public static let maximumRecordBytes = 256 << 20

    /// Where pages are analysed: `nil` in this process (a page that traps ends the scan), or in
    /// worker processes started with this command, which contain a crash to its page's row.
    public let workers: ScanWorkerCommand?

    /// Worker processes the last ``run(_:)`` started (all reaped when it returns), for tests.
    public private(set) var spawnedWorkers: [Int32] = []

    /// Seconds one page's analysis may take in a worker by default. The slowest page of the
    /// shared corpus takes well under a second, a generated 100 MB HTML page about 5 s and a
    /// 100 MB text dump about 40 s (release build): a page still running after a minute is stuck,
    /// or far larger than a saved page is.
    public static let defaultPageTimeout: Double = 60

    /// Seconds a worker may spend on one page: past it the worker is killed, the page becomes the
    /// error row `analysis exceeded N s`, and a new worker takes the rest. Applies only with
    /// `workers` (a thread cannot be stopped from outside).
    public let pageTimeout: Double

    public init(plan: ScanPlan, jobs: Int, workers: ScanWorkerCommand? = nil, pageTimeout: Double = Scanner.defaultPageTimeout) {
        self.plan = plan
        self.jobs = max(1, jobs)
        self.workers = workers
        self.pageTimeout = pageTimeout > 0 ? pageTimeout : Scanner.defaultPageTimeout
    }

    /// Seconds as a person writes them: `60`, `0.5`.
    static func describe(seconds: Double) -> String {
        if seconds == seconds.rounded(), abs(seconds) < 1e15 { return String(Int64(seconds)) }
        return String(seconds)
    }

    /// Scans, calling `sink` once per row in input order on the calling thread. Pages that fail
    /// become rows; only an error thrown by `sink` (output that cannot be written) stops the scan.
    public func run(_ sink: (ScanRow) throws -> Void) throws {
        if let workers {
            try runInWorkers(workers, sink)
        } else {
            try runInProcess(sink)
        }
    }

    /// The scan with every page analysed in a worker process (see ``WorkerPool``). At most
    /// `2 × jobs × WorkerPool.maximumBatch` pages are between reading and writing at once, and
    /// at most `WorkerPool.maximumQueuedBytes` of WARC records wait in the queue. Every worker is
    /// reaped before this returns or throws.
    private func runInWorkers(_ command: ScanWorkerCommand, _ sink: (ScanRow) throws -> Void) throws {
        let source = JobSource(plan: plan)
        let pool = WorkerPool(command: command, jobs: jobs, pageTimeout: pageTimeout)
        let window = jobs * WorkerPool.maximumBatch * 2
        var submitted = 0
        var emitted = 0
        var exhausted = false
        var failed = false
        pool.start()
        defer {
            pool.stop(now: failed)
            spawnedWorkers = pool.spawned
        }

        pool.condition.lock()
        defer { pool.condition.unlock() }
        while true {
            if let row = pool.done.removeValue(forKey: emitted) {
                pool.condition.unlock()
                defer { pool.condition.lock() }
                do {
                    try sink(row)
                } catch {
                    failed = true
                    throw error
                }
                emitted += 1
                continue
            }
            if !exhausted && submitted - emitted < window && pool.hasRoom {
                pool.condition.unlock()
                let job = source.next(index: submitted)
                pool.condition.lock()
                guard let job else {
                    exhausted = true
                    pool.exhausted = true
                    pool.condition.broadcast()
                    continue
                }
                submitted += 1
                if case .failed(let problem) = job.work {
                    pool.done[job.index] = ScanRow(index: job.index, path: job.path, warc: job.warc, outcome: .failed(problem), inputBytes: job.inputBytes)
                } else {
                    pool.enqueue(job)
                }
                continue
            }
            if exhausted && emitted == submitted { return }
            pool.condition.wait()
        }
    }

    /// The scan with pages analysed on threads of this process.
    private func runInProcess(_ sink: (ScanRow) throws -> Void) throws {
        let source = JobSource(plan: plan)
        let state = WorkState()
        let window = jobs * 2
        let queue = DispatchQueue.global(qos: .userInitiated)
        var submitted = 0
        var emitted = 0
        var exhausted = false

        state.condition.lock()
        defer { state.condition.unlock() }
        while true {
            if let row = state.done.removeValue(forKey: emitted) {
                state.condition.unlock()
                defer { state.condition.lock() }
                try sink(row)
                emitted += 1
                continue
            }
            if !exhausted && state.inFlight < jobs && submitted - emitted < window {
                state.condition.unlock()
                let job = source.next(index: submitted)
                state.condition.lock()
                guard let job else {
                    exhausted = true
                    continue
                }
                submitted += 1
                state.inFlight += 1
                queue.async {
                    let row = Scanner.process(job)
                    state.condition.lock()
                    state.done[job.index] = row
                    state.inFlight -= 1
                    state.condition.signal()
                    state.condition.unlock()
                }
                continue
            }
            if exhausted && emitted == submitted { return }
            state.condition.wait()
        }
    }

    /// Rows finished by workers and not yet handed out, guarded by `condition`.
    private final class WorkState: @unchecked Sendable {
        let condition = NSCondition()
        var done: [Int: ScanRow] = [:]
        var inFlight = 0
    }

    /// Every row a scan gives for one WARC or WARC.gz held in memory, read and analysed in this
    /// process exactly as a scan reads a WARC file: the fuzzer's way into the WARC reader.
    static func rows(ofWARC bytes: [UInt8], name: String) -> [ScanRow] {
        let warc = OpenWARC(path: name, stream: ByteStream(bytes: bytes))
        var rows: [ScanRow] = []
        while let job = warc.next(index: rows.count) { rows.append(process(job)) }
        return rows
    }

    // MARK: - One page

    /// Reads (for a file) and analyses one page. Never throws: a failure is the row's outcome.
    static func process(_ job: ScanJob) -> ScanRow {
        var row = ScanRow(index: job.index, path: job.path, warc: job.warc, outcome: .failed(""), inputBytes: job.inputBytes)
        do {
            switch job.work {
            case .file(let path) where CaptureFolder.isCapture(path: path):
                // A capture folder (`consentlens capture`): its page.html plus what was observed.
                row.outcome = .analysed(try ConsentAnalyzer.analyse(path: path))
            case .file(let path):
                let bytes = try PageReader.read(path: path, limit: PageLoader.maximumPageBytes)
                row.outcome = .analysed(try ConsentAnalyzer.analyse(bytes: bytes, path: path))
            case .record(let record):
                let bytes = try record.pageBytes(limit: maximumRecordBytes)
                var analysis = try ConsentAnalyzer.analyse(bytes: bytes, path: job.path, declaredCharset: record.charset)
                if let truncated = record.truncated {
                    analysis.limitations.append(
                        "The crawler cut this record short (WARC-Truncated: \(truncated)): the notice may be missing or incomplete.")
                }
                row.outcome = .analysed(analysis)
            case .failed(let problem):
                row.outcome = .failed(problem)
            }
        } catch let error as PageLoadError {
            row.outcome = .failed(error.description)
        } catch let error as HTTPBodyDecoder.Failure {
            row.outcome = .failed(error.description)
        } catch {
            row.outcome = .failed("\(error)")
        }
        return row
    }
}

/// A unit of work for a worker thread.
struct ScanJob: Sendable {
    var index: Int
    var path: String
    var warc: WARCOrigin?
    var inputBytes: Int
    var work: Work

    enum Work: Sendable {
        /// A page file, read by the worker.
        case file(String)
        /// A WARC record's page, read by the producer (records come one after the other).
        case record(WARCPage)
        /// Nothing to analyse: the row is this error.
        case failed(String)
    }
}

/// The page a WARC record holds, still in its HTTP codings.
struct WARCPage: Sendable {
    var body: [UInt8]
    var chunked: Bool
    var contentEncoding: String?
    var truncated: String?
    /// The `charset` of the HTTP (or, for a `resource` record, the WARC) `Content-Type`.
    var charset: String? = nil

    func pageBytes(limit: Int) throws(HTTPBodyDecoder.Failure) -> [UInt8] {
        try HTTPBodyDecoder.decode(body, chunked: chunked, contentEncoding: contentEncoding, limit: limit)
    }
}

// MARK: - Producing jobs in input order

/// Walks the plan and turns each page file, each HTML WARC record and each unreadable input into
/// a job, on the scan's own thread (a WARC can only be read in order).
final class JobSource {
    private var inputs: IndexingIterator<[ScanInput]>
    private var current: OpenWARC?

    init(plan: ScanPlan) {
        self.inputs = plan.inputs.makeIterator()
    }

    /// The next job, numbered `index`; `nil` when every input is done.
    func next(index: Int) -> ScanJob? {
        while true {
            if let warc = current {
                if let job = warc.next(index: index) { return job }
                current = nil
                continue
            }
            guard let input = inputs.next() else { return nil }
            switch input {
            case .page(let path, let bytes):
                // The size the plan saw is checked before the page goes to a worker; the worker's
                // read checks it again (the file may have changed) and stops at the limit.
                if let bytes, bytes > PageLoader.maximumPageBytes {
                    return ScanJob(index: index, path: path, inputBytes: bytes, work: .failed(PageLoadError.tooLarge(bytes).description))
                }
                return ScanJob(index: index, path: path, inputBytes: bytes ?? 0, work: .file(path))
            case .unreadable(let path, let problem):
                return ScanJob(index: index, path: path, inputBytes: 0, work: .failed(problem))
            case .warc(let path, _):
                switch OpenWARC.open(path: path) {
                case .success(let warc): current = warc
                case .failure(let problem): return ScanJob(index: index, path: path, inputBytes: 0, work: .failed(problem.message))
                }
            case .warcStandardInput(let name):
                current = OpenWARC(path: name, stream: ByteStream(fd: 0, ownsDescriptor: false))
            }
        }
    }
}

/// A WARC being read: yields one job per HTML page record, and error jobs for damage.
final class OpenWARC {
    let path: String
    private let reader: WARCReader
    private var accountedBytes = 0
    private var finished = false

    /// The longest HTTP response head read before deciding whether a record is a page.
    static let headProbeBytes = HTTPResponseHead.maximumBytes

    init(path: String, stream: ByteStream) {
        self.path = path
        self.reader = WARCReader(stream: stream)
    }

    struct OpenFailure: Error { var message: String }

    static func open(path: String) -> Result<OpenWARC, OpenFailure> {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(OpenFailure(message: PageLoadError.isDirectory.description))
        }
        let fd = openForReading(path)
        guard fd >= 0 else { return .failure(OpenFailure(message: PageReaderProblem.describe(errno))) }
        return .success(OpenWARC(path: path, stream: ByteStream(fd: fd, ownsDescriptor: true)))
    }

    /// The next page record's job (or an error job), `nil` at the end of the WARC.
    func next(index: Int) -> ScanJob? {
        while !finished {
            let header: WARCRecordHeader
            do {
                guard let next = try reader.next() else {
                    finished = true
                    return nil
                }
                header = next
            } catch {
                return damaged(error, index: index)
            }
            do {
                if let job = try page(in: header, index: index) { return job }
            } catch {
                return damaged(error, index: index, header: header)
            }
        }
        return nil
    }

    /// A job for the record when it holds an HTML page, `nil` for any other record.
    private func page(in header: WARCRecordHeader, index: Int) throws(WARCReader.Failure) -> ScanJob? {
        let origin = WARCOrigin(file: path, offset: header.offset, recordId: header.recordID, date: header.date)
        let rowPath = header.targetURI ?? "\(path)@\(header.offset)"
        func job(_ work: ScanJob.Work) -> ScanJob {
            ScanJob(index: index, path: rowPath, warc: origin, inputBytes: takeBytes(), work: work)
        }
        switch header.type {
        case "response":
            if let type = header.contentType, !type.hasPrefix("application/http") { return nil }
            let head = try reader.readBlock(upTo: Self.headProbeBytes)
            guard let http = HTTPResponseHead.parse(head), (200..<300).contains(http.status) else { return nil }
            let bodyStart = Array(head[http.length...])
            if let type = http.contentType {
                guard MediaType.isHTML(type) else { return nil }
            } else if http.contentEncoding == nil && !http.isChunked && !HTTPBodyDecoder.looksLikeHTML(bodyStart) {
                return nil
            }
            let bodyLength = bodyStart.count + reader.remainingBlockBytes
            if bodyLength > Scanner.maximumRecordBytes {
                return job(.failed("the record's page is too large (\(bodyLength) bytes; the limit is \(Scanner.maximumRecordBytes))"))
            }
            let body = bodyStart + (try reader.readBlock(upTo: reader.remainingBlockBytes))
            return job(.record(WARCPage(body: body, chunked: http.isChunked, contentEncoding: http.contentEncoding, truncated: header.truncated,
                                        charset: http.field("Content-Type").flatMap { MHTMLReader.parameter("charset", in: $0) })))
        case "resource":
            guard let type = header.contentType, MediaType.isHTML(type) else { return nil }
            if header.contentLength > Scanner.maximumRecordBytes {
                return job(.failed("the record's page is too large (\(header.contentLength) bytes; the limit is \(Scanner.maximumRecordBytes))"))
            }
            let body = try reader.readBlock(upTo: header.contentLength)
            return job(.record(WARCPage(body: body, chunked: false, contentEncoding: nil, truncated: header.truncated,
                                        charset: header.field("Content-Type").flatMap { MHTMLReader.parameter("charset", in: $0) })))
        default:
            return nil
        }
    }

    /// An error row for damage in the WARC itself. After a malformed header the reader skips to
    /// the next record (unless the file does not start as a WARC); after a read error, a truncated stream or corrupt gzip, the WARC ends here.
    private func damaged(_ error: WARCReader.Failure, index: Int, header: WARCRecordHeader? = nil) -> ScanJob {
        let offset: Int
        switch error {
        case .notWARC:
            offset = 0
            finished = true
        case .malformed(let at, _):
            offset = at
            finished = !((try? reader.resynchronise()) ?? false)
        case .stream(let failure):
            finished = true
            switch failure {
            case .truncated(let at), .lineTooLong(let at): offset = header?.offset ?? at
            case .io, .gzip: offset = header?.offset ?? reader.offset
            }
        }
        let origin = WARCOrigin(file: path, offset: offset, recordId: header?.recordID, date: header?.date)
        return ScanJob(index: index, path: header?.targetURI ?? path, warc: origin, inputBytes: takeBytes(), work: .failed(error.description))
    }

    /// Input bytes read since the previous row, for progress.
    private func takeBytes() -> Int {
        let total = reader.consumedInputBytes
        defer { accountedBytes = total }
        return total - accountedBytes
    }
}

/// The C `open`, named apart from ``OpenWARC/open(path:)``.
private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY)
}
