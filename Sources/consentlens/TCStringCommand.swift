import ArgumentParser
import ConsentLens
import Foundation

/// `consentlens tcstring STRING|-`: a TCF v2 consent string (TC string) decoded.
struct TCStringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tcstring",
        abstract: "Decode a TCF v2.0 / v2.2 consent string (TC string, the euconsent-v2 cookie).",
        discussion: """
            STRING is the TC string as stored in the euconsent-v2 cookie or returned by \
            __tcfapi('getTCData'); `-` reads it from standard input. Exit status: 0 when it was \
            decoded, 1 when it is not a TC string (one line says what is wrong), 64 on usage errors.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The TC string (`-` for standard input).")
    var string: String

    @Option(help: "Output format: text (for people) or json (schemaVersion 1).")
    var format: Format = .text

    @OptionGroup var output: OutputOptions

    /// The JSON document: the decoded string and the TCF version its policy version stands for.
    struct Document: Encodable {
        var schemaVersion = PageAnalysis.currentSchemaVersion
        var framework: String?
        var decoded: TCString?
        var error: String?
    }

    func run() throws {
        try output.check()
        let name = string == "-" ? "-" : Self.shownName(string)
        var text = string
        if string == "-" {
            let data = FileHandle.standardInput.readData(ofLength: TCStringDecoder.maximumCharacters + 1)
            text = String(decoding: data, as: UTF8.self)
        }
        do {
            let decoded = try TCStringDecoder.decode(text)
            switch format {
            case .json: try output.write(try JSONRendering.render(Document(framework: decoded.framework, decoded: decoded)) + "\n")
            case .text: try output.write(decoded.summaryLines.joined(separator: "\n") + "\n")
            }
        } catch let error as TCStringError {
            Diagnostics.error(path: name, error.description)
            if format == .json { try output.write(try JSONRendering.render(Document(error: error.description)) + "\n") }
            throw ExitCode(1)
        }
    }

    /// The string as named in an error line: its first 24 characters, control characters as `?`.
    static func shownName(_ string: String) -> String {
        let cleaned = String(string.unicodeScalars.prefix(24).map { $0.properties.generalCategory == .control ? "?" : Character($0) })
        return string.unicodeScalars.count > 24 ? cleaned + "…" : cleaned
    }
}
