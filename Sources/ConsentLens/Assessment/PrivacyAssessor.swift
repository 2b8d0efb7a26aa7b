/// Scores a notice's declared policy for privacy impact: a pure function of the ``ConsentNotice``,
/// so the same page always gets the same score and the score can be recomputed from the JSON.
///
/// The weights and their reasons are in `docs/scoring.md`.
public enum PrivacyAssessor {
    /// Every rule, in component order; findings with equal points keep this order.
    static let rules: [any AssessmentRule.Type] = [
        CannotRefuseRule.self,
        PayOrConsentRule.self,
        ControlsRule.self,
        LegitimateInterestRule.self,
        ScaleRule.self,
        ProfilingRule.self,
        SpecialFeatureRule.self,
        ConsistencyRule.self,
    ]

    public static func assess(_ notice: ConsentNotice) -> PrivacyAssessment {
        let findings = PrivacyAssessment.byPoints(rules.flatMap { $0.findings(for: notice) })
        let components = AssessmentComponent.declared.map { ComponentScore(component: $0, findings: findings) }
        return PrivacyAssessment(components: components, findings: findings)
    }
}
