/// The observed-behaviour score of a capture: what the site did before any choice and after a
/// refusal. Scored apart from the declared policy (``AssessmentComponent/observed``), because a
/// saved page cannot show it: the page's own score stays comparable with every saved page's.
/// The weights and their reasons are in `docs/scoring.md`, *Observed behaviour*.
public enum ObservedBehaviourAssessor {
    /// `notice`: the capture's notice as read from its page, which the TC strings are held against.
    public static func assess(_ o: CaptureObservation, notice: ConsentNotice? = nil) -> PrivacyAssessment {
        let findings = PrivacyAssessment.byPoints(
            CookiesBeforeConsentRule.findings(for: o) + TrackingBeforeConsentRule.findings(for: o) + TrackingAfterRefusalRule.findings(for: o)
                + TCStringRules.findings(for: o, notice: notice))
        return PrivacyAssessment(components: AssessmentComponent.observed.map { ComponentScore(component: $0, findings: findings) }, findings: findings)
    }

    /// 20 for the first, `further` for each further one, at most `maximum`: one tracker already
    /// breaks the rule, more add to the harm. "20 + 5 × 2 = 30 (at most 40)".
    static func firstAndFurther(_ count: Int, further: Int, maximum: Int) -> (Int, FindingText) {
        guard count > 0 else { return (0, "no points") }
        let points = 20 + further * (count - 1)
        return (min(points, maximum), Points.basis("20 + \(further) × \(count - 1)", points, maximum: maximum))
    }

    static func names(_ cookies: [ObservedCookie]) -> FindingText {
        ItemLabel.list(cookies.map { c in
            let cls = c.category.map { "\($0)\(c.service.map { ", \($0)" } ?? "")" } ?? "unknown"
            return "\(FindingText(page: c.name)) on \(FindingText(page: c.domain)) (\(c.party)-party, \(FindingText(page: cls)))"
        })
    }

    static func contacts(_ contacts: [TrackingContact]) -> FindingText {
        ItemLabel.list(contacts.map { "\(FindingText(page: $0.registrableDomain)) (\(FindingText(page: $0.reason)))" })
    }
}

/// Non-essential cookies in the jar before the visitor chose anything: consent was not asked
/// first. Classified by the Open Cookie Database only; a cookie it does not know is not guessed:
/// third-party unknown ones are reported as unknown, their points at stake.
enum CookiesBeforeConsentRule {
    static let component = AssessmentComponent.cookiesBeforeConsent

    static func findings(for o: CaptureObservation) -> [Finding] {
        let nonEssential = o.nonEssentialCookiesBeforeChoice
        let (points, basis) = ObservedBehaviourAssessor.firstAndFurther(nonEssential.count, further: 5, maximum: component.maximum)
        var out: [Finding] = []
        if nonEssential.isEmpty {
            out.append(Finding(
                id: "observed.cookies-before-consent", component: component, severity: .info,
                explanation: "No cookie the Open Cookie Database files as analytics, marketing or personalisation was set before any choice (\(o.cookiesBeforeChoice.count) cookie\(o.cookiesBeforeChoice.count == 1 ? "" : "s") in all).",
                edpbCriterion: .nonEssentialCookiesBeforeConsent))
        } else {
            out.append(Finding(
                id: "observed.cookies-before-consent", component: component, severity: .high,
                explanation: "\(nonEssential.count) non-essential cookie\(nonEssential.count == 1 ? " was" : "s were") set before any choice: \(ObservedBehaviourAssessor.names(nonEssential)).",
                basis: basis, points: points, edpbCriterion: .nonEssentialCookiesBeforeConsent))
        }
        let unknown = o.cookiesBeforeChoice.filter { $0.nonEssential == nil && $0.party == "third" }
        if !unknown.isEmpty {
            let (worst, _) = ObservedBehaviourAssessor.firstAndFurther(nonEssential.count + unknown.count, further: 5, maximum: component.maximum)
            out.append(Finding(
                id: "observed.unknown-third-party-cookies", component: component, severity: .info, status: .unknown,
                explanation: "Unknown: \(unknown.count) third-party cookie\(unknown.count == 1 ? " is" : "s are") not in the Open Cookie Database, so whether \(unknown.count == 1 ? "it needs" : "they need") consent cannot be told: \(ObservedBehaviourAssessor.names(unknown)).",
                basis: "unknown: \(worst - points) points at stake", pointsAtStake: worst - points,
                edpbCriterion: .nonEssentialCookiesBeforeConsent))
        }
        return out
    }
}

/// Third-party tracking before any choice: a request to a known advertising or analytics host,
/// or one that sends or sets a non-essential cookie, counted once per registrable domain.
enum TrackingBeforeConsentRule {
    static let component = AssessmentComponent.trackingBeforeConsent

    static func findings(for o: CaptureObservation) -> [Finding] {
        let contacts = o.trackingBeforeChoice
        guard !contacts.isEmpty else {
            return [Finding(
                id: "observed.tracking-before-consent", component: component, severity: .info,
                explanation: "No third-party request before any choice went to a known advertising or analytics service or carried a non-essential cookie (\(o.thirdPartyDomainsBeforeChoice.count) third-party domain\(o.thirdPartyDomainsBeforeChoice.count == 1 ? "" : "s") contacted).",
                edpbCriterion: .trackingBeforeConsent)]
        }
        let (points, basis) = ObservedBehaviourAssessor.firstAndFurther(contacts.count, further: 5, maximum: component.maximum)
        return [Finding(
            id: "observed.tracking-before-consent", component: component, severity: .high,
            explanation: "Before any choice the page contacted \(contacts.count) third-party tracking domain\(contacts.count == 1 ? "" : "s"): \(ObservedBehaviourAssessor.contacts(contacts)).",
            basis: basis, points: points, edpbCriterion: .trackingBeforeConsent)]
    }
}

/// After `--choose reject`: any tracking contact or new non-essential cookie means the refusal
/// was not honoured. Without a refusal made, this is unknown and its points are at stake.
enum TrackingAfterRefusalRule {
    static let component = AssessmentComponent.trackingAfterRefusal
    static let points = 30

    static func findings(for o: CaptureObservation) -> [Finding] {
        let id = "observed.tracking-after-refusal"
        guard let choice = o.choice, choice.requested == "reject" else {
            return [Finding(
                id: id, component: component, severity: .info, status: .unknown,
                explanation: "Unknown: the capture did not refuse (capture with --choose reject to see whether refusing stops tracking).",
                basis: "unknown: \(points) points at stake", pointsAtStake: points, edpbCriterion: .trackingAfterRefusal)]
        }
        guard choice.made, let tracking = choice.trackingAfterChoice, let cookies = choice.nonEssentialCookiesAddedAfterChoice,
              let watched = choice.requestsAfterChoice else {
            return [Finding(
                id: id, component: component, severity: .info, status: .unknown,
                explanation: "Unknown: the capture did not refuse (\(FindingText(page: choice.notMadeReason ?? "no control found"))), so what refusing does cannot be told.",
                basis: "unknown: \(points) points at stake", pointsAtStake: points, edpbCriterion: .trackingAfterRefusal)]
        }
        if tracking.isEmpty && cookies.isEmpty {
            return [Finding(
                id: id, component: component, severity: .info,
                explanation: "After refusing, no tracking request was made and no non-essential cookie was set (\(watched) request\(watched == 1 ? "" : "s") watched).",
                edpbCriterion: .trackingAfterRefusal)]
        }
        var what: [FindingText] = []
        if !tracking.isEmpty { what.append("requests to \(ObservedBehaviourAssessor.contacts(tracking))") }
        if !cookies.isEmpty { what.append("new cookies \(ObservedBehaviourAssessor.names(cookies))") }
        return [Finding(
            id: id, component: component, severity: .high,
            explanation: "Tracking went on after refusing: \(ItemLabel.list(what)).",
            basis: "\(points) for tracking after refusal", points: points, edpbCriterion: .trackingAfterRefusal)]
    }
}
