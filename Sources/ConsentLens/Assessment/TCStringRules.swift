/// What a capture's TC strings show: the consent signal a CMP stores and hands to vendors, held
/// against the moment of the choice, the choice itself, the notice and each other (Matte, Bielova
/// and Santos, "Do Cookie Banners Respect my Choice?", IEEE S&P 2020). Nothing is found when the
/// capture read no TC string. Weights in `docs/scoring.md`, *Observed behaviour*.
enum TCStringRules {
    static func findings(for o: CaptureObservation, notice: ConsentNotice?) -> [Finding] {
        guard !o.tcStrings.isEmpty else { return [] }
        return ConsentBeforeChoiceRule.findings(for: o) + ConsentAfterRefusalRule.findings(for: o)
            + TCLegitimateInterestRule.findings(for: o, notice: notice) + TCNoticeAgreementRule.findings(for: o, notice: notice)
            + TCSourcesAgreementRule.findings(for: o)
    }

    /// `purposes 1-4, 7; special features 1; 312 vendors`, or `none`.
    static func consents(_ s: TCString) -> FindingText {
        var parts: [FindingText] = []
        if !s.purposeConsents.isEmpty { parts.append("purpose\(s.purposeConsents.count == 1 ? "" : "s") \(FindingText(own: TCString.list(s.purposeConsents)))") }
        if !s.specialFeatureOptIns.isEmpty { parts.append("special feature\(s.specialFeatureOptIns.count == 1 ? "" : "s") \(FindingText(own: TCString.list(s.specialFeatureOptIns)))") }
        if s.vendorConsents.count > 0 { parts.append("\(s.vendorConsents.count) vendor\(s.vendorConsents.count == 1 ? "" : "s")") }
        return parts.isEmpty ? "none" : parts.joined(separator: "; ")
    }

    /// `__tcfapi before any choice (CP…): …` for each string, `; `-separated.
    static func evidence(_ strings: [ObservedTCString], _ what: (TCString) -> FindingText) -> FindingText {
        strings.compactMap { s in s.decoded.map { "\(FindingText(own: s.label)) (\(shortened(s.string))): \(what($0))" } }.joined(separator: "; ")
    }

    /// The string's first 16 characters, for evidence (page data).
    static func shortened(_ string: String) -> FindingText {
        "\(string.count > 16 ? String(string.prefix(16)) + "…" : string)"
    }
}

/// Consent signals (purpose consents, special-feature opt-ins, vendor consents) in the TC strings
/// of one moment: an informative finding when there are none, a scored one when there are.
struct ConsentSignalRule {
    var id: String
    var phase: String
    var component: AssessmentComponent
    var points: Int
    var criterion: EDPBCriterion
    /// "before any choice", "after refusing".
    var moment: String
    /// What follows from the signal, after the evidence.
    var consequence: FindingText

    func findings(for o: CaptureObservation) -> [Finding] {
        let read = o.tcStrings.filter { $0.phase == phase && $0.decoded != nil }
        guard !read.isEmpty else { return [] }
        let withConsent = read.filter(\.hasConsent)
        if withConsent.isEmpty {
            return [Finding(
                id: id, component: component, severity: .info,
                explanation: "\(FindingText(own: moment.capitalisedFirst)), the TC string held no consent signal: \(TCStringRules.evidence(read, TCStringRules.consents)).",
                edpbCriterion: criterion)]
        }
        return [Finding(
            id: id, component: component, severity: .high,
            explanation: "Consent was stored \(FindingText(own: moment)): \(TCStringRules.evidence(withConsent, TCStringRules.consents)). \(consequence)",
            basis: "\(points) for consent stored \(FindingText(own: moment))", points: points, edpbCriterion: criterion)]
    }
}

/// Before any choice: consent stored before it was given. Scores in
/// ``AssessmentComponent/cookiesBeforeConsent``, 20.
enum ConsentBeforeChoiceRule {
    static let rule = ConsentSignalRule(
        id: "observed.tc-consent-before-choice", phase: "before-choice", component: .cookiesBeforeConsent, points: 20,
        criterion: .consentSignalBeforeChoice, moment: "before any choice",
        consequence: "The TCF specification: a TC string with positive consent signals must not be created before the user's clear affirmative action.")

    static func findings(for o: CaptureObservation) -> [Finding] { rule.findings(for: o) }
}

/// After `--choose reject`: any consent signal left means vendors are told the visitor agreed.
/// Scores in ``AssessmentComponent/trackingAfterRefusal`` (30, its maximum): the refusal was not
/// honoured.
enum ConsentAfterRefusalRule {
    static let rule = ConsentSignalRule(
        id: "observed.tc-consent-after-refusal", phase: "after-choice", component: .trackingAfterRefusal, points: 30,
        criterion: .consentSignalAfterRefusal, moment: "after refusing", consequence: "Vendors reading it are told the visitor agreed.")

    static func findings(for o: CaptureObservation) -> [Finding] {
        guard let choice = o.choice, choice.requested == "reject", choice.made else { return [] }
        return rule.findings(for: o)
    }
}

/// Legitimate interest in a TC string where it has no place: for purposes 3–6 (personalised
/// advertising and content profiles), which the TCF Policies allow on consent only since v2.2
/// (policy version 4); and after a refusal, for every purpose it was signalled for before,
/// where the notice claims legitimate interest and so must offer an objection (the refuse-all
/// is the visitor's objection). Scores nothing (``AssessmentComponent/consentString``).
enum TCLegitimateInterestRule {
    static let consentOnlyPurposes: Set<Int> = [3, 4, 5, 6]

    static func findings(for o: CaptureObservation, notice: ConsentNotice?) -> [Finding] {
        var out: [Finding] = []
        let profiling = o.tcStrings.filter { s in
            guard let d = s.decoded, d.tcfPolicyVersion >= 4 else { return false }
            return !consentOnlyPurposes.isDisjoint(with: d.purposeLegitimateInterests)
        }
        if !profiling.isEmpty {
            out.append(Finding(
                id: "observed.tc-legitimate-interest-profiling", component: .consentString, severity: .medium,
                explanation: "Legitimate interest is signalled for purposes that TCF v2.2 allows on consent only (3–6): \(TCStringRules.evidence(profiling) { "purposes \(FindingText(own: TCString.list($0.purposeLegitimateInterests.filter(consentOnlyPurposes.contains))))" }).",
                edpbCriterion: .legitimateInterestClaimed))
        }
        if let choice = o.choice, choice.requested == "reject", choice.made, notice?.legitimateInterestClaimed == true {
            let after = o.tcStrings.filter { $0.phase == "after-choice" && !($0.decoded?.purposeLegitimateInterests.isEmpty ?? true) }
            if !after.isEmpty {
                out.append(Finding(
                    id: "observed.tc-legitimate-interest-after-refusal", component: .consentString, severity: .medium,
                    explanation: "After refusing all, legitimate interest is still signalled although the notice claims it and so must let the visitor object: \(TCStringRules.evidence(after) { "purposes \(FindingText(own: TCString.list($0.purposeLegitimateInterests))), \($0.vendorLegitimateInterests.count) vendors" }).",
                    edpbCriterion: .legitimateInterestClaimed))
            }
        }
        return out
    }
}

/// The TC string against the notice: how many vendors the string covers (its disclosed-vendors
/// segment, or else the vendors it gives consent or legitimate interest to) against the partner
/// total the notice prints, and purposes consented to that the notice never names (as a purpose
/// or in a stack). Scores nothing (``AssessmentComponent/consentString``).
enum TCNoticeAgreementRule {
    static func findings(for o: CaptureObservation, notice: ConsentNotice?) -> [Finding] {
        guard let notice else { return [] }
        var out: [Finding] = []
        let decoded = o.tcStrings.filter { $0.decoded != nil }
        if let total = notice.totalPartners,
           let widest = decoded.max(by: { covered($0.decoded!) < covered($1.decoded!) }), covered(widest.decoded!) > 0 {
            let count = covered(widest.decoded!)
            let how: FindingText = widest.decoded!.disclosedVendors != nil ? "discloses" : "gives consent or legitimate interest to"
            if count != total {
                out.append(Finding(
                    id: "observed.tc-vendors-disagree-with-notice", component: .consentString, severity: count > total ? .medium : .info,
                    explanation: "The TC string (\(FindingText(own: widest.label))) \(how) \(count) vendors; the notice prints \(total) partners\(count > total ? FindingText(stringLiteral: ": signals stand for vendors the visitor was not told about") : FindingText(stringLiteral: " (a notice may count partners outside the TCF))")).",
                    edpbCriterion: .consentSignalInaccurate))
            }
        }
        var named = Set(notice.purposes.filter { $0.kind == .purpose }.compactMap(\.tcfId))
        for stack in notice.stacks { named.formUnion(stack.purposeIds) }
        let unnamed = decoded.filter { !Set($0.decoded!.purposeConsents).subtracting(named).isEmpty }
        if !unnamed.isEmpty {
            out.append(Finding(
                id: "observed.tc-purposes-not-in-notice", component: .consentString, severity: .medium,
                explanation: "The TC string holds consent for purposes the notice never names: \(TCStringRules.evidence(unnamed) { "purposes \(FindingText(own: TCString.list(Set($0.purposeConsents).subtracting(named).sorted())))" }).",
                edpbCriterion: .consentSignalInaccurate))
        }
        return out
    }

    /// Vendors the string covers: those disclosed when it says so, else those it signals for.
    static func covered(_ s: TCString) -> Int {
        if let disclosed = s.disclosedVendors { return disclosed.count }
        return TCVendorSet(maxVendorId: 0, encoding: .range, ranges: s.vendorConsents.ranges + s.vendorLegitimateInterests.ranges).count
    }
}

/// `__tcfapi` against the `euconsent-v2` cookie at the same moment: the signal a script reads and
/// the one sent with every request should be the same choice. Scores nothing
/// (``AssessmentComponent/consentString``).
enum TCSourcesAgreementRule {
    static func findings(for o: CaptureObservation) -> [Finding] {
        var out: [Finding] = []
        for phase in ["before-choice", "after-choice"] {
            guard let api = o.tcStrings.first(where: { $0.phase == phase && $0.source == TCStringSources.api })?.decoded else { continue }
            for cookie in o.tcStrings where cookie.phase == phase && cookie.source != TCStringSources.api {
                guard let stored = cookie.decoded else { continue }
                let fields = differences(api, stored)
                guard !fields.isEmpty else { continue }
                out.append(Finding(
                    id: "observed.tc-api-and-cookie-disagree", component: .consentString, severity: .medium,
                    explanation: "\(FindingText(own: cookie.label)) and __tcfapi disagree on \(FindingText(own: fields.joined(separator: ", "))): __tcfapi \(TCStringRules.consents(api)); the cookie \(TCStringRules.consents(stored)).",
                    edpbCriterion: .consentSignalInaccurate))
            }
        }
        return out
    }

    /// The consent and legitimate-interest fields in which two strings differ.
    static func differences(_ a: TCString, _ b: TCString) -> [String] {
        var out: [String] = []
        if a.purposeConsents != b.purposeConsents { out.append("purpose consents") }
        if a.purposeLegitimateInterests != b.purposeLegitimateInterests { out.append("purpose legitimate interests") }
        if a.specialFeatureOptIns != b.specialFeatureOptIns { out.append("special features") }
        if a.vendorConsents.ranges != b.vendorConsents.ranges { out.append("vendor consents") }
        if a.vendorLegitimateInterests.ranges != b.vendorLegitimateInterests.ranges { out.append("vendor legitimate interests") }
        return out
    }
}
