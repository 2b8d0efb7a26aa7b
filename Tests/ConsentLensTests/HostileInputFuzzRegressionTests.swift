import Foundation
import Testing
@testable import ConsentLens
@testable import ConsentParse
@testable import ConsentScan

/// Replays every input the fuzz targets (`Scripts/fuzz`) ever reported, kept in Fuzz/Regressions/
/// as `TARGET-…`: each is fed to its target's `FuzzHarness` function, as the target fed it, and
/// must now analyse (or fail with a clean error) and render, or inflate under the limit, in
/// reasonable time.
@Suite struct HostileInputFuzzRegressionTests {
    static var regressions: [URL] {
        let dir = TestPaths.repositoryRoot.appendingPathComponent("Fuzz/Regressions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasPrefix("fuzz-") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// The target an artifact came from: its name's prefix (`fuzz-warc-crash-…` → `fuzz-warc`).
    static func target(of file: URL) -> String? {
        FuzzHarness.targets.keys.filter { file.lastPathComponent.hasPrefix($0 + "-") }.max { $0.count < $1.count }
    }

    @Test func regressionFilesArePresent() {
        #expect(Self.regressions.count >= 3)
        #expect(Set(FuzzHarness.targets.keys) == ["fuzz-analyse", "fuzz-gzip", "fuzz-warc", "fuzz-mhtml", "fuzz-compare", "fuzz-tcstring"])
    }

    @Test(arguments: regressions)
    func replay(_ file: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: file))
        let name = file.lastPathComponent
        let target = try #require(Self.target(of: file), "\(name) names no fuzz target")
        let run = try #require(FuzzHarness.targets[target])
        var outcomes: [FuzzHarness.Outcome] = []
        let elapsed = ContinuousClock().measure {
            outcomes.append(run(bytes))
            // A page is also read under every other name, whichever its first byte picked.
            if target == "fuzz-analyse" {
                for path in FuzzHarness.pageNames { outcomes.append(FuzzHarness.analyse(bytes, path: path)) }
            }
        }
        #expect(outcomes.allSatisfy { $0.unrenderable == 0 }, "\(name): \(outcomes)")
        #expect(elapsed < .seconds(30), "\(name): \(elapsed)")
    }

    // MARK: - The harness reaches what each target is for

    @Test func warcTargetReadsEveryPageRecordPlainAndAsGzipMembers() throws {
        let crawl = try WARCCrawl()
        let plain = [UInt8](crawl.plain)
        // Plain, then as stored gzip members: the three page records analysed each time.
        #expect(FuzzHarness.warc(plain) == FuzzHarness.Outcome(analysed: 6, refused: 0, unrenderable: 0))
        let rows = Scanner.rows(ofWARC: plain, name: "crawl.warc")
        #expect(rows.map(\.path) == WARCCrawl.pages.map(\.uri))
        #expect(rows.allSatisfy { $0.warc?.file == "crawl.warc" })
        // A real WARC.gz as it is; wrapped once more in gzip it is no WARC: one error row.
        let gzipped = [UInt8](try crawl.gzipped())
        #expect(FuzzHarness.warc(gzipped) == FuzzHarness.Outcome(analysed: 3, refused: 1, unrenderable: 0))
    }

    @Test func storedGzipMembersInflateToTheInputOneMemberPerRecord() throws {
        let crawl = try WARCCrawl()
        let plain = [UInt8](crawl.plain)
        let members = StoredGzip.members(of: plain)
        #expect(try GzipInflater.decompress(members, limit: 1 << 24) == plain)
        var count = 0
        var i = 0
        while i + 3 < members.count {
            if members[i] == 0x1F, members[i + 1] == 0x8B, members[i + 2] == 0x08, members[i + 9] == 0xFF { count += 1 }
            i += 1
        }
        #expect(count == crawl.records.count)
        #expect(StoredGzip.crc32(Array("123456789".utf8)[...]) == 0xCBF4_3926)
        #expect(try GzipInflater.decompress(StoredGzip.member([UInt8](repeating: 0x61, count: 200_000)[...]), limit: 1 << 20).count == 200_000)
    }

    @Test func mhtmlTargetReadsArchivesAndGivesOtherInputsAnEnvelope() throws {
        let archive = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("mhtml/onetrust-tcf.mhtml"))))
        #expect(FuzzHarness.mhtml(archive) == FuzzHarness.Outcome(analysed: 1, refused: 0, unrenderable: 0))
        let part = Array("------MultipartBoundary--fuzz\r\nContent-Type: text/html\r\n\r\n<p>We use cookies.</p>\r\n------MultipartBoundary--fuzz--\r\n".utf8)
        #expect(!MHTMLReader.looksLikeMHTML(part))
        #expect(FuzzHarness.mhtml(part) == FuzzHarness.Outcome(analysed: 1, refused: 0, unrenderable: 0))
        #expect(try PageLoader.load(bytes: FuzzHarness.mhtmlEnvelope + part, path: "saved.mhtml").archive?.htmlParts == 1)
    }

    @Test func compareTargetCutsWhereTheHeadSays() throws {
        let a = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("onetrust-tcf-dom-snapshot.html"))))
        let b = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestPaths.sample("thejournal-ie-drone-attack.txt"))))
        #expect(a.count < 65_536)
        let input = [0, UInt8(a.count & 0xFF), UInt8(a.count >> 8)] + a + b
        #expect(FuzzHarness.compare(input) == FuzzHarness.Outcome(analysed: 2, refused: 0, unrenderable: 0))
        // Cut at 0: the first half is empty and refused; nothing to compare.
        #expect(FuzzHarness.compare([0, 0, 0] + a) == FuzzHarness.Outcome(analysed: 1, refused: 1, unrenderable: 0))
        #expect(FuzzHarness.compare([1, 2]) == FuzzHarness.Outcome())
    }

    /// The self-closing script regression: the notice after `<script src="a"/>` is read.
    @Test func selfClosingScriptKeepsWhatFollows() throws {
        let file = TestPaths.repositoryRoot.appendingPathComponent("Fuzz/Regressions/fuzz-analyse-issue10-self-closing-script")
        let analysis = try ConsentAnalyzer.analyse(bytes: [UInt8](Data(contentsOf: file)), path: "page.html")
        #expect(analysis.notice?.platform == "onetrust")
        #expect(analysis.notice?.totalPartners == 157)
    }
}
