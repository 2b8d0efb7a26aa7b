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

/// One thing a scan reads, once folders and file lists are expanded.
public enum ScanInput: Sendable, Equatable {
    /// A saved page (possibly gzip-compressed): one row.
    case page(path: String, bytes: Int?)
    /// A WARC or WARC.gz file: one row per HTML response record.
    case warc(path: String, bytes: Int?)
    /// A WARC (or WARC.gz) stream on standard input, called `name` in rows (`-` by default).
    case warcStandardInput(name: String)
    /// Something that cannot be read at all (a missing file, an unreadable folder): one error row.
    case unreadable(path: String, problem: String)

    public var path: String {
        switch self {
        case .page(let path, _), .warc(let path, _), .unreadable(let path, _): return path
        case .warcStandardInput(let name): return name
        }
    }

    /// Size on disk, when known, for progress and ETA.
    var bytes: Int? {
        switch self {
        case .page(_, let bytes), .warc(_, let bytes): return bytes
        case .warcStandardInput: return nil
        case .unreadable: return 0
        }
    }
}

/// Everything a scan will read, in the order its rows will appear.
public struct ScanPlan: Sendable, Equatable {
    public var inputs: [ScanInput]
    /// Whether a folder was searched (then ``foundLine`` is worth saying).
    public var searchedFolders = false
    /// Files in searched folders that a scan does not read: their extension is neither a page's
    /// nor a WARC's (`.pdf`, `.webarchive`, `.yaml`, `.markdown`, images of "Save page as" folders).
    public var skippedByExtension = 0
    /// Pages that ConsentLens wrote itself (a scan summary, a report, a comparison: their first
    /// line is ``GeneratedMark/line``), left out wherever they were found.
    public var skippedGenerated = 0

    public init(inputs: [ScanInput]) {
        self.inputs = inputs
    }

    /// `9 pages found, 2 files skipped (by extension)`, plus `, 1 file skipped (written by
    /// consentlens)` when some were. Pages are the inputs of the plan (a WARC counts once).
    public var foundLine: String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var line = "\(count(inputs.count, "page")) found, \(count(skippedByExtension, "file")) skipped (by extension)"
        if skippedGenerated > 0 { line += ", \(count(skippedGenerated, "file")) skipped (written by consentlens)" }
        return line
    }

    /// Rows known in advance: pages and unreadable inputs (a WARC's record count is known only
    /// once it is read). `nil` when the plan holds a WARC.
    public var knownRowCount: Int? {
        inputs.contains { if case .page = $0 { return false }; if case .unreadable = $0 { return false }; return true }
            ? nil : inputs.count
    }

    /// Pages outside WARCs.
    public var pageCount: Int {
        inputs.reduce(0) { n, input in if case .page = input { return n + 1 }; if case .unreadable = input { return n + 1 }; return n }
    }

    /// Total bytes to read, when every size is known (not when reading standard input).
    public var totalBytes: Int? {
        var total = 0
        for input in inputs {
            guard let bytes = input.bytes else { return nil }
            total += bytes
        }
        return total
    }

    // MARK: - Building a plan

    /// File names a folder scan picks up: pages (each optionally `.gz`) and WARC crawls.
    public static let pageExtensions = ["html", "htm", "txt", "xhtml", "md", "yml", "mhtml", "mht"]
    public static let warcExtensions = ["warc", "warc.gz"]

    /// Expands `arguments` (files, folders, `-` for a WARC stream on standard input) and then the
    /// entries of `listed` (from `--files-from`), keeping their order; a folder's files are sorted
    /// by path so that a scan's output does not depend on the file system's order. Rows read from
    /// standard input name it `standardInputName`.
    public static func make(arguments: [String], listed: [String] = [], standardInputName: String = "-") -> ScanPlan {
        var plan = ScanPlan(inputs: [])
        for argument in arguments {
            if argument == "-" { plan.inputs.append(.warcStandardInput(name: standardInputName)) } else { plan.expand(argument, explicit: true) }
        }
        for entry in listed {
            if entry == "-" {
                plan.inputs.append(.unreadable(path: "-", problem: "standard input cannot be named in a file list"))
            } else {
                plan.expand(entry, explicit: true)
            }
        }
        return plan
    }

    /// The paths a `--files-from` list names: one a line; blank lines are ignored, and a
    /// trailing carriage return is dropped.
    public static func paths(inFileList text: String) -> [String] {
        text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { line in
            var path = Substring(line)
            if path.hasSuffix("\r") { path = path.dropLast() }
            return path.allSatisfy({ $0 == " " || $0 == "\t" }) ? nil : String(path)
        }
    }

    /// Adds what reading `path` means: a page, a WARC, the files of a folder, or a problem.
    mutating func expand(_ path: String, explicit: Bool) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            inputs.append(.unreadable(path: path, problem: PageReaderProblem.describe(errno)))
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR where CaptureFolder.isCapture(path: path):
            inputs.append(.page(path: path, bytes: nil))  // a capture folder is one page
        case S_IFDIR:
            searchedFolders = true
            inputs.append(contentsOf: folder(path))
        case S_IFREG:
            add(Self.classify(path, size: Int(info.st_size), sniff: explicit))
        default:
            // A pipe or device named on the command line (`<(zcat crawl.warc.gz)`) is read as the
            // user asks; sizes are unknown.
            inputs.append(Self.classify(path, size: nil, sniff: false))
        }
    }

    /// Adds a regular file's input, unless it is a page ConsentLens wrote.
    private mutating func add(_ input: ScanInput) {
        if case .page(let path, _) = input, GeneratedMark.isMarked(path: path) {
            skippedGenerated += 1
        } else {
            inputs.append(input)
        }
    }

    /// A file is a WARC by name (`.warc`, `.warc.gz`) or, when named explicitly with another
    /// extension, by content: its (decompressed) first bytes are `WARC/`.
    static func classify(_ path: String, size: Int?, sniff: Bool) -> ScanInput {
        let lower = path.lowercased()
        if warcExtensions.contains(where: { lower.hasSuffix("." + $0) }) { return .warc(path: path, bytes: size) }
        if sniff, !hasPageExtension(lower), startsLikeWARC(path) { return .warc(path: path, bytes: size) }
        return .page(path: path, bytes: size)
    }

    static func hasPageExtension(_ lowercasedPath: String) -> Bool {
        let name = lowercasedPath.hasSuffix(".gz") ? String(lowercasedPath.dropLast(3)) : lowercasedPath
        return pageExtensions.contains { name.hasSuffix("." + $0) }
    }

    /// Reads a few bytes (inflating them when the file is gzip) to see whether a WARC starts here.
    static func startsLikeWARC(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        let stream = ByteStream(fd: fd, ownsDescriptor: true)
        guard let line = try? stream.readLine(limit: 64) else { return false }
        return line.starts(with: Array("WARC/".utf8))
    }

    /// Every page and WARC under `root`, recursively, sorted by path. Symbolic links to files are
    /// followed (a dangling one becomes an error row); links to folders are not, so a loop cannot
    /// trap the scan. Pipes and devices that carry a page's name become error rows rather than
    /// being opened, since reading a FIFO nobody writes to would block forever.
    mutating func folder(_ root: String) -> [ScanInput] {
        var found: [ScanInput] = []
        func add(_ input: ScanInput) {
            if case .page(let path, _) = input, GeneratedMark.isMarked(path: path) { skippedGenerated += 1 } else { found.append(input) }
        }
        var pending = [root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root]
        while let dir = pending.popLast() {
            guard let handle = opendir(dir) else {
                found.append(.unreadable(path: dir, problem: PageReaderProblem.describe(errno)))
                continue
            }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name == "." || name == ".." { continue }
                let path = dir == "/" ? "/" + name : dir + "/" + name
                var link = stat()
                guard lstat(path, &link) == 0 else { continue }
                let lower = name.lowercased()
                let wanted = Self.hasPageExtension(lower) || Self.warcExtensions.contains { lower.hasSuffix("." + $0) }
                switch link.st_mode & S_IFMT {
                case S_IFDIR where CaptureFolder.isCapture(path: path):
                    found.append(.page(path: path, bytes: nil))  // a capture folder is one page, not its files
                case S_IFDIR:
                    pending.append(path)
                case S_IFREG:
                    if wanted { add(Self.classify(path, size: Int(link.st_size), sniff: false)) } else { skippedByExtension += 1 }
                case S_IFLNK:
                    guard wanted else {
                        skippedByExtension += 1
                        continue
                    }
                    var target = stat()
                    if stat(path, &target) != 0 {
                        found.append(.unreadable(path: path, problem: PageReaderProblem.describe(errno)))
                    } else if (target.st_mode & S_IFMT) == S_IFREG {
                        add(Self.classify(path, size: Int(target.st_size), sniff: false))
                    } else if (target.st_mode & S_IFMT) != S_IFDIR {
                        found.append(.unreadable(path: path, problem: "not a regular file"))
                    }
                default:
                    if wanted { found.append(.unreadable(path: path, problem: "not a regular file (a pipe, socket or device)")) }
                }
            }
        }
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}

/// The first line of every Markdown document ConsentLens writes (scan summary, report,
/// comparison): invisible when the Markdown is rendered, and the sign by which `scan` never reads
/// ConsentLens's own output as a saved page.
public enum GeneratedMark {
    public static let line = "<!-- generated by consentlens -->"

    /// Whether the file at `path` (gzip-compressed or not) starts with ``line``.
    public static func isMarked(path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return false }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            return false
        }
        var head = [UInt8](repeating: 0, count: 64)
        let count = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 64, 0) }
        guard count > 0 else {
            close(fd)
            return false
        }
        head.removeSubrange(count...)
        if head.starts(with: [0x1F, 0x8B]) {
            let stream = ByteStream(fd: fd, ownsDescriptor: true)
            guard let first = try? stream.readLine(limit: 64) else { return false }
            head = first + [0x0A]
        } else {
            close(fd)
        }
        guard let end = head.firstIndex(of: 0x0A) else { return false }
        var first = head[..<end]
        if first.last == 0x0D { first = first.dropLast() }
        return first.elementsEqual(line.utf8)
    }
}

/// The wording ``PageLoadError`` uses for a failed system call, so that error rows read the same
/// as `analyse`'s messages.
public enum PageReaderProblem {
    public static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return PageLoadError.notFound.description
        case EACCES, EPERM: return PageLoadError.permissionDenied.description
        default: return PageLoadError.unreadable(String(cString: strerror(code))).description
        }
    }
}
