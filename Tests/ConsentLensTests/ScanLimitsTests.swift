import Foundation
import Testing
@testable import ConsentCapture
@testable import ConsentParse
@testable import ConsentScan

#if canImport(Glibc)
import Glibc
#endif

/// Issue 10: a page that never finishes is stopped at `--page-timeout` in its worker, and a listed
/// file over the 256 MiB page limit is refused before it is read.
@Suite struct ScanLimitsTests {
    static let tooLarge300MiB = "too large: at least \(300 << 20) bytes, and pages over 256 MiB are refused"

    /// The page timeout on the command line: the hanging page is an error row, the rest are the
    /// in-process scan's rows, and no worker is left behind.
    @Test(arguments: [1, 2])
    func aPageThatNeverFinishesIsAnErrorRowAndTheScanGoesOn(jobs: Int) throws {
        let marker = "hang-\(UUID().uuidString)"
        let (root, names) = try ScanCrashContainmentTests().folder(marker: marker)
        defer { try? FileManager.default.removeItem(at: root) }
        let environment = [ScanWorker.hangHookVariable: marker]
        let arguments = ["scan", "--jobs", "\(jobs)", root.path]
        let start = ContinuousClock.now
        let run = try CLIRun.run(arguments + ["--page-timeout", "5"], environment: environment)
        let elapsed = ContinuousClock.now - start
        let reference = try CLIRun.run(arguments + ["--in-process"], environment: environment)
        #expect(run.status == 2)
        #expect(reference.status == 0)
        let rows = ScanJSON.lines(run.stdout)
        let expected = ScanJSON.lines(reference.stdout)
        #expect(rows.count == names.count && expected.count == names.count)
        let hanging = root.appendingPathComponent(names[2]).path
        for (i, (row, wanted)) in zip(rows, expected).enumerated() {
            if i == 2 {
                let object = try ScanJSON.object(row)
                #expect(object["error"] as? String == "analysis exceeded 5 s")
                #expect((object["source"] as? [String: Any])?["path"] as? String == hanging)
            } else {
                #expect(row == wanted, "row \(i)")
            }
        }
        #expect(run.stderr.contains("consentlens: \(hanging): analysis exceeded 5 s\n"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("consentlens: 1 of \(names.count) pages could not be read\n"))
        #expect(elapsed < .seconds(60), "\(elapsed)")
        #expect(ScanCrashContainmentTests.processes(carrying: marker, in: ScanWorker.hangHookVariable).isEmpty, "a worker was left running")
    }

    /// The library's worker pool: hanging pages one after the other (and the last page) are each
    /// their own row; every worker is reaped; the time limit is said as given.
    @Test func consecutiveHangsAreRowsAndEveryWorkerIsReaped() throws {
        let marker = "hang-\(UUID().uuidString)"
        let (root, paths, scanner) = try ScanCrashContainmentTests.markedPages(8, marked: [3, 4, 7], marker: marker,
                                                                               variable: ScanWorker.hangHookVariable, pageTimeout: 3.5)
        defer { try? FileManager.default.removeItem(at: root) }
        var rows: [ScanRow] = []
        try scanner.run { rows.append($0) }
        #expect(rows.map(\.index) == Array(0..<8))
        #expect(rows.map(\.path) == paths)
        for row in rows {
            if row.path.contains(marker) {
                #expect(row.error == "analysis exceeded 3.5 s")
            } else {
                #expect(row.analysis?.notice != nil, "\(row.error ?? "no notice")")
            }
        }
        #expect(scanner.spawnedWorkers.count >= 3)
        for pid in scanner.spawnedWorkers {
            #expect(kill(pid, 0) == -1 && errno == ESRCH, "worker \(pid) not reaped")
        }
    }

    @Test func timeLimitsAreWrittenAsGiven() {
        #expect(WorkerDeath.timeLimit(60) == "analysis exceeded 60 s")
        #expect(WorkerDeath.timeLimit(0.25) == "analysis exceeded 0.25 s")
        #expect(Scanner(plan: ScanPlan(inputs: []), jobs: 1).pageTimeout == 60)
    }

    // MARK: - The page size limit on listed files

    /// A sparse 300 MiB file: nothing is read, in memory or from disk.
    static func sparseFile(in dir: URL, name: String = "huge.html", size: UInt64 = 300 << 20) throws -> String {
        let path = dir.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data("<html>".utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: size)
        try handle.close()
        return path
    }

    /// Named on the command line and listed with --files-from, in workers and in process: an error
    /// row naming the file and the limit, the next page read, and no more than a small scan's
    /// memory (the file is never read: a whole read would take over 300 MB).
    @Test(arguments: [false, true])
    func aListedFileOverTheLimitIsRefusedBeforeItIsRead(inProcess: Bool) throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = try Self.sparseFile(in: dir)
        let small = TestPaths.sample("thejournal-ie-drone-attack.txt")
        let list = dir.appendingPathComponent("list.txt")
        try "\(huge)\n\(small)\n".write(to: list, atomically: true, encoding: .utf8)
        for arguments in [["scan", huge, small], ["scan", "--files-from", list.path]] {
            let run = try MeasuredRun.run(arguments + (inProcess ? ["--in-process"] : []))
            #expect(run.status == 2, "\(run.stderr)")
            let rows = ScanJSON.lines(run.stdout)
            #expect(rows.count == 2)
            let first = try ScanJSON.object(try #require(rows.first))
            #expect(first["error"] as? String == Self.tooLarge300MiB)
            #expect((first["source"] as? [String: Any])?["path"] as? String == huge)
            #expect(try ScanJSON.object(try #require(rows.last))["notice"] is [String: Any])
            #expect(run.stderr.hasPrefix("consentlens: \(huge): \(Self.tooLarge300MiB)\n"), "\(run.stderr)")
            #expect(run.maximumResidentKB > 0 && run.maximumResidentKB < 150_000, "peak \(run.maximumResidentKB) KB")
        }
    }

    /// A file that grew past the limit after the scan listed it is refused by the read itself,
    /// before a byte is read, in process and in a worker.
    @Test func aFileThatGrewAfterPlanningIsRefusedByTheRead() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = try Self.sparseFile(in: dir)
        // The plan saw 6 bytes.
        let plan = ScanPlan(inputs: [.page(path: huge, bytes: 6)])
        let command = ScanWorkerCommand(executable: TestPaths.binary.path, arguments: ["_scan-worker"])
        for scanner in [Scanner(plan: plan, jobs: 1), Scanner(plan: plan, jobs: 1, workers: command)] {
            var rows: [ScanRow] = []
            try scanner.run { rows.append($0) }
            #expect(rows.map(\.error) == [Self.tooLarge300MiB])
        }
    }

    /// A page that keeps coming (a pipe; a file that grows while it is read is read the same way)
    /// is read no further than the limit.
    @Test func aStreamIsReadNoFurtherThanTheLimit() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("endless.html").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "exec tr '\\0' a < /dev/zero > '\(fifo)'"]
        try writer.run()
        defer { writer.terminate(); writer.waitUntilExit() }
        do {
            _ = try PageReader.read(path: fifo, limit: 1 << 20)
            Issue.record("the stream was read to its end")
        } catch {
            guard case .tooLarge(let seen) = error else { Issue.record("\(error)"); return }
            #expect(seen > 1 << 20 && seen <= 2 << 20, "\(seen)")
        }
    }
}

/// Runs the CLI as a child of this process and waits for it, sampling its and its workers' peak memory:
/// the largest resident size of the process and of the workers it waited for.
struct MeasuredRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var maximumResidentKB: Int

    static func run(_ arguments: [String]) throws -> MeasuredRun {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path, err = dir.appendingPathComponent("err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([TestPaths.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, TestPaths.binary.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        // The peak is read from /proc while the scan and its workers run (VmHWM of each), not
        // from wait4's rusage: a child spawned with vfork reports as its own the test runner's
        // resident size at the moment it execs (721 MB in CI), whatever it uses itself.
        let peak = PeakSampler(root: pid)
        let sampler = Thread { peak.run() }
        sampler.start()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        peak.stop()
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return MeasuredRun(status: exit,
                           stdout: String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self),
                           stderr: String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self),
                           maximumResidentKB: peak.maximumKB)
    }
}

/// The largest VmHWM of a process and its descendants, sampled every 2 ms until stopped.
final class PeakSampler: @unchecked Sendable {
    private let root: pid_t
    private let lock = NSLock()
    private var done = false
    private var peak = 0
    /// How many samples saw the process alive: zero would make the peak meaningless.
    private(set) var samples = 0

    init(root: pid_t) { self.root = root }

    var maximumKB: Int { lock.lock(); defer { lock.unlock() }; return peak }

    func stop() {
        lock.lock()
        done = true
        lock.unlock()
        // One last look is not possible once the process is reaped: the sampler's 2 ms period
        // bounds what it can miss, and a scan that read 300 MB would run far longer.
        while true {
            lock.lock()
            let over = finished
            lock.unlock()
            if over { break }
            usleep(1_000)
        }
    }

    private var finished = false

    func run() {
        while true {
            lock.lock()
            let stop = done
            lock.unlock()
            if stop { break }
            var largest = 0
            for pid in [root] + BrowserProcess.descendants(of: root) {
                guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                      let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { continue }
                largest = max(largest, kb)
            }
            lock.lock()
            if largest > 0 { samples += 1 }
            peak = max(peak, largest)
            lock.unlock()
            usleep(2_000)
        }
        lock.lock()
        finished = true
        lock.unlock()
    }
}
