import Testing
@testable import ConsentLens
import ConsentParse

/// Arbitrary input never crashes or hangs the pipeline: every buffer either analyses or gives a
/// ``PageLoadError``. Deterministic pseudo-random inputs, so a failure can be replayed.
@Suite struct RobustnessTests {
    /// SplitMix64: a fixed sequence for a fixed seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments = [
        "<div id=\"onetrust-banner-sdk\">", "</div>", "<p>", "We and our 157 partners", "Always Active", "<button>Accept All</button>",
        "<script type=\"text/template\">", "</script>", "<script>window.didomiConfig = {\"notice\":{\"content\":{\"popup\":{\"fr\":\"<p>nos {numberOfPartners} partenaires</p>\"}}}};</script>",
        "<!--", "-->", "<template>", "<input type=checkbox checked disabled>", "&amp;", "&#x0;", "\u{FFFD}", "<![CDATA[", "]]>",
        "Store and/or access information on a device", "109 partners can use this purpose", "<style>.qc-cmp2-summary{}</style>",
        "<a href=\"javascript:alert(1)\">", "\"", "'", "<", ">", "\n", "Immer aktiv", "- [x] Marketing", "- button \"Reject All\" [ref=e1]",
    ]

    @Test(arguments: 0..<40)
    func randomMarkupAnalysesOrFailsCleanly(seed: Int) {
        var generator = Generator(state: UInt64(seed))
        var page = ""
        for _ in 0..<Int.random(in: 1...200, using: &generator) {
            page += Self.fragments.randomElement(using: &generator)!
        }
        do {
            let analysis = try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: "random-\(seed).html")
            #expect(analysis.schemaVersion == 1)
            #expect((try? JSONRendering.render(analysis)) != nil)
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    @Test(arguments: 0..<40)
    func randomBytesAnalyseOrFailCleanly(seed: Int) {
        var generator = Generator(state: UInt64(1000 + seed))
        let count = Int.random(in: 1...4096, using: &generator)
        let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
        do {
            _ = try ConsentAnalyzer.analyse(bytes: bytes, path: "bytes-\(seed)")
        } catch {
            #expect(!error.description.isEmpty)
        }
    }
}
