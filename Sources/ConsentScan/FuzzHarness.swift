import ConsentLens
import ConsentParse

/// What each fuzz target of `Fuzz/` does with one input, here in the library so that
/// `HostileInputFuzzRegressionTests` replays a saved artifact exactly as its target ran it. A
/// clean error (a page refused, a damaged WARC as an error row) is a normal outcome; a trap, a
/// sanitizer report, a timeout or running out of memory is a finding.
public enum FuzzHarness {
    /// What one input came to, for the replay test's checks.
    public struct Outcome: Sendable, Equatable {
        /// Pages analysed (and then rendered).
        public var analysed = 0
        /// Pages refused with a clean error (an error row, a `PageLoadError`).
        public var refused = 0
        /// Analyses whose JSON could not be written: never expected.
        public var unrenderable = 0
    }

    /// The targets by name (`fuzz-analyse` …), as `Scripts/fuzz` and the artifacts name them.
    public static let targets: [String: @Sendable ([UInt8]) -> Outcome] = [
        "fuzz-analyse": analyse, "fuzz-gzip": gzip, "fuzz-warc": warc, "fuzz-mhtml": mhtml, "fuzz-compare": compare,
        "fuzz-tcstring": tcString,
    ]

    /// The page names `fuzz-analyse` picks from by the input's first byte: each selects a reader
    /// through the extension hint.
    public static let pageNames = ["page.html", "page.txt", "page.md", "page.yml"]

    // MARK: - fuzz-analyse

    /// The input as a page (its first byte picks the name), analysed and rendered every way a user
    /// sees it.
    public static func analyse(_ bytes: [UInt8]) -> Outcome {
        analyse(bytes, path: pageNames[Int(bytes.first ?? 0) % pageNames.count])
    }

    /// One page analysed under `path`, then rendered as JSON, terminal text and the Markdown report.
    public static func analyse(_ bytes: [UInt8], path: String) -> Outcome {
        var outcome = Outcome()
        guard let analysis = try? ConsentAnalyzer.analyse(bytes: bytes, path: path) else {
            outcome.refused = 1
            return outcome
        }
        outcome.add(analysis)
        return outcome
    }

    // MARK: - fuzz-gzip

    /// The gzip inflater under a 4 MiB limit: the input inflated whole, and again fed to a
    /// streaming inflater in pieces whose sizes come from the input, the output counted against
    /// the same limit.
    public static func gzip(_ bytes: [UInt8]) -> Outcome {
        let limit = 4 << 20
        var outcome = Outcome()
        if let whole = try? GzipInflater.decompress(bytes, limit: limit) {
            precondition(whole.count <= limit)
            outcome.analysed += 1
        } else {
            outcome.refused += 1
        }
        guard let inflater = try? GzipInflater() else { return outcome }
        var produced = 0
        var rest = bytes[...]
        var step = max(1, Int(bytes.last ?? 7))
        do {
            while !rest.isEmpty {
                let piece = Array(rest.prefix(step))
                rest = rest.dropFirst(piece.count)
                step = step % 251 + 1
                try inflater.inflate(piece) { chunk in
                    produced += chunk.count
                    if produced > limit { throw PageLoadError.tooLarge(produced) }
                }
            }
            try inflater.finish()
        } catch {}
        precondition(produced <= limit + (1 << 16))
        return outcome
    }

    // MARK: - fuzz-warc

    /// The input as a WARC (as it is, so a gzip input is a WARC.gz) and again as a WARC.gz with a
    /// gzip member per record, read by the scan's WARC reader in memory; every record's row is
    /// analysed as a scan does and written as a JSON line, a CSV row and into a scan summary.
    public static func warc(_ bytes: [UInt8]) -> Outcome {
        var outcome = Outcome()
        for crawl in [bytes, StoredGzip.members(of: bytes)] {
            var summary = ScanSummary()
            for row in Scanner.rows(ofWARC: crawl, name: "fuzz.warc") {
                if let analysis = row.analysis { outcome.add(analysis) } else { outcome.refused += 1 }
                if (try? row.jsonLine()) == nil { outcome.unrenderable += 1 }
                _ = CSVFormat.line(CSVFormat.cells(of: row))
                summary.add(row)
            }
            _ = summary.markdown()
        }
        return outcome
    }

    // MARK: - fuzz-mhtml

    /// MIME headers put before an input that does not open with its own, so that every input
    /// reaches the MHTML reader's parts.
    static let mhtmlEnvelope = Array("MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"----MultipartBoundary--fuzz\"\r\n\r\n".utf8)

    /// The input as an MHTML archive (given MIME headers when it has none), analysed and rendered.
    public static func mhtml(_ bytes: [UInt8]) -> Outcome {
        let archive = MHTMLReader.looksLikeMHTML(bytes) ? bytes : mhtmlEnvelope + bytes
        return analyse(archive, path: "saved.mhtml")
    }

    // MARK: - fuzz-compare

    /// The input's first byte picks both pages' names, the next two (little-endian) where the rest
    /// is cut in two; both halves are analysed, compared, and the comparison written in every
    /// format `compare` offers (Markdown and JSON).
    public static func compare(_ bytes: [UInt8]) -> Outcome {
        var outcome = Outcome()
        guard bytes.count >= 3 else { return outcome }
        let rest = bytes[3...]
        let cut = rest.startIndex + (Int(bytes[1]) | Int(bytes[2]) << 8) % (rest.count + 1)
        let names = (pageNames[Int(bytes[0]) % pageNames.count], pageNames[Int(bytes[0] >> 2) % pageNames.count])
        var analyses: [PageAnalysis] = []
        for (half, name) in [(Array(rest[..<cut]), "a/" + names.0), (Array(rest[cut...]), "b/" + names.1)] {
            if let analysis = try? ConsentAnalyzer.analyse(bytes: half, path: name) {
                outcome.add(analysis)
                analyses.append(analysis)
            } else {
                outcome.refused += 1
            }
        }
        guard analyses.count == 2 else { return outcome }
        let comparison = PolicyComparer.compare(analyses[0], analyses[1])
        _ = ComparisonMarkdown.render(comparison)
        if (try? JSONRendering.render(comparison)) == nil { outcome.unrenderable += 1 }
        return outcome
    }
}

extension FuzzHarness {
    // MARK: - fuzz-tcstring

    /// The input as a TC string (as UTF-8, so invalid bytes become U+FFFD): decoded, and when it
    /// decodes, written as JSON and as the text `consentlens tcstring` prints. A refusal must be
    /// one line.
    public static func tcString(_ bytes: [UInt8]) -> Outcome {
        var outcome = Outcome()
        do {
            let decoded = try TCStringDecoder.decode(String(decoding: bytes, as: UTF8.self))
            outcome.analysed = 1
            precondition(decoded.vendorConsents.ranges.count <= max(bytes.count, 1) * 6)
            if (try? JSONRendering.render(decoded)) == nil { outcome.unrenderable += 1 }
            _ = decoded.summaryLines
        } catch {
            precondition(!error.description.contains("\n"))
            outcome.refused = 1
        }
        return outcome
    }
}

extension FuzzHarness.Outcome {
    /// Counts an analysis and renders it as JSON, terminal text and the Markdown report.
    mutating func add(_ analysis: PageAnalysis) {
        analysed += 1
        if (try? JSONRendering.render(analysis)) == nil { unrenderable += 1 }
        _ = TerminalRendering.render(analysis)
        _ = MarkdownReport.render(analysis)
    }
}

/// gzip without compression (deflate's stored blocks), so that the WARC.gz path is fuzzed on the
/// input's own bytes: one member per WARC record, as crawlers write them.
enum StoredGzip {
    /// A gzip member per record: the input cut before every line that starts with `WARC/`.
    static func members(of bytes: [UInt8]) -> [UInt8] {
        var starts = [0]
        let marker = Array("WARC/".utf8)
        var i = 1
        while i + marker.count <= bytes.count {
            if bytes[i - 1] == 0x0A, bytes[i] == 0x57, bytes[i..<(i + marker.count)].elementsEqual(marker) { starts.append(i) }
            i += 1
        }
        var out: [UInt8] = []
        for (n, start) in starts.enumerated() {
            out += member(bytes[start..<(n + 1 < starts.count ? starts[n + 1] : bytes.count)])
        }
        return out
    }

    /// One gzip member holding `data` in stored blocks of at most 65,535 bytes.
    static func member(_ data: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        var rest = data
        repeat {
            let block = rest.prefix(65_535)
            rest = rest.dropFirst(block.count)
            let length = UInt16(block.count)
            out.append(rest.isEmpty ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out += block
        } while !rest.isEmpty
        let crc = crc32(data)
        let size = UInt32(truncatingIfNeeded: data.count)
        for value in [crc, size] { out += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)] }
        return out
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in data { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
