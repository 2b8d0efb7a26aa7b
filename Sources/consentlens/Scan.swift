import ArgumentParser
import ConsentScan
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `consentlens scan INPUT...`: one row per page for many pages, folders or WARC crawls.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan many saved pages, folders or WARC crawls into one table: JSON Lines, CSV or SQLite.",
        discussion: """
            INPUT is a page, a folder (searched recursively for .html, .htm, .xhtml, .txt, .md, .yml, \
            .mhtml and .mht pages, each optionally .gz, and for .warc / .warc.gz crawls; sorted by path) or a WARC / \
            WARC.gz file (one row per HTML response record). `-` reads a WARC stream on standard input, \
            so that `consentlens scan --format jsonl -` runs as a Hadoop Streaming or Spark mapper. Rows \
            come in input order whatever --jobs is, and are written as they are done. A page that cannot \
            be read becomes a row with its error. Exit status: 0 when every page was read, 2 when some \
            could not be (one line each on standard error), 1 when an output cannot be written or no page \
            is found, 64 on usage errors (an output that is also an input included). A folder scan \
            says on standard error how many pages it found and how many files it skipped; files \
            ConsentLens wrote (scan summaries, reports) are never read as pages. See docs/scan.md for the CSV columns and the SQLite schema.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv, sqlite

        var scanFormat: ScanFormat {
            switch self {
            case .jsonl: return .jsonl
            case .csv: return .csv
            case .sqlite: return .sqlite
            }
        }
    }

    @Argument(help: "Pages, folders and WARC / WARC.gz files (`-` for a WARC stream on standard input).", completion: .file())
    var inputs: [String] = []

    @Option(help: "Output format: jsonl (one `analyse` JSON document a line), csv or sqlite.")
    var format: Format = .jsonl

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Also write a Markdown overview of the whole scan.", valueName: "FILE.md"), completion: .file(extensions: ["md"]))
    var summary: String?

    // Optional, so that the help states the default once, in words; `-1` is taken as the value
    // (and refused) rather than as an unknown option.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Pages analysed at once, at least 1 (default: the number of processor cores).", valueName: "N"),
        transform: Scan.jobCount
    )
    var jobs: Int? = nil

    @Option(name: .customLong("files-from"), help: ArgumentHelp("Also scan the paths listed in FILE, one a line (`-` for standard input).", valueName: "FILE"), completion: .file())
    var filesFrom: String?

    @Option(
        name: .customLong("page-timeout"),
        parsing: .unconditional,
        help: ArgumentHelp("Seconds one page's analysis may take; past it the page becomes an error row and the scan goes on (default: 60).", valueName: "SECONDS"),
        transform: Scan.seconds
    )
    var pageTimeout: Double? = nil

    // Analyse pages in this process instead of worker processes: faster to debug, but a page that
    // crashes ends the scan. For tests and measurements.
    @Flag(name: .customLong("in-process"), help: .hidden)
    var inProcess = false

    @Option(name: .customLong("stdin-name"), help: ArgumentHelp("The WARC file name rows read from standard input carry.", valueName: "NAME"))
    var stdinName: String = "-"

    func validate() throws {
        if inputs.isEmpty && filesFrom == nil {
            throw ValidationError("Give at least one page, folder or WARC to scan (or --files-from).")
        }
        let stdinReaders = inputs.filter { $0 == "-" }.count + (filesFrom == "-" ? 1 : 0)
        if stdinReaders > 1 { throw ValidationError("Standard input (-) can be read only once.") }
        if format == .sqlite && (output.output == nil || output.output == "-") {
            throw ValidationError("--format sqlite writes a database file: give --output FILE.sqlite.")
        }
    }

    /// `--jobs N`: a whole number, at least 1.
    @Sendable static func jobCount(_ text: String) throws -> Int {
        guard let n = Int(text) else { throw ValidationError("the value must be a whole number, at least 1") }
        guard n >= 1 else { throw ValidationError("the value must be at least 1") }
        return n
    }

    /// `--page-timeout SECONDS`: a positive number of seconds (fractions allowed), at most a year.
    @Sendable static func seconds(_ text: String) throws -> Double {
        guard let value = Double(text), value.isFinite else { throw ValidationError("the value must be a number of seconds, more than 0") }
        guard value > 0 else { throw ValidationError("the value must be more than 0 seconds") }
        guard value <= 31_536_000 else { throw ValidationError("the value must be at most 31536000 seconds (a year)") }
        return value
    }

    func run() throws {
        // Every output is checked before anything is read, so that a bad path costs no work.
        try OutputGuard.refuseSameOutput(output.file, summary, names: ("--output", "--summary"))
        try output.check()
        if let summary { try OutputGuard.check(summary) }

        var listed: [String] = []
        if let filesFrom {
            if filesFrom == "-" {
                listed = ScanPlan.paths(inFileList: String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self))
            } else {
                try OutputGuard.refuseOverwriting(inputs: [filesFrom], outputs: [output.output, summary])
                guard let data = FileManager.default.contents(atPath: filesFrom) else {
                    var info = stat()
                    let problem = stat(filesFrom, &info) != 0 ? PageReaderProblem.describe(errno)
                        : (info.st_mode & S_IFMT) == S_IFDIR ? "is a directory, not a file list" : PageReaderProblem.describe(EACCES)
                    Diagnostics.error(path: filesFrom, problem)
                    throw ExitCode(1)
                }
                listed = ScanPlan.paths(inFileList: String(decoding: data, as: UTF8.self))
            }
        }
        let plan = ScanPlan.make(arguments: inputs, listed: listed, standardInputName: stdinName)
        if plan.searchedFolders || plan.skippedGenerated > 0 { Diagnostics.note(plan.foundLine) }
        // An empty `--files-from` list with nothing else to scan (an empty partition of Spark's
        // `RDD.pipe`, an empty Hadoop Streaming split) is zero rows, and a success.
        let emptyList = filesFrom != nil && listed.isEmpty && inputs.isEmpty
        if plan.inputs.isEmpty && !emptyList {
            Diagnostics.note("nothing to scan: no page or WARC found (pages end in \(ScanPlan.pageExtensions.map { "." + $0 }.joined(separator: ", ")), optionally .gz; crawls in .warc or .warc.gz)")
            throw ExitCode(1)
        }
        try OutputGuard.refuseOverwriting(inputs: plan.inputs.map(\.path), outputs: [output.output, summary])

        let writer: any ScanWriter
        do {
            writer = try format.scanFormat.writer(path: output.output)
        } catch let failure as OutputFile.Failure {
            Diagnostics.error(path: failure.path, failure.message)
            throw ExitCode(1)
        }

        let console = ProgressConsole(progress: ScanProgress(totalRows: plan.knownRowCount, totalBytes: plan.totalBytes))
        var overview = ScanSummary()
        do {
            // Pages are analysed in worker processes (`consentlens _scan-worker`), so that a page
            // that crashes the analysis, or runs past --page-timeout, becomes an error row instead
            // of ending (or stalling) the scan.
            let workers = inProcess ? nil : ScanWorkerCommand.currentExecutable(arguments: [ScanWorkerProcess.configuration.commandName!])
            let scanner = Scanner(plan: plan, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, workers: workers,
                                  pageTimeout: pageTimeout ?? Scanner.defaultPageTimeout)
            try scanner.run { row in
                try writer.write(row)
                overview.add(row)
                console.add(row)
            }
            try writer.finish()
        } catch let failure as OutputFile.Failure {
            console.finish()
            Diagnostics.error(path: failure.path, failure.message)
            throw ExitCode(1)
        }
        console.finish()

        if let summary {
            do {
                try OutputFile(path: summary).write(overview.markdown())
            } catch let failure as OutputFile.Failure {
                Diagnostics.error(path: failure.path, failure.message)
                throw ExitCode(1)
            }
        }
        if overview.failed > 0 {
            let pages = overview.rows == 1 ? "page" : "pages"
            FileHandle.standardError.write(Data("consentlens: \(overview.failed) of \(overview.rows) \(pages) could not be read\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// Standard error during a scan: one line per failed page always, and a progress line redrawn
/// in place (at most ten times a second) when standard error is a terminal that is not also
/// where the rows go.
private final class ProgressConsole {
    private var progress: ScanProgress
    private let interactive: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var drawn = false

    init(progress: ScanProgress) {
        self.progress = progress
        self.interactive = Self.drawsProgress(standardOutput: 1, standardError: 2)
    }

    /// Progress is drawn on a terminal, and not when standard output is that same terminal
    /// (the rows would mix with it).
    static func drawsProgress(standardOutput: Int32, standardError: Int32) -> Bool {
        guard isatty(standardError) != 0 else { return false }
        guard isatty(standardOutput) != 0 else { return true }
        var out = stat(), err = stat()
        guard fstat(standardOutput, &out) == 0, fstat(standardError, &err) == 0 else { return false }
        return out.st_rdev != err.st_rdev || out.st_dev != err.st_dev || out.st_ino != err.st_ino
    }

    func add(_ row: ScanRow) {
        progress.add(row)
        if let problem = row.error {
            clear()
            Diagnostics.error(path: row.diagnosticPath, problem)
        }
        guard interactive else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        if !drawn || row.error != nil || now - lastDraw >= 100_000_000 {
            draw(now: now)
        }
    }

    /// Leaves the final figures on their own line.
    func finish() {
        guard interactive else { return }
        draw(now: DispatchTime.now().uptimeNanoseconds, finished: true)
        FileHandle.standardError.write(Data("\n".utf8))
        drawn = false
    }

    private func draw(now: UInt64, finished: Bool = false) {
        lastDraw = now
        drawn = true
        let elapsed = Double(now - start) / 1e9
        FileHandle.standardError.write(Data("\rconsentlens: \(progress.line(elapsed: elapsed, finished: finished))\u{1B}[K".utf8))
    }

    private func clear() {
        guard interactive, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}

/// `consentlens _scan-worker` (hidden): the process in which `scan` analyses pages. Reads
/// batches of pages on standard input and writes one result per page on standard output (see
/// ``ScanWorker``); not for people.
struct ScanWorkerProcess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_scan-worker",
        abstract: "Analyses pages for `consentlens scan` (internal).",
        shouldDisplay: false
    )

    func run() throws {
        let status = ScanWorker.serve()
        if status != 0 { throw ExitCode(status) }
    }
}
