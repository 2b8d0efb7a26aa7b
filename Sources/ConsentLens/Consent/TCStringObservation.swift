/// Where a capture finds TC strings, as data: the `__tcfapi('getTCData')` answer and the cookies
/// CMPs store the string in. A cookie named here has its value kept in `cookies.json` (every
/// other cookie's value is left out of a capture).
public enum TCStringSources {
    /// Cookie names holding a TC string: `euconsent-v2` is the name the specification gives
    /// ("How should a global TC string be formatted for storage?"), which CMPs also use for
    /// service-specific strings in first-party cookies.
    public static let cookieNames: Set<String> = ["euconsent-v2"]

    /// `__tcfapi` in the `source` of an ``ObservedTCString``.
    public static let api = "__tcfapi"
}

/// One TC string a capture found: where, when, the string as found and what it decodes to.
public struct ObservedTCString: Codable, Sendable, Equatable {
    /// `__tcfapi`, or `cookie euconsent-v2` (with the cookie's domain in ``cookieDomain``).
    public var source: String
    @Nullable public var cookieDomain: String?
    /// `before-choice` or `after-choice`.
    public var phase: String
    /// As the page gave it (page data).
    public var string: String
    /// The decoded string; `null` when it did not decode (``error`` says why).
    @Nullable public var decoded: TCString?
    @Nullable public var error: String?

    public init(source: String, cookieDomain: String?, phase: String, string: String) {
        self.source = source
        self.cookieDomain = cookieDomain
        self.phase = phase
        self.string = string
        do {
            decoded = try TCStringDecoder.decode(string)
        } catch {
            self.error = error.description
        }
    }

    /// `__tcfapi before any choice`, `cookie euconsent-v2 (.example.com) after the choice`.
    public var label: String {
        "\(source)\(cookieDomain.map { " (\($0))" } ?? "") \(phase == "before-choice" ? "before any choice" : "after the choice")"
    }

    /// Consent signals in the string: purposes, special features and vendors consented to.
    public var hasConsent: Bool {
        guard let d = decoded else { return false }
        return !d.purposeConsents.isEmpty || !d.specialFeatureOptIns.isEmpty || d.vendorConsents.count > 0
    }
}

extension CaptureFolder {
    /// The TC strings of a capture: `__tcfapi`'s before and after the choice, then the TC string
    /// cookies of the jar before and after it, in that order.
    static func tcStrings(jar: CookieJarRecord, tcf: TCFRecord?) -> [ObservedTCString] {
        var out: [ObservedTCString] = []
        if let s = tcf?.tcString, !s.isEmpty { out.append(ObservedTCString(source: TCStringSources.api, cookieDomain: nil, phase: "before-choice", string: s)) }
        if let s = tcf?.tcStringAfterChoice, !s.isEmpty { out.append(ObservedTCString(source: TCStringSources.api, cookieDomain: nil, phase: "after-choice", string: s)) }
        for (phase, cookies) in [("before-choice", jar.beforeChoice), ("after-choice", jar.afterChoice ?? [])] {
            for c in cookies where TCStringSources.cookieNames.contains(c.name) {
                guard let value = c.value, !value.isEmpty else { continue }
                out.append(ObservedTCString(source: "cookie \(c.name)", cookieDomain: c.domain, phase: phase, string: value))
            }
        }
        return out
    }
}

/// A capture's TC strings in a few figures, for `compare`, the scan's CSV columns and SQLite.
public struct TCStringCounts: Codable, Sendable, Equatable {
    /// TC strings read (`__tcfapi` and cookies, before and after the choice).
    public var strings: Int
    /// Of those, how many did not decode.
    public var undecodable: Int
    /// The most purposes / vendors consented to in any string before any choice; `null` when no
    /// string before the choice decoded.
    @Nullable public var purposeConsentsBeforeChoice: Int?
    @Nullable public var vendorConsentsBeforeChoice: Int?
    /// The same after the choice; `null` when no string after it decoded.
    @Nullable public var purposeConsentsAfterChoice: Int?
    @Nullable public var vendorConsentsAfterChoice: Int?
    /// Ids of the TC string findings that are not merely informative, in finding order.
    public var findings: [String]

    /// `4 purposes, 312 vendors`, `none` or `no string`: consents before any choice.
    public var beforeChoiceText: String { Self.text(purposeConsentsBeforeChoice, vendorConsentsBeforeChoice) }
    /// The same after the choice.
    public var afterChoiceText: String { Self.text(purposeConsentsAfterChoice, vendorConsentsAfterChoice) }

    static func text(_ purposes: Int?, _ vendors: Int?) -> String {
        guard let purposes, let vendors else { return "no string" }
        return purposes == 0 && vendors == 0 ? "none" : "\(purposes) purposes, \(vendors) vendors"
    }
}

extension CaptureObservation {
    /// `nil` when the capture read no TC string.
    public var tcStringCounts: TCStringCounts? {
        guard !tcStrings.isEmpty else { return nil }
        func most(_ phase: String, _ value: (TCString) -> Int) -> Int? {
            tcStrings.filter { $0.phase == phase }.compactMap { $0.decoded.map(value) }.max()
        }
        return TCStringCounts(
            strings: tcStrings.count, undecodable: tcStrings.filter { $0.decoded == nil }.count,
            purposeConsentsBeforeChoice: most("before-choice") { $0.purposeConsents.count },
            vendorConsentsBeforeChoice: most("before-choice") { $0.vendorConsents.count },
            purposeConsentsAfterChoice: most("after-choice") { $0.purposeConsents.count },
            vendorConsentsAfterChoice: most("after-choice") { $0.vendorConsents.count },
            findings: assessment.findings.filter { $0.id.hasPrefix("observed.tc-") && $0.severity > .info }.map(\.id))
    }
}
