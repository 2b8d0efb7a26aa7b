import ArgumentParser
import ConsentLens
import ConsentScan
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `--output FILE`, shared by every command that writes a document.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"), completion: .file())
    var output: String?

    /// The output file, `nil` for standard output (no option, or `-`).
    var file: String? { output == "-" ? nil : output }

    /// Fails (one line, exit status 1) when the output file cannot be written; changes nothing.
    /// Called before the first page is read, so that no work is lost to a bad path.
    func check() throws {
        guard let file else { return }
        try OutputGuard.check(file)
    }

    /// Writes `text` to the file (truncating it) or to standard output; a file that cannot be
    /// written is one line, `consentlens: PATH: cannot write: reason`, and exit status 1.
    func write(_ text: String) throws {
        do {
            let out = try OutputFile(path: file)
            try out.write(text)
        } catch let failure as OutputFile.Failure {
            Diagnostics.error(path: failure.path, failure.message)
            throw ExitCode(1)
        }
    }
}

/// What every command checks about its outputs before it reads anything.
enum OutputGuard {
    /// Fails (exit status 1) when `path` cannot be written.
    static func check(_ path: String) throws {
        do {
            try OutputFile.check(path: path)
        } catch {
            Diagnostics.error(path: error.path, error.message)
            throw ExitCode(1)
        }
    }

    /// Refuses (one line, exit status 64) when an output file is one of the inputs: the same file
    /// by device and inode, whatever names reach it (`./p.txt`, a hard link, a symbolic link).
    /// Nothing is read or written then.
    static func refuseOverwriting(inputs: [String], outputs: [String?]) throws {
        for output in outputs.compactMap({ $0 }) where output != "-" {
            guard let target = identity(output) else { continue }
            for input in inputs where input != "-" && identity(input) == target {
                let message = input == output
                    ? "is an input; refusing to write the output over it"
                    : "is the same file as the input \(input); refusing to write the output over it"
                Diagnostics.error(path: output, message)
                throw ExitCode(64)
            }
        }
    }

    /// Refuses (exit status 64) two outputs that are the same file.
    static func refuseSameOutput(_ a: String?, _ b: String?, names: (String, String)) throws {
        guard let a, let b, a != "-", b != "-" else { return }
        if a == b || (identity(a) != nil && identity(a) == identity(b)) {
            Diagnostics.error(path: b, "is both \(names.0) and \(names.1); give two different files")
            throw ExitCode(64)
        }
    }

    /// Device and inode of an existing regular file (following links); `nil` otherwise.
    private static func identity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}

/// Pages as `analyse`, `report` and `compare` read them: ConsentLens's own outputs (marked with
/// ``GeneratedMark``) are refused rather than analysed as if they were consent notices.
enum PageInput {
    static func analyse(path: String) -> Result<PageAnalysis, PageFailure> {
        if path != "-", GeneratedMark.isMarked(path: path) {
            return .failure(PageFailure(description: "written by consentlens (a report, comparison or scan summary), not a saved page"))
        }
        do {
            return .success(try ConsentAnalyzer.analyse(path: path))
        } catch .isDirectory {
            // A folder that is no capture folder: its pages are what `scan` reads.
            return .failure(PageFailure(description: "is a directory, not a page or a capture folder (it has no capture.json); to analyse the pages in it, run: consentlens scan \(path)"))
        } catch {
            return .failure(PageFailure(description: error.description))
        }
    }

    struct PageFailure: Error, CustomStringConvertible {
        var description: String
    }
}

/// One-line messages on standard error, each naming the file concerned as it was given (`-` is
/// standard input, as in every output).
enum Diagnostics {
    static func error(path: String, _ message: String) {
        FileHandle.standardError.write(Data("consentlens: \(path): \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("consentlens: \(message)\n".utf8))
    }
}
