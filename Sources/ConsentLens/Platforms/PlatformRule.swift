/// One click of a rule's accept or reject sequence: a CSS selector, inside the frames (or shadow
/// roots) `frames` names from the top, that a live capture clicks.
public struct RuleClick: Sendable, Equatable {
    public var selector: String
    public var frames: [String]
    /// The rule goes on when the button is missing.
    public var optional: Bool
    /// The rule waits for the button to appear before clicking it.
    public var waits: Bool

    public init(_ selector: String, frames: [String] = [], optional: Bool = false, waits: Bool = false) {
        self.selector = selector
        self.frames = frames
        self.optional = optional
        self.waits = waits
    }
}

/// A rule of autoconsent or Consent-O-Matic as `Scripts/generate-platform-catalog` reads it:
/// what names its platform in a saved page (CSS selectors), where its notice is, and which buttons
/// accept, reject or open the settings. Generated into `Generated/*.swift`; never edited by hand.
public struct PlatformRule: Sendable {
    public enum Source: String, Sendable {
        case autoconsent, consentOMatic

        /// Repository, commit and licence of the rules, as the generated files cite them.
        public var citation: String {
            switch self {
            case .autoconsent: return "duckduckgo/autoconsent 1eb5122b5169d7b7b5e7e1d88e3833e94d2e4774 (MPL-2.0)"
            case .consentOMatic: return "cavi-au/Consent-O-Matic 55e6df94b77de48fbad15b79e5e922423f13491f (MIT)"
            }
        }
    }

    public enum Kind: Sendable {
        /// A platform the hand-written catalogue profiles: the profile wins, the rule gives buttons.
        case handWritten
        /// A platform of its own, generated into the catalogue.
        case generated
        /// Every selector is generic (`#cookie-banner`): a notice container, not a platform name.
        case generic
    }

    public var rule: String
    public var source: Source
    /// The rule's file (autoconsent) or `Rules.json` (Consent-O-Matic).
    public var file: String
    /// The platform it belongs to: a hand-written profile's id (``Kind/handWritten``), or the
    /// generated profile this rule is part of.
    public var platform: PlatformID
    public var kind: Kind
    /// The platform's name, for generated platforms.
    public var name: String?
    /// Detection: every step must match; a step is a CSS selector list (alternatives).
    public var detect: [[String]]
    public var containers: [ContainerSelector]
    public var accept: [RuleClick]
    public var reject: [RuleClick]
    public var settings: [String]
    public var save: [String]
    public var inMainFrame: Bool
    public var inFrames: Bool
    public var examples: PlatformExamples?

    public init(
        rule: String, source: Source, file: String, platform: String, kind: Kind, name: String? = nil,
        detect: [[String]], containers: [ContainerSelector] = [], accept: [RuleClick] = [], reject: [RuleClick] = [],
        settings: [String] = [], save: [String] = [], inMainFrame: Bool = true, inFrames: Bool = false,
        examples: PlatformExamples? = nil
    ) {
        self.rule = rule
        self.source = source
        self.file = file
        self.platform = PlatformID(rawValue: platform)
        self.kind = kind
        self.name = name
        self.detect = detect
        self.containers = containers
        self.accept = accept
        self.reject = reject
        self.settings = settings
        self.save = save
        self.inMainFrame = inMainFrame
        self.inFrames = inFrames
        self.examples = examples
    }

    /// Every rule, autoconsent's first.
    public static let all: [PlatformRule] = autoconsent + consentOMatic

    /// The generated platforms, one per platform id in the order their first rule appears: the
    /// rules' containers and selectors merged, with each rule's examples.
    static func generatedPlatforms() -> [ConsentPlatform] {
        var order: [PlatformID] = []
        var byID: [PlatformID: [PlatformRule]] = [:]
        for rule in all where rule.kind == .generated {
            if byID[rule.platform] == nil { order.append(rule.platform) }
            byID[rule.platform, default: []].append(rule)
        }
        return order.map { id in
            let rules = byID[id]!
            var containers: [ContainerSelector] = []
            for rule in rules { for c in rule.containers where !containers.contains(c) { containers.append(c) } }
            let examples = rules.compactMap(\.examples)
            return ConsentPlatform(
                id: id.rawValue, name: rules[0].name ?? rules[0].rule,
                noticeContainers: containers,
                selectorRules: rules.map(\.detect),
                source: rules.map { "\($0.source == .autoconsent ? "autoconsent" : "Consent-O-Matic") rule \($0.rule)" }.joined(separator: "; "),
                examples: PlatformExamples(
                    positive: examples.flatMap(\.positive), negative: examples.flatMap(\.negative)))
        }
    }
}
