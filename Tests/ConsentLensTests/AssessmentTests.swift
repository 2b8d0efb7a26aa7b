import Foundation
import Testing
@testable import ConsentLens

/// The privacy-impact assessment: the sample's exact score, and each rule on small notices built
/// for it.
@Suite struct AssessmentTests {
    static let sample: PageAnalysis = try! ConsentAnalyzer.analyse(path: TestPaths.sample("thejournal-ie-drone-attack.txt"))
    var assessment: PrivacyAssessment { Self.sample.assessment! }

    func finding(_ id: String, in assessment: PrivacyAssessment? = nil) -> Finding? {
        (assessment ?? self.assessment).findings.first { $0.id == id }
    }

    // MARK: - The sample

    @Test func sampleScoreAndGrade() {
        // Scoring version 2 (was 51, D, worst case 67, E in version 1).
        #expect(assessment.scoringVersion == 3)
        #expect(assessment.score == 27)
        #expect(assessment.grade == .b)
        #expect(assessment.pointsAtStake == 23)
        #expect(assessment.worstCaseScore == 50)
        #expect(assessment.worstCaseGrade == .d)
        #expect(assessment.range == "27–50 (B–D)")
        let points = assessment.components.map { "\($0.component.rawValue)=\($0.points)" }
        #expect(points == ["cannotRefuse=5", "controls=0", "legitimateInterest=3", "scale=8", "profiling=5", "specialFeatures=6", "consistency=0"])
    }

    @Test func sampleCannotRefuseSixItemsLargest97() throws {
        let f = try #require(finding("cannot-refuse.special-purposes-and-features"))
        #expect(f.explanation.hasPrefix("6 TCF special purposes and features cannot be refused"))
        #expect(f.explanation.contains("special purpose 2 (Deliver and present advertising and content), is used by 97 partners"))
        #expect(f.points == 5)
        #expect(f.basis == "6 items × 1 = 6 (capped at 3) + round(97 / 50) = 2 (at most 2)")
        // The necessary category is always active, as it may be: no points.
        #expect(finding("cannot-refuse.category-1")?.points == 0)
        #expect(finding("cannot-refuse.category-1")?.severity == .info)
    }

    @Test func sampleProfilingUpTo83() throws {
        let f = try #require(finding("profiling.purposes-3-6"))
        #expect(f.explanation.hasPrefix("Up to 83 partners may build or use profiles"))
        #expect(f.explanation.contains("purpose 3: 83, purpose 4: 83, purpose 5: 38, purpose 6: 34"))
        #expect(f.points == 5)
        #expect(f.basis == "2 for declaring profiling + round(83 / 25) = 3 (at most 4)")
        #expect(f.severity == .high)
    }

    @Test func sampleSpecialFeatures() throws {
        let geo = try #require(finding("special-feature.1"))
        #expect(geo.explanation == "Special feature 1, precise geolocation: 46 partners may use the visitor's location to within about 500 metres.")
        #expect(geo.points == 3)
        let scan = try #require(finding("special-feature.2"))
        #expect(scan.explanation.hasPrefix("Special feature 2, device scanning: 27 partners may actively scan"))
        #expect(scan.points == 3)
    }

    @Test func sampleScale() {
        #expect(finding("scale.total-partners")?.points == 5)
        #expect(finding("scale.total-partners")?.basis == "round(2.5 × log10 157) = 5 (at most 7)")
        #expect(finding("scale.largest-purpose")?.points == 3)
        #expect(finding("scale.largest-purpose")?.explanation.contains("132 partners") == true)
    }

    @Test func sampleLegitimateInterestClaimed() throws {
        let f = try #require(finding("legitimate-interest.claimed"))
        #expect(f.points == 3)
        #expect(f.edpbCriterion == .legitimateInterestClaimed)
        #expect(!assessment.findings.contains { $0.id.hasPrefix("legitimate-interest.purpose") })
    }

    @Test func sampleRejectAllUnknownScoresNothing() throws {
        let f = try #require(finding("controls.reject-all"))
        #expect(f.status == .unknown)
        #expect(f.points == 0)
        #expect(f.pointsAtStake == 15)
        #expect(f.explanation.hasPrefix("Unknown:"))
        #expect(f.edpbCriterion == .noRejectButtonOnFirstLayer)
        #expect(finding("controls.pre-ticked-boxes")?.status == .unknown)
    }

    @Test func sampleIsConsistent() {
        #expect(assessment.findings.filter { $0.component == .consistency }.map(\.id) == ["consistency.ok"])
    }

    @Test func sampleTopFindings() {
        // Most points first (all three score 5), then severity.
        #expect(assessment.topFindingIds == ["scale.total-partners", "profiling.purposes-3-6", "cannot-refuse.special-purposes-and-features"])
    }

    @Test func findingIdsAreUnique() {
        let ids = assessment.findings.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    // MARK: - Rules on built notices

    static func item(_ kind: DeclarationKind, _ id: Int?, _ partners: Int?, alwaysActive: Bool = false, li: Bool = false) -> PurposeDeclaration {
        PurposeDeclaration(
            kind: kind, tcfId: id, name: id.flatMap { TCFTaxonomy.officialName(kind, $0) } ?? "Unknown item",
            partners: partners, alwaysActive: alwaysActive, legitimateInterest: li)
    }

    @Test func noRejectButtonScoresFifteenWithEDPBCriterion() throws {
        let notice = ConsentNotice(totalPartners: 10, purposes: [Self.item(.purpose, 1, 10)], controls: NoticeControls(acceptAll: true, rejectAll: false))
        let a = PrivacyAssessor.assess(notice)
        let f = try #require(finding("controls.reject-all", in: a))
        #expect(f.points == 15)
        #expect(f.severity == .high)
        #expect(f.status == .observed)
        #expect(f.edpbCriterion == .noRejectButtonOnFirstLayer)
        let offered = PrivacyAssessor.assess(ConsentNotice(controls: NoticeControls(rejectAll: true)))
        #expect(finding("controls.reject-all", in: offered)?.points == 0)
        #expect(finding("controls.reject-all", in: offered)?.pointsAtStake == 0)
    }

    @Test func nonNecessaryCategoryAlwaysActiveIsMisclassification() throws {
        let notice = ConsentNotice(cookieCategories: [
            CookieCategory(name: "Strictly Necessary", alwaysActive: true, normalized: .necessary),
            CookieCategory(name: "Analytics", alwaysActive: true, normalized: .statistics),
        ])
        let a = PrivacyAssessor.assess(notice)
        #expect(finding("cannot-refuse.category-1", in: a)?.points == 0)
        let f = try #require(finding("cannot-refuse.category-2", in: a))
        #expect(f.points == 30)
        #expect(f.severity == .high)
        #expect(f.edpbCriterion == .inaccuratelyClassifiedEssentialCookies)
        #expect(f.explanation == "“Analytics” (statistics) is shown as always active, although only strictly necessary cookies may be set without consent.")
    }

    @Test func purposeShownAlwaysActiveCannotBeRefused() throws {
        let a = PrivacyAssessor.assess(ConsentNotice(purposes: [Self.item(.purpose, 1, 50, alwaysActive: true)]))
        let f = try #require(finding("cannot-refuse.purpose-1", in: a))
        #expect(f.points == 30)
        #expect(f.edpbCriterion == .inaccuratelyClassifiedEssentialCookies)
    }

    @Test func legitimateInterestForProfilingPurposesIsFlagged() {
        let notice = ConsentNotice(
            purposes: [Self.item(.purpose, 1, 5, li: true), Self.item(.purpose, 2, 5, li: true), Self.item(.purpose, 3, 5, li: true), Self.item(.purpose, 7, 5, li: true)],
            legitimateInterestClaimed: true)
        let a = PrivacyAssessor.assess(notice)
        #expect(finding("legitimate-interest.purpose-1", in: a)?.points == 1)
        #expect(finding("legitimate-interest.purpose-3", in: a)?.severity == .high)
        #expect(finding("legitimate-interest.purpose-2", in: a) == nil)
        #expect(finding("legitimate-interest.other-purposes", in: a)?.explanation.contains("purpose 2 and purpose 7") == true)
        #expect(a.component(.legitimateInterest)?.points == 5)  // 3 + 1 + 1
    }

    @Test func unknownFactsScoreNothingButAreAtStake() {
        let a = PrivacyAssessor.assess(ConsentNotice())
        #expect(a.score == 0)
        #expect(a.grade == .a)
        #expect(finding("scale.total-partners", in: a)?.status == .unknown)
        #expect(finding("scale.total-partners", in: a)?.pointsAtStake == 7)
        #expect(finding("legitimate-interest.claimed", in: a)?.status == .unknown)
        #expect(finding("special-features.unknown", in: a)?.pointsAtStake == 6)
        #expect(a.pointsAtStake == 10 + 6 + 3 + 23)
        #expect(a.topFindingIds.isEmpty)
    }

    @Test func placeholderInsteadOfTotalIsSaid() {
        let a = PrivacyAssessor.assess(ConsentNotice(unrenderedPlaceholders: ["{numberOfPartners}"]))
        #expect(finding("scale.total-partners", in: a)?.explanation == "Unknown: the saved page holds a placeholder where the number of partners would be.")
    }

    @Test func consistencyFindings() {
        let notice = ConsentNotice(
            totalPartners: 100,
            purposes: [Self.item(.purpose, 2, 120), Self.item(.purpose, 7, 90), Self.item(.purpose, 8, nil)],
            stacks: [StackDeclaration(tcfId: 2, name: "Advertising based on limited data and advertising measurement", partners: 95, purposeIds: [2, 7])])
        let a = PrivacyAssessor.assess(notice)
        let ids = a.findings.filter { $0.component == .consistency }.map(\.id)
        #expect(ids == ["consistency.above-total.purpose-2", "consistency.stack-below-item.stack-2", "consistency.missing-counts"])
        #expect(finding("consistency.above-total.purpose-2", in: a)?.explanation == "Purpose 2 (Use limited data to select advertising) names 120 partners, more than the notice's total of 100.")
        #expect(finding("consistency.stack-below-item.stack-2", in: a)?.explanation == "Stack 2 names 95 partners, fewer than the 120 of purpose 2, which it groups.")
        #expect(finding("consistency.missing-counts", in: a)?.explanation == "Partner counts are shown for 2 items but missing for 1: purpose 8.")
        #expect(a.findings.filter { $0.component == .consistency }.allSatisfy { $0.points == 0 })
    }

    @Test func componentsAreCappedAtTheirMaximum() throws {
        let categories = (1...6).map { CookieCategory(name: "Marketing \($0)", alwaysActive: true, normalized: .marketing) }
        let a = PrivacyAssessor.assess(ConsentNotice(cookieCategories: categories))
        let c = try #require(a.component(.cannotRefuse))
        #expect(c.uncappedPoints == 30 + 5 * 5)
        #expect(c.points == 50)
        #expect(a.score == 50 + 2)  // capped, plus the marketing category's profiling points
    }

    @Test func maximaAddUpTo100() {
        #expect(AssessmentComponent.declared.map(\.maximum).reduce(0, +) == 100)
        #expect(AssessmentComponent.observed.map(\.maximum).reduce(0, +) == 100)
        #expect(Set(AssessmentComponent.declared + AssessmentComponent.observed) == Set(AssessmentComponent.allCases))
    }

    @Test(arguments: [(0, Grade.a), (14, .a), (15, .b), (29, .b), (30, .c), (45, .d), (59, .d), (60, .e), (74, .e), (75, .f), (100, .f)])
    func gradeBands(score: Int, grade: Grade) {
        #expect(Grade(score: score) == grade)
        #expect(grade.range.contains(score))
    }

    // MARK: - JSON

    @Test func analysisJSONCarriesTheAssessmentWithNulls() throws {
        let json = try JSONRendering.render(Self.sample)
        #expect(json.contains("\"assessment\" : {"))
        #expect(json.contains("\"score\" : 27"))
        #expect(json.contains("\"worstCaseScore\" : 50"))
        #expect(json.contains("\"scoringVersion\" : 3"))
        #expect(json.contains("\"edpbCriterion\" : null"))
        let decoded = try JSONDecoder().decode(PageAnalysis.self, from: Data(json.utf8))
        #expect(decoded == Self.sample)
    }

    @Test func noNoticeMeansNullAssessment() throws {
        let analysis = try ConsentAnalyzer.analyse(bytes: Array("<html><body><p>Just an article about boats.</p></body></html>".utf8), path: "boats.html")
        #expect(analysis.assessment == nil)
        #expect(try JSONRendering.render(analysis).contains("\"assessment\" : null"))
    }

    @Test func terminalOutputShowsScoreAndTopFindings() {
        let text = TerminalRendering.render(Self.sample)
        #expect(text.contains("Privacy impact: 27–50/100, grade B–D (27 from what the page shows; up to 23 more points unknown)"))
        #expect(text.contains("  - [high] The notice names 157 partners that may store or read data on the visitor's device. (5 points)"))
        #expect(text.contains("  - [medium] 6 TCF special purposes and features cannot be refused"))
    }
}
