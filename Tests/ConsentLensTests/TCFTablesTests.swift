import Testing
@testable import ConsentLens

/// The TCF tables the tool reads at start-up are generated (`Scripts/generate-compiled-tables`); these
/// tests fail when they no longer match the names they were written from, and check that reading
/// the stored table gives the index that building it from the names gives.
@Suite struct TCFTablesTests {
    @Test func storedNameIndexIsCurrent() {
        let built = TCFNameIndex(wordings: TCFTaxonomy.wordings).serialized()
        #expect(built == TCFCompiledTables.nameIndex + "\n", "TCFCompiledTables.swift is stale: run Scripts/generate-compiled-tables")
    }

    @Test func storedProseNamesAreCurrent() {
        let built = TCFNameFinder.serialized(TCFNameFinder.names(from: TCFTaxonomy.wordings))
        #expect(built == TCFCompiledTables.namesInProse + "\n", "TCFCompiledTables.swift is stale: run Scripts/generate-compiled-tables")
    }

    @Test func readingTheTableGivesTheBuiltIndex() {
        let built = TCFNameIndex(wordings: TCFTaxonomy.wordings)
        let read = TCFNameIndex(table: built.serialized())
        #expect(read.serialized() == built.serialized())
        #expect(read.keys.count == built.keys.count)
        #expect(read.maxInputLength == built.maxInputLength)
        // Typo tolerance survives the round trip: English purpose 1 with one letter dropped.
        #expect(read.lookup("Store and/or acess information on a device")?.references == [.item(.purpose, 1)])
        #expect(read.lookup("Store and/or acess information on a device")?.languages == ["en"])
    }

    @Test func storedTablesHoldEveryLanguage() throws {
        let codes = try #require(TCFCompiledTables.nameIndex.split(separator: "\n").first).split(separator: " ")
        #expect(codes.count == 26)
        #expect(codes.contains("de") && codes.contains("zh") && codes.contains("mt"))
        #expect(TCFTaxonomy.index.keys.count == TCFCompiledTables.nameIndex.split(separator: "\n").count - 1)
    }

    /// A decomposed (NFD) name still finds its reference through the canonical table built on demand.
    @Test func decomposedInputMatches() {
        let decomposed = "Informationen auf einem Gera\u{0308}t speichern und/oder abrufen"
        #expect(TCFTaxonomy.match(decomposed) == .item(.purpose, 1))
    }
}
