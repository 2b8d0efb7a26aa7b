import Testing
@testable import ConsentLens

/// A TCF purpose list re-laid in every language and wording version the IAB translated: each
/// purpose's name as the translation gives it, then its partner count in the language's own count
/// pattern, under the language's banner sentence, as a text copy and as crawler Markdown. Every
/// purpose reads with its id and count, except a name the translation gives two items ("Selezionare
/// contenuti personalizzati" is both purpose 6 and special purpose 2 in the Italian v2.0 file),
/// which is never guessed.
@Suite struct TCFLanguageSweepTests {
    struct Purpose { let id: Int; let name: String; let partners: Int; let ambiguous: Bool }

    static func purposes(of wording: TCFWording) -> [Purpose] {
        var names: [String: Set<String>] = [:]
        var rows: [(String, String)] = []
        for row in wording.table.split(separator: "\n") {
            let parts = row.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let code = String(parts[0].prefix { $0.isLetter })
            names[String(parts[1]), default: []].insert(code + parts[0].drop { $0.isLetter })
            rows.append((String(parts[0]), String(parts[1])))
        }
        return rows.filter { $0.0.hasPrefix("p") }.enumerated().map { n, row in
            Purpose(id: Int(row.0.dropFirst())!, name: row.1, partners: 7 + 3 * n, ambiguous: names[row.1]!.count > 1)
        }
    }

    @Test(arguments: TCFTaxonomy.wordings.map { "\($0.language) \($0.version)" })
    func everyPurposeWithItsCount(wordingName: String) throws {
        let wording = try #require(TCFTaxonomy.wordings.first { "\($0.language) \($0.version)" == wordingName })
        let language = try #require(NoticeLanguage.language(code: wording.language), "\(wording.language)")
        let pattern = language.itemPartnerPatterns.first ?? "# partners"
        let purposes = Self.purposes(of: wording)
        #expect(purposes.count >= 10)
        for markdown in [false, true] {
            var lines = [language.cookieUseExample]
            for p in purposes {
                lines += [(markdown ? "### " : "") + p.name, pattern.replacingOccurrences(of: "#", with: String(p.partners))]
            }
            let text = lines.joined(separator: markdown ? "\n\n" : "\n") + "\n"
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: markdown ? "n.md" : "n.txt").notice)
            for p in purposes {
                let read = notice.purposes.first { $0.kind == .purpose && $0.tcfId == p.id }
                if p.ambiguous {
                    #expect(read == nil, "\(wordingName): \(p.name) names two items and is not guessed")
                } else {
                    #expect(read?.partners == p.partners, "\(wordingName) \(markdown ? "md" : "txt"): purpose \(p.id) \(p.name)")
                }
            }
        }
    }
}
