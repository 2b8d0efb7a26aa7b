import Foundation
import Testing
@testable import ConsentScan

/// WARC crawls written by the tests: HTTP responses around the fixture pages, among records a
/// scan must skip.
struct WARCCrawl {
    struct Page {
        var uri: String
        var fixture: String
    }

    static let pages = [
        Page(uri: "https://news.example/onetrust", fixture: "onetrust-tcf-dom-snapshot.html"),
        Page(uri: "https://shop.example/cookieyes?a=1&b=2", fixture: "cookieyes-template-always-active.html"),
        Page(uri: "https://blog.example/hostile", fixture: "hostile-onetrust-names.html"),
    ]

    /// Each record as written (uncompressed), in file order.
    var records: [[UInt8]] = []
    /// For each page, the index of its record in `records`.
    var pageRecords: [Int] = []

    init() throws {
        let html = try Self.pages.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture($0.fixture)))) }
        records.append(Self.record(version: "WARC/1.0", type: "warcinfo", uri: nil, contentType: "application/warc-fields",
                                   block: Array("software: consentlens-tests\r\nformat: WARC File Format 1.0\r\n".utf8), id: 1))
        records.append(Self.record(type: "request", uri: Self.pages[0].uri, contentType: "application/http; msgtype=request",
                                   block: Array("GET /onetrust HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8), id: 2))
        pageRecords.append(records.count)
        records.append(Self.response(uri: Self.pages[0].uri, id: 3, headers: ["Content-Type: text/html; charset=UTF-8"], body: html[0]))
        records.append(Self.response(uri: "https://news.example/logo.png", id: 4, headers: ["Content-Type: image/png"],
                                     body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // Stored as sent: gzip content coding inside chunked transfer coding.
        let gzipped = [UInt8](try ScanGzip.compress(Data(html[1])))
        var chunked: [UInt8] = []
        var rest = gzipped[...]
        while !rest.isEmpty {
            let chunk = rest.prefix(700)
            rest = rest.dropFirst(chunk.count)
            chunked += Array((String(chunk.count, radix: 16) + ";ext=1\r\n").utf8) + chunk + Array("\r\n".utf8)
        }
        chunked += Array("0\r\n\r\n".utf8)
        pageRecords.append(records.count)
        records.append(Self.response(uri: Self.pages[1].uri, id: 5,
                                     headers: ["Content-Type: TEXT/HTML", "Transfer-Encoding: chunked", "Content-Encoding: gzip"], body: chunked))
        records.append(Self.response(uri: "https://news.example/old", id: 6, status: "301 Moved Permanently",
                                     headers: ["Content-Type: text/html", "Location: /onetrust"], body: Array("<html><body>Moved</body></html>".utf8)))
        records.append(Self.record(type: "metadata", uri: Self.pages[0].uri, contentType: "application/warc-fields",
                                   block: Array("outlink: https://news.example/\r\n".utf8), id: 7))
        // WARC 1.0's own examples put the target URI in angle brackets.
        pageRecords.append(records.count)
        records.append(Self.response(uri: "<\(Self.pages[2].uri)>", id: 8, headers: ["Content-Type: application/xhtml+xml"], body: html[2]))
        records.append(Self.record(type: "revisit", uri: Self.pages[2].uri, contentType: "application/http; msgtype=response",
                                   block: Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".utf8), id: 9))
    }

    /// The crawl as one uncompressed WARC.
    var plain: Data { Data(records.joined()) }

    /// The crawl as a WARC.gz: each record its own gzip member, as crawlers write them.
    func gzipped() throws -> Data {
        var out = Data()
        for record in records { out += try ScanGzip.compress(Data(record)) }
        return out
    }

    /// Offset of record `i` in the uncompressed stream.
    func offset(ofRecord i: Int) -> Int {
        records.prefix(i).reduce(0) { $0 + $1.count }
    }

    static func record(version: String = "WARC/1.1", type: String, uri: String?, contentType: String, block: [UInt8], id: Int) -> [UInt8] {
        var header = "\(version)\r\nWARC-Type: \(type)\r\n"
        header += "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(String(repeating: "0", count: 12 - String(id).count) + String(id))>\r\n"
        header += "WARC-Date: 2024-05-01T12:00:0\(id % 10)Z\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func response(uri: String, id: Int, status: String = "200 OK", headers: [String], body: [UInt8]) -> [UInt8] {
        let head = "HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "Server: test\r\n\r\n"
        return record(type: "response", uri: uri, contentType: "application/http; msgtype=response", block: Array(head.utf8) + body, id: id)
    }
}

/// `consentlens scan` over WARC and WARC.gz crawls, from files and from standard input.
@Suite(.serialized) struct WARCScanTests {
    /// The rows of the fixture pages scanned as files, keyed by fixture, without `source.path`.
    func pageRows(in dir: URL) throws -> [[String: Any]] {
        var paths: [String] = []
        for page in WARCCrawl.pages {
            let path = dir.appendingPathComponent(page.fixture).path
            if !FileManager.default.fileExists(atPath: path) { try FileManager.default.copyItem(atPath: TestPaths.fixture(page.fixture), toPath: path) }
            paths.append(path)
        }
        let run = try CLIRun.run(["scan"] + paths)
        #expect(run.status == 0)
        return try ScanJSON.lines(run.stdout).map { try withoutPath(ScanJSON.object($0)) }
    }

    func withoutPath(_ row: [String: Any]) -> [String: Any] {
        var row = row
        row["warc"] = nil
        if var source = row["source"] as? [String: Any] {
            source["path"] = nil
            row["source"] = source
        }
        return row
    }

    func check(_ run: CLIRun, crawl: WARCCrawl, file: String, dir: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(run.status == 0, sourceLocation: sourceLocation)
        #expect(run.stderr.isEmpty, sourceLocation: sourceLocation)
        let rows = try ScanJSON.lines(run.stdout).map { try ScanJSON.object($0) }
        #expect(rows.count == WARCCrawl.pages.count, sourceLocation: sourceLocation)
        let expected = try pageRows(in: dir)
        for (i, row) in rows.enumerated() where i < expected.count {
            let source = try #require(row["source"] as? [String: Any])
            #expect(source["path"] as? String == WARCCrawl.pages[i].uri, sourceLocation: sourceLocation)
            let warc = try #require(row["warc"] as? [String: Any], sourceLocation: sourceLocation)
            #expect(warc["file"] as? String == file, sourceLocation: sourceLocation)
            #expect(warc["offset"] as? Int == crawl.offset(ofRecord: crawl.pageRecords[i]), sourceLocation: sourceLocation)
            #expect((warc["recordId"] as? String)?.hasPrefix("<urn:uuid:") == true, sourceLocation: sourceLocation)
            #expect(warc["date"] as? String != nil, sourceLocation: sourceLocation)
            #expect(try ScanJSON.canonical(withoutPath(row)) == ScanJSON.canonical(expected[i]), "record \(i)", sourceLocation: sourceLocation)
        }
    }

    @Test func warcGzScansToTheSameRowsAsThePages() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let crawl = try WARCCrawl()
        let file = dir.appendingPathComponent("crawl.warc.gz").path
        try crawl.gzipped().write(to: URL(fileURLWithPath: file))
        try check(try CLIRun.run(["scan", file]), crawl: crawl, file: file, dir: dir)
        // The record offset points at the record in the decompressed stream.
        #expect(crawl.plain[crawl.offset(ofRecord: crawl.pageRecords[1])...].starts(with: Data("WARC/1.1\r\nWARC-Type: response".utf8)))
    }

    @Test func plainWARCAndSniffedWARC() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let crawl = try WARCCrawl()
        let plain = dir.appendingPathComponent("crawl.warc").path
        try crawl.plain.write(to: URL(fileURLWithPath: plain))
        try check(try CLIRun.run(["scan", "--jobs", "1", plain]), crawl: crawl, file: plain, dir: dir)
        // Named without a WARC extension: recognised by its first line.
        let unnamed = dir.appendingPathComponent("crawl.dat").path
        try crawl.gzipped().write(to: URL(fileURLWithPath: unnamed))
        try check(try CLIRun.run(["scan", unnamed]), crawl: crawl, file: unnamed, dir: dir)
    }

    @Test func warcOnStandardInputIsTheMapperContract() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let crawl = try WARCCrawl()
        try check(try CLIRun.run(["scan", "--format", "jsonl", "-"], stdin: try crawl.gzipped()), crawl: crawl, file: "-", dir: dir)
        try check(try CLIRun.run(["scan", "-"], stdin: crawl.plain), crawl: crawl, file: "-", dir: dir)
        // A mapper names the WARC it streams, so that rows lead back to it.
        try check(try CLIRun.run(["scan", "--stdin-name", "s3://crawl/a.warc.gz", "-"], stdin: try crawl.gzipped()),
                  crawl: crawl, file: "s3://crawl/a.warc.gz", dir: dir)
    }

    @Test func warcInAFolderScanAndInCSV() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let crawl = try WARCCrawl()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("crawls"), withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("crawls/a.warc.gz").path
        try crawl.gzipped().write(to: URL(fileURLWithPath: file))
        let run = try CLIRun.run(["scan", "--format", "csv", dir.appendingPathComponent("crawls").path])
        #expect(run.status == 0)
        let records = try ScanCSV.parse(run.stdout)
        #expect(records.count == 1 + WARCCrawl.pages.count)
        let path = CSVFormat.header.firstIndex(of: "path")!, warcFile = CSVFormat.header.firstIndex(of: "warc_file")!
        let warcOffset = CSVFormat.header.firstIndex(of: "warc_offset")!
        #expect(records.dropFirst().map { $0[path] } == WARCCrawl.pages.map(\.uri))
        #expect(records.dropFirst().map { $0[warcFile] } == Array(repeating: file, count: WARCCrawl.pages.count))
        #expect(records.dropFirst().map { Int($0[warcOffset]) } == crawl.pageRecords.map { crawl.offset(ofRecord: $0) })
    }

    @Test func truncatedWARCGzKeepsTheRecordsBeforeTheCut() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let crawl = try WARCCrawl()
        var members: [Data] = []
        for record in crawl.records { members.append(try ScanGzip.compress(Data(record))) }
        // Cut inside the member of the last page's record.
        let last = crawl.pageRecords[2]
        let cut = members.prefix(last).reduce(Data(), +) + members[last].prefix(members[last].count / 2)
        let file = dir.appendingPathComponent("cut.warc.gz").path
        try cut.write(to: URL(fileURLWithPath: file))
        let run = try CLIRun.run(["scan", file])
        #expect(run.status == 2)
        let rows = try ScanJSON.lines(run.stdout).map { try ScanJSON.object($0) }
        #expect(rows.count == 3)
        #expect(rows.prefix(2).allSatisfy { $0["error"] == nil })
        let error = try #require(rows.last?["error"] as? String)
        #expect(error.contains("truncated") || error.contains("ends in the middle"))
        #expect(run.stderr.hasSuffix("consentlens: 1 of 3 pages could not be read\n"))
        #expect(run.stderr.hasPrefix("consentlens: \(file)@"))
    }

    @Test func malformedRecordIsAnErrorRowAndTheScanResumes() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let crawl = try WARCCrawl()
        var bytes = Data(crawl.records.prefix(crawl.pageRecords[1]).joined())
        bytes += Data("this is not a WARC record\r\nnor is this\r\n\r\n".utf8)
        bytes += Data(crawl.records.dropFirst(crawl.pageRecords[1]).joined())
        let file = dir.appendingPathComponent("damaged.warc").path
        try bytes.write(to: URL(fileURLWithPath: file))
        let run = try CLIRun.run(["scan", file])
        #expect(run.status == 2)
        let rows = try ScanJSON.lines(run.stdout).map { try ScanJSON.object($0) }
        #expect(rows.count == 4)
        #expect((rows[1]["error"] as? String)?.hasPrefix("malformed WARC record at byte \(crawl.offset(ofRecord: crawl.pageRecords[1]))") == true)
        #expect(rows.compactMap { ($0["source"] as? [String: Any])?["path"] as? String }
            == [WARCCrawl.pages[0].uri, file, WARCCrawl.pages[1].uri, WARCCrawl.pages[2].uri])
    }

    @Test func aPageOnStandardInputIsNotAWARC() throws {
        let run = try CLIRun.run(["scan", "-"], stdin: Data("<html><body><p>We and our 5 partners</p></body></html>".utf8))
        #expect(run.status == 2)
        let row = try ScanJSON.object(run.stdout)
        #expect(row["error"] as? String == "not a WARC: it does not start with a `WARC/1.x` version line")
        #expect(run.stderr.hasPrefix("consentlens: -@0: not a WARC"))
    }

    @Test func missingWARCIsOneErrorRow() throws {
        let run = try CLIRun.run(["scan", "/nonexistent/crawl.warc.gz"])
        #expect(run.status == 2)
        #expect(run.stdout == "{\"error\":\"no such file\",\"schemaVersion\":1,\"source\":{\"path\":\"/nonexistent/crawl.warc.gz\"}}\n")
    }

    // MARK: - Parts

    @Test func httpResponseHead() throws {
        let text = "HTTP/1.1 200 OK\r\nContent-Type: Text/HTML; charset=utf-8\r\nContent-Encoding: gzip\r\nX-A: 1\r\nX-A: 2\r\n\r\n<html>"
        let head = try #require(HTTPResponseHead.parse(Array(text.utf8)))
        #expect(head.status == 200)
        #expect(head.contentType == "text/html")
        #expect(head.contentEncoding == "gzip")
        #expect(head.field("x-a") == "1, 2")
        #expect(head.length == text.utf8.count - "<html>".utf8.count)
        #expect(HTTPResponseHead.parse(Array("HTTP/1.0 404 Not Found\n\nbody".utf8))?.status == 404)
        #expect(HTTPResponseHead.parse(Array("<html>".utf8)) == nil)
        #expect(HTTPResponseHead.parse(Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n".utf8)) == nil)
    }

    @Test func chunkedBodies() throws {
        #expect(HTTPBodyDecoder.dechunk(Array("4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n".utf8)) == Array("Wikipedia".utf8))
        #expect(HTTPBodyDecoder.dechunk(Array("<html></html>".utf8)) == nil)
        #expect(HTTPBodyDecoder.dechunk(Array("ff\r\nshort".utf8)) == nil)
        // A crawler that removed the chunking but kept the header: the body is used as it is.
        let body = Array("<!doctype html><p>x</p>".utf8)
        #expect(try HTTPBodyDecoder.decode(body, chunked: true, contentEncoding: "gzip", limit: 1 << 20) == body)
        #expect(throws: HTTPBodyDecoder.Failure.unsupportedEncoding("br")) {
            try HTTPBodyDecoder.decode([0x0B, 0x00, 0x80, 0x00], chunked: false, contentEncoding: "br", limit: 1 << 20)
        }
    }

    @Test func warcReaderReadsFieldsAndSkipsBlocks() throws {
        let crawl = try WARCCrawl()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("consentlens-\(UUID().uuidString).warc.gz")
        try crawl.gzipped().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let fd = open(file.path, O_RDONLY)
        let reader = WARCReader(stream: ByteStream(fd: fd, ownsDescriptor: true))
        var types: [String] = []
        var offsets: [Int] = []
        while let header = try reader.next() {
            types.append(header.type)
            offsets.append(header.offset)
            if header.type == "warcinfo" { #expect(header.version == "WARC/1.0") }
        }
        #expect(types == ["warcinfo", "request", "response", "response", "response", "response", "metadata", "response", "revisit"])
        #expect(offsets == crawl.records.indices.map(crawl.offset(ofRecord:)))
        #expect(reader.isCompressed)
    }
}
