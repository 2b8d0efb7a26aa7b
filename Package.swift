// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ConsentLens",
    products: [
        .library(name: "ConsentLens", targets: ["ConsentLens"]),
        // For the fuzz targets in Fuzz/ (the WARC reader, and FuzzHarness that every target calls).
        .library(name: "ConsentScan", targets: ["ConsentScan"]),
        .executable(name: "consentlens", targets: ["consentlens"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // libxml2's HTML parser, as shipped by Debian's libxml2-dev.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib, for gzip-compressed pages and WARC.gz crawls.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Loading and parsing: the only target that touches libxml2's C API.
        .target(
            name: "ConsentParse",
            dependencies: ["CLibXML2", "CZlib"]
        ),
        // Notice isolation, policy extraction, assessment and rendering.
        .target(
            name: "ConsentLens",
            dependencies: [
                "ConsentParse",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Batch scans of folders, file lists and WARC crawls, and their JSONL / CSV / SQLite outputs.
        .target(
            name: "ConsentScan",
            dependencies: [
                "ConsentLens",
                "ConsentParse",
                "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Live capture: headless Chromium driven over the DevTools protocol (`consentlens capture`).
        .target(
            name: "ConsentCapture",
            dependencies: ["ConsentLens"]
        ),
        .executableTarget(
            name: "consentlens",
            dependencies: [
                "ConsentLens",
                "ConsentScan",
                "ConsentCapture",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Where analysis time goes, stage by stage: `swift run -c release consentlens-stages PAGE...`.
        .executableTarget(
            name: "consentlens-stages",
            dependencies: ["ConsentLens", "ConsentParse"]
        ),
        .testTarget(
            name: "ConsentLensTests",
            dependencies: ["ConsentLens", "ConsentParse", "ConsentScan", "ConsentCapture"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
