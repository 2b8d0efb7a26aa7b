/// The package's own tables for what a capture observes, generated from the Open Cookie Database
/// and the Public Suffix List by `Scripts/generate-observation-tables` (their sources, commits and
/// licences are in the generated file's header). Parsed once, on first use.
public enum ObservationTables {
    /// What the Open Cookie Database says of a cookie name.
    public struct CookieEntry: Sendable, Equatable {
        /// The database's category: Functional, Security, Necessary, Analytics, Marketing, Personalization.
        public var category: String
        /// The service that sets it ("Google Analytics").
        public var platform: String
        /// The database's name, which for a wildcard entry is the prefix matched (`_ga_`).
        public var name: String
        public var wildcard: Bool
    }

    struct CookieTable: Sendable {
        var exact: [String: CookieEntry] = [:]
        /// Longest prefix first, so that `_gat_gtag_` wins over `_ga`.
        var prefixes: [CookieEntry] = []
    }

    static let cookies: CookieTable = {
        var table = CookieTable()
        for line in openCookieDatabaseText.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 4 else { continue }
            let entry = CookieEntry(category: String(f[2]), platform: String(f[3]), name: String(f[0]), wildcard: f[1] == "1")
            if entry.wildcard { table.prefixes.append(entry) } else if table.exact[entry.name] == nil { table.exact[entry.name] = entry }
        }
        table.prefixes.sort { $0.name.count > $1.name.count }
        return table
    }()

    /// The database's entry for a cookie name: an exact name first, then the longest wildcard
    /// prefix. `nil` when the database does not know it: such a cookie stays unknown.
    public static func cookie(named name: String) -> CookieEntry? {
        if let exact = cookies.exact[name] { return exact }
        return cookies.prefixes.first { name.hasPrefix($0.name) }
    }

    /// A known advertising or analytics service.
    public struct Service: Sendable, Equatable {
        /// `Marketing` or `Analytics`, as the Open Cookie Database files it.
        public var category: String
        public var platform: String
        /// The host the table names (`google-analytics.com`), which the request's host is or ends with.
        public var host: String
    }

    static let trackerHosts: [String: Service] = {
        var out: [String: Service] = [:]
        for line in trackerHostsText.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 3 else { continue }
            out[String(f[0])] = Service(category: String(f[1]), platform: String(f[2]), host: String(f[0]))
        }
        return out
    }()

    /// The advertising or analytics service a host belongs to: the host itself or any parent
    /// domain of it in the table (`ssl.google-analytics.com` → Google Analytics).
    public static func service(forHost host: String) -> Service? {
        var name = Substring(host.lowercased())
        while true {
            if let s = trackerHosts[String(name)] { return s }
            guard let dot = name.firstIndex(of: ".") else { return nil }
            name = name[name.index(after: dot)...]
        }
    }

    struct SuffixRules: Sendable {
        var normal: Set<String> = []
        var wildcard: Set<String> = []
        var exception: Set<String> = []
    }

    static let suffixRules: SuffixRules = {
        var rules = SuffixRules()
        for line in publicSuffixRulesText.split(separator: "\n") {
            if line.hasPrefix("!") { rules.exception.insert(String(line.dropFirst())) }
            else if line.hasPrefix("*.") { rules.wildcard.insert(String(line.dropFirst(2))) }
            else { rules.normal.insert(String(line)) }
        }
        return rules
    }()

    /// The registrable domain ("eTLD+1") of a host by the Public Suffix List's algorithm, as
    /// browsers scope cookies: `www.bbc.co.uk` → `bbc.co.uk`. An IP address or a single label
    /// (`localhost`) is its own registrable domain; a host that is itself a public suffix is
    /// returned as it is.
    public static func registrableDomain(of host: String) -> String {
        var h = host.lowercased()
        if h.hasSuffix(".") { h.removeLast() }
        if h.hasPrefix("[") || h.contains(":") || isIPv4(h) { return h }
        let labels = h.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard labels.count > 1 else { return h }
        // The longest matching rule; an exception rule wins and drops its leftmost label.
        var suffixLength = 1
        for i in 0..<labels.count {
            let candidate = labels[i...].joined(separator: ".")
            if suffixRules.exception.contains(candidate) { suffixLength = labels.count - i - 1; break }
            if suffixRules.normal.contains(candidate) { suffixLength = max(suffixLength, labels.count - i); break }
            if i + 1 < labels.count, suffixRules.wildcard.contains(labels[(i + 1)...].joined(separator: ".")) {
                suffixLength = max(suffixLength, labels.count - i); break
            }
        }
        guard suffixLength < labels.count else { return h }
        return labels[(labels.count - suffixLength - 1)...].joined(separator: ".")
    }

    static func isIPv4(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }

    /// The host of a URL (`http://a.b:8080/x` → `a.b`), lowercased; `nil` for URLs without one.
    public static func host(ofURL url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        var rest = url[scheme.upperBound...]
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            return String(rest[...close]).lowercased()
        }
        if let colon = rest.lastIndex(of: ":") { rest = rest[..<colon] }
        return rest.isEmpty ? nil : rest.lowercased()
    }
}
