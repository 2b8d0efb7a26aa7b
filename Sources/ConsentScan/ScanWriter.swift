import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a scan's rows go. Rows arrive in input order; each writer makes a row durable as it goes
/// (JSON Lines and CSV write every row at once, SQLite commits a batch), so an interrupted scan
/// keeps what it has done.
public protocol ScanWriter: AnyObject {
    func write(_ row: ScanRow) throws
    /// Writes what is pending and closes the output.
    func finish() throws
}

/// The output formats of `consentlens scan`.
public enum ScanFormat: String, Sendable, CaseIterable {
    case jsonl, csv, sqlite

    /// A writer of this format to `path` (`nil` or `-` for standard output; SQLite needs a file).
    public func writer(path: String?) throws -> any ScanWriter {
        switch self {
        case .jsonl: return JSONLinesWriter(output: try OutputFile(path: path))
        case .csv: return CSVWriter(output: try OutputFile(path: path))
        case .sqlite:
            guard let path, path != "-" else { throw OutputFile.Failure(path: "-", message: "an SQLite database must be written to a file (--output FILE.sqlite)") }
            return try SQLiteWriter(path: path)
        }
    }
}

/// A file (or standard output) written with one system call per row, unbuffered, so that a row
/// is in the file as soon as it is written.
public final class OutputFile {
    /// An output that cannot be written: `PATH: cannot write: reason`, the reason in the words of
    /// the system's `strerror`, whatever the format.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { message }

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }

        public init(path: String, errno code: Int32) {
            self.init(path: path, message: Self.cannotWrite(code))
        }

        /// `cannot write: No such file or directory`.
        public static func cannotWrite(_ code: Int32) -> String {
            "cannot write: \(String(cString: strerror(code)))"
        }
    }

    /// Throws when `path` cannot be written, and changes nothing there: an existing file is
    /// opened for writing without truncation; a new one is created and removed again. Folders are
    /// refused; pipes and devices (`/dev/stdout`) are only checked for permission.
    public static func check(path: String) throws(Failure) {
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw Failure(path: path, errno: EISDIR)
            case S_IFREG:
                let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
                guard fd >= 0 else { throw Failure(path: path, errno: errno) }
                close(fd)
            default:
                guard access(path, W_OK) == 0 else { throw Failure(path: path, errno: errno) }
            }
            return
        }
        guard errno == ENOENT else { throw Failure(path: path, errno: errno) }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, errno: errno) }
        close(fd)
        unlink(path)
    }

    private let fd: Int32
    private let owns: Bool
    public let path: String

    /// Truncates (or creates) `path`; `nil` or `-` is standard output.
    public init(path: String?) throws {
        if let path, path != "-" {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw Failure(path: path, message: Failure.cannotWrite(errno))
            }
            self.fd = fd
            self.owns = true
            self.path = path
        } else {
            self.fd = 1
            self.owns = false
            self.path = "-"
        }
    }

    deinit { if owns { close(fd) } }

    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { buffer in
            var done = 0
            while done < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, message: Failure.cannotWrite(errno))
                }
                done += n
            }
        }
    }

    /// Flushes the file to disk (a no-op for standard output).
    public func synchronise() throws {
        guard owns else { return }
        if fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
            throw Failure(path: path, message: Failure.cannotWrite(errno))
        }
    }
}

/// JSON Lines: one row a line, each the page's `analyse --format json` document on one line.
public final class JSONLinesWriter: ScanWriter {
    private let output: OutputFile

    public init(output: OutputFile) {
        self.output = output
    }

    public func write(_ row: ScanRow) throws {
        try output.write(try row.jsonLine() + "\n")
    }

    public func finish() throws {
        try output.synchronise()
    }
}

/// CSV (RFC 4180, CRLF line ends): a header line, then one flattened line per row.
public final class CSVWriter: ScanWriter {
    private let output: OutputFile
    private var wroteHeader = false

    public init(output: OutputFile) {
        self.output = output
    }

    public func write(_ row: ScanRow) throws {
        if !wroteHeader {
            try output.write(CSVFormat.line(CSVFormat.header))
            wroteHeader = true
        }
        try output.write(CSVFormat.line(CSVFormat.cells(of: row)))
    }

    public func finish() throws {
        // An empty scan still gets its header, so that the file is a valid table.
        if !wroteHeader { try output.write(CSVFormat.line(CSVFormat.header)) }
        try output.synchronise()
    }
}

/// The C `write`, named apart from ``OutputFile/write(_:)``.
private func systemWrite(_ fd: Int32, _ buffer: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(fd, buffer, count)
}
