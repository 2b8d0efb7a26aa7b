/// Words the Markdown renderers share, so the report and the comparison say the same thing the
/// same way.
enum MarkdownLabels {
    static func yesNo(_ value: Bool?) -> MarkdownText {
        switch value {
        case true?: return "yes"
        case false?: return "no"
        case nil: return "unknown"
        }
    }

    /// The file as given on the command line; `-` is standard input.
    static func path(_ path: String) -> MarkdownText {
        path == "-" ? "standard input" : "\(path)"
    }

    static func count(_ value: Int?) -> MarkdownText {
        value.map { "\($0)" } ?? "not shown"
    }

    static func kind(_ kind: DeclarationKind) -> MarkdownText {
        "\(TerminalRendering.kindLabel(kind))"
    }

    /// Short chart and table labels: P3, SP1, F2, SF1.
    static func code(_ kind: DeclarationKind) -> String {
        switch kind {
        case .purpose: return "P"
        case .specialPurpose: return "SP"
        case .feature: return "F"
        case .specialFeature: return "SF"
        }
    }

    static func categoryClass(_ cls: CategoryClass) -> MarkdownText {
        "\(cls.words)"
    }

    /// Whether the visitor can refuse an item, and why not.
    static func refusable(_ item: PurposeDeclaration) -> MarkdownText {
        MarkdownText(stringLiteral: item.refusability.words)
    }

    static func severity(_ severity: Severity) -> MarkdownText {
        "\(severity.label)"
    }

    static func grade(_ score: Int, _ grade: Grade) -> MarkdownText {
        "\(score) (\(grade.rawValue))"
    }

    /// The controls a notice can offer, in table order.
    static var controls: [(MarkdownText, KeyPath<NoticeControls, Bool?>)] { [
        ("Accept all", \.acceptAll),
        ("Reject all", \.rejectAll),
        ("Manage choices", \.manageChoices),
        ("Save choices", \.saveChoices),
    ] }

    /// Points of a finding, saying "unknown" rather than 0 when the fact could not be seen.
    static func points(_ finding: Finding) -> MarkdownText {
        if finding.status == .unknown { return "unknown (\(finding.pointsAtStake) at stake)" }
        if finding.pointsAtStake > 0 { return "\(finding.points) (+\(finding.pointsAtStake) at stake)" }
        return "\(finding.points)"
    }

    /// A signed difference: +55, -12, 0.
    static func difference(_ value: Int?) -> MarkdownText {
        guard let value else { return "–" }
        return value > 0 ? "+\(value)" : "\(value)"
    }

    /// Per-item legitimate interest as the report's column shows it, with its vendor count when shown.
    static func legitimateInterest(_ item: PurposeDeclaration) -> MarkdownText {
        switch item.legitimateInterest {
        case true?: return item.legitimateInterestPartners.map { "offered (\($0) partners)" } ?? "offered"
        case false?: return "not offered"
        case nil: return "not shown"
        }
    }

    static func layerKind(_ kind: LayerKind) -> MarkdownText {
        switch kind {
        case .banner: return "Banner"
        case .preferenceCentre: return "Preference centre"
        case .vendorList: return "Vendor list"
        }
    }

    /// The score as a range, best to worst: "27–50 / 100, grade B–D", or "27 / 100, grade B" when
    /// nothing is unknown. Every grade the tool shows is shown with its range.
    static func range(_ a: PrivacyAssessment, bold: Bool = false) -> MarkdownText {
        let text: MarkdownText = a.pointsAtStake == 0
            ? "\(a.score) / 100, grade \(a.grade.rawValue)"
            : "\(a.score)–\(a.worstCaseScore) / 100, grade \(a.gradeRange)"
        return bold ? "**\(text)**" : text
    }

    /// An item's name: as shown, or for a notice read from configuration (where names are
    /// configuration ids such as `select_basic_ads`) the official TCF name when the id is known.
    static func itemName(_ item: PurposeDeclaration, origin: NoticeOrigin) -> MarkdownText {
        "\(plainItemName(item, origin: origin))"
    }

    static func plainItemName(_ item: PurposeDeclaration, origin: NoticeOrigin) -> String {
        if origin == .configuration, let id = item.tcfId, let official = TCFTaxonomy.officialName(item.kind, id) {
            return official
        }
        return item.name
    }

    /// Whether a category is always active. A configuration object does not show the rendered
    /// "Always Active" label, so there "no" is not known: "unknown".
    static func alwaysActive(_ category: CookieCategory, origin: NoticeOrigin) -> MarkdownText {
        if category.alwaysActive { return "yes" }
        return origin == .configuration ? "unknown" : "no"
    }
}
