import ConsentLens

/// The overview of a whole scan (`--summary FILE.md`): platform market share, how many partners
/// notices state, how often each TCF item appears and cannot be refused, how many notices lack a
/// reject-all control, the commonest findings and the pages that failed.
///
/// Rows are folded in one at a time, so a scan of any size keeps only counters and one number
/// per notice for the medians.
public struct ScanSummary: Sendable {
    /// Failed pages listed by name; the rest are counted.
    public static let listedFailures = 200

    public private(set) var rows = 0
    public private(set) var analysed = 0
    public private(set) var failed = 0
    public private(set) var notices = 0

    private var platformPages: [String: Int] = [:]
    private var platformNames: [String: String] = [:]
    private var noticePlatforms: [String: Int] = [:]
    private var totalPartners: [Int] = []
    private var items: [ItemKey: Tally] = [:]
    private var unidentifiedItems: [DeclarationKind: Int] = [:]
    private var alwaysActiveItems: [ItemKey: Tally] = [:]
    private var alwaysActiveCategories: [CategoryClass: Int] = [:]
    private var rejectAll: [Bool?: Int] = [:]
    private var grades: [Grade: Int] = [:]
    private var worstGrades: [Grade: Int] = [:]
    private var scores: [Int] = []
    private var worstScores: [Int] = []
    private var findings: [String: FindingTally] = [:]
    private var languages: [String: Int] = [:]
    private var failures: [(path: String, problem: String)] = []

    private struct ItemKey: Hashable, Comparable, Sendable {
        var kind: DeclarationKind
        var id: Int
        static func < (a: Self, b: Self) -> Bool { (a.kind, a.id) < (b.kind, b.id) }
    }

    private struct Tally: Sendable {
        var notices = 0
        var partners: [Int] = []
    }

    private struct FindingTally: Sendable {
        var severity: Severity
        var component: AssessmentComponent
        var notices = 0
        var points = 0
        var example: String
    }

    public init() {}

    // MARK: - Folding rows in

    public mutating func add(_ row: ScanRow) {
        rows += 1
        guard let analysis = row.analysis else {
            failed += 1
            if failures.count < Self.listedFailures { failures.append((row.diagnosticPath, row.error ?? "")) }
            return
        }
        analysed += 1
        for platform in analysis.platforms {
            platformPages[platform.id, default: 0] += 1
            platformNames[platform.id] = platform.name
        }
        guard let notice = analysis.notice else { return }
        notices += 1
        if let platform = notice.platform { noticePlatforms[platform, default: 0] += 1 }
        if let total = notice.totalPartners { totalPartners.append(total) }
        languages[notice.language ?? "unknown", default: 0] += 1
        // The first layer's reject-all; a file holding only a later layer cannot show it.
        rejectAll[notice.firstLayerInFile ? notice.controls.rejectAll : nil, default: 0] += 1

        var declared: [ItemKey: Int?] = [:]
        var alwaysActive: [ItemKey: Int?] = [:]
        var unidentified = Set<DeclarationKind>()
        for item in notice.purposes {
            guard let id = item.tcfId else { unidentified.insert(item.kind); continue }
            let key = ItemKey(kind: item.kind, id: id)
            declared[key] = larger(declared[key] ?? nil, item.partners)
            if item.alwaysActive { alwaysActive[key] = larger(alwaysActive[key] ?? nil, item.partners) }
        }
        for (key, partners) in declared {
            items[key, default: Tally()].notices += 1
            if let partners { items[key]!.partners.append(partners) }
        }
        for (key, partners) in alwaysActive {
            alwaysActiveItems[key, default: Tally()].notices += 1
            if let partners { alwaysActiveItems[key]!.partners.append(partners) }
        }
        for kind in unidentified { unidentifiedItems[kind, default: 0] += 1 }
        for normalized in Set(notice.cookieCategories.filter(\.alwaysActive).map(\.normalized)) {
            alwaysActiveCategories[normalized, default: 0] += 1
        }

        if let assessment = analysis.assessment {
            grades[assessment.grade, default: 0] += 1
            worstGrades[assessment.worstCaseGrade, default: 0] += 1
            scores.append(assessment.score)
            worstScores.append(assessment.worstCaseScore)
            var seen = Set<String>()
            for finding in assessment.findings where finding.status == .observed && (finding.points > 0 || finding.severity > .info) {
                let key = Self.findingKey(finding.id)
                guard seen.insert(key).inserted else { continue }
                findings[key, default: FindingTally(severity: finding.severity, component: finding.component, example: finding.explanation)].notices += 1
                findings[key]!.points += finding.points
            }
        }
    }

    // MARK: - Markdown

    /// A category class in words, as the report says it (`sale of data`, not `saleOfData`).
    static func categoryLabel(_ cls: CategoryClass) -> String {
        cls.words
    }

    public func markdown() -> String {
        // The mark first, so that a later scan of the folder never reads this file as a page.
        var out: [String] = [GeneratedMark.line]
        func block(_ lines: [String]) {
            if !out.isEmpty { out.append("") }
            out.append(contentsOf: lines)
        }
        let e = MarkdownEscaping.escape

        block(["# ConsentLens scan summary"])
        block([
            "\(rows) \(plural(rows, "page")) scanned: \(analysed) analysed, \(failed) failed. "
                + "\(notices) of the analysed pages show a consent notice (\(percent(notices, analysed))).",
        ])

        block(["## Consent platforms"])
        if platformPages.isEmpty {
            block(["No page carries evidence of a consent platform."])
        } else {
            var table = ["| Platform | Pages with evidence | Share of analysed pages | Notices it renders |", "|---|---:|---:|---:|"]
            for (id, pages) in platformPages.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                table.append("| \(e(platformNames[id] ?? id)) (\(code(id))) | \(pages) | \(percent(pages, analysed)) | \(noticePlatforms[id] ?? 0) |")
            }
            block(table)
            block(["A page can carry evidence of several platforms (a loader script, a leftover configuration), so shares can add up to more than 100%."])
        }

        block(["## Partners"])
        if totalPartners.isEmpty {
            block(["No notice states how many partners it has."])
        } else {
            let sorted = totalPartners.sorted()
            block([
                "| Notices stating a total | Median | 90th percentile | Maximum |", "|---:|---:|---:|---:|",
                "| \(sorted.count) of \(notices) | \(median(sorted)) | \(percentile(sorted, 90)) | \(sorted.last!) |",
            ])
        }

        block(["## Declared TCF items"])
        if items.isEmpty && unidentifiedItems.isEmpty {
            block(["No notice declares a TCF purpose, special purpose, feature or special feature."])
        } else {
            var table = ["| Item | Name | Notices declaring it | Share of notices | Median partners | Notices with a count |", "|---|---|---:|---:|---:|---:|"]
            for (key, tally) in items.sorted(by: { $0.key < $1.key }) {
                let sorted = tally.partners.sorted()
                table.append("| \(label(key)) | \(e(TCFTaxonomy.officialName(key.kind, key.id) ?? "")) | \(tally.notices) | \(percent(tally.notices, notices)) | \(sorted.isEmpty ? "–" : median(sorted)) | \(sorted.count) |")
            }
            for kind in DeclarationKind.allCases where unidentifiedItems[kind] != nil {
                let n = unidentifiedItems[kind]!
                table.append("| – | \(kindName(kind)) matching no TCF name | \(n) | \(percent(n, notices)) | – | – |")
            }
            block(table)
        }

        block(["## What cannot be refused"])
        if alwaysActiveItems.isEmpty && alwaysActiveCategories.isEmpty {
            block(["No notice shows a TCF item or cookie category as always active."])
        } else {
            var table = ["| Always active | Notices | Share of notices | Median partners |", "|---|---:|---:|---:|"]
            for (key, tally) in alwaysActiveItems.sorted(by: { $0.key < $1.key }) {
                let sorted = tally.partners.sorted()
                let name = TCFTaxonomy.officialName(key.kind, key.id).map { " " + e($0) } ?? ""
                table.append("| \(label(key))\(name) | \(tally.notices) | \(percent(tally.notices, notices)) | \(sorted.isEmpty ? "–" : median(sorted)) |")
            }
            for normalized in CategoryClass.allCases where alwaysActiveCategories[normalized] != nil {
                let n = alwaysActiveCategories[normalized]!
                table.append("| Cookie category: \(Self.categoryLabel(normalized)) | \(n) | \(percent(n, notices)) | – |")
            }
            block(table)
        }

        block(["## Reject all"])
        if notices == 0 {
            block(["No notice to count."])
        } else {
            let yes = rejectAll[true] ?? 0, no = rejectAll[false] ?? 0, unknown = rejectAll[nil] ?? 0
            block([
                "| Reject-all control | Notices | Share of notices |", "|---|---:|---:|",
                "| Offered | \(yes) | \(percent(yes, notices)) |",
                "| Not offered (the notice is visible and has none) | \(no) | \(percent(no, notices)) |",
                "| Unknown (the saved page shows no first layer's buttons) | \(unknown) | \(percent(unknown, notices)) |",
            ])
        }

        block(["## Privacy-impact grades"])
        if scores.isEmpty {
            block(["No notice was assessed."])
        } else {
            block(["Every grade is a range: the best case counts only what each page shows, the worst case adds the points of the facts it cannot show (a text dump's buttons, …)."])
            var table = ["| Grade | Scores | Notices, best case | Share | Notices, worst case | Share |", "|---|---|---:|---:|---:|---:|"]
            for grade in Grade.allCases {
                let n = grades[grade] ?? 0, w = worstGrades[grade] ?? 0
                table.append("| \(grade.rawValue) | \(grade.range.lowerBound)–\(grade.range.upperBound) | \(n) | \(percent(n, scores.count)) | \(w) | \(percent(w, scores.count)) |")
            }
            block(table)
            block(["Median score \(median(scores.sorted())) of 100 in the best case and \(median(worstScores.sorted())) in the worst case (0 is least intrusive)."])
        }

        block(["## Top findings"])
        if findings.isEmpty {
            block(["No finding was observed."])
        } else {
            var table = ["| Finding | Severity | Notices | Share of notices | Example |", "|---|---|---:|---:|---|"]
            let ranked = findings.sorted { a, b in
                if a.value.notices != b.value.notices { return a.value.notices > b.value.notices }
                if a.value.severity != b.value.severity { return a.value.severity > b.value.severity }
                return a.key < b.key
            }
            for (id, tally) in ranked.prefix(15) {
                table.append("| \(code(id)) | \(tally.severity.label) | \(tally.notices) | \(percent(tally.notices, notices)) | \(e(tally.example)) |")
            }
            block(table)
            block(["Findings that score or matter, counted once per notice; `*` in an id stands for the item's position on each notice."])
        }

        if !languages.isEmpty {
            block(["## Notice languages"])
            let parts = languages.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\(e($0.key)) \($0.value)" }
            block([parts.joined(separator: ", ") + "."])
        }

        block(["## Pages that failed"])
        if failed == 0 {
            block(["None: every page was read."])
        } else {
            var table = ["| Page | Problem |", "|---|---|"]
            for failure in failures { table.append("| \(e(failure.path)) | \(e(failure.problem)) |") }
            block(table)
            if failed > failures.count { block(["… and \(failed - failures.count) more (see the scan's error rows)."]) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Figures

    /// A finding id with its positional parts (`category-3`, `unnamed-2`: the item's place on one
    /// notice) replaced by `*`, so that the same finding on different notices is counted together.
    static func findingKey(_ id: String) -> String {
        var parts = id.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        for i in parts.indices.dropFirst() where !parts[i].isEmpty && parts[i].allSatisfy(\.isASCII) && parts[i].allSatisfy(\.isNumber) {
            if parts[i - 1].hasSuffix("category") || parts[i - 1] == "unnamed" { parts[i] = "*" }
        }
        return parts.joined(separator: "-")
    }

    private func label(_ key: ItemKey) -> String {
        CSVFormat.itemId(key.kind, key.id).uppercased()
    }

    private func kindName(_ kind: DeclarationKind) -> String {
        switch kind {
        case .purpose: return "Purposes"
        case .specialPurpose: return "Special purposes"
        case .feature: return "Features"
        case .specialFeature: return "Special features"
        }
    }

    /// The larger of two partner counts, either of which may be unknown.
    private func larger(_ a: Int?, _ b: Int?) -> Int? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }

    /// An identifier of ConsentLens's own (a platform or finding id) as inline code. Code spans
    /// show backslashes literally, so the id is not escaped; backticks and pipes are dropped.
    private func code(_ id: String) -> String {
        "`" + id.filter { $0 != "`" && $0 != "|" && !$0.isNewline } + "`"
    }

    private func plural(_ n: Int, _ word: String) -> String { n == 1 ? word : word + "s" }

    private func percent(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let tenths = (part * 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// The middle value (the mean of the two middle values for an even count), of sorted numbers.
    func median(_ sorted: [Int]) -> String {
        let n = sorted.count
        if n % 2 == 1 { return String(sorted[n / 2]) }
        let sum = sorted[n / 2 - 1] + sorted[n / 2]
        return sum % 2 == 0 ? String(sum / 2) : "\(sum / 2).5"
    }

    /// Nearest-rank percentile of sorted numbers.
    func percentile(_ sorted: [Int], _ p: Int) -> Int {
        let rank = (p * sorted.count + 99) / 100
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }
}
