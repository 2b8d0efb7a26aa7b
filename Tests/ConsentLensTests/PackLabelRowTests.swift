import Testing
@testable import ConsentLens

/// Every language's own accept and refuse labels, as its consent tools print them (the generated
/// packs), must read as a row under the language's own banner sentence: on lines of their own
/// and glued into one line, whatever parts the packs gave their words. Its category names must
/// read with their class.
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

    /// Every language's own category names (the packs' first two of each class), as headings with a
    /// description under each, read as categories of their class.
    @Test(arguments: NoticeLanguage.all.map(\.code))
    func ownCategoryNamesReadWithTheirClass(code: String) throws {
        let language = try #require(NoticeLanguage.language(code: code))
        guard let pack = LanguagePack.generated[code],
              let accept = pack.acceptAll.first(where: { $0.count <= 30 }), let reject = pack.rejectAll.first(where: { $0.count <= 30 })
        else { return }
        let classes: [(CategoryClass, [String])] = [(.necessary, pack.necessary), (.preferences, pack.preferences),
                                                    (.statistics, pack.statistics), (.marketing, pack.marketing)]
        for round in 0..<2 {
            let chosen = classes.compactMap { cls, names in
                names.filter { $0.count <= 30 }.dropFirst(round).first.map { (cls, Self.sentenceCase($0)) }
            }
            guard chosen.count >= 2 else { continue }
            var lines = [language.cookieUseExample]
            for (_, name) in chosen {
                lines += [name, "These cookies serve the purpose described here, in more than forty characters."]
            }
            lines += [Self.sentenceCase(accept), Self.sentenceCase(reject)]
            let text = lines.joined(separator: "\n") + "\n"
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "notice.txt").notice, "\(code)")
            for (cls, name) in chosen {
                let category = notice.cookieCategories.first { $0.name.lowercased() == name.lowercased() }
                #expect(category?.normalized == cls, "\(code): \(name)")
            }
        }
    }

    /// Every language's own status labels of several words ("Keine Zustimmung erforderlich"),
    /// under a category's name, mark that category always active, and are no button.
    @Test(arguments: NoticeLanguage.all.map(\.code))
    func ownStatusLabelsMarkTheCategory(code: String) throws {
        let language = try #require(NoticeLanguage.language(code: code))
        guard let pack = LanguagePack.generated[code],
              let accept = pack.acceptAll.first(where: { $0.count <= 30 }),
              let marketing = pack.marketing.first(where: { $0.count <= 30 }),
              let necessary = pack.necessary.first(where: { $0.count <= 30 && $0 != marketing })
        else { return }
        for status in pack.alwaysActive where status.contains(" ") && status.count <= 40 {
            let text = [language.cookieUseExample, Self.sentenceCase(necessary), Self.sentenceCase(status),
                        "These cookies keep the site working and cannot be switched off, in more than forty characters.",
                        Self.sentenceCase(marketing), "These cookies are used to show advertising, in more than forty characters here.",
                        Self.sentenceCase(accept)].joined(separator: "\n") + "\n"
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "notice.txt").notice, "\(code)")
            let categories = Dictionary(notice.cookieCategories.map { ($0.name.lowercased(), $0.alwaysActive) }, uniquingKeysWith: { a, _ in a })
            #expect(categories[necessary.lowercased()] == true, "\(code): \(status) under \(necessary)")
            #expect(categories[marketing.lowercased()] == false, "\(code): \(marketing)")
            #expect(notice.controls.rejectAll != true, "\(code): \(status) is no reject button")
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

    /// A preference centre laid out as OneTrust's HTML and as crawler Markdown, in every language
    /// with a pack: its first necessary, statistics and marketing names, the necessary one marked
    /// always active in the language's own words, its accept and reject labels. Each category
    /// reads with its class and status, and both buttons read.
    @Test(arguments: NoticeLanguage.all.map(\.code))
    func categoriesAndButtonsInEveryShape(code: String) throws {
        let language = try #require(NoticeLanguage.language(code: code))
        // Four packs (lv, mt, sk, sl) lack a short name of one of the three classes or a label.
        guard let pack = LanguagePack.generated[code],
              let accept = pack.acceptAll.first(where: { $0.count <= 30 }), let reject = pack.rejectAll.first(where: { $0.count <= 30 }),
              let necessary = pack.necessary.first(where: { $0.count <= 30 }),
              let marketing = pack.marketing.first(where: { $0.count <= 30 && $0 != necessary }),
              let statistics = pack.statistics.first(where: { $0.count <= 30 && $0 != necessary && $0 != marketing }),
              let always = language.alwaysActive.first ?? pack.alwaysActive.first
        else { return }
        let categories: [(String, CategoryClass, Bool)] = [(necessary, .necessary, true), (statistics, .statistics, false), (marketing, .marketing, false)]
        var html = "<html><body><div id=\"onetrust-consent-sdk\"><div id=\"onetrust-banner-sdk\"><p>\(language.cookieUseExample)</p>"
            + "<button id=\"onetrust-accept-btn-handler\">\(Self.sentenceCase(accept))</button>"
            + "<button id=\"onetrust-reject-all-handler\">\(Self.sentenceCase(reject))</button></div><div id=\"onetrust-pc-sdk\">"
        var markdown = "\(language.cookieUseExample)\n\n"
        for (name, _, alwaysActive) in categories {
            html += "<div class=\"ot-accordion-layout ot-cat-item\"><div class=\"ot-acc-hdr\"><h4 class=\"ot-cat-header\">\(Self.sentenceCase(name))</h4>"
                + (alwaysActive ? "<div class=\"ot-always-active\">\(Self.sentenceCase(always))</div>" : "<input type=\"checkbox\" class=\"category-switch-handler\">")
                + "</div><p class=\"ot-category-desc\">\(language.cookieUseExample)</p></div>"
            markdown += "### \(Self.sentenceCase(name))\n\n" + (alwaysActive ? "\(Self.sentenceCase(always))\n\n" : "- [ ] \(Self.sentenceCase(name))\n\n")
                + "\(language.cookieUseExample)\n\n"
        }
        html += "</div></div></body></html>"
        markdown += "\(Self.sentenceCase(accept)) \(Self.sentenceCase(reject))\n"
        for (shape, text, ext) in [("OneTrust HTML", html, "html"), ("Markdown", markdown, "md")] {
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "notice.\(ext)").notice, "\(code) \(shape)")
            for (name, cls, alwaysActive) in categories {
                let category = notice.cookieCategories.first { $0.name.lowercased() == Self.sentenceCase(name).lowercased() }
                #expect(category?.normalized == cls, "\(code) \(shape): \(name)")
                #expect(category?.alwaysActive == alwaysActive, "\(code) \(shape): \(name)")
            }
            #expect(notice.controls.acceptAll == true, "\(code) \(shape)")
            #expect(notice.controls.rejectAll == true, "\(code) \(shape)")
        }
    }
}
