import ArgumentParser
import ConsentLens
import ConsentParse
import Foundation

@main
struct ConsentLensCommand: ParsableCommand {
    /// The tool's version, printed by `consentlens --version`.
    static let version = "0.1.0"

    /// `consentlens 0.1.0 (JSON schemaVersion 1, scoringVersion 1, libxml2 2.9.14)` and, on a
    /// second line, the commands (`consentlens --version` and `consentlens version`).
    static var versionLine: String {
        "consentlens \(version) (JSON schemaVersion \(PageAnalysis.currentSchemaVersion), scoringVersion \(PrivacyAssessment.currentScoringVersion), libxml2 \(LibXML2Version.running))\n"
            + "commands: \(CommandNames.shown.joined(separator: ", "))"
    }

    static let configuration = CommandConfiguration(
        commandName: "consentlens",
        abstract: "Reads a saved web page and tells what its cookie-consent notice really asks for.",
        discussion: """
            Shell completion: `consentlens --generate-completion-script bash` (or zsh, fish) prints \
            a script that completes commands, options and file names.
            """,
        version: versionLine,
        subcommands: subcommands
    )

    /// The commands, in the order of `consentlens --help`; the one list every message names them from.
    static let subcommands: [ParsableCommand.Type] = [Analyse.self, Report.self, Compare.self, Scan.self, Capture.self, TCStringCommand.self, ScanWorkerProcess.self]

    /// Catches a misspelled command before the parser calls it "unexpected arguments".
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["version"] {
            print(versionLine)
            Foundation.exit(0)
        }
        if let word = arguments.first, let message = CommandNames.unknownCommandMessage(word) {
            FileHandle.standardError.write(Data("consentlens: \(message)\n".utf8))
            Foundation.exit(64)
        }
        main(arguments)
    }
}

/// The command names, and what to say about a word that is none of them.
enum CommandNames {
    /// Names a user may type first, most wanted first (a tie in the suggestion goes to the first).
    static let all = shown + ["analyze", "help"]

    /// The commands a user is shown, in the order of `consentlens --help` (the hidden worker left out).
    static var shown: [String] {
        ConsentLensCommand.subcommands.filter { $0.configuration.shouldDisplay }.compactMap { $0.configuration.commandName }
    }

    /// `unknown command 'anaylse'; did you mean 'analyse'?` when `word` is meant as a command
    /// (it is not an option) and is none; `nil` otherwise.
    static func unknownCommandMessage(_ word: String) -> String? {
        guard !word.hasPrefix("-"), !all.contains(word), word != "version", word != ScanWorkerProcess.configuration.commandName else { return nil }
        let shown = String(word.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
        let lowered = word.lowercased()
        let ranked = all.map { (name: $0, distance: distance(lowered, $0)) }.min { $0.distance < $1.distance }!
        if ranked.distance <= max(1, min(2, ranked.name.count / 3)) {
            return "unknown command '\(shown)'; did you mean '\(ranked.name)'?"
        }
        let names = Self.shown
        return "unknown command '\(shown)'; the commands are \(names.dropLast().joined(separator: ", ")) and \(names.last!) (see consentlens --help)"
    }

    /// Edit distance counting a swap of two neighbouring letters as one edit (optimal string
    /// alignment), so that `anaylse` is one edit from `analyse`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
