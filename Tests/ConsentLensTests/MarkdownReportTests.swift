import Foundation
import Testing
@testable import ConsentLens

/// The `report` command on the sample: every item, figure and score component is in the document.
@Suite struct MarkdownReportTests {
    static let sample = "Samples/thejournal-ie-drone-attack.txt"
    static let report: String = {
        let run = try! CLIRun.run(["report", sample])
        precondition(run.status == 0, run.stderr)
        return run.stdout
    }()
    var lines: [String] { Self.report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test(arguments: [
        ("Purpose", 1, "Store and/or access information on a device", 109, "yes"),
        ("Purpose", 2, "Use limited data to select advertising", 111, "yes"),
        ("Purpose", 3, "Create profiles for personalised advertising", 83, "yes"),
        ("Purpose", 4, "Use profiles to select personalised advertising", 83, "yes"),
        ("Purpose", 5, "Create profiles to personalise content", 38, "yes"),
        ("Purpose", 6, "Use profiles to select personalised content", 34, "yes"),
        ("Purpose", 7, "Measure advertising performance", 132, "yes"),
        ("Purpose", 8, "Measure content performance", 60, "yes"),
        ("Purpose", 9, "Understand audiences through statistics or combinations of data from different sources", 74, "yes"),
        ("Purpose", 10, "Develop and improve services", 83, "yes"),
        ("Purpose", 11, "Use limited data to select content", 38, "yes"),
        ("Special purpose", 1, "Ensure security, prevent and detect fraud, and fix errors", 90, "no (always active)"),
        ("Special purpose", 2, "Deliver and present advertising and content", 97, "no (always active)"),
        ("Special purpose", 3, "Save and communicate privacy choices", 68, "no (always active)"),
        ("Feature", 1, "Match and combine data from other data sources", 72, "no (always active)"),
        ("Feature", 2, "Link different devices", 53, "no (always active)"),
        ("Feature", 3, "Identify devices based on information transmitted automatically", 86, "no (always active)"),
        ("Special feature", 1, "Use precise geolocation data", 46, "yes"),
        ("Special feature", 2, "Actively scan device characteristics for identification", 27, "yes"),
    ])
    func everyItemWithItsCount(kind: String, id: Int, name: String, partners: Int, refusable: String) {
        let escapedName = MarkdownEscaping.escape(name)
        #expect(lines.contains("| \(kind) | \(id) | \(escapedName) | \(partners) | \(refusable) | not shown |"))
    }

    @Test func summary() {
        #expect(lines.first == "# Consent notice report: Samples/thejournal-ie-drone-attack.txt")
        #expect(lines.contains("| File | Samples/thejournal-ie-drone-attack.txt (text, 19840 bytes) |"))
        #expect(lines.contains("| Platform | OneTrust (from wording only) |"))
        #expect(lines.contains("| Partners | 157 |"))
        #expect(lines.contains("| Privacy-impact score | **51 / 100, grade D** |"))
        #expect(lines.contains { $0.hasPrefix("1. **High** (11 points): The notice names 157 partners") })
        #expect(lines.contains { $0.hasPrefix("2. **High** (11 points): Up to 83 partners may build or use profiles") })
        #expect(lines.contains { $0.hasPrefix("3. **High** (5 points): Special feature 1, precise geolocation: 46 partners") })
    }

    @Test func stackCategoriesAndControls() {
        #expect(lines.contains("| 42 | Personalised advertising and content, advertising and content measurement, audience research and services development | 141 | 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 | – |"))
        #expect(lines.contains("| Necessary Cookies | necessary | yes |"))
        #expect(lines.contains("| Targeting Cookies | marketing | no |"))
        #expect(lines.contains("| Functional Cookies | preferences | no |"))
        #expect(lines.contains("| Performance Cookies | statistics | no |"))
        // The judged first layer, then the banner and the preference centre.
        #expect(lines.contains("| Control | First layer (judged) | Banner | Preference centre |"))
        #expect(lines.contains("| Reject all | unknown | unknown | unknown |"))
        #expect(lines.contains("| Accept all | yes | yes | unknown |"))
    }

    @Test func scoreComponents() {
        for row in ["| Scale | 16 | 20 | 0 |", "| Profiling | 11 | 15 | 0 |", "| Special features | 9 | 14 | 0 |",
                    "| What cannot be refused | 10 | 20 | 0 |", "| Legitimate interest | 5 | 15 | 0 |", "| Controls | 0 | 16 | 16 |",
                    "| Consistency | 0 | 0 | 0 |", "| **Total** | **51** | **100** | **16** |"] {
            #expect(lines.contains(row), "missing \(row)")
        }
        #expect(Self.report.contains("| Info | unknown (12 at stake) | Unknown: the saved page does not show which words were buttons"))
    }

    @Test func chart() {
        #expect(lines.contains("```mermaid"))
        #expect(lines.contains("xychart-beta"))
        #expect(lines.contains("    bar [109, 111, 83, 83, 38, 34, 132, 60, 74, 83, 38, 90, 97, 68, 72, 53, 86, 46, 27]"))
        #expect(lines.contains("    y-axis \"Partners\" 0 --> 160"))
    }

    @Test func methodUsesLimitations() {
        #expect(lines.contains("## Method"))
        #expect(Self.report.contains("- A text dump does not show which words were buttons"))
    }

    @Test func deterministicAndRelative() throws {
        let again = try CLIRun.run(["report", Self.sample])
        #expect(again.stdout == Self.report)
        #expect(!Self.report.contains(TestPaths.repositoryRoot.path))
    }

    @Test func outputOption() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.md")
        let run = try CLIRun.run(["report", Self.sample, "--output", file.path])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.report)
    }

    @Test func unreadableInputIsOneLineAndExit1() throws {
        let run = try CLIRun.run(["report", "does-not-exist/page.html"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let errors = run.stderr.split(separator: "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.contains("does-not-exist/page.html") == true)
    }

    @Test func pageWithoutNoticeStillGetsAReport() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("boats.html")
        try Data("<html><body><p>Just an article about boats.</p></body></html>".utf8).write(to: file)
        let run = try CLIRun.run(["report", file.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("| Notice | not found in this file |"))
        #expect(run.stdout.contains("## Method"))
    }
}
