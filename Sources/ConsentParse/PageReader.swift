#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a page's bytes from a path or standard input (`-`), turning every failure into a
/// ``PageLoadError`` rather than a crash.
public enum PageReader {
    /// Reads the whole file. POSIX calls, so that "is a directory" and "permission denied" are told
    /// apart exactly.
    public static func read(path: String) throws(PageLoadError) -> [UInt8] {
        if path == "-" { return try readAll(fd: 0) }
        var info = stat()
        guard stat(path, &info) == 0 else { throw error(errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw error(errno) }
        defer { close(fd) }
        return try readAll(fd: fd, sizeHint: Int(info.st_size))
    }

    private static func readAll(fd: Int32, sizeHint: Int = 0) throws(PageLoadError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(sizeHint, 0) + 1)
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                throw error(errno)
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
            if bytes.count > Int(Int32.max) { throw .tooLarge(bytes.count) }
        }
        return bytes
    }

    static func error(_ code: Int32) -> PageLoadError {
        switch code {
        case ENOENT, ENOTDIR: return .notFound
        case EACCES, EPERM: return .permissionDenied
        case EISDIR: return .isDirectory
        default: return .unreadable(String(cString: strerror(code)))
        }
    }
}

/// The C `read`, named apart from `PageReader.read(path:)`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
