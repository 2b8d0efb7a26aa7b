// swift-tools-version:6.0
// Fuzz targets for ConsentLens (issue 10), kept apart from the main package so that its
// `swift build` and `swift test` never build them. Build and run one with `Scripts/fuzz TARGET`,
// which passes `-sanitize=fuzzer,address -parse-as-library`: without those flags the targets do
// not link (they call libFuzzer's LLVMFuzzerRunDriver).
import PackageDescription

let package = Package(
    name: "ConsentLensFuzz",
    dependencies: [
        .package(name: "ConsentLens", path: ".."),
    ],
    targets: [
        // Arbitrary bytes → analysis → JSON, terminal text and the Markdown report.
        .executableTarget(
            name: "fuzz-analyse",
            dependencies: [.product(name: "ConsentLens", package: "ConsentLens")],
            path: "Sources/fuzz-analyse"),
        // Arbitrary bytes → the gzip inflater (as a whole file and as a stream), under a limit.
        .executableTarget(
            name: "fuzz-gzip",
            dependencies: [.product(name: "ConsentLens", package: "ConsentLens")],
            path: "Sources/fuzz-gzip"),
    ]
)
