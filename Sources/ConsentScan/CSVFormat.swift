import ConsentLens

/// The CSV flattening of a row: one line per page, stable column names, RFC 4180 quoting, and
/// page text defused so that a spreadsheet never evaluates it as a formula.
public enum CSVFormat {
    /// Declared TCF items that get a partner-count column, in column order.
    static let countedItems: [(kind: DeclarationKind, ids: ClosedRange<Int>, prefix: String)] = [
        (.purpose, 1...11, "p"), (.specialPurpose, 1...3, "sp"), (.feature, 1...3, "f"), (.specialFeature, 1...2, "sf"),
    ]

    /// The header, in column order.
    public static let header: [String] = {
        var columns = ["path", "format", "bytes", "sha256", "platforms", "notice_found", "language", "total_partners"]
        for item in countedItems {
            columns += item.ids.map { "\(item.prefix)\($0)_partners" }
        }
        columns += [
            "always_active_ids", "stacks", "categories", "accept_all", "reject_all", "manage_choices", "save_choices",
            "legitimate_interest_claimed", "pay_or_consent", "pay_price", "pay_currency", "pay_period",
            "score", "grade", "worst_case_score", "worst_case_grade",
        ]
        columns += tcStringColumns
        columns += ["error", "warc_file", "warc_offset"]
        return columns
    }()

    /// The cells of one row, in ``header`` order, before quoting.
    ///
    /// - `pN_partners` (and `spN`, `fN`, `sfN`): the partners the notice states for that TCF item;
    ///   `?` when the item is declared without a count; empty when it is not declared.
    /// - `platforms`, `always_active_ids` (`p1;sp2;sf1`), `stacks` (TCF stack ids, `?` for an
    ///   unidentified stack): `;`-separated.
    /// - `categories`: `Name [normalized]`, plus `, always active` when the notice shows it so and
    ///   `, pre-ticked` / `, unticked` when the saved page shows its box (`preTicked`), `; `-separated.
    /// - Booleans are `true` / `false`, unknown is empty. A failed row fills `path`, `error` and
    ///   the WARC columns only.
    public static func cells(of row: ScanRow) -> [String] {
        var cells: [String] = []
        cells.reserveCapacity(header.count)
        guard let analysis = row.analysis else {
            cells = [row.path] + Array(repeating: "", count: header.count - 1)
            cells[header.count - 3] = row.error ?? ""
            cells[header.count - 2] = row.warc?.file ?? ""
            cells[header.count - 1] = row.warc.map { String($0.offset) } ?? ""
            return cells
        }
        let notice = analysis.notice
        cells += [
            analysis.source.path, analysis.source.format, String(analysis.source.bytes), analysis.source.sha256,
            analysis.platforms.map(\.id).joined(separator: ";"),
            notice == nil ? "false" : "true",
            notice?.language ?? "",
            notice?.totalPartners.map(String.init) ?? "",
        ]
        for item in countedItems {
            for id in item.ids {
                let declared = notice?.purposes.filter { $0.kind == item.kind && $0.tcfId == id } ?? []
                if declared.isEmpty {
                    cells.append("")
                } else if let partners = declared.compactMap(\.partners).max() {
                    cells.append(String(partners))
                } else {
                    cells.append("?")
                }
            }
        }
        cells.append(alwaysActiveIds(notice).joined(separator: ";"))
        cells.append(notice?.stacks.map { $0.tcfId.map(String.init) ?? "?" }.joined(separator: ";") ?? "")
        cells.append(notice?.cookieCategories.map(category).joined(separator: "; ") ?? "")
        let controls = notice?.controls
        cells += [controls?.acceptAll, controls?.rejectAll, controls?.manageChoices, controls?.saveChoices, notice?.legitimateInterestClaimed]
            .map { $0.map { $0 ? "true" : "false" } ?? "" }
        cells += payOrConsent(notice)
        cells.append(analysis.assessment.map { String($0.score) } ?? "")
        cells.append(analysis.assessment?.grade.rawValue ?? "")
        cells.append(analysis.assessment.map { String($0.worstCaseScore) } ?? "")
        cells.append(analysis.assessment?.worstCaseGrade.rawValue ?? "")
        cells += tcStringCells(analysis.capture?.tcStringCounts)
        cells.append("")
        cells.append(row.warc?.file ?? "")
        cells.append(row.warc.map { String($0.offset) } ?? "")
        return cells
    }

    /// A capture folder's TC strings (``TCStringCounts``): how many were read, the most purposes
    /// and vendors consented to before and after the choice, and the ids of the TC string
    /// findings (`;`-separated). Empty for a saved page or a capture that read none.
    static let tcStringColumns = [
        "tc_strings", "tc_purpose_consents_before_choice", "tc_vendor_consents_before_choice",
        "tc_purpose_consents_after_choice", "tc_vendor_consents_after_choice", "tc_findings",
    ]

    static func tcStringCells(_ t: TCStringCounts?) -> [String] {
        guard let t else { return Array(repeating: "", count: tcStringColumns.count) }
        return [String(t.strings)] + [t.purposeConsentsBeforeChoice, t.vendorConsentsBeforeChoice, t.purposeConsentsAfterChoice, t.vendorConsentsAfterChoice]
            .map { $0.map(String.init) ?? "" } + [t.findings.joined(separator: ";")]
    }

    /// `pay_or_consent` (`true` for a consent-or-pay wall, `false` for another notice, empty
    /// without one), the wall's price as a number (`2.49`), its ISO currency and its period
    /// (`month`); empty where not printed.
    static func payOrConsent(_ notice: ConsentNotice?) -> [String] {
        guard let notice else { return ["", "", "", ""] }
        guard let wall = notice.payOrConsent else { return ["false", "", "", ""] }
        return ["true", wall.price.map { String(format2Decimals: $0) } ?? "", wall.currency ?? "", wall.period?.rawValue ?? ""]
    }

    /// `p1`, `sp2`, `f1`, `sf1`: the TCF items the notice shows as always active, in kind then id
    /// order, each once.
    static func alwaysActiveIds(_ notice: ConsentNotice?) -> [String] {
        guard let notice else { return [] }
        var seen = Set<String>()
        return notice.purposes
            .filter { $0.alwaysActive && $0.tcfId != nil }
            .sorted { ($0.kind, $0.tcfId!) < ($1.kind, $1.tcfId!) }
            .compactMap { declaration -> String? in
                let id = itemId(declaration.kind, declaration.tcfId!)
                return seen.insert(id).inserted ? id : nil
            }
    }

    /// `p1`, `sp2`, `f3`, `sf1`.
    public static func itemId(_ kind: DeclarationKind, _ id: Int) -> String {
        let prefix = countedItems.first { $0.kind == kind }?.prefix ?? "?"
        return "\(prefix)\(id)"
    }

    private static func category(_ category: CookieCategory) -> String {
        let name = category.name.map { $0 == ";" ? "," : $0 }.map(String.init).joined()
        let box = category.preTicked.map { $0 ? ", pre-ticked" : ", unticked" } ?? ""
        return "\(name) [\(category.normalized.rawValue)\(category.alwaysActive ? ", always active" : "")\(box)]"
    }

    // MARK: - Quoting

    /// One CSV line (CRLF-terminated) from unquoted cells.
    public static func line(_ cells: [String]) -> String {
        cells.map { quote(neutralise($0)) }.joined(separator: ",") + "\r\n"
    }

    /// A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
    /// return before one) gets a leading apostrophe, which spreadsheets show as text.
    public static func neutralise(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + cell
        default: return cell
        }
    }

    /// RFC 4180: a cell holding a comma, a quote or a line break is quoted, quotes doubled.
    public static func quote(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return cell }
        var out = "\""
        for c in cell.unicodeScalars {
            if c == "\"" { out += "\"\"" } else { out.unicodeScalars.append(c) }
        }
        return out + "\""
    }
}
