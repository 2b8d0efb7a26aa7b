// swift-tools-version:6.0
// Fuzz targets for ConsentLens (issue 10), kept apart from the main package so that its
// `swift build` and `swift test` never build them. Build and run one with `Scripts/fuzz TARGET`,
// which passes `-sanitize=fuzzer,address -parse-as-library`: without those flags the targets do
// not link (they call libFuzzer's LLVMFuzzerRunDriver). What each target does with an input is
// `FuzzHarness` in ConsentScan, which the regression replay test calls too.
import PackageDescription

/// A target whose one source file hands every input to `FuzzHarness`.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            "FuzzDriver",
            .product(name: "ConsentScan", package: "ConsentLens"),
        ],
        path: "Sources/\(name)")
}

let package = Package(
    name: "ConsentLensFuzz",
    dependencies: [
        .package(name: "ConsentLens", path: ".."),
    ],
    targets: [
        // libFuzzer's driver, called from each target's main.
        .target(name: "FuzzDriver", path: "Sources/FuzzDriver"),
        // Arbitrary bytes → analysis → JSON, terminal text and the Markdown report.
        fuzzTarget("fuzz-analyse"),
        // Arbitrary bytes → the gzip inflater (as a whole file and as a stream), under a limit.
        fuzzTarget("fuzz-gzip"),
        // Arbitrary bytes as a WARC and as a WARC.gz → the scan's WARC reader → every record's row.
        fuzzTarget("fuzz-warc"),
        // Arbitrary bytes as an MHTML archive → analysis → renderings.
        fuzzTarget("fuzz-mhtml"),
        // Arbitrary bytes cut in two → both analysed → the comparison in Markdown and JSON.
        fuzzTarget("fuzz-compare"),
        // Arbitrary bytes as a TC string → the decoder → JSON and text.
        fuzzTarget("fuzz-tcstring"),
    ]
)
