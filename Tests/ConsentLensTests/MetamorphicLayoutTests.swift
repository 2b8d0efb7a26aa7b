import ConsentParse
import Foundation
import Testing
@testable import ConsentLens

/// Metamorphic layout tests: a notice re-laid by code into another shape must give the same
/// figures as the original. The shapes are the ones real copies take: innerText lines, crawler
/// Markdown with headings inside list items and the buttons glued into one line, an accessibility
/// snapshot of a dialog, upper-case buttons, and for first layers one run-on paragraph. They catch
/// the next layout before a user does.
@Suite struct MetamorphicLayoutTests {
    /// What one line of the original notice is, for re-laying it.
    enum Part: Equatable {
        case heading(String)
        case paragraph(String)
        /// A button's text and, where it says more, the name assistive technology reads.
        case button(String, name: String? = nil)
        case checkbox(String, checked: Bool, disabled: Bool)
    }

    /// The original's notice, line by line, with what each line is.
    static func parts(of path: String) throws -> [Part] {
        let page = try PageLoader.load(path: path)
        let platforms = PlatformDetector.detect(in: page.content).compactMap(\.profile)
        let notice = try #require(NoticeIsolator.isolate(page.content, detectedPlatforms: platforms))
        let shown = notice.lines.filter(\.shown)
        // What the reader takes for the notice's title ("Privacy Settings" over its text) stays one.
        let titles = PolicyExtractor.settingsTitles(shown)
        return shown.enumerated().map { index, line in
            let text = line.text
            if titles.contains(index) { return .heading(text) }
            if line.role == .checkbox, let checked = line.checked { return .checkbox(text, checked: checked, disabled: line.disabled) }
            if line.role != .button, line.role != .link, NoticeLayering.isPreferenceCentreTitle(line, languages: NoticeLanguage.all) {
                return .heading(text)
            }
            let settingsTitle = NoticeLanguage.all.contains { PhraseMatcher.isExactly($0.preferenceCentreTitles, line: text) }
            let category = text.count <= 120 && !settingsTitle && PhraseMatcher.categoryClass(ofHeading: text, languages: NoticeLanguage.all) != nil
            if line.role == .button || !category && !ControlLexicon.labels(in: text).isEmpty { return .button(text, name: line.accessibleName) }
            if line.role == .heading || text.count <= 120
                && (TCFTaxonomy.match(text) != nil || PhraseMatcher.partnerCount(in: text, languages: NoticeLanguage.all) != nil
                    || PhraseMatcher.categoryClass(ofHeading: text, languages: NoticeLanguage.all) != nil) {
                return .heading(text)
            }
            return .paragraph(text)
        }
    }

    // MARK: - Shapes

    static func innerText(_ parts: [Part], upperCaseButtons: Bool = false) -> String {
        parts.map { part in
            switch part {
            case .heading(let t), .paragraph(let t): return t
            case .button(let t, _): return upperCaseButtons ? t.uppercased() : t
            case .checkbox(let t, _, _): return t
            }
        }.joined(separator: "\n")
    }

    /// Crawler Markdown: headings inside list items, descriptions indented under them, task boxes,
    /// and each run of buttons glued into one line without spaces.
    static func markdown(_ parts: [Part]) -> String {
        var out: [String] = ["# Cookie notice", ""]
        var buttons: [String] = []
        func flushButtons() {
            if !buttons.isEmpty { out += [buttons.joined(), ""] }
            buttons = []
        }
        for part in parts {
            if case .button(let t, _) = part { buttons.append(t); continue }
            flushButtons()
            switch part {
            case .heading(let t): out += ["*   ### \(t)", ""]
            case .paragraph(let t): out += ["    \(t)", ""]
            case .checkbox(let t, let checked, _): out += ["    - [\(checked ? "x" : " ")] \(t)", ""]
            case .button: break
            }
        }
        flushButtons()
        return out.joined(separator: "\n")
    }

    /// Words of `text` wrapped at `width` columns after `indent`, as text-mode browsers fill paragraphs.
    static func wrapped(_ text: String, width: Int, indent: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, indent.count + line.count + 1 + word.count > width {
                lines.append(indent + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(indent + line) }
        return lines
    }

    /// `lynx -dump`: paragraphs filled to 76 columns and indented, each button after "(BUTTON)" and
    /// a row of them on one line, check boxes as "[X]" / "[ ]", headings flush left.
    static func lynx(_ parts: [Part]) -> String {
        var out: [String] = ["Local news", "", "   The council met on Tuesday.", ""]
        var buttons: [String] = []
        func flushButtons() {
            if !buttons.isEmpty { out += ["   " + buttons.map { "(BUTTON) \($0)" }.joined(separator: " "), ""] }
            buttons = []
        }
        for part in parts {
            if case .button(let t, _) = part { buttons.append(t); continue }
            flushButtons()
            switch part {
            case .heading(let t): out += [t, ""]
            case .paragraph(let t): out += wrapped(t, width: 76, indent: "   ") + [""]
            case .checkbox(let t, let checked, _): out += ["   [\(checked ? "X" : " ")] \(t)", ""]
            case .button: break
            }
        }
        flushButtons()
        return out.joined(separator: "\n")
    }

    /// `w3m -dump`: paragraphs filled to 80 columns, headings in a bulleted list, check boxes after
    /// their label ("Marketing [*]"), buttons on lines of their own.
    static func w3m(_ parts: [Part]) -> String {
        var out: [String] = ["Local news", "", "The council met on Tuesday.", ""]
        for part in parts {
            switch part {
            case .heading(let t): out += ["  • \(t)"]
            case .paragraph(let t): out += [""] + wrapped(t, width: 80, indent: "") + [""]
            case .checkbox(let t, let checked, _): out += ["\(t) [\(checked ? "*" : " ")]"]
            case .button(let t, _): out += [t]
            }
        }
        return out.joined(separator: "\n")
    }

    /// `html2text`: headings between runs of asterisks ("**** Title ****"), unticked boxes as "⁰",
    /// ticked ones as "*" (the same as a bullet, so their state is lost).
    static func html2text(_ parts: [Part]) -> String {
        var out: [String] = ["***** Local news *****", "The council met on Tuesday."]
        for part in parts {
            switch part {
            case .heading(let t): out += ["**** \(t) ****"]
            case .paragraph(let t): out += wrapped(t, width: 79, indent: "")
            case .checkbox(let t, let checked, _): out += ["\(checked ? "*" : "⁰") \(t)"]
            case .button(let t, _): out += [t]
            }
        }
        return out.joined(separator: "\n")
    }

    /// pandoc's GitHub Markdown of a page it could not wholly convert: the notice's containers kept as
    /// raw `<div>` blocks around Markdown, buttons as raw `<button>` elements.
    static func markdownWithHTML(_ parts: [Part]) -> String {
        var out: [String] = ["<div class=\"site\">", "", "# Local news", "", "The council met on Tuesday.", "", "</div>", "",
                             "<div id=\"privacy-dialog\" class=\"consent-layer\" role=\"dialog\">", ""]
        for part in parts {
            switch part {
            case .heading(let t): out += ["### \(t)", ""]
            case .paragraph(let t): out += [t, ""]
            case .checkbox(let t, let checked, _): out += ["- [\(checked ? "x" : " ")] \(t)", ""]
            case .button(let t, _): out += ["<button type=\"button\" class=\"btn\">\(t.replacingOccurrences(of: "<", with: "&lt;"))</button>", ""]
            }
        }
        out += ["</div>", ""]
        return out.joined(separator: "\n")
    }

    /// A Playwright accessibility snapshot of the notice as a dialog on an otherwise plain page.
    static func snapshot(_ parts: [Part]) -> String {
        func quoted(_ t: String) -> String { "\"" + t.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        var out = ["- main [ref=e1]:", "  - heading \"Local news\" [level=1] [ref=e2]", "  - paragraph [ref=e3]: The council met on Tuesday.",
                   "- dialog \"Privacy\" [ref=e4]:"]
        var ref = 5
        for part in parts {
            ref += 1
            switch part {
            case .heading(let t): out.append("  - heading \(quoted(t)) [level=3] [ref=e\(ref)]")
            case .paragraph(let t): out.append("  - paragraph [ref=e\(ref)]: \(quoted(t))")
            case .button(let t, let name?): out.append("  - button \(quoted(name)) [ref=e\(ref)] [cursor=pointer]: \(quoted(t))")
            case .button(let t, nil): out.append("  - button \(quoted(t)) [ref=e\(ref)] [cursor=pointer]")
            case .checkbox(let t, let checked, let disabled):
                out.append("  - checkbox \(quoted(t))\(checked ? " [checked]" : "")\(disabled ? " [disabled]" : "") [ref=e\(ref)]")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A first layer as one run-on paragraph: its text and item names in one line, buttons after.
    static func runOn(_ parts: [Part]) -> String {
        var sentences: [String] = []
        var buttons: [String] = []
        for part in parts {
            switch part {
            case .heading(let t), .paragraph(let t), .checkbox(let t, _, _):
                sentences.append(t.hasSuffix(".") || t.hasSuffix(":") ? t : t + ".")
            case .button(let t, _): buttons.append(t)
            }
        }
        return ([sentences.joined(separator: " ")] + buttons).joined(separator: "\n")
    }

    // MARK: - Figures

    /// The figures a re-laying must keep.
    struct Figures: Equatable, CustomStringConvertible {
        var total: Int?
        var items: [String]
        var categories: [String]
        var controls: [String]

        init(_ notice: ConsentNotice?, itemsOnly: Bool = false) {
            total = notice?.totalPartners
            let purposes = notice?.purposes ?? []
            items = purposes.filter { $0.tcfId != nil }.map { p in
                itemsOnly ? "\(p.kind.rawValue) \(p.tcfId!)" : "\(p.kind.rawValue) \(p.tcfId!) \(p.partners.map(String.init) ?? "-")\(p.alwaysActive ? " always" : "")"
            }.sorted() + (notice?.stacks ?? []).map { "stack \($0.tcfId.map(String.init) ?? "?") \(itemsOnly ? "" : $0.partners.map(String.init) ?? "-")" }.sorted()
            categories = (notice?.cookieCategories ?? []).map { "\($0.normalized.rawValue)\($0.alwaysActive ? " always" : "")" }
            let c = notice?.controls
            controls = [("accept", c?.acceptAll), ("reject", c?.rejectAll), ("manage", c?.manageChoices)].map { "\($0.0)=\($0.1.map(String.init) ?? "nil")" }
        }

        var description: String { "total=\(total.map(String.init) ?? "nil") items=\(items) categories=\(categories) controls=\(controls)" }
    }

    static func figures(of text: String, name: String, itemsOnly: Bool = false) throws -> Figures {
        let analysis = try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: name)
        return Figures(analysis.notice, itemsOnly: itemsOnly)
    }

    /// The originals: the sample, the labelled corpus notices in text shapes, and our fixtures.
    static var originals: [String] {
        var paths = [TestPaths.sample("thejournal-ie-drone-attack.txt")]
        if let corpus = TestPaths.corpus,
           let data = try? Data(contentsOf: corpus.appendingPathComponent("expected.json")),
           let labels = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] {
            for (page, want) in labels.sorted(by: { $0.key < $1.key })
            where !page.hasSuffix(".html") && (want["items"] != nil || want["categories"] != nil || want["controls"] != nil) {
                paths.append(corpus.appendingPathComponent(page).path)
            }
        }
        return paths
    }

    /// A hand-written notice in every shape a copy takes, with the extension each is saved under.
    static func everyShape(_ parts: [Part]) -> [(shape: String, text: String, ext: String)] {
        [
            ("innerText", innerText(parts), "txt"), ("markdown", markdown(parts), "md"),
            ("accessibility snapshot", snapshot(parts), "yml"), ("lynx dump", lynx(parts), "txt"),
            ("w3m dump", w3m(parts), "txt"), ("html2text dump", html2text(parts), "txt"),
            ("pandoc Markdown with HTML", markdownWithHTML(parts), "md"),
        ]
    }

    /// A category whose name reads as a button ("Cookie Settings", OneTrust's name for a CCPA
    /// category) is told from the button by the "Always Active" label under it, in every shape:
    /// a button has no status.
    @Test func aCategoryNamedLikeAButtonInEveryShape() throws {
        let parts: [Part] = [
            .heading("Privacy Preference Center"),
            .paragraph("When you visit our website, we store cookies on your browser to collect information. The information collected might relate to you, your preferences or your device."),
            .heading("Cookie Settings"), .paragraph("Always Active"),
            .paragraph("Under the California Consumer Privacy Act, you have the right to opt-out of the sale of your personal information to third parties."),
            .heading("Strictly Necessary Cookies"), .paragraph("Always Active"),
            .paragraph("These cookies are necessary for the website to function and cannot be switched off in our systems."),
            .heading("Performance Cookies"),
            .paragraph("These cookies allow us to count visits and traffic sources so we can measure and improve the performance of our site."),
            .button("Reject All"), .button("Confirm My Choices"), .button("Allow All"),
        ]
        for (shape, text, ext) in Self.everyShape(parts) {
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "notice.\(ext)").notice, "\(shape)")
            #expect(notice.cookieCategories.map(\.name) == ["Cookie Settings", "Strictly Necessary Cookies", "Performance Cookies"], "\(shape)")
            #expect(notice.cookieCategories.map(\.alwaysActive) == [true, true, false], "\(shape)")
            #expect(notice.controls.manageChoices == false, "\(shape)")
            #expect(notice.controls.rejectAll == true, "\(shape)")
        }
    }

    /// A preference centre saved on its own, laid out as OneTrust's: its description and "Allow
    /// All" above the "Manage Consent Preferences" heading, a vendor list's empty toggles, then
    /// "Reject All" and "Confirm My Choices" far below. The description is the centre's opening,
    /// not a banner without a way to refuse; the buttons past the toggles are the notice's.
    @Test func aPreferenceCentreOnItsOwnInEveryShape() throws {
        var parts: [Part] = [
            .paragraph("When you visit our website, we store cookies on your browser to collect information. The information collected might relate to you, your preferences or your device."),
            .paragraph("More information"),
            .button("Allow All"),
            .heading("Manage Consent Preferences"),
            .heading("Strictly Necessary Cookies"), .paragraph("Always Active"),
            .paragraph("These cookies are necessary for the website to function and cannot be switched off in our systems."),
            .heading("Performance Cookies"),
            .paragraph("These cookies allow us to count visits and traffic sources so we can measure and improve the performance of our site."),
            .button("Back"), .paragraph("Consent Leg.Interest"),
        ]
        for _ in 0..<4 { parts += [.checkbox("", checked: false, disabled: false), .paragraph("checkbox label"), .paragraph("label")] }
        parts += [.button("Apply"), .button("Cancel"), .button("Reject All"), .button("Confirm My Choices")]
        for (shape, text, ext) in Self.everyShape(parts) {
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "centre.\(ext)").notice, "\(shape)")
            #expect(notice.controls.acceptAll == true, "\(shape)")
            #expect(notice.controls.rejectAll == true, "\(shape): a banner without a way to refuse")
            #expect(notice.controls.saveChoices == true, "\(shape)")
            #expect(notice.cookieCategories.map(\.name) == ["Strictly Necessary Cookies", "Performance Cookies"], "\(shape)")
        }
    }

    @Test(arguments: originals)
    func sameFiguresInEveryShape(path: String) throws {
        let original = Figures(try ConsentAnalyzer.analyse(path: path).notice)
        let parts = try Self.parts(of: path)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        // Controls a text copy cannot show stay unknown there; the re-laid shapes must agree on
        // every control the original knows, and on everything else.
        // What only a snapshot can carry: a ticked box the visitor cannot untick (an always-active
        // category), and a button's accessible name (what a CCPA link opens).
        let hasDisabledBoxes = parts.contains { if case .checkbox(_, true, true) = $0 { return true }; return false }
        let hasNames = parts.contains { if case .button(_, _?) = $0 { return true }; return false }
        // A heading that also reads as a button ("Cookie settings") cannot be told from one in
        // plain text: the manage control is compared only where headings keep their markup.
        let ambiguousHeading = parts.contains { if case .heading(let t) = $0 { return !ControlLexicon.labels(in: t).isEmpty }; return false }
        for (shape, text, ext) in [
            ("innerText", Self.innerText(parts), "txt"), ("upper-case buttons", Self.innerText(parts, upperCaseButtons: true), "txt"),
            ("markdown", Self.markdown(parts), "md"), ("accessibility snapshot", Self.snapshot(parts), "yml"),
            ("lynx dump", Self.lynx(parts), "txt"), ("w3m dump", Self.w3m(parts), "txt"), ("html2text dump", Self.html2text(parts), "txt"),
            ("pandoc Markdown with HTML", Self.markdownWithHTML(parts), "md"),
        ] {
            if let dump = ProcessInfo.processInfo.environment["CONSENTLENS_DUMP_SHAPES"] {
                try? text.write(toFile: "\(dump)/\(name)-\(shape.replacingOccurrences(of: " ", with: "-")).\(ext)", atomically: true, encoding: .utf8)
            }
            let relaid = try Self.figures(of: text, name: "\(name).\(ext)")
            let isSnapshot = ext == "yml"
            #expect(relaid.total == original.total, "\(name) as \(shape): total")
            #expect(relaid.items == original.items, "\(name) as \(shape): items \(relaid.items) vs \(original.items)")
            if isSnapshot || !hasDisabledBoxes {
                #expect(relaid.categories == original.categories, "\(name) as \(shape): categories \(relaid.categories) vs \(original.categories)")
            } else {
                #expect(relaid.categories.map { $0.replacingOccurrences(of: " always", with: "") }
                        == original.categories.map { $0.replacingOccurrences(of: " always", with: "") }, "\(name) as \(shape): categories")
            }
            for (got, want) in zip(relaid.controls, original.controls) where !want.hasSuffix("=nil") && (isSnapshot || !hasNames)
                && !(want.hasPrefix("manage") && ambiguousHeading && ext == "txt") {
                #expect(got == want, "\(name) as \(shape): \(got) vs \(want)")
            }
        }
        // A first layer (no per-item counts, no categories) reads the same as one paragraph.
        let firstLayer = !parts.isEmpty && original.categories.isEmpty && original.items.allSatisfy { $0.hasSuffix(" -") }
        if firstLayer && !original.items.isEmpty {
            if let dump = ProcessInfo.processInfo.environment["CONSENTLENS_DUMP_SHAPES"] {
                try? Self.runOn(parts).write(toFile: "\(dump)/\(name)-run-on.txt", atomically: true, encoding: .utf8)
            }
            let relaid = try Self.figures(of: Self.runOn(parts), name: "\(name).txt", itemsOnly: true)
            // Stacks named in two words ("Personalised ads") are found only on a line of their own.
            let want = Figures(try ConsentAnalyzer.analyse(path: path).notice, itemsOnly: true).items.filter { !$0.hasPrefix("stack") }
            #expect(relaid.items.filter { !$0.hasPrefix("stack") } == want, "\(name) as one paragraph: \(relaid.items) vs \(want)")
        }
    }
}
