import Foundation
import Testing

/// Outputs never destroy inputs, are checked before any page is read, and fail in one wording;
/// standard input has one name. All through the built binary.
@Suite(.serialized) struct CLIOutputSafetyTests {
    static let sample = "Samples/thejournal-ie-drone-attack.txt"

    static func digest(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// A folder holding a copy of the sample as `P.txt`, a hard link to it and a symbolic link.
    struct Pages {
        let dir: URL
        var page: String { dir.appendingPathComponent("P.txt").path }
        var hardLink: String { dir.appendingPathComponent("hard.txt").path }
        var symbolicLink: String { dir.appendingPathComponent("soft.txt").path }

        init() throws {
            dir = try TestPaths.temporaryDirectory()
            try FileManager.default.copyItem(atPath: TestPaths.sample("thejournal-ie-drone-attack.txt"), toPath: dir.appendingPathComponent("P.txt").path)
            try FileManager.default.linkItem(atPath: dir.appendingPathComponent("P.txt").path, toPath: dir.appendingPathComponent("hard.txt").path)
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("soft.txt").path, withDestinationPath: "P.txt")
        }

        func remove() { try? FileManager.default.removeItem(at: dir) }
    }

    // MARK: - An output that is an input (item 7)

    @Test func everyCommandRefusesToWriteOverAnInput() throws {
        let pages = try Pages()
        defer { pages.remove() }
        let before = try Self.digest(pages.page)
        let refused = "refusing to write the output over it"
        let cases: [([String], String)] = [
            (["analyse", pages.page, "-o", pages.page], "consentlens: \(pages.page): is an input; \(refused)\n"),
            (["analyse", "--format", "json", Self.sample, pages.page, "--output", pages.hardLink],
             "consentlens: \(pages.hardLink): is the same file as the input \(pages.page); \(refused)\n"),
            (["report", pages.page, "-o", pages.symbolicLink], "consentlens: \(pages.symbolicLink): is the same file as the input \(pages.page); \(refused)\n"),
            (["compare", Self.sample, pages.hardLink, "-o", pages.page], "consentlens: \(pages.page): is the same file as the input \(pages.hardLink); \(refused)\n"),
            (["scan", pages.page, "-o", pages.page], "consentlens: \(pages.page): is an input; \(refused)\n"),
            (["scan", "--format", "csv", Self.sample, "--files-from", pages.page, "-o", pages.hardLink],
             "consentlens: \(pages.hardLink): is the same file as the input \(pages.page); \(refused)\n"),
            (["scan", pages.page, "-o", "/dev/null", "--summary", pages.page], "consentlens: \(pages.page): is an input; \(refused)\n"),
        ]
        for (arguments, message) in cases {
            let run = try CLIRun.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stdout.isEmpty, "\(arguments)")
            #expect(run.stderr == message, "\(arguments)")
            #expect(try Self.digest(pages.page) == before, "\(arguments)")
        }
    }

    @Test func aFolderScanRefusesAnOutputAmongItsPages() throws {
        let pages = try Pages()
        defer { pages.remove() }
        let before = try Self.digest(pages.page)
        let run = try CLIRun.run(["scan", pages.dir.path, "-o", pages.page])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "consentlens: 3 pages found, 0 files skipped (by extension)\n"
            + "consentlens: \(pages.page): is an input; refusing to write the output over it\n")
        #expect(try Self.digest(pages.page) == before)
    }

    @Test func outputAndSummaryMustDiffer() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.md").path
        let run = try CLIRun.run(["scan", Self.sample, "-o", out, "--summary", out])
        #expect(run.status == 64)
        #expect(run.stderr == "consentlens: \(out): is both --output and --summary; give two different files\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aDifferentFileWithTheSameContentIsNotAnInput() throws {
        let pages = try Pages()
        defer { pages.remove() }
        let copy = pages.dir.appendingPathComponent("copy.txt").path
        try FileManager.default.copyItem(atPath: pages.page, toPath: copy)
        let run = try CLIRun.run(["analyse", pages.page, "-o", copy])
        #expect(run.status == 0)
        #expect(try String(contentsOfFile: copy, encoding: .utf8).contains("157 partners"))
    }

    // MARK: - Outputs checked before the first page (item 9) and one wording (item 10)

    @Test func scanChecksEveryOutputBeforeReadingAPage() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = dir.appendingPathComponent("rows.jsonl").path
        for summary in ["/proc/x.md", "/nonexistent-dir/summary.md"] {
            let run = try CLIRun.run(["scan", Self.sample, "-o", rows, "--summary", summary])
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "consentlens: \(summary): cannot write: No such file or directory\n")
            // The rows output was not even created: nothing was read.
            #expect(!FileManager.default.fileExists(atPath: rows))
        }
        let toStandardOutput = try CLIRun.run(["scan", "Samples", "--summary", dir.path])
        #expect(toStandardOutput.status == 1)
        #expect(toStandardOutput.stdout.isEmpty)
        #expect(toStandardOutput.stderr == "consentlens: \(dir.path): cannot write: Is a directory\n")
    }

    @Test func outputErrorsReadTheSameInEveryCommandAndFormat() throws {
        let missing = "/nonexistent-dir/out"
        let reason = "cannot write: No such file or directory"
        let cases: [[String]] = [
            ["analyse", Self.sample, "-o", missing],
            ["analyse", "--format", "json", Self.sample, "-o", missing],
            ["report", Self.sample, "-o", missing],
            ["compare", Self.sample, "Samples/example-courier-onetrust-handwritten.html", "--output", missing],
            ["scan", Self.sample, "-o", missing],
            ["scan", "--format", "csv", Self.sample, "-o", missing],
            ["scan", "--format", "sqlite", Self.sample, "-o", missing],
            ["scan", Self.sample, "--summary", missing],
        ]
        for arguments in cases {
            let run = try CLIRun.run(arguments)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stdout.isEmpty, "\(arguments)")
            #expect(run.stderr == "consentlens: \(missing): \(reason)\n", "\(arguments)")
        }
        let folder = try CLIRun.run(["analyse", Self.sample, "-o", "/"])
        #expect(folder.status == 1)
        #expect(folder.stderr == "consentlens: /: cannot write: Is a directory\n")
        let sqliteFolder = try CLIRun.run(["scan", "--format", "sqlite", Self.sample, "-o", "/tmp"])
        #expect(sqliteFolder.stderr == "consentlens: /tmp: cannot write: Is a directory\n")
    }

    // MARK: - Standard input has one name (item 15)

    @Test func standardInputIsCalledDashEverywhere() throws {
        let empty = try CLIRun.run(["analyse", "--format", "json", "-"], stdin: Data())
        #expect(empty.status == 1)
        #expect(empty.stderr == "consentlens: -: file is empty\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [String: Any])
        #expect((object["source"] as? [String: Any])?["path"] as? String == "-")
        #expect(object["error"] as? String == "file is empty")

        let report = try CLIRun.run(["report", "-"], stdin: Data())
        #expect(report.stderr == "consentlens: -: file is empty\n")

        let scan = try CLIRun.run(["scan", "-"], stdin: Data("<html><body>not a crawl</body></html>".utf8))
        #expect(scan.status == 2)
        #expect(scan.stderr.hasPrefix("consentlens: -@0: "))
        let row = try #require(try JSONSerialization.jsonObject(with: Data(scan.stdout.utf8)) as? [String: Any])
        #expect((row["warc"] as? [String: Any])?["file"] as? String == "-")
    }
}
