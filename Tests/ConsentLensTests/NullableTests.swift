import Foundation
import Testing
@testable import ConsentLens

/// `@Nullable`: unknown values are written as `null` (the JSON contract), and read back from
/// `null` or from a missing key.
@Suite struct NullableTests {
    @Test func nilIsWrittenAsNull() throws {
        let json = try JSONRendering.render(NoticeControls(acceptAll: true), pretty: false)
        #expect(json == #"{"acceptAll":true,"manageChoices":null,"rejectAll":null,"saveChoices":null}"#)
    }

    @Test func nullAndMissingKeysReadAsNil() throws {
        let decoded = try JSONDecoder().decode(NoticeControls.self, from: Data(#"{"acceptAll":false,"rejectAll":null}"#.utf8))
        #expect(decoded == NoticeControls(acceptAll: false))
    }

    @Test func analysesRoundTrip() throws {
        let analysis = try ConsentAnalyzer.analyse(path: TestPaths.sample("thejournal-ie-drone-attack.txt"))
        let data = try JSONRendering.encoder().encode(analysis)
        #expect(try JSONDecoder().decode(PageAnalysis.self, from: data) == analysis)
    }
}
