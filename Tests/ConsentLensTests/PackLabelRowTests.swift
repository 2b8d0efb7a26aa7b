import Testing
@testable import ConsentLens

/// Every language's own accept and refuse labels, as its consent tools print them (the generated
/// packs), must read as a row under the language's own banner sentence: on lines of their own
/// and glued into one line, whatever parts the packs gave their words.
@Suite struct PackLabelRowTests {
    static func sentenceCase(_ label: String) -> String { label.prefix(1).uppercased() + label.dropFirst() }

    @Test(arguments: NoticeLanguage.all.map(\.code))
    func ownLabelsReadAsARow(code: String) throws {
        let language = try #require(NoticeLanguage.language(code: code))
        guard let pack = LanguagePack.generated[code] else { return }
        let accepts = pack.acceptAll.filter { $0.count <= 30 }.prefix(3)
        let rejects = pack.rejectAll.filter { $0.count <= 30 }.prefix(3)
        guard !accepts.isEmpty, !rejects.isEmpty else {
            // Maltese's only source (Fides) ships no accept-all label; every other pack has both.
            #expect(code == "mt", "\(code): the pack has no short accept and reject labels")
            return
        }
        for accept in accepts {
            for reject in rejects {
                for separator in ["\n", " ", " | "] {
                    let text = language.cookieUseExample + "\n" + Self.sentenceCase(accept) + separator + Self.sentenceCase(reject) + "\n"
                    let notice = try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "notice.txt").notice
                    #expect(notice?.controls.acceptAll == true, "\(code): \(accept) \(separator.debugDescription) \(reject)")
                    #expect(notice?.controls.rejectAll == true, "\(code): \(accept) \(separator.debugDescription) \(reject)")
                }
            }
        }
    }

    /// A glued row is cut only into labels the tools print: prose made of their words is not one.
    @Test func proseIsNoRow() throws {
        let index = ExactLabelIndex.shared
        let all = try #require(index.mask(of: NoticeLanguage.all))
        #expect(index.row("Permet totes les galetes Denega totes les galetes", languageMask: all) == [.acceptAll, .rejectAll])
        #expect(index.row("Accept all | Reject all", languageMask: all) == [.acceptAll, .rejectAll])
        #expect(index.row("We accept all reasonable offers", languageMask: all) == nil)
        #expect(index.row("Accept all", languageMask: all) == nil)
    }
}
