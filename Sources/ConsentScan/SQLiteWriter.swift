import ConsentLens
import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An SQLite database of a scan, normalised: one `pages` row per page and one row per platform,
/// declared TCF item, stack, cookie category and finding, each pointing at its page. Rows are
/// committed a batch at a time, so an interrupted scan keeps every committed batch. The schema
/// (`PRAGMA user_version` 3) is documented in `docs/scan.md`.
public final class SQLiteWriter: ScanWriter {
    /// 2: `categories.pre_ticked`. 3: `pages.tc_*` and `pay_or_consent`.
    public static let schemaVersion = 3
    /// Pages per transaction.
    public static let batchSize = 100

    /// The schema, one statement an element.
    public static let schema: [String] = [
        """
        CREATE TABLE pages (
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL,
          format TEXT,
          bytes INTEGER,
          sha256 TEXT,
          notice_found INTEGER,
          notice_platform TEXT,
          language TEXT,
          total_partners INTEGER,
          origin TEXT,
          accept_all INTEGER,
          reject_all INTEGER,
          manage_choices INTEGER,
          save_choices INTEGER,
          legitimate_interest_claimed INTEGER,
          unrendered_placeholders TEXT,
          limitations TEXT,
          scoring_version INTEGER,
          score INTEGER,
          grade TEXT,
          worst_case_score INTEGER,
          worst_case_grade TEXT,
          tc_strings INTEGER,
          tc_purpose_consents_before_choice INTEGER,
          tc_vendor_consents_before_choice INTEGER,
          tc_purpose_consents_after_choice INTEGER,
          tc_vendor_consents_after_choice INTEGER,
          tc_findings TEXT,
          error TEXT,
          warc_file TEXT,
          warc_offset INTEGER,
          warc_record_id TEXT,
          warc_date TEXT
        )
        """,
        """
        CREATE TABLE platforms (
          page_id INTEGER NOT NULL REFERENCES pages(id),
          position INTEGER NOT NULL,
          platform TEXT NOT NULL,
          name TEXT NOT NULL,
          confidence TEXT NOT NULL,
          evidence TEXT NOT NULL,
          PRIMARY KEY (page_id, position)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE purposes (
          page_id INTEGER NOT NULL REFERENCES pages(id),
          position INTEGER NOT NULL,
          kind TEXT NOT NULL,
          tcf_id INTEGER,
          name TEXT NOT NULL,
          description TEXT,
          partners INTEGER,
          always_active INTEGER NOT NULL,
          legitimate_interest INTEGER,
          PRIMARY KEY (page_id, position)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE stacks (
          page_id INTEGER NOT NULL REFERENCES pages(id),
          position INTEGER NOT NULL,
          tcf_id INTEGER,
          name TEXT NOT NULL,
          description TEXT,
          partners INTEGER,
          purpose_ids TEXT NOT NULL,
          special_feature_ids TEXT NOT NULL,
          PRIMARY KEY (page_id, position)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE categories (
          page_id INTEGER NOT NULL REFERENCES pages(id),
          position INTEGER NOT NULL,
          name TEXT NOT NULL,
          description TEXT,
          always_active INTEGER NOT NULL,
          normalized TEXT NOT NULL,
          pre_ticked INTEGER,
          PRIMARY KEY (page_id, position)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE findings (
          page_id INTEGER NOT NULL REFERENCES pages(id),
          position INTEGER NOT NULL,
          finding_id TEXT NOT NULL,
          component TEXT NOT NULL,
          severity TEXT NOT NULL,
          status TEXT NOT NULL,
          explanation TEXT NOT NULL,
          basis TEXT NOT NULL,
          points INTEGER NOT NULL,
          points_at_stake INTEGER NOT NULL,
          edpb_criterion TEXT,
          top_rank INTEGER,
          PRIMARY KEY (page_id, position)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE pay_or_consent (
          page_id INTEGER PRIMARY KEY REFERENCES pages(id),
          label TEXT NOT NULL,
          accept_label TEXT,
          price REAL,
          price_as_shown TEXT,
          currency TEXT,
          period TEXT,
          subscriber_login INTEGER NOT NULL,
          free_alternative INTEGER,
          free_alternative_label TEXT
        )
        """,
        "CREATE INDEX platforms_by_platform ON platforms(platform)",
        "CREATE INDEX purposes_by_item ON purposes(kind, tcf_id)",
        "CREATE INDEX findings_by_id ON findings(finding_id)",
        "PRAGMA user_version = \(schemaVersion)",
    ]

    private let database: DatabaseQueue
    private var batch: [ScanRow] = []
    public let path: String

    /// Creates the database at `path`, replacing any file there.
    public init(path: String) throws {
        self.path = path
        for suffix in ["", "-journal", "-wal", "-shm"] {
            let file = path + suffix
            if unlink(file) != 0 && errno != ENOENT {
                throw OutputFile.Failure(path: path, errno: errno)
            }
        }
        do {
            database = try DatabaseQueue(path: path)
            try database.write { db in
                for statement in Self.schema { try db.execute(sql: statement) }
            }
        } catch {
            throw Self.failure(path: path, error)
        }
    }

    /// SQLite's failures in the words every output uses: `cannot write: reason`, the reason
    /// being the system's for the errno SQLite met (or its own, for an error of its own).
    static func failure(path: String, _ error: any Error) -> OutputFile.Failure {
        guard let error = error as? DatabaseError else { return OutputFile.Failure(path: path, message: "cannot write: \(error)") }
        switch error.resultCode {
        case .SQLITE_FULL: return OutputFile.Failure(path: path, errno: ENOSPC)
        case .SQLITE_PERM, .SQLITE_AUTH: return OutputFile.Failure(path: path, errno: EACCES)
        case .SQLITE_READONLY: return OutputFile.Failure(path: path, errno: EROFS)
        case .SQLITE_IOERR: return OutputFile.Failure(path: path, errno: EIO)
        case .SQLITE_CANTOPEN: return OutputFile.Failure(path: path, errno: errno != 0 ? errno : ENOENT)
        default: return OutputFile.Failure(path: path, message: "cannot write: \(error.message ?? "\(error.resultCode)")")
        }
    }

    public func write(_ row: ScanRow) throws {
        batch.append(row)
        if batch.count >= Self.batchSize { try commit() }
    }

    public func finish() throws {
        try commit()
    }

    /// Inserts the pending rows in one transaction.
    private func commit() throws {
        guard !batch.isEmpty else { return }
        let rows = batch
        do {
            try database.write { db in
                for row in rows { try Self.insert(row, into: db) }
            }
        } catch {
            throw Self.failure(path: path, error)
        }
        batch.removeAll(keepingCapacity: true)
    }

    // MARK: - Rows

    private static func insert(_ row: ScanRow, into db: Database) throws {
        let id = row.index + 1
        let analysis = row.analysis
        let notice = analysis?.notice
        let assessment = analysis?.assessment
        let tc = analysis?.capture?.tcStringCounts
        try db.cachedStatement(sql: """
            INSERT INTO pages (id, path, format, bytes, sha256, notice_found, notice_platform, language, total_partners,
              origin, accept_all, reject_all, manage_choices, save_choices, legitimate_interest_claimed,
              unrendered_placeholders, limitations, scoring_version, score, grade, worst_case_score, worst_case_grade,
              tc_strings, tc_purpose_consents_before_choice, tc_vendor_consents_before_choice,
              tc_purpose_consents_after_choice, tc_vendor_consents_after_choice, tc_findings,
              error, warc_file, warc_offset, warc_record_id, warc_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                id, analysis?.source.path ?? row.path, analysis?.source.format, analysis?.source.bytes, analysis?.source.sha256,
                analysis.map { $0.notice != nil }, notice?.platform, notice?.language, notice?.totalPartners,
                notice?.origin.rawValue, notice?.controls.acceptAll, notice?.controls.rejectAll,
                notice?.controls.manageChoices, notice?.controls.saveChoices, notice?.legitimateInterestClaimed,
                try notice.map { try json($0.unrenderedPlaceholders) }, try analysis.map { try json($0.limitations) },
                assessment?.scoringVersion, assessment?.score, assessment?.grade.rawValue,
                assessment?.worstCaseScore, assessment?.worstCaseGrade.rawValue,
                tc?.strings, tc?.purposeConsentsBeforeChoice, tc?.vendorConsentsBeforeChoice,
                tc?.purposeConsentsAfterChoice, tc?.vendorConsentsAfterChoice, try tc.map { try json($0.findings) },
                row.error, row.warc?.file, row.warc?.offset, row.warc?.recordId, row.warc?.date,
            ])
        guard let analysis else { return }
        for (position, platform) in analysis.platforms.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO platforms VALUES (?, ?, ?, ?, ?, ?)").execute(arguments: [
                id, position, platform.id, platform.name, platform.confidence, try json(platform.evidence),
            ])
        }
        if let notice {
            for (position, item) in notice.purposes.enumerated() {
                try db.cachedStatement(sql: "INSERT INTO purposes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
                    id, position, item.kind.rawValue, item.tcfId, item.name, item.description, item.partners,
                    item.alwaysActive, item.legitimateInterest,
                ])
            }
            for (position, stack) in notice.stacks.enumerated() {
                try db.cachedStatement(sql: "INSERT INTO stacks VALUES (?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
                    id, position, stack.tcfId, stack.name, stack.description, stack.partners,
                    try json(stack.purposeIds), try json(stack.specialFeatureIds),
                ])
            }
            if let wall = notice.payOrConsent {
                try db.cachedStatement(sql: "INSERT INTO pay_or_consent VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
                    id, wall.label, wall.acceptLabel, wall.price, wall.priceAsShown, wall.currency, wall.period?.rawValue,
                    wall.subscriberLogin, wall.freeAlternative, wall.freeAlternativeLabel,
                ])
            }
            for (position, category) in notice.cookieCategories.enumerated() {
                try db.cachedStatement(sql: "INSERT INTO categories VALUES (?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
                    id, position, category.name, category.description, category.alwaysActive, category.normalized.rawValue,
                    category.preTicked,
                ])
            }
        }
        if let assessment {
            for (position, finding) in assessment.findings.enumerated() {
                let rank = assessment.topFindingIds.firstIndex(of: finding.id).map { $0 + 1 }
                try db.cachedStatement(sql: "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
                    id, position, finding.id, finding.component.rawValue, finding.severity.rawValue, finding.status.rawValue,
                    finding.explanation, finding.basis, finding.points, finding.pointsAtStake, finding.edpbCriterion?.rawValue, rank,
                ])
            }
        }
    }

    /// A compact JSON array for list-valued columns.
    private static func json<T: Encodable>(_ value: T) throws -> String {
        try JSONRendering.render(value, pretty: false)
    }
}
