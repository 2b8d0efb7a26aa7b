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

    @Option(name: .customLong("vendor-list"), help: ArgumentHelp("A Global Vendor List (vendor-list.json) or a directory of them: names the string's vendors when its version matches.", valueName: "PATH"), completion: .file())
    var vendorList: String?

    @OptionGroup var output: OutputOptions

    /// The JSON document: the decoded string and the TCF version its policy version stands for.
    struct Document: Encodable {
        var schemaVersion = PageAnalysis.currentSchemaVersion
        var framework: String?
        var decoded: TCString?
        var error: String?
        /// With `--vendor-list`: the matching list (`v17 (GVL v3)`) and the names of the string's
        /// vendors, or which list was missing.
        var vendorList: String?
        var vendorNames: [String: String]?
        var missingVendorList: String?
    }

    func run() throws {
        try output.check()
        var lists: [GlobalVendorList] = []
        if let vendorList {
            do { lists = try GlobalVendorList.load(path: vendorList) } catch {
                Diagnostics.error(path: vendorList, error.description)
                throw ExitCode(1)
            }
        }
        let name = string == "-" ? "-" : Self.shownName(string)
        var text = string
        if string == "-" {
            let data = FileHandle.standardInput.readData(ofLength: TCStringDecoder.maximumCharacters + 1)
            text = String(decoding: data, as: UTF8.self)
        }
        do {
            let decoded = try TCStringDecoder.decode(text)
            switch format {
            case .json:
                var document = Document(framework: decoded.framework, decoded: decoded)
                if vendorList != nil {
                    if let list = lists.first(where: { $0.matches(decoded) }) {
                        document.vendorList = list.label
                        let ids = decoded.vendorConsents.ids + decoded.vendorLegitimateInterests.ids + (decoded.disclosedVendors?.ids ?? [])
                        document.vendorNames = Dictionary(ids.compactMap { id in list.names[id].map { (String(id), $0) } }, uniquingKeysWith: { a, _ in a })
                    } else {
                        document.missingVendorList = "v\(decoded.vendorListVersion)"
                    }
                }
                try output.write(try JSONRendering.render(document) + "\n")
            case .text:
                let names = vendorList == nil ? [] : decoded.vendorNameLines(from: lists)
                try output.write((decoded.summaryLines + names).joined(separator: "\n") + "\n")
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
