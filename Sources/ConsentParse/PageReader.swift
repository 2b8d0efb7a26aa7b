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
    /// Reads the whole file, refusing more than `limit` bytes: a regular file larger than the
    /// limit is refused before a byte is read (so a sparse 300 MiB file costs nothing), and a
    /// stream, a device or a file that grows while it is read is read no further than the limit.
    /// POSIX calls, so that "is a directory" and "permission denied" are told apart exactly.
    public static func read(path: String, limit: Int = PageLoader.maximumPageBytes) throws(PageLoadError) -> [UInt8] {
        try PageLoader.read(path: path, limit: limit)
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

