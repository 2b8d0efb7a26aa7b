/// Why a page could not be read. Each case renders as one line naming the problem; the caller
/// prefixes the file name.
public enum PageLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound
    case isDirectory
    case permissionDenied
    case unreadable(String)
    case empty
    case binary
    /// More bytes than ``PageLoader/maximumPageBytes`` (as stored, or inflated): the count is
    /// how many were seen when reading stopped.
    case tooLarge(Int)
    case unparsable(String)

    public var description: String {
        switch self {
        case .notFound: return "no such file"
        case .isDirectory: return "is a directory, not a page"
        case .permissionDenied: return "permission denied"
        case .unreadable(let why): return "cannot be read: \(why)"
        case .empty: return "file is empty"
        case .binary: return "binary data, not an HTML or text page"
        case .tooLarge(let bytes): return "too large: at least \(bytes) bytes, and pages over \(PageLoader.maximumPageBytes >> 20) MiB are refused"
        case .unparsable(let why): return "cannot be parsed: \(why)"
        }
    }
}
