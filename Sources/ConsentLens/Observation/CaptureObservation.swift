import ConsentParse
import Foundation

/// What a capture observed the site do, beside the policy its notice declares: the cookies and
/// third-party contacts before any choice and, after `--choose`, what went on. Read from a capture
/// folder's files (`cookies.json`, `requests.jsonl`, `capture.json`, `tcf.json`); only in the
/// analysis of a capture folder (`PageAnalysis.capture`), absent for a saved page.
public struct CaptureObservation: Codable, Sendable, Equatable {
    public var url: String
    public var finalURL: String?
    public var capturedAt: String
    public var browser: String?
    public var pageRegistrableDomain: String
    /// Whether the capture saw the notice before its wait ran out, and by what.
    public var noticeFound: Bool
    public var waitEvidence: String?
    public var waitSeconds: Double?
    /// `document.readyState` when the page was saved (`loading`: the page was cut short).
    public var documentState: String? = nil
    public var frames: Int
    public var shadowRoots: Int
    public var cookiesBeforeChoice: [ObservedCookie]
    public var requestsBeforeChoice: Int
    /// Requests before any choice that got no response (`net::ERR_NAME_NOT_RESOLVED`, blocked,
    /// refused, still pending when the page was saved): they reached no one, so they are no contact
    /// with a third party and count in neither list below. `nil` in analyses of older captures.
    @Nullable public var unansweredRequestsBeforeChoice: Int? = nil
    /// Registrable domains other than the page's contacted (a response came back) before any choice, in first-contact order.
    public var thirdPartyDomainsBeforeChoice: [String]
    /// Third-party contacts that track (see ``TrackingContact``), one per registrable domain.
    public var trackingBeforeChoice: [TrackingContact]
    public var choice: ObservedChoice?
    public var tcf: TCFRecord?
    /// The TC strings read: `__tcfapi`'s and the `euconsent-v2` cookie's, before and after the
    /// choice, each decoded (``ObservedTCString``).
    public var tcStrings: [ObservedTCString] = []
    /// The observed-behaviour score: components `cookiesBeforeConsent`, `trackingBeforeConsent`
    /// and `trackingAfterRefusal` (`docs/scoring.md`, *Observed behaviour*).
    public var assessment: PrivacyAssessment

    /// Cookies the Open Cookie Database files as analytics, marketing or personalisation.
    public var nonEssentialCookiesBeforeChoice: [ObservedCookie] { cookiesBeforeChoice.filter { $0.nonEssential == true } }
}

/// A cookie as the analysis sees it: the jar's record plus its Open Cookie Database class.
public struct ObservedCookie: Codable, Sendable, Equatable {
    public var name: String
    public var domain: String
    public var party: String
    public var registrableDomain: String
    /// The database's category (`Analytics`, `Marketing`, `Functional`, …); `nil` when it does not know the name.
    public var category: String?
    /// The service the database names for it.
    public var service: String?
    /// True for Analytics, Marketing and Personalization; false for Functional, Security and
    /// Necessary; `nil` (unknown) for a name the database does not hold: never guessed.
    public var nonEssential: Bool?
    public var setBy: String?

    init(_ c: CapturedCookie) {
        name = c.name
        domain = c.domain
        party = c.party
        registrableDomain = c.registrableDomain
        setBy = c.setBy
        let entry = ObservationTables.cookie(named: c.name)
        category = entry?.category
        service = entry?.platform
        nonEssential = entry.map { Self.nonEssentialCategories.contains($0.category) }
    }

    static let nonEssentialCategories: Set<String> = ["Analytics", "Marketing", "Personalization"]
}

/// A third-party registrable domain contacted in a way that tracks: its host belongs to a known
/// advertising or analytics service, or a request to it sent or set a cookie the Open Cookie
/// Database files as non-essential.
public struct TrackingContact: Codable, Sendable, Equatable {
    public var registrableDomain: String
    /// The first such request's URL.
    public var firstURL: String
    public var requests: Int
    /// Why it counts: `host of Google Analytics (Analytics)` or `cookie IDE (Marketing, DoubleClick)`.
    public var reason: String
}

/// What `--choose` did and what followed. When the choice was not made, what follows a choice
/// was not observed: the three after-choice facts are `nil` (unknown), never zero.
public struct ObservedChoice: Codable, Sendable, Equatable {
    public var requested: String
    public var made: Bool
    /// Why it was not made (`no reject-all control found, and no settings control to refuse in`).
    @Nullable public var notMadeReason: String?
    public var noticeGone: Bool?
    /// The controls clicked, in order: `“Reject all” (rejectAll, found by wording (ControlLexicon))`.
    public var clicked: [String]
    @Nullable public var requestsAfterChoice: Int?
    @Nullable public var trackingAfterChoice: [TrackingContact]?
    /// Non-essential cookies in the jar after the choice that were not there before it.
    @Nullable public var nonEssentialCookiesAddedAfterChoice: [ObservedCookie]?

    /// `refuse` or `accept`: the verb for the choice asked.
    public var verb: String { requested == "reject" ? "refuse" : "accept" }

    /// The one sentence every output gives for a choice asked and not made.
    public var notMadeSentence: String? {
        guard !made else { return nil }
        return "The capture was asked to \(verb) but could not (\(notMadeReason ?? "no control found")): no choice was made, and what happens after one is unknown."
    }
}

/// A capture folder: one more shape of input. Its policy is read from `page.html` (frames and
/// shadow roots are written inline there) and its observed facts from the other files.
public enum CaptureFolder {
    /// A directory holding `capture.json`.
    public static func isCapture(path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
        return FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(CaptureFiles.record))
    }

    public static func load(path: String) throws(PageLoadError) -> (LoadedPage, CaptureObservation) {
        func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }
        let record: CaptureRecord = try decode(file(CaptureFiles.record), name: CaptureFiles.record)
        guard record.outcome == "captured" else {
            throw .unreadable("the capture of \(record.url) failed: \(record.error ?? "no reason recorded")")
        }
        var page = try PageLoader.load(path: file(CaptureFiles.page))
        page.path = path
        let jar: CookieJarRecord = try decode(file(CaptureFiles.cookies), name: CaptureFiles.cookies)
        var requests: [CapturedRequest] = []
        if let text = try? String(contentsOfFile: file(CaptureFiles.requests), encoding: .utf8) {
            for (n, line) in text.split(separator: "\n").enumerated() {
                do { requests.append(try JSONDecoder().decode(CapturedRequest.self, from: Data(line.utf8))) } catch {
                    throw .unparsable("\(CaptureFiles.requests) line \(n + 1): \(error)")
                }
            }
        }
        let tcf: TCFRecord? = FileManager.default.fileExists(atPath: file(CaptureFiles.tcf)) ? try decode(file(CaptureFiles.tcf), name: CaptureFiles.tcf) : nil
        return (page, observation(record: record, jar: jar, requests: requests, tcf: tcf))
    }

    static func decode<T: Decodable>(_ path: String, name: String) throws(PageLoadError) -> T {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable("\(name) is missing") }
        do { return try JSONDecoder().decode(T.self, from: data) } catch { throw .unparsable("\(name): \(error)") }
    }

    /// The observed facts and their assessment, from the files' records.
    public static func observation(record: CaptureRecord, jar: CookieJarRecord, requests: [CapturedRequest], tcf: TCFRecord?) -> CaptureObservation {
        // Without a choice made, every request is from before any choice (older captures split
        // them at a click that led nowhere).
        let made = record.choice?.made == true
        let before = made ? requests.filter { $0.phase == "before-choice" } : requests
        let after = made ? requests.filter { $0.phase == "after-choice" } : []
        var thirdParty: [String] = []
        for r in before where r.party == "third" && isContact(r) {
            guard let host = ObservationTables.host(ofURL: r.url) else { continue }
            let domain = ObservationTables.registrableDomain(of: host)
            if !thirdParty.contains(domain) { thirdParty.append(domain) }
        }
        let cookiesBefore = jar.beforeChoice.map(ObservedCookie.init)
        var choice: ObservedChoice?
        if let c = record.choice {
            let had = Set(jar.beforeChoice.map { "\($0.name)\t\($0.domain)\t\($0.path)" })
            let added = (jar.afterChoice ?? []).filter { !had.contains("\($0.name)\t\($0.domain)\t\($0.path)") }.map(ObservedCookie.init)
            choice = ObservedChoice(
                requested: c.requested, made: c.made, notMadeReason: c.made ? nil : (c.notMadeReason ?? "no control found"), noticeGone: c.noticeGone,
                clicked: c.steps.filter { $0.action == "click" }.map { "“\($0.label)” (\($0.control), found by \($0.foundBy))" },
                requestsAfterChoice: c.made ? after.count : nil, trackingAfterChoice: c.made ? tracking(after) : nil,
                nonEssentialCookiesAddedAfterChoice: c.made ? added.filter { $0.nonEssential == true } : nil)
        }
        var observation = CaptureObservation(
            url: record.url, finalURL: record.finalURL, capturedAt: record.startedAt, browser: record.browser,
            pageRegistrableDomain: jar.pageRegistrableDomain, noticeFound: record.wait?.noticeFound ?? false,
            waitEvidence: record.wait?.evidence, waitSeconds: record.wait?.seconds, frames: record.frames.count,
            shadowRoots: record.shadowRoots, cookiesBeforeChoice: cookiesBefore, requestsBeforeChoice: before.count,
            thirdPartyDomainsBeforeChoice: thirdParty, trackingBeforeChoice: tracking(before), choice: choice, tcf: tcf,
            assessment: PrivacyAssessment(components: [], findings: []))
        observation.documentState = record.wait?.documentState
        observation.unansweredRequestsBeforeChoice = before.filter { !isContact($0) }.count
        observation.tcStrings = tcStrings(jar: jar, tcf: tcf)
        observation.assessment = ObservedBehaviourAssessor.assess(observation)
        return observation
    }

    /// Whether a request reached its host: a response (or a redirect) came back. A request that
    /// failed before one (`net::ERR_NAME_NOT_RESOLVED`, `blocked: …`, a refused connection) or
    /// was still waiting when the page was saved contacted no one.
    static func isContact(_ r: CapturedRequest) -> Bool { r.status != nil }

    /// Third-party requests that track, grouped by registrable domain in first-contact order.
    static func tracking(_ requests: [CapturedRequest]) -> [TrackingContact] {
        var out: [TrackingContact] = []
        for r in requests where r.party == "third" && isContact(r) {
            guard let host = ObservationTables.host(ofURL: r.url) else { continue }
            var reason: String?
            if let service = ObservationTables.service(forHost: host) {
                reason = "host of \(service.platform) (\(service.category))"
            } else {
                for name in (r.cookiesSent ?? []) + (r.cookiesSet ?? []) {
                    if let entry = ObservationTables.cookie(named: name), ObservedCookie.nonEssentialCategories.contains(entry.category) {
                        reason = "cookie \(name) (\(entry.category), \(entry.platform))"
                        break
                    }
                }
            }
            guard let reason else { continue }
            let domain = ObservationTables.registrableDomain(of: host)
            if let i = out.firstIndex(where: { $0.registrableDomain == domain }) { out[i].requests += 1 } else {
                out.append(TrackingContact(registrableDomain: domain, firstURL: r.url, requests: 1, reason: reason))
            }
        }
        return out
    }
}
