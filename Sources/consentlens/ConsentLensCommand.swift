import ArgumentParser

@main
struct ConsentLensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consentlens",
        abstract: "Reads a saved web page and tells what its cookie-consent notice really asks for.",
        subcommands: [Analyse.self, Report.self, Compare.self, Scan.self]
    )
}
