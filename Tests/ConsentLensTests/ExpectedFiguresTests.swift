import Foundation
import Testing
@testable import ConsentLens

/// Every hand-checked figure in `../shared/corpus/expected.json` (its keys are explained in
/// `EXPECTED.md` beside it), checked the way `Scripts/evaluate-corpus` counts them. Skipped where
/// the corpus is absent; CI has it.
@Suite struct ExpectedFiguresTests {
    static let corpus = TestPaths.corpus

    struct Expectation {
        var page: String
        var want: [String: Any]
    }

    static func expectations() throws -> [Expectation] {
        guard let corpus else { return [] }
        let data = try Data(contentsOf: corpus.appendingPathComponent("expected.json"))
        let labels = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        return labels.keys.sorted().map { Expectation(page: $0, want: labels[$0]!) }
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is not on this machine"))
    func everyHandCheckedFigureComesOutRight() throws {
        let root = try #require(Self.corpus)
        var checked = 0
        for expectation in try Self.expectations() {
            let page = expectation.page, want = expectation.want
            let analysis = try ConsentAnalyzer.analyse(path: root.appendingPathComponent(page).path)
            let notice = analysis.notice
            let ids = analysis.platforms.map(\.id)
            if want.keys.contains("platform") {
                if let platform = want["platform"] as? String {
                    #expect(ids.contains(platform), "\(page): platform \(platform) not in \(ids)")
                } else {
                    #expect(ids.isEmpty, "\(page): names \(ids), expected none")
                }
                checked += 1
            }
            if want.keys.contains("totalPartners") {
                #expect(notice?.totalPartners == want["totalPartners"] as? Int, "\(page): totalPartners \(String(describing: notice?.totalPartners))")
                checked += 1
            }
            for case let item as [Any] in want["items"] as? [Any] ?? [] {
                let kind = item[0] as? String, id = item[1] as? Int
                let found = notice?.purposes.first { $0.kind.rawValue == kind && $0.tcfId == id }
                #expect(found != nil, "\(page): \(kind ?? "?") \(id ?? -1) missing")
                if let partners = item[2] as? Int { #expect(found?.partners == partners, "\(page): \(kind ?? "?") \(id ?? -1) partners") }
                if let always = item[3] as? Bool { #expect(found?.alwaysActive == always, "\(page): \(kind ?? "?") \(id ?? -1) always active") }
                checked += 1
            }
            let categories = notice?.cookieCategories ?? []
            let wantedCategories = want["categories"] as? [[Any]] ?? []
            for category in wantedCategories {
                let words = try #require(category[0] as? String)
                let hits = categories.filter { $0.name.lowercased().contains(words) }
                #expect(hits.count == 1, "\(page): category '\(words)' matched \(hits.map(\.name))")
                if let always = category[1] as? Bool, hits.count == 1 {
                    #expect(hits[0].alwaysActive == always, "\(page): category '\(words)' always active")
                }
                checked += 1
            }
            if !wantedCategories.isEmpty {
                #expect(categories.count == wantedCategories.count, "\(page): categories \(categories.map(\.name))")
            }
            for (key, value) in want["controls"] as? [String: Bool] ?? [:] {
                let controls = notice?.controls
                let got: Bool? = switch key {
                case "acceptAll": controls?.acceptAll
                case "rejectAll": controls?.rejectAll
                case "manageChoices": controls?.manageChoices
                case "saveChoices": controls?.saveChoices
                default: nil
                }
                #expect(got == value, "\(page): controls.\(key) is \(String(describing: got)), expected \(value)")
                checked += 1
            }
        }
        #expect(checked >= 150)
    }
}
