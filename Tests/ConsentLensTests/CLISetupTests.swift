import Foundation
import Testing

/// The README's set-up as a new user copies it, and CI installing exactly what it says.
@Suite struct CLISetupTests {
    static func readme() throws -> String {
        try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The lines of the first ```sh block after the set-up heading.
    static func setUpCommands() throws -> [String] {
        let text = try readme()
        let section = try #require(text.range(of: "## Set-up"))
        let rest = text[section.upperBound...]
        let open = try #require(rest.range(of: "```sh\n"))
        let close = try #require(rest[open.upperBound...].range(of: "```"))
        return rest[open.upperBound..<close.lowerBound].split(separator: "\n").map(String.init)
    }

    @Test func firstCommandIsCompleteOnAFreshDebian() throws {
        let commands = try Self.setUpCommands()
        #expect(commands == [
            "apt-get update && apt-get install -y libxml2-dev libsqlite3-dev zlib1g-dev pkg-config && swift run consentlens analyse Samples/thejournal-ie-drone-attack.txt",
            "swift test",
            "apt-get install -y chromium && swift run consentlens capture https://www.example.com/ --output capture-example --choose reject && swift run consentlens report capture-example",
        ])
    }

    @Test func ciInstallsExactlyTheREADMEsPackages() throws {
        let first = try #require(try Self.setUpCommands().first)
        let install = try #require(first.range(of: "apt-get install -y "))
        let end = try #require(first[install.upperBound...].range(of: " && "))
        let readmePackages = first[install.upperBound..<end.lowerBound].split(separator: " ").map(String.init)

        let ci = try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        let line = try #require(ci.split(separator: "\n").first { $0.hasPrefix("packages=(") })
        let ciPackages = line.dropFirst("packages=(".count).prefix { $0 != ")" }.split(separator: " ").map(String.init)
        #expect(ciPackages == readmePackages)
        #expect(ci.contains("apt-get update && apt-get install -y \"${packages[@]}\""))
    }

    @Test func readmeSaysWhereTheBinaryIsAndHowToInstallIt() throws {
        let text = try Self.readme()
        #expect(text.contains("`.build/debug/consentlens`"))
        #expect(text.contains("about 10× slower"))
        #expect(text.contains("swift build -c release\ncp .build/release/consentlens /usr/local/bin/"))
        #expect(text.contains("consentlens --generate-completion-script bash"))
    }
}
