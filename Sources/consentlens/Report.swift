import ArgumentParser
import ConsentLens

/// `consentlens report PAGE`: one page's policy, privacy-impact score and findings as Markdown.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a Markdown report of a saved page's consent notice: policy, score, findings.",
        discussion: """
            PAGE is a saved page in any format `analyse` reads; `-` reads standard input. The report \
            depends only on the file (no date, no absolute path), so it can be committed and \
            regenerated. Exit status: 0 when the page was read (notice found or not), 1 when it could \
            not be read, 64 on usage errors.
            """
    )

    @Argument(help: "The saved page (`-` for standard input).")
    var page: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        let analysis: PageAnalysis
        do {
            analysis = try ConsentAnalyzer.analyse(path: page)
        } catch {
            Diagnostics.error(path: page, error.description)
            throw ExitCode(1)
        }
        try output.write(MarkdownReport.render(analysis))
    }
}
