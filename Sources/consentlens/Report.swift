import ArgumentParser
import ConsentLens
import ConsentScan

/// `consentlens report PAGE`: one page's policy, privacy-impact score and findings as Markdown.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a Markdown report of a saved page's consent notice: policy, score, findings.",
        discussion: """
            PAGE is a saved page in any format `analyse` reads; `-` reads standard input. The report \
            depends only on the file and the path as given (no date; give a relative path for a \
            report that names none of your folders), so it can be committed and regenerated. Exit status: 0 when the page was read (notice found or not), 1 when it could \
            not be read, 64 on usage errors.
            """
    )

    @Argument(help: "The saved page (`-` for standard input).", completion: .file())
    var page: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        try OutputGuard.refuseOverwriting(inputs: [page], outputs: [output.output])
        try output.check()
        switch PageInput.analyse(path: page) {
        case .success(let analysis):
            // The mark first, so that a scan of a folder holding the report never reads it as a page.
            try output.write(GeneratedMark.line + "\n\n" + MarkdownReport.render(analysis))
        case .failure(let failure):
            Diagnostics.error(path: page, failure.description)
            throw ExitCode(1)
        }
    }
}
