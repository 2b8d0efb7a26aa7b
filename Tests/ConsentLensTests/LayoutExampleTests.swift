import Testing
@testable import ConsentLens

/// Each notice layout's own examples: those that must read and what they give, and those that
/// must not read at all.
@Suite struct LayoutExampleTests {
    @Test(arguments: BasisCountLine.examples.positive.map(\.0))
    func basisCountsRead(line: String) throws {
        let want = try #require(BasisCountLine.examples.positive.first { $0.0 == line }?.1)
        #expect(BasisCountLine.read(line, languages: NoticeLanguage.all)?.counts == want)
    }

    @Test(arguments: BasisCountLine.examples.negative)
    func otherLinesDoNot(line: String) {
        #expect(BasisCountLine.read(line, languages: NoticeLanguage.all) == nil)
    }

    /// Under a heading, the counts go to that item; the lines never become items of their own.
    @Test func countsBelongToTheItemAbove() throws {
        let text = """
        Vendors want your permission to do the following:
        Store and/or access information on a device
        Consent (402 vendors)
        Measure advertising performance
        Consent (390 vendors)Legitimate interest (97 vendors)
        Confirm choices
        """
        let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "gfc.txt").notice)
        #expect(notice.purposes.map(\.tcfId) == [1, 7])
        #expect(notice.purposes.map(\.partners) == [402, 390])
        #expect(notice.purposes.map(\.legitimateInterestPartners) == [nil, 97])
        #expect(notice.purposes.map(\.legitimateInterest) == [false, true])
    }
}
