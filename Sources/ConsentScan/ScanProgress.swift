/// The progress line a scan redraws on a terminal: pages done (of how many, when known), pages
/// per second, input megabytes per second, errors so far and the time left.
public struct ScanProgress: Sendable {
    /// Rows the scan will write, when known in advance (not for WARC crawls).
    public let totalRows: Int?
    /// Input bytes, when every size is known (not for standard input).
    public let totalBytes: Int?

    public private(set) var rows = 0
    public private(set) var errors = 0
    public private(set) var bytes = 0

    public init(totalRows: Int?, totalBytes: Int?) {
        self.totalRows = totalRows
        self.totalBytes = totalBytes
    }

    public mutating func add(_ row: ScanRow) {
        rows += 1
        bytes += row.inputBytes
        if row.error != nil { errors += 1 }
    }

    /// The line for `elapsed` seconds into the scan (no line break, no prefix); once `finished`,
    /// the time taken instead of the time left.
    public func line(elapsed: Double, finished: Bool = false) -> String {
        var parts: [String] = []
        if finished {
            parts.append("\(rows) \(rows == 1 ? "page" : "pages") in \(Self.duration(elapsed))")
        } else {
            parts.append(totalRows.map { "\(rows)/\($0) pages" } ?? "\(rows) pages")
        }
        if elapsed > 0 {
            parts.append("\(Self.decimal(Double(rows) / elapsed)) pages/s")
            parts.append("\(Self.decimal(Double(bytes) / 1_000_000 / elapsed)) MB/s")
        }
        parts.append(errors == 1 ? "1 error" : "\(errors) errors")
        if !finished, let eta = eta(elapsed: elapsed) { parts.append("ETA \(Self.duration(eta))") }
        return parts.joined(separator: ", ")
    }

    /// Seconds left, from the bytes read when sizes are known, else from the rows.
    func eta(elapsed: Double) -> Double? {
        guard elapsed > 0 else { return nil }
        if let totalBytes, bytes > 0, totalBytes >= bytes {
            return Double(totalBytes - bytes) / (Double(bytes) / elapsed)
        }
        if let totalRows, rows > 0, totalRows >= rows {
            return Double(totalRows - rows) / (Double(rows) / elapsed)
        }
        return nil
    }

    static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// `0:48`, `12:05`, `3:02:10`.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "–" }
        let total = Int(seconds.rounded())
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        let ss = s < 10 ? "0\(s)" : "\(s)"
        if h > 0 { return "\(h):\(m < 10 ? "0\(m)" : "\(m)"):\(ss)" }
        return "\(m):\(ss)"
    }
}
