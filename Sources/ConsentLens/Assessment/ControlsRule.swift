/// The controls: refusing must be as easy as accepting. A notice seen with its buttons and no
/// reject-all among them is the EDPB's "no reject button on the first layer". A category other than
/// the necessary one saved with its box ticked is the EDPB's "pre-ticked boxes". A text dump cannot
/// show buttons or boxes, so those facts stay unknown and score nothing; their points are reported
/// as at stake.
enum ControlsRule: AssessmentRule {
    static let component = AssessmentComponent.controls
    static let noRejectPoints = 15
    static let preTickedPoints = 8

    static func findings(for notice: ConsentNotice) -> [Finding] {
        [rejectAll(notice), preTicked(notice.cookieCategories)]
    }

    static func rejectAll(_ notice: ConsentNotice) -> Finding {
        let controls = notice.controls
        if let layer = notice.controlsLayer, layer != .banner {
            // The file holds a later layer only (a saved preference centre): its buttons are not
            // the first layer's, which the visitor met and which the taskforce judges.
            let held: FindingText = "\(layer.words)"
            let own: FindingText = switch controls.rejectAll {
            case true?: " (the \(held) itself offers one)"
            case false?: " (the \(held) itself offers none)"
            case nil: ""
            }
            return Finding(
                id: "controls.reject-all", component: component, severity: .info, status: .unknown,
                explanation: "Unknown: the file holds the notice's \(held) but not the banner a visitor meets first, so whether that banner offered a reject-all cannot be told\(own).",
                basis: "unknown: \(noRejectPoints) points at stake", pointsAtStake: noRejectPoints,
                edpbCriterion: .noRejectButtonOnFirstLayer)
        }
        switch controls.rejectAll {
        case false?:
            return Finding(
                id: "controls.reject-all", component: component, severity: .high,
                explanation: "The first layer's buttons include no reject-all: refusing takes more effort than accepting.",
                basis: "\(noRejectPoints) for no reject-all button", points: noRejectPoints,
                edpbCriterion: .noRejectButtonOnFirstLayer)
        case true?:
            return Finding(
                id: "controls.reject-all", component: component, severity: .info,
                explanation: "The notice's first layer offers a reject-all button.",
                edpbCriterion: .noRejectButtonOnFirstLayer)
        case nil:
            return Finding(
                id: "controls.reject-all", component: component, severity: .info, status: .unknown,
                explanation: "Unknown: the saved file shows no row of the notice's buttons, so whether a reject-all button existed cannot be told.",
                basis: "unknown: \(noRejectPoints) points at stake", pointsAtStake: noRejectPoints,
                edpbCriterion: .noRejectButtonOnFirstLayer)
        }
    }

    static func preTicked(_ categories: [CookieCategory]) -> Finding {
        let optional = categories.filter { $0.normalized != .necessary && !$0.alwaysActive }
        let ticked = optional.filter { $0.preTicked == true }
        if !ticked.isEmpty {
            return Finding(
                id: "controls.pre-ticked-boxes", component: component, severity: .high,
                explanation: "Optional categories are saved already ticked: \(ticked.map { FindingText("\($0.name)") }.joined(separator: ", ")).",
                basis: "\(preTickedPoints) for pre-ticked boxes", points: preTickedPoints,
                edpbCriterion: .preTickedBoxes)
        }
        if optional.isEmpty, !categories.isEmpty {
            return Finding(
                id: "controls.pre-ticked-boxes", component: component, severity: .info,
                explanation: "No category has a box to pre-tick: each is necessary or shown as always active.",
                edpbCriterion: .preTickedBoxes)
        }
        if !optional.isEmpty, optional.allSatisfy({ $0.preTicked == false }) {
            return Finding(
                id: "controls.pre-ticked-boxes", component: component, severity: .info,
                explanation: "The optional categories' boxes are saved unticked.",
                edpbCriterion: .preTickedBoxes)
        }
        return Finding(
            id: "controls.pre-ticked-boxes", component: component, severity: .info, status: .unknown,
            explanation: "Unknown: the saved page shows no ticked or unticked box for the optional categories.",
            basis: "unknown: \(preTickedPoints) points at stake", pointsAtStake: preTickedPoints,
            edpbCriterion: .preTickedBoxes)
    }
}
