import Testing
@testable import ConsentLens

/// The README's sample: a real text dump of thejournal.ie whose OneTrust notice gives a partner
/// count for every TCF item. Every figure must come out exactly.
@Suite struct SampleAnalysisTests {
    static let analysis: PageAnalysis = try! ConsentAnalyzer.analyse(path: TestPaths.sample("thejournal-ie-drone-attack.txt"))
    var notice: ConsentNotice { Self.analysis.notice! }

    func item(_ kind: DeclarationKind, _ id: Int) -> PurposeDeclaration? {
        notice.purposes.first { $0.kind == kind && $0.tcfId == id }
    }

    @Test func sourceIsDescribed() {
        #expect(Self.analysis.source.format == "text")
        #expect(Self.analysis.source.bytes == 19840)
        #expect(Self.analysis.source.sha256.count == 64)
    }

    @Test func platformIsOneTrustFromWording() {
        #expect(Self.analysis.platforms.first?.id == "onetrust")
        #expect(Self.analysis.platforms.first?.confidence == "low")
        #expect(notice.platform == "onetrust")
        #expect(notice.language == "en")
    }

    @Test func totalPartners() {
        #expect(notice.totalPartners == 157)
    }

    @Test(arguments: zip(1...11, [109, 111, 83, 83, 38, 34, 132, 60, 74, 83, 38]))
    func purposeCounts(id: Int, partners: Int) throws {
        let purpose = try #require(item(.purpose, id))
        #expect(purpose.partners == partners)
        #expect(purpose.alwaysActive == false)
    }

    @Test func specialFeatures() {
        #expect(item(.specialFeature, 1)?.partners == 46)
        #expect(item(.specialFeature, 2)?.partners == 27)
        #expect(item(.specialFeature, 1)?.alwaysActive == false)
        #expect(item(.specialFeature, 2)?.alwaysActive == false)
    }

    @Test(arguments: [(DeclarationKind.specialPurpose, 1, 90), (.specialPurpose, 2, 97), (.specialPurpose, 3, 68),
                      (.feature, 1, 72), (.feature, 2, 53), (.feature, 3, 86)])
    func alwaysActiveItems(kind: DeclarationKind, id: Int, partners: Int) throws {
        let declaration = try #require(item(kind, id))
        #expect(declaration.partners == partners)
        #expect(declaration.alwaysActive)
    }

    @Test func exactlyNineteenItemsAllMatched() {
        #expect(notice.purposes.count == 19)
        #expect(notice.purposes.allSatisfy { $0.tcfId != nil })
        #expect(notice.purposes.filter(\.alwaysActive).count == 6)
    }

    @Test func stack42() throws {
        #expect(notice.stacks.count == 1)
        let stack = try #require(notice.stacks.first)
        #expect(stack.tcfId == 42)
        #expect(stack.partners == 141)
        #expect(stack.purposeIds == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    }

    @Test func cookieCategories() {
        let categories = notice.cookieCategories
        #expect(categories.map(\.name) == ["Necessary Cookies", "Targeting Cookies", "Functional Cookies", "Performance Cookies"])
        #expect(categories.map(\.alwaysActive) == [true, false, false, false])
        #expect(categories.map(\.normalized) == [.necessary, .marketing, .preferences, .statistics])
        #expect(categories[0].description?.hasPrefix("These cookies are necessary for the website to function") == true)
    }

    @Test func legitimateInterestAndControls() {
        #expect(notice.legitimateInterestClaimed == true)
        // The dump holds no button labels: "Selecting Accept All enables …" is a sentence and
        // "Manage Consent Preferences" the preference centre's heading, not buttons (issue 9.17).
        #expect(notice.controls.acceptAll == nil)
        #expect(notice.controls.manageChoices == nil)
        #expect(notice.controls.rejectAll == nil)
    }

    @Test func descriptionsBelongToTheirItems() {
        #expect(item(.purpose, 1)?.description?.hasPrefix("Cookies, device or similar online identifiers") == true)
        #expect(item(.specialPurpose, 3)?.description?.hasPrefix("The choices you make regarding the purposes") == true)
        #expect(item(.purpose, 1)?.name == "Store and/or access information on a device")
    }

    @Test func noArticleOrCommentTextInTheNotice() throws {
        let encoded = try JSONRendering.render(notice)
        for phrase in ["Baghdad", "Readers like you", "Comments", "have your say", "Close", "Tánaiste", "al-Kadhimi"] {
            #expect(!encoded.contains(phrase), "notice contains \(phrase)")
        }
    }
}

/// The sample's notice in the other shapes users save pages in: crawler Markdown (item names as
/// headings, counts on their own lines, categories as `- [ ]` checkboxes) and an accessibility
/// snapshot. The figures must not depend on the text dump's line layout.
@Suite struct SampleLayoutTests {
    static let lines = try! String(contentsOfFile: TestPaths.sample("thejournal-ie-drone-attack.txt"), encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    /// "Name 109 partners can use this purpose" split into its name and its count phrase.
    static func splitCount(_ line: String) -> (String, String)? {
        guard let range = line.range(of: #" \d+ partners can use this "#, options: .regularExpression) else { return nil }
        return (String(line[..<range.lowerBound]), String(line[line.index(after: range.lowerBound)...]))
    }

    static var markdown: String {
        lines.map { line in
            if let (name, count) = splitCount(line) { return "### \(name)\n\n\(count)\n" }
            if line.hasSuffix("Cookies"), line.count < 30 { return "- [ ] \(line)\n" }
            return line.isEmpty ? "" : line + "\n"
        }.joined(separator: "\n")
    }

    static var snapshot: String {
        "- dialog \"Your Cookies\" [ref=e1]:\n" + lines.compactMap { line in
            if let (name, count) = splitCount(line) { return "  - heading \"\(name)\" [level=3]\n  - text: \(count)" }
            if line.hasSuffix("Cookies"), line.count < 30 { return "  - checkbox \"\(line)\"" }
            return line.isEmpty ? nil : "  - paragraph: \(line)"
        }.joined(separator: "\n")
    }

    @Test(arguments: [("sample.md", markdown, "markdown"), ("sample.yml", snapshot, "accessibility-snapshot")])
    func sameFigures(name: String, text: String, format: String) throws {
        let analysis = try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: name)
        #expect(analysis.source.format == format)
        let notice = try #require(analysis.notice)
        #expect(notice.totalPartners == 157)
        #expect(notice.purposes.map(\.partners) == [109, 111, 83, 83, 38, 34, 132, 60, 74, 83, 38, 90, 97, 68, 72, 53, 86, 46, 27])
        #expect(notice.purposes.filter(\.alwaysActive).map(\.tcfId) == [1, 2, 3, 1, 2, 3])
        #expect(notice.stacks.map(\.partners) == [141])
        #expect(notice.cookieCategories.map(\.alwaysActive) == [true, false, false, false])
        #expect(notice.legitimateInterestClaimed == true)
    }
}
