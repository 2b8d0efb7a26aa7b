import Foundation

/// How many companies the notice lets in. Each partner is one more organisation holding data
/// about the visitor, but the 150th adds less than the 10th did, so the total is scored on a log
/// scale; the busiest single purpose adds a little, because a large total spread thinly over
/// purposes differs from one where most partners do everything.
enum ScaleRule: AssessmentRule {
    static let component = AssessmentComponent.scale
    static let totalMaximum = 7
    static let largestMaximum = 3

    static func findings(for notice: ConsentNotice) -> [Finding] {
        [total(notice), largestPurpose(notice)]
    }

    static func total(_ notice: ConsentNotice) -> Finding {
        guard let total = notice.totalPartners else {
            let why: FindingText = notice.unrenderedPlaceholders.isEmpty
                ? "the notice does not say how many partners it works with"
                : "the saved page holds a placeholder where the number of partners would be"
            return Finding(
                id: "scale.total-partners", component: component, severity: .info, status: .unknown,
                explanation: "Unknown: \(why).", basis: "unknown: up to \(totalMaximum) points at stake",
                pointsAtStake: totalMaximum)
        }
        let raw = total > 1 ? 2.5 * log10(Double(total)) : 0
        let points = min(totalMaximum, Int(raw.rounded()))
        let severity: Severity = total >= 100 ? .high : total >= 20 ? .medium : total > 0 ? .low : .info
        return Finding(
            id: "scale.total-partners", component: component, severity: severity,
            explanation: "The notice names \(total) partners that may store or read data on the visitor's device.",
            basis: Points.basis("round(2.5 × log10 \(total))", Int(raw.rounded()), maximum: totalMaximum),
            points: points)
    }

    static func largestPurpose(_ notice: ConsentNotice) -> Finding {
        let purposes = notice.purposes.filter { $0.kind == .purpose }
        guard let (purpose, count) = Points.largest(purposes) else {
            return Finding(
                id: "scale.largest-purpose", component: component, severity: .info, status: .unknown,
                explanation: purposes.isEmpty
                    ? "Unknown: the notice lists no TCF purposes with partner counts."
                    : "Unknown: no purpose shows how many partners use it.",
                basis: "unknown: up to \(largestMaximum) points at stake", pointsAtStake: largestMaximum)
        }
        return Finding(
            id: "scale.largest-purpose", component: component, severity: count >= 100 ? .medium : .low,
            explanation: "The busiest purpose, \(ItemLabel.of(purpose)), is used by \(count) partners.",
            basis: Points.basis("round(\(count) / 50)", Points.rounded(count, per: 50), maximum: largestMaximum),
            points: Points.per(50, of: count, maximum: largestMaximum))
    }
}
