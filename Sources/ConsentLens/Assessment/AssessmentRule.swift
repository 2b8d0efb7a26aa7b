/// One part of the privacy-impact assessment: reads a notice and reports what it found, each
/// finding carrying its own points. Rules are listed once, in ``PrivacyAssessor/rules``.
protocol AssessmentRule: Sendable {
    static var component: AssessmentComponent { get }
    static func findings(for notice: ConsentNotice) -> [Finding]
}

/// The arithmetic every rule shares, written once so that `docs/scoring.md` can state it once.
enum Points {
    /// `round(value / step)`, halves rounded up, at most `maximum`.
    static func per(_ step: Int, of value: Int, maximum: Int) -> Int {
        min(maximum, Int((Double(value) / Double(step)).rounded()))
    }

    /// `rounded(x / step)` as a basis line: "round(132 / 25) = 5 (at most 5)", or "(capped at 5)"
    /// when the cap cut it.
    static func basis(_ expression: FindingText, _ value: Int, maximum: Int) -> FindingText {
        "\(expression) = \(value) (\(value > maximum ? "capped at" : "at most") \(maximum))"
    }

    /// `round(value / step)` before any cap.
    static func rounded(_ value: Int, per step: Int) -> Int {
        Int((Double(value) / Double(step)).rounded())
    }

    /// The declaration with the most partners; the first one on a tie.
    static func largest(_ declarations: [PurposeDeclaration]) -> (PurposeDeclaration, Int)? {
        var best: (PurposeDeclaration, Int)?
        for d in declarations {
            guard let n = d.partners else { continue }
            if best == nil || n > best!.1 { best = (d, n) }
        }
        return best
    }
}

/// Names for TCF items in findings: the official English name when the id is known (so that a
/// finding reads the same whatever language the notice used), else the name as shown.
enum ItemLabel {
    static func noun(_ kind: DeclarationKind) -> FindingText {
        switch kind {
        case .purpose: return "purpose"
        case .specialPurpose: return "special purpose"
        case .feature: return "feature"
        case .specialFeature: return "special feature"
        }
    }

    /// "purpose 3 (Create profiles for personalised advertising)".
    static func of(_ d: PurposeDeclaration) -> FindingText {
        guard let id = d.tcfId else { return "\(noun(d.kind)) “\(d.name)”" }
        let name = TCFTaxonomy.officialName(d.kind, id).map { FindingText(own: $0) } ?? "\(d.name)"
        return "\(noun(d.kind)) \(id) (\(name))"
    }

    /// "purpose 3", or the shown name when there is no id.
    static func short(_ d: PurposeDeclaration) -> FindingText {
        d.tcfId.map { "\(noun(d.kind)) \($0)" } ?? "\(noun(d.kind)) “\(d.name)”"
    }

    /// A slug for finding ids: `purpose-3`, `special-feature-1`, `purpose-unnamed-2`.
    static func slug(_ d: PurposeDeclaration, index: Int) -> String {
        let kind = noun(d.kind).plain.split(separator: " ").joined(separator: "-")
        return d.tcfId.map { "\(kind)-\($0)" } ?? "\(kind)-unnamed-\(index + 1)"
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [FindingText]) -> FindingText {
        items.count <= 1 ? items.joined(separator: "") : Array(items.dropLast()).joined(separator: ", ") + " and " + items.last!
    }

    /// A cookie category's class in words: "sale of data", never the JSON value `saleOfData`.
    static func categoryWords(_ cls: CategoryClass) -> FindingText {
        "\(cls.words)"
    }

    /// Whether the notice speaks TCF at all: any item or stack with an official id.
    static func isTCF(_ notice: ConsentNotice) -> Bool {
        notice.purposes.contains { $0.tcfId != nil } || notice.stacks.contains { $0.tcfId != nil }
    }
}
