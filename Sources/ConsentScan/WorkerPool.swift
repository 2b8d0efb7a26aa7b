import ConsentLens
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How to start a scan worker: an executable that serves ``ScanWorker/serve(input:output:)``
/// (`consentlens _scan-worker`).
public struct ScanWorkerCommand: Sendable {
    public var executable: String
    public var arguments: [String]
    /// Variables set (or replaced) in the workers' environment, on top of the scan's own.
    public var environment: [String: String]

    public init(executable: String, arguments: [String], environment: [String: String] = [:]) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
    }

    /// The running program itself (`/proc/self/exe` on Linux), or `nil` when it cannot be found.
    public static func currentExecutable(arguments: [String]) -> ScanWorkerCommand? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            return ScanWorkerCommand(executable: String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self), arguments: arguments)
        }
        #endif
        guard let path = Bundle.main.executablePath else { return nil }
        return ScanWorkerCommand(executable: path, arguments: arguments)
    }
}

/// The wording of an error row for a page whose worker died: `analysis crashed: signal 4 (SIGILL)`,
/// or was stopped: `analysis exceeded 60 s`.
enum WorkerDeath {
    static func describe(status: Int32) -> String {
        let signal = status & 0x7F
        if signal != 0 && signal != 0x7F {
            return "analysis crashed: signal \(signal)\(name(signal).map { " (\($0))" } ?? "")"
        }
        return "analysis crashed: the worker exited with status \((status >> 8) & 0xFF)"
    }

    /// The wording of an error row for a page whose worker was stopped at the time limit:
    /// `analysis exceeded 60 s`.
    static func timeLimit(_ seconds: Double) -> String {
        "analysis exceeded \(Scanner.describe(seconds: seconds)) s"
    }

    static func name(_ signal: Int32) -> String? {
        let names: [Int32: String] = [
            SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGPIPE: "SIGPIPE", SIGTERM: "SIGTERM", SIGINT: "SIGINT",
            SIGHUP: "SIGHUP", SIGQUIT: "SIGQUIT", SIGSYS: "SIGSYS", SIGXCPU: "SIGXCPU", SIGXFSZ: "SIGXFSZ",
        ]
        return names[signal]
    }
}

/// One worker process, connected by a socket that is its standard input and output.
final class WorkerProcess {
    let pid: pid_t
    let fd: Int32
    private var reaped = false
    let reader: FrameReader

    private init(pid: pid_t, fd: Int32) {
        self.pid = pid
        self.fd = fd
        self.reader = FrameReader(fd: fd)
    }

    /// Starts a worker; `nil` when the system refuses (no executable, no descriptors, no
    /// processes left).
    static func spawn(_ command: ScanWorkerCommand) -> WorkerProcess? {
        var pair: [Int32] = [-1, -1]
        #if os(Linux)
        let kind = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let kind = SOCK_STREAM
        #endif
        guard socketpair(AF_UNIX, kind, 0, &pair) == 0 else { return nil }
        #if !os(Linux)
        _ = fcntl(pair[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(pair[1], F_SETFD, FD_CLOEXEC)
        #endif
        // dup2 onto the same number would keep close-on-exec set: keep the child's end above 2.
        var child = pair[1]
        if child <= 2 {
            child = fcntl(pair[1], F_DUPFD_CLOEXEC, 3)
            close(pair[1])
        }
        defer { close(child) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, child, 0)
        posix_spawn_file_actions_adddup2(&actions, child, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var environment = ProcessInfo.processInfo.environment
        // A crash is reported as its row; Swift's backtracer would only slow the restart down.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        for (key, value) in command.environment { environment[key] = value }
        let argv = ([command.executable] + command.arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let status = posix_spawn(&pid, command.executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(pair[0])
            return nil
        }
        return WorkerProcess(pid: pid, fd: pair[0])
    }

    /// Waits for the worker's ready frame (``WorkerWire/ready``) for at most `seconds`.
    func awaitReady(within seconds: Double) -> Bool {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        guard let frame = try? reader.frame(deadline: deadline) else { return false }
        return frame == [2]
    }

    func send(_ bytes: [UInt8]) -> Bool {
        WorkerWire.writeAll(fd, bytes, socket: true)
    }

    /// Waits for the process to end and returns its wait status.
    @discardableResult
    func reap() -> Int32 {
        guard !reaped else { return 0 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        close(fd)
        return status
    }

    /// Ends the worker at once (the scan is stopping) and reaps it.
    func kill() {
        guard !reaped else { return }
        signalProcess(pid, SIGKILL)
        reap()
    }

    /// Lets the worker finish (its input ends) and reaps it.
    func finish() {
        guard !reaped else { return }
        shutdown(fd, Int32(SHUT_WR))
        reap()
    }
}

/// The scan with its pages analysed in worker processes: `jobs` lanes, each a thread driving one
/// worker at a time. Lanes take batches of pages from a shared queue that the scan's own thread
/// fills in input order; results go back by index, so rows keep input order. When a worker dies,
/// the page it was on becomes an error row, the rest of its batch goes back to the front of the
/// queue, and the lane starts a new worker.
final class WorkerPool: @unchecked Sendable {
    /// Pages sent to a worker in one message, at most.
    static let maximumBatch = 8
    /// A batch stops growing once its WARC record bytes pass this.
    static let maximumBatchBytes = 4 << 20
    /// Record bytes waiting in the queue, at most (one job is always let in).
    static let maximumQueuedBytes = 64 << 20
    /// Seconds a new worker may take to start and load the analysis's tables (a few tenths of a
    /// second on the release build) before it is given up.
    static let startupLimit: Double = 60

    let command: ScanWorkerCommand
    let jobs: Int
    /// Seconds a worker may spend on one page before it is killed and the page becomes an error row.
    let pageTimeout: Double
    let condition = NSCondition()
    // Guarded by `condition`:
    var queue: [ScanJob] = []
    var queueHead = 0
    var queuedBytes = 0
    var done: [Int: ScanRow] = [:]
    var exhausted = false
    var stopping = false
    var live: [Int: WorkerProcess] = [:]
    /// Every worker process started, for tests (they must all be reaped when the scan returns).
    var spawned: [pid_t] = []
    let finished = DispatchGroup()

    init(command: ScanWorkerCommand, jobs: Int, pageTimeout: Double) {
        self.command = command
        self.jobs = jobs
        self.pageTimeout = pageTimeout
    }

    var queuedCount: Int { queue.count - queueHead }

    func start() {
        for lane in 0..<jobs {
            finished.enter()
            let thread = Thread { [self] in
                runLane(lane)
                finished.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    /// Stops the lanes (killing busy workers when `now`) and waits until every worker is reaped.
    func stop(now: Bool) {
        condition.lock()
        stopping = true
        exhausted = true
        let busy = now ? Array(live.values) : []
        condition.broadcast()
        condition.unlock()
        for worker in busy { signalProcess(worker.pid, SIGKILL) }
        finished.wait()
    }

    /// Adds a job (called with `condition` held).
    func enqueue(_ job: ScanJob) {
        // Jobs already taken hold their pages' bytes until they leave the array: drop them once
        // they are half of it, so that memory follows the jobs waiting (bounded by
        // maximumQueuedBytes), not the jobs done (a WARC's 1,000 records held 270 MB).
        if queueHead > 0 && queueHead * 2 >= queue.count {
            queue.removeSubrange(0..<queueHead)
            queueHead = 0
        }
        queue.append(job)
        queuedBytes += job.recordBytes
        condition.broadcast()
    }

    /// Whether the queue has room for another job (called with `condition` held).
    var hasRoom: Bool {
        queuedCount == 0 || queuedBytes < Self.maximumQueuedBytes
    }

    private func takeBatch() -> [ScanJob] {
        let size = min(Self.maximumBatch, max(1, (queuedCount + jobs - 1) / jobs))
        var batch: [ScanJob] = []
        var bytes = 0
        while batch.count < size && queueHead < queue.count && (batch.isEmpty || bytes < Self.maximumBatchBytes) {
            let job = queue[queueHead]
            queueHead += 1
            bytes += job.recordBytes
            batch.append(job)
        }
        queuedBytes -= bytes
        return batch
    }

    private func post(_ row: ScanRow) {
        condition.lock()
        done[row.index] = row
        condition.broadcast()
        condition.unlock()
    }

    private func runLane(_ lane: Int) {
        let decoder = JSONDecoder()
        var worker: WorkerProcess?
        defer {
            if let worker {
                condition.lock()
                live[lane] = nil
                let stopping = self.stopping
                condition.unlock()
                if stopping { worker.kill() } else { worker.finish() }
            }
        }
        while true {
            condition.lock()
            while queuedCount == 0 && !exhausted && !stopping { condition.wait() }
            if stopping || queuedCount == 0 {
                condition.unlock()
                return
            }
            var batch = takeBatch()
            condition.broadcast()
            condition.unlock()

            while !batch.isEmpty {
                if worker == nil {
                    worker = WorkerProcess.spawn(command)
                    // A worker that does not say it is ready (it could not start) is treated as one
                    // that could not be spawned.
                    if let started = worker, !started.awaitReady(within: Self.startupLimit) {
                        started.kill()
                        worker = nil
                    }
                    condition.lock()
                    if let worker {
                        live[lane] = worker
                        spawned.append(worker.pid)
                    }
                    let stopping = self.stopping
                    condition.unlock()
                    if stopping { return }
                }
                guard let current = worker else {
                    // No worker can be started (descriptors or processes exhausted): this batch
                    // is analysed here, uncontained, rather than lost.
                    for job in batch { post(Scanner.process(job)) }
                    batch = []
                    break
                }
                _ = current.send(WorkerWire.encodeBatch(batch))
                // The worker takes the batch's pages one after the other: each page's time starts
                // when the previous result (or the batch) arrived.
                let allowed = UInt64(min(pageTimeout * 1e9, 1e18))
                var answered = 0
                var timedOut = false
                while answered < batch.count {
                    let frame: [UInt8]
                    do {
                        guard let next = try current.reader.frame(deadline: DispatchTime.now().uptimeNanoseconds + allowed) else { break }
                        frame = next
                    } catch .timedOut {
                        timedOut = true
                        break
                    } catch {
                        break
                    }
                    guard let status = frame.first else { break }
                    let job = batch[answered]
                    var row = ScanRow(index: job.index, path: job.path, warc: job.warc, outcome: .failed(""), inputBytes: job.inputBytes)
                    if status == 0, let analysis = try? decoder.decode(PageAnalysis.self, from: Data(frame[1...])) {
                        row.outcome = .analysed(analysis)
                        row.renderedLine = String(decoding: frame[1...], as: UTF8.self)
                    } else {
                        row.outcome = .failed(String(decoding: frame[1...], as: UTF8.self))
                    }
                    post(row)
                    answered += 1
                }
                if answered == batch.count {
                    batch = []
                    break
                }
                // The worker died on batch[answered], or is still on it past the time limit.
                condition.lock()
                live[lane] = nil
                let stopping = self.stopping
                condition.unlock()
                if timedOut { signalProcess(current.pid, SIGKILL) }
                let status = current.reap()
                worker = nil
                if stopping { return }
                let job = batch[answered]
                let problem = timedOut ? WorkerDeath.timeLimit(pageTimeout) : WorkerDeath.describe(status: status)
                post(ScanRow(index: job.index, path: job.path, warc: job.warc, outcome: .failed(problem), inputBytes: job.inputBytes))
                batch = Array(batch[(answered + 1)...])
            }
        }
    }
}

extension ScanJob {
    /// Bytes held in memory for this job (a WARC record's page), for the queue's bound.
    var recordBytes: Int {
        if case .record(let page) = work { return page.body.count }
        return 0
    }
}

/// The C `kill`, named apart from ``WorkerProcess/kill()``.
private func signalProcess(_ pid: pid_t, _ signal: Int32) {
    _ = kill(pid, signal)
}
