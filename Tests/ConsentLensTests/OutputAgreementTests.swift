import Foundation
import Testing
@testable import ConsentLens

/// Every output states the same facts: for each corpus page (and the samples), the terminal
/// summary, the JSON and the Markdown report agree on every control, every TCF item's
/// refusability, the legitimate-interest answer and every finding's status. Each output is
/// parsed back from its text, so a renderer that re-derives a fact on its own is caught.
@Suite struct OutputAgreementTests {
    static let corpus = TestPaths.corpus

    static func pages() throws -> [String] {
        var out = [TestPaths.sample("thejournal-ie-drone-attack.txt")]
        if let corpus {
            let root = corpus.appendingPathComponent("pages")
            out += try FileManager.default.subpathsOfDirectory(atPath: root.path)
                .filter { $0.contains("/") && $0.contains(".") }
                .sorted().map { root.appendingPathComponent($0).path }
        }
        return out
    }

    /// The cells of a Markdown table row, unescaped enough to compare our own words.
    static func cells(_ row: Substring) -> [String] {
        row.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The rows of the first table after `heading` (without its header and rule).
    static func table(after heading: String, in report: String) -> [[String]] {
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == heading }) else { return [] }
        var rows: [[String]] = []
        var seenHeader = false
        for line in lines[(start + 1)...] {
            if line.hasPrefix("## ") { break }
            guard line.hasPrefix("|") else { if seenHeader { break } else { continue } }
            if !seenHeader { seenHeader = true; continue }
            if line.hasPrefix("|---") || line.hasPrefix("| ---") || line.allSatisfy({ "|-: ".contains($0) }) { continue }
            rows.append(cells(line))
        }
        return rows
    }

    static func word(_ value: Bool?) -> String {
        value.map { $0 ? "yes" : "no" } ?? "unknown"
    }

    @Test func summaryJSONAndReportAgree() throws {
        let pages = try Self.pages()
        var checkedNotices = 0
        for path in pages {
            let analysis = try ConsentAnalyzer.analyse(path: path)
            let name = URL(fileURLWithPath: path).lastPathComponent
            let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONRendering.render(analysis).utf8)) as? [String: Any])
            let summary = TerminalRendering.render(analysis)
            let report = MarkdownReport.render(analysis)
            guard let notice = json["notice"] as? [String: Any] else {
                #expect(summary.contains("Notice: not found in this file"), "\(name)")
                #expect(report.contains("| Notice | not found in this file |"), "\(name)")
                continue
            }
            checkedNotices += 1

            // Controls, as JSON values, the summary's line and the report's judged column.
            let controls = try #require(notice["controls"] as? [String: Any])
            let keys = ["acceptAll", "rejectAll", "manageChoices", "saveChoices"]
            let values = keys.map { Self.word(controls[$0] as? Bool) }
            let controlLine = try #require(summary.split(separator: "\n").first { $0.hasPrefix("Controls") }, "\(name)")
            let fromSummary = ["accept all ", "reject all ", "manage ", "save "].map { label -> String in
                guard let range = controlLine.range(of: label) else { return "?" }
                return String(controlLine[range.upperBound...].prefix { $0 != " " })
            }
            #expect(fromSummary == values, "\(name): summary \(fromSummary), JSON \(values)")
            let controlRows = Self.table(after: "## Controls", in: report)
            #expect(controlRows.map { $0.count > 1 ? $0[1] : "?" } == values, "\(name): report controls")

            // Each TCF item's refusability, in the same order in all three.
            let purposes = try #require(notice["purposes"] as? [[String: Any]])
            let refusable = purposes.map { Refusability(rawValue: $0["refusability"] as? String ?? "")?.words ?? "?" }
            if !purposes.isEmpty {
                let header = try #require(summary.split(separator: "\n").firstIndex { $0.hasPrefix("Kind") && $0.contains("Refusable") }, "\(name)")
                let rows = summary.split(separator: "\n")[(header + 1)...].prefix(purposes.count)
                let fromSummary = rows.map { row in refusable.first { row.hasSuffix($0) } ?? Refusability.allWords.first { row.hasSuffix($0) } ?? "?" }
                #expect(fromSummary == refusable, "\(name): summary refusability")
                let itemRows = Self.table(after: "## Purposes, special purposes, features and special features", in: report)
                let column = itemRows.map { row in row.first { Refusability.allWords.contains($0) } ?? "?" }
                #expect(column == refusable, "\(name): report refusability")
            }

            // Legitimate interest.
            let claimed = notice["legitimateInterestClaimed"] as? Bool
            let reportClaim = Self.table(after: "## Summary", in: report).first { $0.first == "Legitimate interest" }?.last
            #expect(reportClaim == (claimed.map { $0 ? "claimed" : "not claimed" } ?? "not stated"), "\(name): report legitimate interest")
            let summaryFacts = summary.split(separator: "\n").first { $0.hasPrefix("Notice:") } ?? ""
            #expect(summaryFacts.contains("legitimate interest claimed") == (claimed == true), "\(name)")
            #expect(summaryFacts.contains("no legitimate-interest claim") == (claimed == false), "\(name)")

            // Every finding's status: the report's points cell says "unknown" for exactly the
            // unknown ones, in the JSON's order; the summary lists only observed ones.
            let findings = try #require((json["assessment"] as? [String: Any])?["findings"] as? [[String: Any]])
            let statuses = findings.map { $0["status"] as? String ?? "?" }
            let findingRows = Self.table(after: "## Findings", in: report)
            #expect(findingRows.count == findings.count, "\(name): report findings")
            let reportStatuses = findingRows.map { $0.first?.hasPrefix("unknown") == true ? "unknown" : "observed" }
            #expect(reportStatuses == statuses, "\(name): report finding statuses")
            let top = analysis.assessment?.topFindings ?? []
            #expect(top.allSatisfy { $0.status == .observed }, "\(name)")
            for finding in top {
                #expect(summary.contains("\(TerminalText.clean(finding.explanation)) (\(finding.points) points)"), "\(name): \(finding.id)")
            }
        }
        if Self.corpus != nil { #expect(checkedNotices >= 40) }
    }
}

extension Refusability {
    static let allWords = [Refusability.refusable, .alwaysActive, .noObjectionInTCF].map(\.words)
}
