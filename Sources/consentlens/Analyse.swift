import ArgumentParser
import ConsentLens
import ConsentScan
import Foundation

/// `consentlens analyse PAGE...`: the structured policy of each page's consent notice.
struct Analyse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Analyse saved pages: platform, partners, TCF purposes, what cannot be refused.",
        discussion: """
            PAGE is a saved page: HTML ("Save page as", DOM snapshot, curl), MHTML, a text dump, \
            crawler Markdown or an accessibility snapshot; `-` reads standard input. A capture \
            folder written by `consentlens capture` is accepted too: its page.html is read with the \
            cookies and requests observed (the JSON's `capture`). For a folder of pages, use \
            `consentlens scan DIR`. Exit status: 0 when every \
            page was analysed (notice found or not), 1 when a page could not be read (with --format \
            json, an object with its `error` stands in its place), 64 on usage errors.
            """,
        aliases: ["analyze"]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Saved pages or capture folders to analyse (`-` for standard input).", completion: .file())
    var pages: [String]

    @Option(help: "Output format: text (a summary for people) or json (schemaVersion 1).")
    var format: Format = .text

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if pages.isEmpty { throw ValidationError("Give at least one page to analyse.") }
        if pages.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input (-) can be read only once.") }
    }

    func run() throws {
        try OutputGuard.refuseOverwriting(inputs: pages, outputs: [output.output])
        try output.check()
        // One entry per page, in argument order: its analysis, or its error (as `scan` writes it).
        var entries: [ScanRow] = []
        var failed = 0
        for (index, path) in pages.enumerated() {
            switch PageInput.analyse(path: path) {
            case .success(let analysis):
                entries.append(ScanRow(index: index, path: path, outcome: .analysed(analysis)))
            case .failure(let failure):
                Diagnostics.error(path: path, failure.description)
                entries.append(ScanRow(index: index, path: path, outcome: .failed(failure.description)))
                failed += 1
            }
        }
        let rendered: String
        switch format {
        case .json:
            rendered = pages.count == 1 ? try JSONRendering.render(entries[0]) + "\n" : try JSONRendering.render(entries) + "\n"
        case .text:
            rendered = entries.compactMap(\.analysis).map(TerminalRendering.render).joined(separator: "\n")
        }
        try output.write(rendered)
        if failed > 0 { throw ExitCode(1) }
    }
}
