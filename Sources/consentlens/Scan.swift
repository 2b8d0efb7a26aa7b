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
            INPUT is a page, a folder (searched recursively for .html, .htm, .xhtml, .txt, .md and .yml \
            pages, each optionally .gz, and for .warc / .warc.gz crawls; sorted by path) or a WARC / \
            WARC.gz file (one row per HTML response record). `-` reads a WARC stream on standard input, \
            so that `consentlens scan --format jsonl -` runs as a Hadoop Streaming or Spark mapper. Rows \
            come in input order whatever --jobs is, and are written as they are done. A page that cannot \
            be read becomes a row with its error. Exit status: 0 when every page was read, 2 when some \
            could not be (one line each on standard error), 1 when the output cannot be written, 64 on \
            usage errors. See docs/scan.md for the CSV columns and the SQLite schema.
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

    @Argument(help: "Pages, folders and WARC / WARC.gz files (`-` for a WARC stream on standard input).")
    var inputs: [String] = []

    @Option(help: "Output format: jsonl (one `analyse` JSON document a line), csv or sqlite.")
    var format: Format = .jsonl

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Also write a Markdown overview of the whole scan.", valueName: "FILE.md"))
    var summary: String?

    @Option(help: "Pages analysed at once (default: the number of processor cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("files-from"), help: ArgumentHelp("Also scan the paths listed in FILE, one a line (`-` for standard input).", valueName: "FILE"))
    var filesFrom: String?

    @Option(name: .customLong("stdin-name"), help: ArgumentHelp("The WARC file name rows read from standard input carry (default: -).", valueName: "NAME"))
    var stdinName: String = "-"

    func validate() throws {
        if inputs.isEmpty && filesFrom == nil {
            throw ValidationError("Give at least one page, folder or WARC to scan (or --files-from).")
        }
        let stdinReaders = inputs.filter { $0 == "-" }.count + (filesFrom == "-" ? 1 : 0)
        if stdinReaders > 1 { throw ValidationError("Standard input (-) can be read only once.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if format == .sqlite && (output.output == nil || output.output == "-") {
            throw ValidationError("--format sqlite writes a database file: give --output FILE.sqlite.")
        }
    }

    func run() throws {
        var listed: [String] = []
        if let filesFrom {
            do {
                let data = filesFrom == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: filesFrom))
                listed = ScanPlan.paths(inFileList: String(decoding: data, as: UTF8.self))
            } catch {
                Diagnostics.error(path: filesFrom, "cannot be read: \(error.localizedDescription)")
                throw ExitCode(1)
            }
        }
        let plan = ScanPlan.make(arguments: inputs, listed: listed, standardInputName: stdinName)

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
            try Scanner(plan: plan, jobs: jobs).run { row in
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
                try Data(overview.markdown().utf8).write(to: URL(fileURLWithPath: summary), options: .atomic)
            } catch {
                Diagnostics.error(path: summary, "cannot be written: \(error.localizedDescription)")
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

/// Standard error during a scan: one line per failed page always, and on a terminal a progress
/// line redrawn in place (at most ten times a second).
private final class ProgressConsole {
    private var progress: ScanProgress
    private let interactive: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var drawn = false

    init(progress: ScanProgress) {
        self.progress = progress
        self.interactive = isatty(2) != 0
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
