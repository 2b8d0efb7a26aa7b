import Foundation
import Testing

/// The `analyse` command as a user runs it: output formats, exit statuses, error lines.
@Suite(.serialized) struct AnalyseCommandTests {
    @Test func jsonOfTheSample() throws {
        let run = try CLIRun.run(["analyse", "--format", "json", "Samples/thejournal-ie-drone-attack.txt"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let notice = try #require(object["notice"] as? [String: Any])
        #expect(notice["totalPartners"] as? Int == 157)
        #expect((notice["purposes"] as? [Any])?.count == 19)
        let controls = try #require(notice["controls"] as? [String: Any])
        #expect(controls["rejectAll"] is NSNull)
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["path"] as? String == "Samples/thejournal-ie-drone-attack.txt")
    }

    @Test func textSummaryListsWhatCannotBeRefused() throws {
        let run = try CLIRun.run(["analyze", "Samples/thejournal-ie-drone-attack.txt"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("157 partners"))
        #expect(run.stdout.contains("Cannot be refused (7):"))
        #expect(run.stdout.contains("Deliver and present advertising and content — 97 partners"))
    }

    @Test func badPagesAreReportedAndOthersStillAnalysed() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.html")
        try Data().write(to: empty)
        let run = try CLIRun.run(["analyse", "--format", "json", empty.path, "/nonexistent/page.html", "Samples/thejournal-ie-drone-attack.txt"])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines == ["consentlens: \(empty.path): file is empty", "consentlens: /nonexistent/page.html: no such file"])
        // One element per page, in argument order: the failed ones as error objects.
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 3)
        #expect(array[0]["error"] as? String == "file is empty")
        #expect((array[0]["source"] as? [String: Any])?["path"] as? String == empty.path)
        #expect(array[1]["error"] as? String == "no such file")
        #expect(array[2]["error"] == nil)
        #expect((array[2]["notice"] as? [String: Any])?["totalPartners"] as? Int == 157)
    }

    @Test func aFailedPageKeepsItsPlaceInTheJSONArray() throws {
        let run = try CLIRun.run(["analyse", "--format", "json", "Samples/thejournal-ie-drone-attack.txt", "MISSING"])
        #expect(run.status == 1)
        #expect(run.stderr == "consentlens: MISSING: no such file\n")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [Any])
        #expect(array.count == 2)
        let good = try #require(array[0] as? [String: Any])
        #expect((good["source"] as? [String: Any])?["path"] as? String == "Samples/thejournal-ie-drone-attack.txt")
        // The error object, exactly as `scan` writes an error row.
        let failed = String(decoding: try JSONSerialization.data(withJSONObject: array[1], options: [.sortedKeys]), as: UTF8.self)
        #expect(failed == #"{"error":"no such file","schemaVersion":1,"source":{"path":"MISSING"}}"#)
        // A single page that fails is that object alone.
        let single = try CLIRun.run(["analyse", "--format", "json", "MISSING"])
        #expect(single.status == 1)
        #expect(single.stdout == "{\n  \"error\" : \"no such file\",\n  \"schemaVersion\" : 1,\n  \"source\" : {\n    \"path\" : \"MISSING\"\n  }\n}\n")
    }

    @Test func directoryAndBinaryInputs() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("image.html")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]).write(to: binary)
        let run = try CLIRun.run(["analyse", dir.path, binary.path])
        #expect(run.status == 1)
        #expect(run.stderr == "consentlens: \(dir.path): is a directory, not a page or a capture folder (it has no capture.json); to analyse the pages in it, run: consentlens scan \(dir.path)\nconsentlens: \(binary.path): binary data, not an HTML or text page\n")
        // The same for report, which reads pages the same way.
        #expect(try CLIRun.run(["report", dir.path]).stderr.hasSuffix("; to analyse the pages in it, run: consentlens scan \(dir.path)\n"))
    }

    @Test func standardInput() throws {
        let page = "<html><body><div id=\"onetrust-banner-sdk\"><p>We and our 31 partners store and/or access information on a device.</p><button>Accept All</button></div></body></html>"
        let run = try CLIRun.run(["analyse", "--format", "json", "-"], stdin: Data(page.utf8))
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"totalPartners\" : 31"))
        #expect(run.stdout.contains("\"path\" : \"-\""))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CLIRun.run(["analyse"]).status == 64)
        #expect(try CLIRun.run(["analyse", "--format", "xml", "Samples/thejournal-ie-drone-attack.txt"]).status == 64)
    }

    @Test func outputFile() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.json")
        let run = try CLIRun.run(["analyse", "--format", "json", "--output", out.path, "Samples/thejournal-ie-drone-attack.txt"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written.contains("\"totalPartners\" : 157"))
    }
}
