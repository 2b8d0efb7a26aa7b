import ConsentLens
import Foundation

/// One row of a scan: a page's analysis, or why the page (or a WARC record, or a whole input)
/// could not be analysed.
public struct ScanRow: Sendable, Equatable {
    /// Position in the scan's output, from 0, in input order whatever `--jobs` is.
    public var index: Int
    /// The file as named on the command line or found in a folder, or a WARC record's target URI.
    public var path: String
    /// Where in a WARC crawl the page came from, for rows read from one.
    public var warc: WARCOrigin?
    public var outcome: Outcome
    /// Input bytes this row accounts for (a page's file size; a WARC's bytes read since the
    /// previous row), for progress reports only.
    public var inputBytes: Int
    /// The row's JSON line as the worker that analysed the page already wrote it (see
    /// ``jsonLine()``), so that the scan does not encode the analysis a second time. Not part of
    /// the row's value: `==` ignores it.
    var renderedLine: String?

    public static func == (a: ScanRow, b: ScanRow) -> Bool {
        a.index == b.index && a.path == b.path && a.warc == b.warc && a.outcome == b.outcome && a.inputBytes == b.inputBytes
    }

    public enum Outcome: Sendable, Equatable {
        case analysed(PageAnalysis)
        case failed(String)
    }

    public init(index: Int, path: String, warc: WARCOrigin? = nil, outcome: Outcome, inputBytes: Int = 0) {
        self.index = index
        self.path = path
        self.warc = warc
        self.outcome = outcome
        self.inputBytes = inputBytes
    }

    public var analysis: PageAnalysis? {
        if case .analysed(let analysis) = outcome { return analysis }
        return nil
    }

    public var error: String? {
        if case .failed(let problem) = outcome { return problem }
        return nil
    }

    /// The path diagnostics name: `FILE@OFFSET (TARGET-URI)` for a WARC record (`FILE@OFFSET` for
    /// damage in the WARC itself), the file otherwise. Standard input is `-` (or its
    /// `--stdin-name`) here as in every output.
    public var diagnosticPath: String {
        guard let warc else { return path }
        return path == warc.file ? "\(warc.file)@\(warc.offset)" : "\(warc.file)@\(warc.offset) (\(path))"
    }
}

/// The WARC record a row was read from.
public struct WARCOrigin: Codable, Sendable, Equatable {
    /// The WARC file as named on the command line (`-` for standard input).
    public var file: String
    /// Byte offset of the record's `WARC/` line in the decompressed WARC stream.
    public var offset: Int
    @Nullable public var recordId: String?
    /// `WARC-Date`: when the crawler fetched the page.
    @Nullable public var date: String?

    public init(file: String, offset: Int, recordId: String? = nil, date: String? = nil) {
        self.file = file
        self.offset = offset
        self.recordId = recordId
        self.date = date
    }
}

// MARK: - JSON Lines

extension ScanRow: Encodable {
    /// The row as a JSON document: see ``jsonLine()``. `analyse --format json` gives a page that
    /// fails this shape too, so that its array keeps one element per page.
    public func encode(to encoder: any Encoder) throws {
        try JSONLine(row: self).encode(to: encoder)
    }

    /// The row as one line of JSON (no newline): the page's `analyse --format json` document,
    /// compact and with sorted keys, plus a `warc` object for WARC records; a failed row is
    /// `{"error":…,"schemaVersion":1,"source":{"path":…}}` (plus `warc`).
    public func jsonLine() throws -> String {
        if let renderedLine { return renderedLine }
        return try JSONRendering.render(JSONLine(row: self), pretty: false)
    }

    private struct JSONLine: Encodable {
        var row: ScanRow

        private enum Keys: String, CodingKey { case error, schemaVersion, source, warc }
        private struct FailedSource: Encodable { var path: String }

        func encode(to encoder: any Encoder) throws {
            switch row.outcome {
            case .analysed(let analysis):
                try analysis.encode(to: encoder)
                if let warc = row.warc {
                    var c = encoder.container(keyedBy: Keys.self)
                    try c.encode(warc, forKey: .warc)
                }
            case .failed(let problem):
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(problem, forKey: .error)
                try c.encode(PageAnalysis.currentSchemaVersion, forKey: .schemaVersion)
                try c.encode(FailedSource(path: row.path), forKey: .source)
                try c.encodeIfPresent(row.warc, forKey: .warc)
            }
        }
    }
}
