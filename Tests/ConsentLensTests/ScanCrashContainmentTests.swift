import Foundation
import Testing
@testable import ConsentScan

#if canImport(Glibc)
import Glibc
#endif

/// `scan` analyses pages in worker processes, so that a page that crashes the analysis becomes an
/// error row and the scan goes on: tested with the crash hook `CONSENTLENS_TEST_CRASH_ON`, which
/// makes a worker trap on a page whose path contains its value.
@Suite struct ScanCrashContainmentTests {
    /// A trap is SIGILL on x86-64 and SIGTRAP on ARM64.
    static func isCrashRow(_ error: String?) -> Bool {
        error == "analysis crashed: signal 4 (SIGILL)" || error == "analysis crashed: signal 5 (SIGTRAP)"
    }

    /// Five pages; the middle one's name carries `marker`.
    func folder(marker: String) throws -> (root: URL, names: [String]) {
        let root = try TestPaths.temporaryDirectory()
        let names = ["a-onetrust.html", "b-dump.txt", "c-\(marker).html", "d-cookieyes.html", "e-hostile.htm"]
        let sources = [TestPaths.fixture("onetrust-tcf-dom-snapshot.html"), TestPaths.sample("thejournal-ie-drone-attack.txt"),
                       TestPaths.fixture("onetrust-tcf-dom-snapshot.html"), TestPaths.fixture("cookieyes-template-always-active.html"),
                       TestPaths.fixture("hostile-onetrust-names.html")]
        for (name, source) in zip(names, sources) {
            try FileManager.default.copyItem(atPath: source, toPath: root.appendingPathComponent(name).path)
        }
        return (root, names)
    }

    /// Processes whose environment holds `marker` as the value of `variable` (a test hook): the
    /// scan's workers, if any were left behind.
    static func processes(carrying marker: String, in variable: String = ScanWorker.crashHookVariable) -> [String] {
        let needle = Array("\(variable)=\(marker)".utf8)
        var found: [String] = []
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where Int32(entry) != nil {
            guard let environ = FileManager.default.contents(atPath: "/proc/\(entry)/environ") else { continue }
            let bytes = [UInt8](environ)
            if bytes.split(separator: 0).contains(where: { $0.elementsEqual(needle) }) { found.append(entry) }
        }
        return found
    }

    /// `count` copies of a text sample in a new folder, those at `marked` named with `marker`, and
    /// a scanner over them whose workers get `variable=marker` (a test hook).
    static func markedPages(_ count: Int, marked: Set<Int>, marker: String, variable: String,
                            pageTimeout: Double = ConsentScan.Scanner.defaultPageTimeout) throws -> (root: URL, paths: [String], scanner: ConsentScan.Scanner) {
        let root = try TestPaths.temporaryDirectory()
        var paths: [String] = []
        for i in 0..<count {
            let path = root.appendingPathComponent(marked.contains(i) ? "\(i)-\(marker).txt" : "\(i)-page.txt").path
            try FileManager.default.copyItem(atPath: TestPaths.sample("thejournal-ie-drone-attack.txt"), toPath: path)
            paths.append(path)
        }
        let command = ScanWorkerCommand(executable: TestPaths.binary.path, arguments: ["_scan-worker"], environment: [variable: marker])
        let scanner = Scanner(plan: ScanPlan(inputs: paths.map { .page(path: $0, bytes: nil) }), jobs: 2, workers: command, pageTimeout: pageTimeout)
        return (root, paths, scanner)
    }

    /// The crashing run against the same scan in process (where the hook does nothing): the same
    /// rows but the crashed one, in order.
    func checkCrashContained(arguments: [String], marker: String, crashIndex: Int, rowCount: Int, crashPath: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let environment = [ScanWorker.crashHookVariable: marker]
        let run = try CLIRun.run(arguments, environment: environment)
        let reference = try CLIRun.run(arguments + ["--in-process"], environment: environment)
        #expect(reference.status == 0, sourceLocation: sourceLocation)
        #expect(run.status == 2, sourceLocation: sourceLocation)
        let rows = ScanJSON.lines(run.stdout)
        let expected = ScanJSON.lines(reference.stdout)
        #expect(rows.count == rowCount && expected.count == rowCount, sourceLocation: sourceLocation)
        for (i, (row, wanted)) in zip(rows, expected).enumerated() {
            if i == crashIndex {
                let object = try ScanJSON.object(row)
                let error = try #require(object["error"] as? String, sourceLocation: sourceLocation)
                #expect(Self.isCrashRow(error), "\(error)", sourceLocation: sourceLocation)
                #expect((object["source"] as? [String: Any])?["path"] as? String == crashPath, sourceLocation: sourceLocation)
            } else {
                #expect(row == wanted, "row \(i)", sourceLocation: sourceLocation)
            }
        }
        #expect(run.stderr.contains("\(crashPath)): analysis crashed: signal ") || run.stderr.contains("consentlens: \(crashPath): analysis crashed: signal "),
                "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.hasSuffix("consentlens: 1 of \(rowCount) pages could not be read\n"), sourceLocation: sourceLocation)
        #expect(Self.processes(carrying: marker).isEmpty, "a worker was left running", sourceLocation: sourceLocation)
    }

    @Test(arguments: [1, 2])
    func aCrashingPageIsAnErrorRowAndTheScanGoesOn(jobs: Int) throws {
        let marker = "crash-\(UUID().uuidString)"
        let (root, names) = try folder(marker: marker)
        defer { try? FileManager.default.removeItem(at: root) }
        try checkCrashContained(arguments: ["scan", "--jobs", "\(jobs)", root.path], marker: marker, crashIndex: 2,
                                rowCount: names.count, crashPath: root.appendingPathComponent(names[2]).path)
    }

    @Test(arguments: [1, 2])
    func aCrashingWARCRecordIsAnErrorRowAndTheCrawlGoesOn(jobs: Int) throws {
        let marker = "crash-\(UUID().uuidString)"
        var crawl = try WARCCrawl()
        // The middle page's target URI carries the marker.
        let uri = "https://shop.example/\(marker)"
        let record = crawl.pageRecords[1]
        let text = crawl.records[record]
        let range = try #require(text.firstRange(of: Array("WARC-Target-URI: \(WARCCrawl.pages[1].uri)\r\n".utf8)))
        crawl.records[record] = Array(text[..<range.lowerBound]) + Array("WARC-Target-URI: \(uri)\r\n".utf8) + Array(text[range.upperBound...])
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("crawl.warc.gz").path
        try crawl.gzipped().write(to: URL(fileURLWithPath: file))
        try checkCrashContained(arguments: ["scan", "--jobs", "\(jobs)", file], marker: marker, crashIndex: 1,
                                rowCount: WARCCrawl.pages.count, crashPath: uri)
    }

    /// Without a crash, workers and the in-process scan write the same bytes, in every format.
    @Test(arguments: ["jsonl", "csv"])
    func workersWriteWhatTheInProcessScanWrites(format: String) throws {
        let fixtures = TestPaths.repositoryRoot.appendingPathComponent("Tests/ConsentLensTests/Fixtures").path
        let arguments = ["scan", "--format", format, "--jobs", "2", fixtures, TestPaths.repositoryRoot.appendingPathComponent("Samples").path]
        let workers = try CLIRun.run(arguments)
        let inProcess = try CLIRun.run(arguments + ["--in-process"])
        #expect(workers.status == inProcess.status)
        #expect(workers.stderr == inProcess.stderr)
        #expect(workers.stdout == inProcess.stdout)
        #expect(workers.stdout.count > 5_000)
    }

    /// The library's worker pool: crashes in a row, each its own row; every worker reaped.
    @Test func everyWorkerIsReapedAndConsecutiveCrashesAreRows() throws {
        let marker = "crash-\(UUID().uuidString)"
        let (root, paths, scanner) = try Self.markedPages(12, marked: [4, 5, 6, 11], marker: marker, variable: ScanWorker.crashHookVariable)
        defer { try? FileManager.default.removeItem(at: root) }
        var rows: [ScanRow] = []
        try scanner.run { rows.append($0) }
        #expect(rows.map(\.index) == Array(0..<12))
        #expect(rows.map(\.path) == paths)
        for row in rows {
            if row.path.contains(marker) {
                #expect(Self.isCrashRow(row.error), "\(row.error ?? "no error")")
            } else {
                #expect(row.analysis?.notice != nil)
            }
        }
        // Each of the four crashes killed its own worker (whether the last one is replaced depends
        // on whether work was left, so four is the bound).
        #expect(scanner.spawnedWorkers.count >= 4)
        for pid in scanner.spawnedWorkers {
            #expect(kill(pid, 0) == -1 && errno == ESRCH, "worker \(pid) not reaped")
        }
    }

    /// A sink that throws (an output that cannot be written) stops the scan and its workers.
    @Test func aFailingSinkStopsEveryWorker() throws {
        let paths = (0..<40).map { _ in TestPaths.sample("thejournal-ie-drone-attack.txt") }
        let command = ScanWorkerCommand(executable: TestPaths.binary.path, arguments: ["_scan-worker"])
        let scanner = Scanner(plan: ScanPlan(inputs: paths.map { .page(path: $0, bytes: nil) }), jobs: 2, workers: command)
        struct Full: Error {}
        var count = 0
        #expect(throws: Full.self) {
            try scanner.run { _ in
                count += 1
                if count == 3 { throw Full() }
            }
        }
        #expect(!scanner.spawnedWorkers.isEmpty)
        for pid in scanner.spawnedWorkers {
            #expect(kill(pid, 0) == -1 && errno == ESRCH, "worker \(pid) not reaped")
        }
    }
}
