/// The structured policy a consent notice declares: who processes data, for what, and what the
/// visitor can refuse. Every field the page does not show stays `nil` (JSON `null`): the tool never
/// invents a figure.
public struct ConsentNotice: Codable, Sendable, Equatable {
    /// Platform id (see ``ConsentPlatform``) of the notice's CMP, when one is recognised.
    @Nullable public var platform: String?
    /// ISO 639-1 code of the notice's language, when it can be told.
    @Nullable public var language: String?
    /// "We and our 157 partners": the total the notice states.
    @Nullable public var totalPartners: Int?
    public var purposes: [PurposeDeclaration]
    public var stacks: [StackDeclaration]
    public var cookieCategories: [CookieCategory]
    public var controls: NoticeControls
    /// Whether the notice says partners rely on legitimate interest: `true` where it says so, `false`
    /// where the file shows its choices (a preference centre or vendor list) and they do not, `nil`
    /// where the file shows only a first layer that is silent on it.
    @Nullable public var legitimateInterestClaimed: Bool?
    /// Where the notice's text was read from: `rendered` markup or text, a CMP `template`, or an
    /// inline `configuration` object that a script would render.
    public var origin: NoticeOrigin
    /// Placeholders such as `{numberOfPartners}` that the saved page holds instead of a figure.
    public var unrenderedPlaceholders: [String]
    /// The notice's layers in the file, in reading order: the banner a visitor meets first, the
    /// preference centre behind "Manage", the vendor list. ``controls`` are the first layer's.
    public var layers: [NoticeLayer] = []
    /// The layer ``controls`` were read from: the `banner` a visitor meets first, or the
    /// `preferenceCentre` (or `vendorList`) when the file holds that layer but no banner with an
    /// accept or reject button. `nil` when no layer shows the notice's buttons.
    @Nullable public var controlsLayer: LayerKind?

    /// Whether the file holds the first layer the EDPB taskforce judges (the banner); `false` when
    /// it holds only a later layer, so that the first layer's buttons are unknown.
    public var firstLayerInFile: Bool { controlsLayer.map { $0 == .banner } ?? true }

    public init(
        platform: String? = nil, language: String? = nil, totalPartners: Int? = nil,
        purposes: [PurposeDeclaration] = [], stacks: [StackDeclaration] = [],
        cookieCategories: [CookieCategory] = [], controls: NoticeControls = NoticeControls(),
        legitimateInterestClaimed: Bool? = nil, origin: NoticeOrigin = .rendered,
        unrenderedPlaceholders: [String] = [], layers: [NoticeLayer] = [], controlsLayer: LayerKind? = nil
    ) {
        self.layers = layers
        self.controlsLayer = controlsLayer
        self.platform = platform
        self.language = language
        self.totalPartners = totalPartners
        self.purposes = purposes
        self.stacks = stacks
        self.cookieCategories = cookieCategories
        self.controls = controls
        self.legitimateInterestClaimed = legitimateInterestClaimed
        self.origin = origin
        self.unrenderedPlaceholders = unrenderedPlaceholders
    }
}

/// One layer of a notice: what the visitor sees at one step.
public struct NoticeLayer: Codable, Sendable, Equatable {
    public var kind: LayerKind
    /// Shown in the saved state; `false` when every line of it is hidden until opened.
    public var shown: Bool
    /// This layer's own buttons (see ``NoticeControls``).
    public var controls: NoticeControls
    /// The TCF items and stacks it lists, as "purpose 1", "specialFeature 2", "stack 42".
    public var tcfItems: [String]
    /// The cookie categories it lists, by name as shown.
    public var cookieCategories: [String]

    public init(kind: LayerKind, shown: Bool, controls: NoticeControls = NoticeControls(), tcfItems: [String] = [], cookieCategories: [String] = []) {
        self.kind = kind
        self.shown = shown
        self.controls = controls
        self.tcfItems = tcfItems
        self.cookieCategories = cookieCategories
    }
}

/// The step of a notice a layer is.
public enum LayerKind: String, Codable, Sendable, Equatable {
    /// The first layer: the banner or dialog a visitor meets on arrival.
    case banner
    /// The choices behind "Manage" / "Settings": categories or purposes with their switches.
    case preferenceCentre
    /// The list of vendors or partners and their purposes.
    case vendorList

    /// The layer in words, as reports and summaries say it.
    public var words: String {
        switch self {
        case .banner: return "banner"
        case .preferenceCentre: return "preference centre"
        case .vendorList: return "vendor list"
        }
    }
}

/// Where a notice's words were found in the saved page.
public enum NoticeOrigin: String, Codable, Sendable, Equatable {
    /// Text a visitor saw: rendered markup in a DOM snapshot, or a text dump of the page.
    case rendered
    /// Markup a CMP keeps to render later (`<script type="text/template">`, `<template>`).
    case template
    /// Wording in an inline configuration object (e.g. `window.didomiConfig`), not yet rendered.
    case configuration
}

/// The four kinds of TCF declaration a notice lists.
public enum DeclarationKind: String, Codable, Sendable, Equatable, CaseIterable, Comparable {
    case purpose, specialPurpose, feature, specialFeature

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One purpose, special purpose, feature or special feature as the notice shows it.
public struct PurposeDeclaration: Codable, Sendable, Equatable {
    public var kind: DeclarationKind
    /// The official IAB TCF id, or `nil` when the shown name matches none.
    @Nullable public var tcfId: Int?
    /// The name exactly as shown.
    public var name: String
    @Nullable public var description: String?
    /// "109 partners can use this purpose".
    @Nullable public var partners: Int?
    /// Shown as "Always Active" (or the notice's equivalent): the visitor cannot switch it off.
    public var alwaysActive: Bool
    /// The notice offers or states legitimate interest as a basis for this item: `true` where it
    /// does, `false` where it shows this per item and not for this one, `null` where it does not
    /// say per item.
    @Nullable public var legitimateInterest: Bool?
    /// "Legitimate interest (97 vendors)": partners relying on legitimate interest for this item,
    /// where the notice counts them apart from those asking consent; `null` where not shown.
    @Nullable public var legitimateInterestPartners: Int?

    public init(
        kind: DeclarationKind, tcfId: Int?, name: String, description: String? = nil,
        partners: Int? = nil, alwaysActive: Bool = false, legitimateInterest: Bool? = nil,
        legitimateInterestPartners: Int? = nil
    ) {
        self.legitimateInterestPartners = legitimateInterestPartners
        self.kind = kind
        self.tcfId = tcfId
        self.name = name
        self.description = description
        self.partners = partners
        self.alwaysActive = alwaysActive
        self.legitimateInterest = legitimateInterest
    }
}

/// A TCF stack: one line on the notice standing for several purposes and special features.
public struct StackDeclaration: Codable, Sendable, Equatable {
    @Nullable public var tcfId: Int?
    public var name: String
    @Nullable public var description: String?
    @Nullable public var partners: Int?
    /// The purposes the stack groups, from the TCF taxonomy (not from the page).
    public var purposeIds: [Int]
    public var specialFeatureIds: [Int]

    public init(
        tcfId: Int?, name: String, description: String? = nil, partners: Int? = nil,
        purposeIds: [Int] = [], specialFeatureIds: [Int] = []
    ) {
        self.tcfId = tcfId
        self.name = name
        self.description = description
        self.partners = partners
        self.purposeIds = purposeIds
        self.specialFeatureIds = specialFeatureIds
    }
}

/// The normalised class of a cookie category, whatever the platform calls it.
public enum CategoryClass: String, Codable, Sendable, Equatable, CaseIterable {
    case necessary, preferences, statistics, marketing, saleOfData, other

    /// The class in words, as reports and summaries say it: "sale of data", never `saleOfData`.
    public var words: String {
        switch self {
        case .saleOfData: return "sale of data"
        default: return rawValue
        }
    }
}

/// A cookie category ("Strictly Necessary Cookies", "Statistiken", …) as the notice shows it.
public struct CookieCategory: Codable, Sendable, Equatable {
    public var name: String
    @Nullable public var description: String?
    /// The notice really shows this category as always active (not merely a hidden template label).
    public var alwaysActive: Bool
    public var normalized: CategoryClass
    /// The category's own checkbox or switch as saved: `true` ticked (and not locked), `false`
    /// unticked, `nil` when the page shows no such control (text dumps, buttons-only notices).
    @Nullable public var preTicked: Bool?

    public init(
        name: String, description: String? = nil, alwaysActive: Bool = false, normalized: CategoryClass = .other,
        preTicked: Bool? = nil
    ) {
        self.name = name
        self.description = description
        self.alwaysActive = alwaysActive
        self.normalized = normalized
        self.preTicked = preTicked
    }
}

/// The buttons a notice offers. `nil` means the page cannot tell (a text dump does not say which
/// words were buttons), `false` that the notice is visible and has no such control.
public struct NoticeControls: Codable, Sendable, Equatable {
    @Nullable public var acceptAll: Bool?
    @Nullable public var rejectAll: Bool?
    @Nullable public var manageChoices: Bool?
    @Nullable public var saveChoices: Bool?

    public init(acceptAll: Bool? = nil, rejectAll: Bool? = nil, manageChoices: Bool? = nil, saveChoices: Bool? = nil) {
        self.acceptAll = acceptAll
        self.rejectAll = rejectAll
        self.manageChoices = manageChoices
        self.saveChoices = saveChoices
    }
}
