import ArgumentParser
import Foundation

/// `--output FILE`, shared by every command that writes a document.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Write to FILE instead of standard output.")
    var output: String?

    /// Writes `text` to the file or to standard output; a file that cannot be written is a
    /// one-line error and exit status 1.
    func write(_ text: String) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Diagnostics.error(path: output, "cannot be written: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}

/// One-line messages on standard error, each naming the file concerned.
enum Diagnostics {
    static func error(path: String, _ message: String) {
        FileHandle.standardError.write(Data("consentlens: \(path == "-" ? "<stdin>" : path): \(message)\n".utf8))
    }
}
