import ArgumentParser
import ConsentCapture
import ConsentLens
import Foundation

/// `consentlens capture URL... --output DIR`: saves each live page as a visitor meets it (rendered
/// page, frames, cookies, requests, screenshot, accessibility tree, TCF answers) for `analyse`,
/// `report`, `compare` and `scan` to read.
struct Capture: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capture",
        abstract: "Capture live pages with headless Chromium: rendered notice, cookies and requests before (and after) a choice.",
        discussion: """
            Each URL is loaded in a fresh headless Chromium (Debian's chromium package; --browser or \
            CHROMIUM for another build) with an empty profile. With one URL, DIR is its capture \
            folder; with several, each gets a subfolder of DIR named after it. See docs/capture.md \
            for the files. Exit status: 0 when every URL was captured (and the choice asked with \
            --choose was made); 2 when every page was saved but on some the choice could not be \
            made (no control to click: a warning on standard error, `choice.made: false` in \
            capture.json, and nothing after a choice recorded); 1 when a capture failed (one line \
            each on standard error; its capture.json says what happened), which wins over 2; 64 on \
            usage errors.
            """
    )

    @Argument(help: "Pages to capture (http:// or https://).")
    var urls: [String]

    @Option(name: .shortAndLong, help: "The capture folder (one URL) or the folder of capture folders (several).", completion: .directory)
    var output: String

    @Option(help: "After capturing, click: none, accept (accept-all) or reject (reject-all, or settings → untick → save), and record what follows.")
    var choose: CaptureOptions.Choice = .none

    @Option(help: "At most this many seconds waiting for the notice.")
    var wait: Double = 15

    @Option(help: "At most this many seconds waiting for the page's first response.")
    var timeout: Double = 30

    @Option(help: "Seconds to watch cookies and requests after a choice.")
    var afterChoice: Double = 3

    @Option(help: "The Chromium to run (default: $CHROMIUM, else chromium on the PATH).", completion: .file())
    var browser: String?

    @Option(help: "Captures at a time (each runs its own browser).")
    var jobs: Int = 1

    func validate() throws {
        for url in urls where !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            throw ValidationError("'\(url)' is not an http:// or https:// URL.")
        }
        if wait < 0 || timeout <= 0 || afterChoice < 0 { throw ValidationError("--wait, --timeout and --after-choice must be positive.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        // A missing browser is said once, before any URL: the one line the user needs.
        do { _ = try Capturer.browser(explicit: browser) } catch {
            Diagnostics.note(error.description)
            throw ExitCode(1)
        }
        let options = CaptureOptions(choose: choose, wait: wait, navigationTimeout: timeout, afterChoice: afterChoice, browser: browser)
        let folders = urls.count == 1 ? [output] : Self.folders(for: urls, in: output)
        let results = CaptureBatch.run(urls: urls, folders: folders, options: options, jobs: jobs)
        var failed = 0, notChosen = 0
        for (index, record) in results.enumerated() {
            if record.outcome == "captured" {
                Diagnostics.note("\(urls[index]): captured in \(String(format: "%.1f", record.seconds)) s → \(folders[index])")
                if let choice = record.choice, !choice.made {
                    Diagnostics.note(Self.choiceWarning(url: urls[index], choice: choice))
                    notChosen += 1
                }
            } else {
                Diagnostics.error(path: urls[index], record.error ?? "failed")
                failed += 1
            }
        }
        if failed > 0 { throw ExitCode(1) }
        if notChosen > 0 { throw ExitCode(2) }
    }

    /// The warning for a choice asked and not made: the page is saved, the choice is not.
    static func choiceWarning(url: String, choice: CaptureChoice) -> String {
        let verb = choice.requested == "reject" ? "refuse" : "accept"
        return "warning: \(url): could not \(verb): \(choice.notMadeReason ?? "no control found"); the page was saved, but no choice was made and nothing after one was recorded"
    }

    /// `01-example.com-news` …: readable, unique, in argument order.
    static func folders(for urls: [String], in root: String) -> [String] {
        let width = String(urls.count).count
        return urls.enumerated().map { index, url in
            var rest = url.drop(while: { $0 != ":" }).dropFirst(3)
            if let q = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<q] }
            let slug = String(rest.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "-" }.prefix(80))
                .split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
            let number = String(index + 1)
            return (root as NSString).appendingPathComponent(String(repeating: "0", count: width - number.count) + number + "-" + slug)
        }
    }
}

extension CaptureOptions.Choice: ExpressibleByArgument {}

/// Runs captures `jobs` at a time, results in argument order. A browser missing is said once,
/// before any URL, as the one line the user needs.
enum CaptureBatch {
    final class Results: @unchecked Sendable {
        let lock = NSLock()
        var records: [CaptureRecord?]
        init(count: Int) { records = Array(repeating: nil, count: count) }
    }

    static func run(urls: [String], folders: [String], options: CaptureOptions, jobs: Int) -> [CaptureRecord] {
        let results = Results(count: urls.count)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = jobs
        for index in urls.indices {
            queue.addOperation {
                let record = Capturer.capture(url: urls[index], into: folders[index], options: options)
                results.lock.lock()
                results.records[index] = record
                results.lock.unlock()
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        return results.records.map { $0! }
    }
}
