import ConsentParse

/// Where a platform's notice lives in rendered markup: the container isolation prefers over
/// scoring blocks by vocabulary. Also the shape of a platform's other own ids and classes, which
/// are evidence wherever they appear (markup or inline CSS).
public enum ContainerSelector: Sendable, Equatable {
    case id(String)
    case idPrefix(String)
    case className(String)
    case classPrefix(String)

    /// Called for every element against every platform's containers, so it reads the `class`
    /// attribute in place instead of splitting it.
    public func matches(_ element: HTMLElement) -> Bool {
        switch self {
        case .id(let id): return element.attributes["id"] == id
        case .idPrefix(let prefix): return element.attributes["id"]?.hasPrefix(prefix) ?? false
        case .className(let name):
            guard let classes = element.attributes["class"] else { return false }
            return Self.hasClass(classes, name, prefixOnly: false)
        case .classPrefix(let prefix):
            guard let classes = element.attributes["class"] else { return false }
            return Self.hasClass(classes, prefix, prefixOnly: true)
        }
    }

    /// Whether a whitespace-separated word of `classes` is `name` (or starts with it).
    static func hasClass(_ classes: String, _ name: String, prefixOnly: Bool) -> Bool {
        let text = classes.utf8, needle = name.utf8
        guard !needle.isEmpty, text.count >= needle.count else { return false }
        var word = text.startIndex
        while word < text.endIndex {
            while word < text.endIndex, text[word] <= 0x20 { word = text.index(after: word) }
            var end = word
            while end < text.endIndex, text[end] > 0x20 { end = text.index(after: end) }
            if end > word {
                let candidate = text[word..<end]
                if prefixOnly ? candidate.starts(with: needle) : candidate.elementsEqual(needle) { return true }
            }
            word = end
        }
        return false
    }

    /// As written in CSS: `#id`, `#id…`, `.class`, `.class…`.
    public var cssText: String {
        switch self {
        case .id(let name): return "#\(name)"
        case .idPrefix(let name): return "#\(name)…"
        case .className(let name): return ".\(name)"
        case .classPrefix(let name): return ".\(name)…"
        }
    }
}

/// A loader or API address of a platform, matched on a parsed URL (host and path), never on text.
public enum URLRule: Sendable, Equatable {
    /// The host is `suffix` or a subdomain of it (label boundary: `osano.com` does not match
    /// `prosanova.com`); when `path` is given the URL's path must start with it.
    case host(String, path: String? = nil)
    /// The last path segment is this file name, on any host or relative (a "Save page as" copy
    /// keeps the name: `reuters_files/otSDKStub.js`, `…/otBannerSdk.js.Download`). Case-insensitive.
    case file(String)
    /// Two consecutive path segments, on any host: `plugins/borlabs-cookie` for WordPress plugins.
    /// Case-insensitive.
    case segments(String, String)
}

/// Markup a platform leaves on the scripts and embeds it controls: scripts it blocks until consent
/// (`type="text/plain" data-usercentrics=…`) and attributes of its own loader.
public enum ScriptMarker: Sendable, Equatable {
    /// An attribute on any element (blocked scripts, blocked iframes, the loader tag).
    case attribute(String)
    /// A `<script type>` only this platform executes (`didomi/javascript`). Case-insensitive.
    case type(String)
    /// A class on a `<script>` element.
    case scriptClass(String)
    /// A class prefix on a `<script>` element (`optanon-category-C0002`).
    case scriptClassPrefix(String)
}

/// A phrase of a platform's default wording, for text dumps, Markdown and accessibility snapshots.
public enum WordingPhrase: Sendable, Hashable {
    /// A short line (a label, a button, a heading) that holds this phrase as whole words:
    /// "Accept All Save Settings" holds "Save Settings"; a paragraph of prose does not count.
    case label(String)
    /// A distinctive passage or placeholder found anywhere in a line (`{vendor_count}`).
    case passage(String)

    public var text: String {
        switch self {
        case .label(let text), .passage(let text): return text
        }
    }
}

/// Default wording that names a platform when every group has one phrase present.
public struct WordingRule: Sendable, Equatable {
    /// Each inner array lists alternatives; all groups must match.
    public var allOf: [[WordingPhrase]]

    public init(_ allOf: [[WordingPhrase]]) {
        self.allOf = allOf
    }
}

/// One example a platform entry must (or must not) be recognised in.
public enum PlatformExample: Sendable, Equatable {
    case html(String)
    /// A text dump, read line by line.
    case text(String)
    case markdown(String)
}

/// The examples that live beside a platform's rules; one generic test runs them all.
public struct PlatformExamples: Sendable, Equatable {
    public var positive: [PlatformExample]
    public var negative: [PlatformExample]

    public init(positive: [PlatformExample], negative: [PlatformExample]) {
        self.positive = positive
        self.negative = negative
    }
}

/// A consent management platform (CMP): one data-table entry holding everything that identifies
/// it. Each platform lives in `Catalog/<Name>.swift`; ``all`` lists them.
public struct ConsentPlatform: Sendable {
    /// Lowercase slug: `onetrust`, `inmobi-choice`, …
    public var id: PlatformID
    public var name: String
    /// Where its rendered notice lives (banner, preference centre). Also evidence.
    public var noticeContainers: [ContainerSelector]
    /// Its other own ids and classes: settings links, style tags, wrappers. Evidence in markup and
    /// in inline CSS, but not where the notice is.
    public var markers: [ContainerSelector]
    /// Loader and API addresses.
    public var urls: [URLRule]
    /// Blocked scripts and loader attributes.
    public var scriptMarkers: [ScriptMarker]
    /// Globals and configuration objects in inline script and handlers, as identifiers: a pattern
    /// may have dots or words around its identifier (`Cookiebot.renew`, `var complianz`) and
    /// matches only at identifier boundaries, case-sensitive.
    public var globals: [String]
    /// Default wording, only for pages without markup; reported with confidence `low`.
    public var wording: [WordingRule]
    /// Its notice's layers in markup: which container is the banner, the preference centre, the
    /// vendor list. The innermost matching container of a line gives the line's layer.
    public var layers: [(LayerKind, ContainerSelector)] = []
    /// Elements it marks a "consent or pay" wall with (its paid option's box): text inside one is
    /// read as a wall even where its words alone would not say so (see ``PayOrConsentReader``).
    public var payOrConsentMarkers: [ContainerSelector] = []
    /// Panels inside its notice whose headings are the panel's title, never a cookie category:
    /// OneTrust's cookie list (`#ot-pc-lst`) is headed by the name of the category whose cookies
    /// it lists, a copy of a category already in the preference centre.
    public var nonCategoryPanels: [ContainerSelector] = []
    /// Classes its markup gives cookie-category headings: a line inside such an element (or one
    /// of its three nearest ancestors) is a category heading whatever its words ("Cookie
    /// Settings" is a category in some OneTrust set-ups), where words alone would call it a control.
    public var categoryHeadingClasses: Set<String> = []
    /// Set when its template prints "Always Active" under every category and shows it with
    /// script only for these classes (CookieYes: the necessary one): other labels do not count.
    public var templateAlwaysActiveClasses: Set<CategoryClass>?
    /// Category names it gives its own meaning, in every translation it ships (Complianz's
    /// "Functional" is its always-active essential category; elsewhere it means preferences).
    public var categoryMeanings: [(name: String, class: CategoryClass)] = []
    /// Where it keeps its notice's wording in an inline configuration object, when it does.
    public var configuration: ConfigurationSource?
    /// Its notice's buttons whose meaning its own markup states (an id or class it gives its
    /// reject button says what the button does in any language), as CSS in the subset
    /// ``RuleSelector`` reads: `consentlens capture` clicks these before reading wording, in this
    /// order, platform by platform in catalogue order.
    public var captureButtons: [(kind: ControlKind, css: String)] = []
    /// CSS selectors that name it (generated from autoconsent's and Consent-O-Matic's rules): each
    /// rule is a list of steps that must all match, each step a selector list (alternatives), in
    /// the subset ``RuleSelector`` matches.
    public var selectorRules: [[[String]]] = []
    /// Where its knowledge comes from: `hand-written`, or the rules it was generated from.
    public var source: String = "hand-written"
    public var examples: PlatformExamples

    public init(
        id: String, name: String,
        noticeContainers: [ContainerSelector] = [], markers: [ContainerSelector] = [],
        urls: [URLRule] = [], scriptMarkers: [ScriptMarker] = [], globals: [String] = [],
        wording: [WordingRule] = [], layers: [(LayerKind, ContainerSelector)] = [],
        payOrConsentMarkers: [ContainerSelector] = [], nonCategoryPanels: [ContainerSelector] = [], categoryHeadingClasses: Set<String> = [],
        templateAlwaysActiveClasses: Set<CategoryClass>? = nil, categoryMeanings: [(name: String, class: CategoryClass)] = [],
        configuration: ConfigurationSource? = nil, captureButtons: [(kind: ControlKind, css: String)] = [],
        selectorRules: [[[String]]] = [], source: String = "hand-written", examples: PlatformExamples
    ) {
        self.payOrConsentMarkers = payOrConsentMarkers
        self.layers = layers
        self.nonCategoryPanels = nonCategoryPanels
        self.categoryHeadingClasses = categoryHeadingClasses
        self.templateAlwaysActiveClasses = templateAlwaysActiveClasses
        self.categoryMeanings = categoryMeanings
        self.configuration = configuration
        self.captureButtons = captureButtons
        self.selectorRules = selectorRules
        self.source = source
        self.id = PlatformID(rawValue: id)
        self.name = name
        self.noticeContainers = noticeContainers
        self.markers = markers
        self.urls = urls
        self.scriptMarkers = scriptMarkers
        self.globals = globals
        self.wording = wording
        self.examples = examples
    }

    /// Every platform ConsentLens recognises, in a stable order (ties in ranking keep this order):
    /// the hand-written profiles, then those generated from the rules (``PlatformRule``).
    public static let all: [ConsentPlatform] = handWritten + PlatformRule.generatedPlatforms()

    /// The hand-written profiles (`Catalog/*.swift`): they win over rules for the same platform.
    public static let handWritten: [ConsentPlatform] = [
        .onetrust, .cookiebot, .didomi, .inmobiChoice, .sourcepoint, .trustarc, .googleFundingChoices,
        .usercentrics, .cookieyes, .complianz, .borlabs, .iubenda, .osano, .termly, .consentmanager,
        .klaro, .cookiefirst, .axeptio, .sirdata, .dmgMedia, .cookieScript, .cookieinformation,
        .civicCookieControl, .evidon, .commandersAct, .cookielawinfo, .cookiehub, .ketch, .truendo,
        .clickio, .fastcmp, .faktor, .piwikPro, .securiti, .redaxoConsentManager,
    ]

    private static let byID: [PlatformID: ConsentPlatform] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    public static func platform(id: PlatformID) -> ConsentPlatform? {
        byID[id]
    }
}
