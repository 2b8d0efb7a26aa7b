import ArgumentParser
import ConsentCapture
import ConsentLens
import ConsentScan
import Foundation

/// `consentlens compare PAGE_A PAGE_B`: two pages' policies side by side.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the consent notices of two saved pages, item by item, with their scores.",
        discussion: """
            Items are matched by TCF kind and id, cookie categories by class; every row gives both \
            figures and the difference (B minus A). Exit status: 0 when both pages were read, 1 when \
            either could not be (one line on standard error per file), 64 on usage errors.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    @Argument(help: "Page A (`-` for standard input).", completion: .file())
    var pageA: String

    @Argument(help: "Page B (`-` for standard input).", completion: .file())
    var pageB: String

    @Option(help: "Output format: markdown (for people) or json (a PolicyComparison).")
    var format: Format = .markdown

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if pageA == "-" && pageB == "-" { throw ValidationError("Standard input (-) can be read only once.") }
    }

    func run() throws {
        try OutputGuard.refuseOverwriting(inputs: [pageA, pageB], outputs: [output.output])
        try output.check()
        var analyses: [PageAnalysis] = []
        // A URL is captured first (`consentlens capture` with its defaults) into a temporary folder.
        let temporary = NSTemporaryDirectory() + "consentlens-compare-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        for (index, path) in [pageA, pageB].enumerated() {
            var input = path
            if path.hasPrefix("http://") || path.hasPrefix("https://") {
                input = temporary + "/\(index == 0 ? "a" : "b")"
                let record = Capturer.capture(url: path, into: input, options: CaptureOptions())
                guard record.outcome == "captured" else {
                    Diagnostics.error(path: path, record.error ?? "the capture failed")
                    continue
                }
            }
            switch PageInput.analyse(path: input) {
            case .success(var analysis):
                if input != path { analysis.source.path = path }  // named by its URL, not the temporary folder
                analyses.append(analysis)
            case .failure(let failure): Diagnostics.error(path: path, failure.description)
            }
        }
        guard analyses.count == 2 else { throw ExitCode(1) }
        let comparison = PolicyComparer.compare(analyses[0], analyses[1])
        switch format {
        case .markdown: try output.write(GeneratedMark.line + "\n\n" + ComparisonMarkdown.render(comparison))
        case .json: try output.write(try JSONRendering.render(Versioned(comparison)) + "\n")
        }
    }
}

/// A JSON document with `schemaVersion` (the contract's, as in `analyse`) beside its own keys, so
/// that every JSON output of the tool says which contract it follows.
struct Versioned<Value: Encodable>: Encodable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }

    private enum Keys: String, CodingKey { case schemaVersion }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(PageAnalysis.currentSchemaVersion, forKey: .schemaVersion)
    }
}
