import ConsentLens
import Foundation
import Testing
import ConsentParse

/// The command line itself, through the built binary: version, misspelled commands, option
/// values, help and shell completion.
@Suite(.serialized) struct CLICommandLineTests {
    @Test func versionNamesTheToolAndItsFormats() throws {
        let expected = "consentlens 0.1.0 (JSON schemaVersion \(PageAnalysis.currentSchemaVersion), scoringVersion \(PrivacyAssessment.currentScoringVersion), libxml2 \(LibXML2Version.running))\n"
            + "commands: analyse, report, compare, scan, capture, tcstring\n"
        // Issue 18 item 10: both spellings, naming every command, capture included.
        for spelling in ["--version", "version"] {
            let run = try CLIRun.run([spelling])
            #expect(run.status == 0)
            #expect(run.stdout == expected)
            #expect(run.stderr.isEmpty)
        }
    }

    /// Issue 18 item 10: `analyse --help` and `report --help` say a capture folder is read, and
    /// `capture --help` gives the exit status of a capture that could not make its choice.
    @Test func helpNamesCaptureFolders() throws {
        func help(_ command: String) throws -> String {
            try CLIRun.run([command, "--help"]).stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        }
        let analyse = try help("analyse")
        #expect(analyse.contains("A capture folder written by `consentlens capture` is accepted too: its page.html is read with the cookies and requests observed"))
        #expect(analyse.contains("For a folder of pages, use `consentlens scan DIR`."))
        #expect(analyse.contains("<pages> Saved pages or capture folders to analyse"))
        let report = try help("report")
        #expect(report.contains("or a capture folder written by `consentlens capture` (the report then adds what was observed: cookies, requests and the choice)"))
        #expect(report.contains("<page> The saved page or capture folder"))
        let capture = try help("capture")
        #expect(capture.contains("2 when every page was saved but on some the choice could not be made"))
    }

    @Test func misspelledCommandIsNamedWithTheNearestOne() throws {
        let run = try CLIRun.run(["anaylse", "Samples/thejournal-ie-drone-attack.txt"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "consentlens: unknown command 'anaylse'; did you mean 'analyse'?\n")

        #expect(try CLIRun.run(["scna", "Samples"]).stderr == "consentlens: unknown command 'scna'; did you mean 'scan'?\n")
        #expect(try CLIRun.run(["reprot", "x"]).stderr == "consentlens: unknown command 'reprot'; did you mean 'report'?\n")
        #expect(try CLIRun.run(["anaylze", "x"]).stderr == "consentlens: unknown command 'anaylze'; did you mean 'analyze'?\n")
        let far = try CLIRun.run(["frobnicate"])
        #expect(far.status == 64)
        #expect(far.stderr == "consentlens: unknown command 'frobnicate'; the commands are analyse, report, compare, scan, capture and tcstring (see consentlens --help)\n")
        // Real commands and options are untouched.
        #expect(try CLIRun.run(["help", "scan"]).status == 0)
        #expect(try CLIRun.run(["analyze", "Samples/thejournal-ie-drone-attack.txt"]).status == 0)
    }

    @Test func jobsBelowOneIsRefusedWithTheReason() throws {
        for value in ["0", "-1"] {
            let run = try CLIRun.run(["scan", "--jobs", value, "Samples"])
            #expect(run.status == 64, "\(value)")
            #expect(run.stdout.isEmpty)
            let first = run.stderr.split(separator: "\n").first.map(String.init)
            #expect(first == "Error: The value '\(value)' is invalid for '--jobs <N>': the value must be at least 1", "\(value)")
        }
        let word = try CLIRun.run(["scan", "--jobs", "many", "Samples"])
        #expect(word.status == 64)
        #expect(word.stderr.hasPrefix("Error: The value 'many' is invalid for '--jobs <N>': the value must be a whole number, at least 1\n"))
    }

    @Test func pageTimeoutMustBeAPositiveNumberOfSeconds() throws {
        let reasons = ["0": "the value must be more than 0 seconds", "-2": "the value must be more than 0 seconds",
                       "soon": "the value must be a number of seconds, more than 0", "nan": "the value must be a number of seconds, more than 0",
                       "1e9": "the value must be at most 31536000 seconds (a year)"]
        for (value, reason) in reasons {
            let run = try CLIRun.run(["scan", "--page-timeout", value, "Samples"])
            #expect(run.status == 64, "\(value)")
            #expect(run.stderr.hasPrefix("Error: The value '\(value)' is invalid for '--page-timeout <SECONDS>': \(reason)\n"), "\(run.stderr)")
        }
        #expect(try CLIRun.run(["scan", "--page-timeout", "30.5", "-o", "/dev/null", "Samples"]).status == 0)
    }

    @Test func scanHelpStatesEachDefaultOnce() throws {
        let run = try CLIRun.run(["scan", "--help"])
        #expect(run.status == 0)
        // The help wraps lines: compare it with single spaces.
        let help = run.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(help.contains("--jobs <N> Pages analysed at once, at least 1 (default: the number of processor cores). --files-from"))
        #expect(help.contains("--stdin-name <NAME> The WARC file name rows read from standard input carry. (default: -) --version"))
        #expect(help.contains("--page-timeout <SECONDS> Seconds one page's analysis may take; past it the page becomes an error row and the scan goes on (default: 60). --stdin-name"))
        // One default each for --format, --jobs, --page-timeout and --stdin-name.
        #expect(run.stdout.components(separatedBy: "default:").count - 1 == 4)
    }

    /// The body of one shell function of the bash completion script.
    static func bashFunction(_ script: String, _ name: String) throws -> String {
        let start = try #require(script.range(of: "\n\(name)() {\n"))
        let end = try #require(script[start.upperBound...].range(of: "\n}\n"))
        return String(script[start.upperBound..<end.lowerBound])
    }

    @Test func completionOffersFileNamesForPagesAndFiles() throws {
        let bash = try CLIRun.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0)
        let outputCase = "'-o'|'--output')\n        __consentlens_add_completions -f\n"
        let positionals: [String: [String]] = ["analyse": ["*"], "report": ["1"], "compare": ["1", "2"], "scan": ["*"]]
        for (command, numbers) in positionals {
            let body = try Self.bashFunction(bash.stdout, "_consentlens_\(command)")
            #expect(body.contains(outputCase), "\(command)")
            let positional = try #require(body.range(of: "case \"${positional_number}\" in\n"))
            let cases = numbers.map { "    \($0))\n        __consentlens_add_completions -f\n        return\n        ;;\n" }.joined()
            #expect(body[positional.upperBound...] == cases + "    esac", "\(command)")
        }
        let scan = try Self.bashFunction(bash.stdout, "_consentlens_scan")
        #expect(scan.contains("'--files-from')\n        __consentlens_add_completions -f\n"))

        let zsh = try CLIRun.run(["--generate-completion-script", "zsh"])
        #expect(zsh.stdout.contains("'*:pages:_files'"))
        #expect(zsh.stdout.contains("':page-a:_files'"))
        #expect(zsh.stdout.contains("'*:inputs:_files'"))
        #expect(zsh.stdout.contains("'--files-from[Also scan the paths listed in FILE, one a line (`-` for standard input).]:FILE:_files'"))
    }
}
