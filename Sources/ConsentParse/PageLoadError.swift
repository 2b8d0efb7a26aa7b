/// Why a page could not be read. Each case renders as one line naming the problem; the caller
/// prefixes the file name.
public enum PageLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound
    case isDirectory
    case permissionDenied
    case unreadable(String)
    case empty
    case binary
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
        case .tooLarge(let bytes): return "too large to parse (\(bytes) bytes; the limit is 2 GiB)"
        case .unparsable(let why): return "cannot be parsed: \(why)"
        }
    }
}
