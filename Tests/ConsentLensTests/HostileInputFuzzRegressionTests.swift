import Foundation
import Testing
@testable import ConsentLens
@testable import ConsentParse

/// Replays every input the fuzz targets (`Scripts/fuzz`) ever reported, kept in Fuzz/Regressions/
/// as `TARGET-…`: each must now analyse (or fail with a clean error) and render, or inflate under
/// the limit, in reasonable time.
@Suite struct HostileInputFuzzRegressionTests {
    static var regressions: [URL] {
        let dir = TestPaths.repositoryRoot.appendingPathComponent("Fuzz/Regressions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasPrefix("fuzz-") }.sorted().map { dir.appendingPathComponent($0) }
    }

    @Test func regressionFilesArePresent() {
        #expect(Self.regressions.count >= 3)
    }

    @Test(arguments: regressions)
    func replay(_ file: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: file))
        let name = file.lastPathComponent
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            if name.hasPrefix("fuzz-gzip-") {
                if let out = try? GzipInflater.decompress(bytes, limit: 4 << 20) { #expect(out.count <= 4 << 20) }
            } else {
                for path in ["page.html", "page.txt", "page.md", "page.yml"] {
                    guard let analysis = try? ConsentAnalyzer.analyse(bytes: bytes, path: path) else { continue }
                    #expect((try? JSONRendering.render(analysis)) != nil)
                    _ = TerminalRendering.render(analysis)
                    _ = MarkdownReport.render(analysis)
                }
            }
        }
        #expect(elapsed < .seconds(30), "\(name): \(elapsed)")
    }

    /// The self-closing script regression: the notice after `<script src="a"/>` is read.
    @Test func selfClosingScriptKeepsWhatFollows() throws {
        let file = TestPaths.repositoryRoot.appendingPathComponent("Fuzz/Regressions/fuzz-analyse-issue10-self-closing-script")
        let analysis = try ConsentAnalyzer.analyse(bytes: [UInt8](Data(contentsOf: file)), path: "page.html")
        #expect(analysis.notice?.platform == "onetrust")
        #expect(analysis.notice?.totalPartners == 157)
    }
}
