import ConsentParse

/// Reads an isolated notice line by line into a ``ConsentNotice``.
///
/// Notices in every shape (OneTrust's preference centre, a text dump, Markdown, an accessibility
/// snapshot) list their items the same way once flattened to lines: a name, perhaps a partner
/// count on the same or the next line, perhaps an "Always Active" label, then a description. So
/// one reader serves all formats; markup only adds which lines are buttons.
public enum PolicyExtractor {
    public static func extract(
        _ notice: IsolatedNotice, platform: ConsentPlatform?, format: PageFormat, page: HTMLPage? = nil,
        languages: [NoticeLanguage] = NoticeLanguage.all
    ) -> ConsentNotice {
        var reader = NoticeReader(languages: languages, platform: platform, format: format, page: page)
        let kinds = NoticeLayering.kinds(of: notice.lines, page: page, platform: platform, languages: languages)
        let statusFollows = statusLabelFollows(notice.lines, languages: languages)
        let titles = settingsTitles(notice.lines)
        let preferences = settingsWordsAmongCategories(notice.lines, languages: languages, platform: platform)
        let panels = ContainerMembership(page: page, selectors: platform?.nonCategoryPanels ?? [])
        for (i, var line) in notice.lines.enumerated() {
            if titles.contains(i) || isCategoryDisclosure(line, statusFollows: statusFollows[i], languages: languages, platform: platform) {
                line.role = .heading
            }
            reader.enter(kinds[i], shown: line.shown)
            // A panel's title (OneTrust's cookie list, headed by a category's name) is no category.
            if line.role == .heading, panels.contains(line.element) { continue }
            reader.read(line, statusFollows: statusFollows[i], namesPreferences: preferences.contains(i))
        }
        var result = reader.finish(origin: notice.origin)
        result.payOrConsent = PayOrConsentReader.read(notice.lines + notice.following, notice: result, page: page, platform: platform, languages: languages)
        return result
    }

    /// An accordion's header drawn as a button (`button "Necessary Cookies" [expanded=false]`,
    /// `<button aria-expanded="false">`): a category's name when an "Always Active" label follows
    /// it, or when it names a category class and reads as no control. Opening a section is not a
    /// choice, so it never counts among the notice's buttons.
    static func isCategoryDisclosure(_ line: TextLine, statusFollows: Bool, languages: [NoticeLanguage], platform: ConsentPlatform?) -> Bool {
        guard line.role == .button, line.expands, LineLength.of(line.text) <= LineLength.heading else { return false }
        let labels = ControlLexicon.labels(in: line.text)
        if labels.contains(where: { $0.kind == .acceptAll || $0.kind == .rejectAll }) { return false }
        if statusFollows { return true }
        return labels.isEmpty && PhraseMatcher.categoryClass(ofHeading: line.text, languages: languages, platform: platform) != nil
    }

    /// Lines that read as a settings button ("Privacy Settings") but stand over the notice's text,
    /// with no row of buttons before them: the notice's title, as a copy without markup keeps it.
    /// A settings button after the other buttons ("Accept all", "Cookie settings", then the
    /// centre's text) stays a button.
    static func settingsTitles(_ lines: [TextLine]) -> Set<Int> {
        var out = Set<Int>()
        var previous: Int?
        for (i, line) in lines.enumerated() where !line.text.isEmpty {
            defer { previous = i }
            guard line.role == .text || line.role == .listItem, LineLength.of(line.text) <= LineLength.label,
                  let next = lines[(i + 1)...].first(where: { !$0.text.isEmpty }), next.role != .button,
                  LineLength.of(next.text) >= LineLength.paragraph, next.text.containsBytes(" ") else { continue }
            guard ControlLexicon.labels(in: line.text).map(\.kind) == [.manageChoices] else { continue }
            if let previous, !ControlLexicon.labels(in: lines[previous].text, strict: lines[previous].role != .button).isEmpty { continue }
            out.insert(i)
        }
        return out
    }

    /// One-word settings labels standing between two category names ("Nödvändiga",
    /// "Inställningar", "Statistik"): where a language's word for the preferences category is its
    /// word for settings (Swedish "Inställningar", Finnish "Asetukset", Hungarian "Beállítások"),
    /// a list of categories names the preferences so. Not a line markup makes a button.
    static func settingsWordsAmongCategories(_ lines: [TextLine], languages: [NoticeLanguage], platform: ConsentPlatform?) -> Set<Int> {
        var out = Set<Int>()
        let shown = lines.indices.filter { !lines[$0].text.isEmpty }
        guard shown.count >= 3 else { return out }
        func isCategory(_ i: Int) -> Bool {
            let text = lines[i].text
            return lines[i].role != .button && LineLength.of(text) <= LineLength.heading
                && PhraseMatcher.categoryClass(ofHeading: text, languages: languages, platform: platform) != nil
                && !ControlLexicon.labels(in: text).contains { $0.kind == .acceptAll || $0.kind == .rejectAll }
        }
        for k in 1..<(shown.count - 1) {
            let i = shown[k]
            let line = lines[i]
            guard line.role != .button, line.role != .link, !line.text.containsBytes(" "),
                  ControlLexicon.labels(in: line.text).map(\.kind) == [.manageChoices],
                  isCategory(shown[k - 1]), isCategory(shown[k + 1]) else { continue }
            out.insert(i)
        }
        return out
    }

    /// For each line, whether the next line with text is an "Always Active" label alone. A status
    /// label stands under a category's name, whatever the layout: the line before it names a
    /// category even when its words read as a button ("Cookie Settings", OneTrust's name for a
    /// CCPA category) and no markup says it is a heading.
    static func statusLabelFollows(_ lines: [TextLine], languages: [NoticeLanguage]) -> [Bool] {
        var out = [Bool](repeating: false, count: lines.count)
        var nextIsStatus = false
        for i in lines.indices.reversed() {
            out[i] = nextIsStatus
            let text = lines[i].text
            guard !text.isEmpty else { continue }
            nextIsStatus = LineLength.of(text) <= LineLength.label && PhraseMatcher.isExactly(.alwaysActive, in: languages, line: text)
        }
        return out
    }
}

/// What the most recent heading was: later labels and descriptions belong to it.
private enum Subject {
    case none
    case declaration(Int)
    case stack(Int)
    case category(Int)
}

private struct NoticeReader {
    let languages: [NoticeLanguage]
    /// The languages' always-active labels: every language's in one set when every language is
    /// read (one search of the heading instead of one per language).
    let alwaysActiveSets: [PhraseSet]
    let platform: ConsentPlatform?
    let format: PageFormat

    var totalPartners: Int?
    var declarations: [PurposeDeclaration] = []
    var stacks: [StackDeclaration] = []
    var categories: [CookieCategory] = []
    var subject = Subject.none
    var describedSubject = false
    var placeholders: [String] = []
    /// `placeholders` as a set, so that a page of many distinct placeholders stays linear.
    var placeholderSet: Set<String> = []
    /// Each category's folded name → its index in `categories`, so that opening one is a lookup,
    /// not a fold of every earlier name.
    var categoryIndex: [String: Int] = [:]
    var legitimateInterest = false
    var sawButtons = false
    /// The notice's own row of buttons is in the file (see ``readControl(_:)``).
    var sawButtonRow = false
    /// Declarations first met as a name inside prose, whose shown name a later heading replaces.
    var namedInProse: Set<Int> = []

    /// What the reader knows of each layer, in reading order.
    struct LayerState {
        var kind: LayerKind
        var shown = false
        var controls = NoticeControls()
        var sawButtons = false
        var sawButtonRow = false
        var tcfItems: [String] = []
        var categories: [String] = []
    }
    var layers: [LayerState] = []
    var layer = 0

    mutating func enter(_ kind: LayerKind, shown: Bool) {
        if let i = layers.firstIndex(where: { $0.kind == kind }) { layer = i } else { layers.append(LayerState(kind: kind)); layer = layers.count - 1 }
        if shown { layers[layer].shown = true }
    }
    var controls = NoticeControls()
    var text: [String] = []

    let page: HTMLPage?

    init(languages: [NoticeLanguage], platform: ConsentPlatform?, format: PageFormat, page: HTMLPage?) {
        self.languages = languages
        alwaysActiveSets = NoticeLanguage.isEveryLanguage(languages) ? [NoticeLanguage.everyAlwaysActiveLabel] : languages.map(\.alwaysActiveSet)
        self.platform = platform
        self.format = format
        self.page = page
    }

    mutating func read(_ line: TextLine, statusFollows: Bool = false, namesPreferences: Bool = false) {
        let raw = line.text
        if line.role == .checkbox, let checked = line.checked, case .category(let i) = subject {
            if checked && line.disabled {
                // A ticked box the visitor cannot untick: the category is always active.
                markAlwaysActive(line)
            } else if categories[i].preTicked == nil, !line.inTemplate {
                // The first box under a category is its own; later ones are its services'.
                categories[i].preTicked = checked && !line.disabled
            }
        }
        // A table of figures (a report's, a summary's) is no notice's wording.
        guard !raw.isEmpty, line.role != .tableRow else { return }
        text.append(raw)
        if line.role == .button { sawButtons = true; layers[layer].sawButtons = true }
        for placeholder in PhraseMatcher.placeholders(in: raw) where placeholderSet.insert(placeholder).inserted {
            placeholders.append(placeholder)
        }
        if namesPreferences {
            openCategory(raw, class: .preferences, line: line)
            return
        }
        if NoticeMarkup.isCategoryHeading(line, page: page, platform: platform), LineLength.of(raw) <= LineLength.heading,
           PhraseMatcher.partnerCount(in: raw, languages: languages) == nil, TCFTaxonomy.match(raw) == nil {
            let cls = PhraseMatcher.categoryClass(ofHeading: raw, languages: languages, platform: platform) ?? .other
            openCategory(raw, class: cls, line: line)
            return
        }
        // A name that reads as a button label ("Cookie Settings") with an "Always Active" label
        // under it is a category: a button has no status. A heading we do not know keeps its
        // meaning (see below): only what would otherwise be taken for a control is re-read.
        if statusFollows, line.role != .button, LineLength.of(raw) <= LineLength.heading, !raw.hasSuffix("."),
           PhraseMatcher.partnerCount(in: raw, languages: languages) == nil, TCFTaxonomy.match(raw) == nil {
            let labels = ControlLexicon.labels(in: raw)
            if !labels.isEmpty, !labels.contains(where: { $0.kind == .acceptAll || $0.kind == .rejectAll }) {
                openCategory(raw, class: PhraseMatcher.categoryClass(ofHeading: raw, languages: languages, platform: platform) ?? .other, line: line)
                return
            }
        }
        // A status label ("Keine Zustimmung erforderlich", "Geen toestemming nodig") is no button,
        // though its words may read as one (a negated consent word reads as a refusal).
        if line.role != .button, line.role != .link, PhraseMatcher.isExactly(.alwaysActive, in: languages, line: raw) {
            markAlwaysActive(line)
            return
        }
        if readControl(line) { return }

        if languages.contains(where: { PhraseMatcher.contains($0.legitimateInterestSet, in: raw) }) {
            legitimateInterest = true
            if LineLength.of(raw) < LineLength.basisLabel, case .declaration(let i) = subject { declarations[i].legitimateInterest = true }
        }

        if PhraseMatcher.isExactly(.alwaysActive, in: languages, line: raw) {
            markAlwaysActive(line)
            return
        }
        // "Needed for the site to work. Always active.": the label as the description's last sentence.
        if LineLength.of(raw) > LineLength.withStatusSentence, let tail = Self.lastSentence(raw),
           PhraseMatcher.isExactly(.alwaysActive, in: languages, line: tail) {
            markAlwaysActive(line)
        }

        if let basisCounts = BasisCountLine.read(raw, languages: languages) {
            applyBasisCounts(basisCounts)
            return
        }
        var name = Substring(raw)
        var itemCount: Int?
        if let count = PhraseMatcher.partnerCount(in: raw, languages: languages) {
            // "…may be stored by, accessed by and shared with 183 partners, or used…": a count in
            // the middle of prose is the notice's total, not an item's.
            let isProse = count.range.upperBound < raw.endIndex && LineLength.of(raw[count.range.upperBound...]) > LineLength.proseAfterCount
                && LineLength.of(raw[..<count.range.lowerBound]) > LineLength.proseBeforeCount
            if count.isTotal || isProse {
                // "0 partners" is what a script-filled counter shows before it runs: not a figure.
                if totalPartners == nil, count.count > 0 { totalPartners = count.count }
            } else {
                itemCount = count.count
                name = raw[..<count.range.lowerBound]
            }
        }
        let trimmedName = name.trimmingCharacters(in: " :-–—·|,.…•*>")
        if trimmedName.isEmpty, let itemCount {
            // The count stands on its own line, after the name it counts.
            setPartners(itemCount)
            return
        }
        if LineLength.of(trimmedName) <= LineLength.itemName, let reference = TCFTaxonomy.match(trimmedName) {
            declare(reference, name: trimmedName, partners: itemCount)
            return
        }
        if let itemCount, LineLength.of(trimmedName) <= LineLength.itemName, !trimmedName.isEmpty {
            // A counted item whose name the TCF does not know: keep it, with no id.
            declarations.append(PurposeDeclaration(kind: kindHint(raw), tcfId: nil, name: trimmedName, partners: itemCount))
            subject = .declaration(declarations.count - 1)
            describedSubject = false
            return
        }
        if LineLength.of(raw) <= LineLength.heading, line.role != .button, !isSettingsTitle(raw),
           let cls = PhraseMatcher.categoryClass(ofHeading: raw, languages: languages, platform: platform) {
            openCategory(raw, class: cls, line: line)
            return
        }
        // A block naming items inside its prose: a run-on list ("…to provide: Use precise
        // geolocation data. Actively scan …"), a list after "such as", a stack's name in a
        // sentence. Declare each so that a notice showing only its first layer still lists them.
        // Two names at least, or one long name (a stack's, "Use precise geolocation data" in most
        // translations), so that a sentence quoting a short name in passing declares nothing.
        if LineLength.of(raw) > LineLength.label {
            let found = TCFNameFinder.occurrences(in: raw)
            if found.count >= 2 || found.first.map({ $0.words.count >= Self.singleNameWords }) == true {
                for occurrence in found { declare(occurrence.reference, name: occurrence.text, partners: nil, makeSubject: false) }
                if found.count >= 2 { return }
            }
        }
        if line.role == .heading || (LineLength.of(raw) < LineLength.label && !raw.hasSuffix(".")) {
            // A heading we do not know ("Eigenschaften", "Vendors"): what follows is not about the
            // previous subject, so an "Always Active" under it must not be credited to it.
            subject = .none
            return
        }
        describe(raw)
    }

    /// "Cookie Preferences", "Cookie-Einstellungen": the settings' own title (or the button that
    /// opens them), never a category, though a category's name is in it.
    func isSettingsTitle(_ raw: String) -> Bool {
        LineLength.of(raw) <= LineLength.heading && PhraseMatcher.isExactly(.preferenceCentreTitles, in: languages, line: raw)
    }

    mutating func openCategory(_ heading: String, class cls: CategoryClass, line: TextLine) {
        let raw = CategoryName.singleSpaced(PhraseMatcher.headingCore(heading))
        let shownName = CategoryName.cleaned(raw, languages: languages)
        let key = TextNormalizer.fold(shownName)
        if let existing = categoryIndex[key] {
            subject = .category(existing)
            describedSubject = categories[existing].description != nil
        } else {
            categoryIndex[key] = categories.count
            categories.append(CookieCategory(name: shownName, normalized: cls))
            layers[layer].categories.append(shownName)
            subject = .category(categories.count - 1)
            describedSubject = false
        }
        if alwaysActiveSets.contains(where: { PhraseMatcher.contains($0, in: raw) }) { markAlwaysActive(line) }
        // A ticked box the visitor cannot untick, labelled with the category's name.
        if line.role == .checkbox, line.checked == true, line.disabled { markAlwaysActive(line) }
        if line.role == .checkbox, let checked = line.checked, !line.inTemplate, case .category(let i) = subject,
           categories[i].preTicked == nil {
            // "- [x] Marketing" in crawler Markdown: the heading is its own checkbox.
            categories[i].preTicked = checked && !line.disabled
        }
    }

    /// Buttons and standalone labels that are controls. Returns true when the line was nothing else.
    ///
    /// A line is a control when markup says it is a button or link and its words read as a label,
    /// or when it consists of nothing but labels (a text copy keeps each button's label on a line of
    /// its own, or glues a row of them into one line). A label named inside a sentence ("Selecting
    /// Accept All enables …") is not a button, nor is a heading.
    mutating func readControl(_ line: TextLine) -> Bool {
        let raw = line.text
        let marked = line.role == .button || line.role == .link
        // A preference centre's title ("Manage Consent Preferences") is a heading, not a button;
        // so is any line that markup or a copy's marks say is a heading ("Cookie preferences",
        // a dialog's name in a snapshot).
        if !marked, line.role == .heading || NoticeLayering.isPreferenceCentreTitle(line, languages: languages) { return false }
        var labels = ControlLexicon.labels(in: raw, strict: !(line.role == .button))
        // A category's name on its own line ("Preferences", "Preferences Preferences") is a
        // heading, not a settings button, unless markup says it is a button or the line is a row
        // of buttons that accepts or refuses.
        if !marked, LineLength.of(raw) <= LineLength.heading, labels.count < 2, !labels.contains(where: { $0.kind == .acceptAll || $0.kind == .rejectAll }),
           !isSettingsTitle(raw), PhraseMatcher.categoryClass(ofHeading: raw, languages: languages, platform: platform) != nil {
            return false
        }
        if labels.isEmpty, line.role == .link { labels = ControlLexicon.labels(in: raw, strict: false) }
        // What assistive technology reads says what a button does when its text does not
        // ("Do Not Sell or Share My Personal Information, Opens the preference center dialog").
        if labels.isEmpty, marked, let name = line.accessibleName, let clause = name.split(separator: ",").last {
            labels = ControlLexicon.labels(in: String(clause), strict: false)
        }
        // A row glued into one line, in labels consent tools print word for word ("Permet totes
        // les galetes Denega totes les galetes"): read whole, as the words of one label may not
        // tell its part.
        if !marked, let mask = ExactLabelIndex.shared.mask(of: languages),
           let row = ExactLabelIndex.shared.row(raw, languageMask: mask) {
            labels = row.map { ControlLexicon.Label(kind: $0, text: raw) }
        }
        // A copy that ran the buttons into the end of the notice's text ("… à nos efforts de
        // marketing. Paramètres des cookies Autoriser tous les cookiesContinuer sans accepter").
        if labels.isEmpty, !marked, LineLength.of(raw) > LineLength.label {
            let trailing = ControlLexicon.trailingLabels(in: raw)
            if trailing.count >= 2 {
                for label in trailing { setControl(label.kind) }
                if line.shown { sawButtonRow = true; layers[layer].sawButtonRow = true }
            }
        }
        if labels.isEmpty, marked || LineLength.of(raw) <= LineLength.label {
            for (table, kind) in [(LabelTable.acceptAll, ControlKind.acceptAll), (.rejectAll, .rejectAll),
                                  (.manageChoices, .manageChoices), (.saveChoices, .saveChoices)]
            where PhraseMatcher.isExactly(table, in: languages, line: raw) {
                labels.append(.init(kind: kind, text: raw))
            }
        }
        // A paid option worded as a refusal ("Reject and subscribe") is no reject: refusing costs money.
        if labels.contains(where: { $0.kind == .rejectAll }), PayOrConsentReader.namesPaidOption(raw, languages: languages) {
            labels.removeAll { $0.kind == .rejectAll }
        }
        if !labels.isEmpty {
            for label in labels { setControl(label.kind) }
            // A row the visitor can act on: a button, or a label that accepts or refuses (a heading
            // such as "Manage Consent Preferences" is not one). Once seen, a control missing from
            // the notice is absent, not unknown.
            if line.shown, marked || labels.contains(where: { $0.kind == .acceptAll || $0.kind == .rejectAll }) {
                sawButtonRow = true
                layers[layer].sawButtonRow = true
            }
            if line.role == .button { return true }
            if !marked {
                subject = .none
                return true
            }
            return false
        }
        // A notice that names its own button in quotes ('En cliquant sur "Continuer sans
        // accepter", vous refusez…', 'click "Yes, I accept"') shows that the button exists.
        if !marked, LineLength.of(raw) > LineLength.label {
            for quoted in QuotedPhrases.of(raw) {
                let found = ControlLexicon.labels(in: quoted)
                if found.count == 1 { setControl(found[0].kind) }
            }
        }
        return false
    }

    mutating func setControl(_ kind: ControlKind) {
        Self.set(kind, in: &controls)
        Self.set(kind, in: &layers[layer].controls)
    }

    static func set(_ kind: ControlKind, in controls: inout NoticeControls) {
        switch kind {
        case .acceptAll: controls.acceptAll = true
        case .rejectAll: controls.rejectAll = true
        case .manageChoices: controls.manageChoices = true
        case .saveChoices: controls.saveChoices = true
        case .close: break
        }
    }

    /// Absent once the row of buttons is in the file, in every format (a copy of a page's text
    /// holds its buttons' labels). Unknown otherwise, and for a configuration object, which need
    /// not list every button its script draws.
    func completed(_ controls: NoticeControls, buttons: Bool, row: Bool, origin: NoticeOrigin) -> NoticeControls {
        var controls = controls
        if row || (format == .html || format == .accessibilitySnapshot) && buttons, origin != .configuration {
            controls.acceptAll = controls.acceptAll ?? false
            controls.rejectAll = controls.rejectAll ?? false
            controls.manageChoices = controls.manageChoices ?? false
            controls.saveChoices = controls.saveChoices ?? false
        }
        return controls
    }

    mutating func declare(_ reference: TCFReference, name: String, partners: Int?, makeSubject: Bool = true) {
        switch reference {
        case .item(let kind, let id):
            if let i = declarations.firstIndex(where: { $0.kind == kind && $0.tcfId == id }) {
                if declarations[i].partners == nil { declarations[i].partners = partners }
                // Named in passing in prose first, then as an item of its own: keep that name.
                if makeSubject, namedInProse.remove(i) != nil { declarations[i].name = name }
                if makeSubject { subject = .declaration(i); describedSubject = declarations[i].description != nil }
            } else {
                declarations.append(PurposeDeclaration(kind: kind, tcfId: id, name: name, partners: partners))
                layers[layer].tcfItems.append("\(kind.rawValue) \(id)")
                if makeSubject { subject = .declaration(declarations.count - 1); describedSubject = false } else { namedInProse.insert(declarations.count - 1) }
            }
        case .stack(let id):
            let definition = TCFTaxonomy.stack(id)
            if let i = stacks.firstIndex(where: { $0.tcfId == id }) {
                if stacks[i].partners == nil { stacks[i].partners = partners }
                if makeSubject { subject = .stack(i); describedSubject = stacks[i].description != nil }
            } else {
                layers[layer].tcfItems.append("stack \(id)")
                stacks.append(StackDeclaration(
                    tcfId: id, name: name, partners: partners,
                    purposeIds: definition?.purposeIds ?? [], specialFeatureIds: definition?.specialFeatureIds ?? []))
                if makeSubject { subject = .stack(stacks.count - 1); describedSubject = false }
            }
        }
    }

    /// "Consent (402 vendors)" / "Legitimate interest (97 vendors)" under an item.
    mutating func applyBasisCounts(_ line: BasisCountLine) {
        for entry in line.counts {
            switch (subject, entry.basis) {
            case (.declaration(let i), .legitimateInterest):
                declarations[i].legitimateInterest = true
                declarations[i].legitimateInterestPartners = declarations[i].legitimateInterestPartners ?? entry.count
                legitimateInterest = true
            case (.declaration(let i), _):
                if declarations[i].partners == nil { declarations[i].partners = entry.count }
            case (.stack(let i), _):
                if stacks[i].partners == nil, entry.basis != .legitimateInterest { stacks[i].partners = entry.count }
            default:
                break
            }
        }
    }

    mutating func setPartners(_ count: Int) {
        switch subject {
        case .declaration(let i) where declarations[i].partners == nil: declarations[i].partners = count
        case .stack(let i) where stacks[i].partners == nil: stacks[i].partners = count
        default: break
        }
    }

    mutating func markAlwaysActive(_ line: TextLine) {
        switch subject {
        case .declaration(let i): declarations[i].alwaysActive = true
        case .category(let i):
            if AlwaysActivePolicy.counts(line: line, category: categories[i], platform: platform) {
                categories[i].alwaysActive = true
            }
        case .stack, .none: break
        }
    }

    mutating func describe(_ raw: String) {
        guard !describedSubject, LineLength.of(raw) >= LineLength.label else { return }
        switch subject {
        case .declaration(let i): declarations[i].description = raw
        case .stack(let i): stacks[i].description = raw
        case .category(let i): categories[i].description = raw
        case .none: return
        }
        describedSubject = true
    }

    /// The fewest words a TCF name needs to be declared from prose where it is the only one.
    static let singleNameWords = 6

    /// The last sentence of a line that has several ("… (tema, idioma). Sempre ativos." → "Sempre ativos.").
    static func lastSentence(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: " .")
        guard let stop = trimmed.lastIndex(where: { $0 == "." || $0 == "!" }) else { return nil }
        let tail = trimmed[trimmed.index(after: stop)...].trimmingCharacters(in: " ")
        return tail.isEmpty || LineLength.of(tail) > LineLength.statusSentence ? nil : tail
    }

    /// The kind an unmatched item's count line names ("… can use this special feature").
    func kindHint(_ raw: String) -> DeclarationKind {
        let folded = TextNormalizer.fold(raw)
        if folded.contains("special feature") { return .specialFeature }
        if folded.contains("special purpose") { return .specialPurpose }
        if folded.contains("feature") { return .feature }
        return .purpose
    }

    mutating func finish(origin: NoticeOrigin) -> ConsentNotice {
        var purposes = declarations
        // Per-item legitimate interest is known for every item once the notice shows it per item.
        if purposes.contains(where: { $0.legitimateInterest == true }) {
            for i in purposes.indices where purposes[i].legitimateInterest == nil { purposes[i].legitimateInterest = false }
        }
        purposes.sort { a, b in
            if a.kind != b.kind { return a.kind < b.kind }
            switch (a.tcfId, b.tcfId) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            default: return false
            }
        }
        // Each layer's controls; the notice's are its first layer's, the banner a visitor meets
        // (the EDPB taskforce asks for a way to refuse there, beside the way to accept).
        let finishedLayers = layers.map { state in
            NoticeLayer(kind: state.kind, shown: state.shown,
                        controls: completed(state.controls, buttons: state.sawButtons, row: state.sawButtonRow, origin: origin),
                        tcfItems: state.tcfItems, cookieCategories: state.categories)
        }
        // A layer that shows no way to accept or refuse (a heading, or a "Cookie Settings" link
        // before a preference centre's title) is not the one a visitor decides on.
        func showsControls(_ layer: NoticeLayer) -> Bool {
            layer.controls.acceptAll == true || layer.controls.rejectAll == true
        }
        let first = finishedLayers.first(where: { $0.kind == .banner && showsControls($0) }) ?? finishedLayers.first(where: showsControls)
        let controls = first?.controls ?? completed(self.controls, buttons: sawButtons, row: sawButtonRow, origin: origin)

        // Silence on legitimate interest is an answer only where the file shows a layer that
        // would state it (a preference centre or a vendor list); a banner alone leaves it unknown.
        let showsChoices = finishedLayers.contains { $0.kind != .banner }
        let legitimateInterestClaimed: Bool? = legitimateInterest ? true : (showsChoices ? false : nil)

        let joined = text.joined(separator: "\n")
        return ConsentNotice(
            platform: platform?.id.rawValue,
            language: LanguageDetector.detect(joined),
            totalPartners: totalPartners,
            purposes: purposes,
            stacks: stacks,
            cookieCategories: categories,
            controls: controls,
            legitimateInterestClaimed: legitimateInterestClaimed,
            origin: origin,
            unrenderedPlaceholders: placeholders,
            layers: finishedLayers,
            controlsLayer: first?.kind ?? finishedLayers.first?.kind)
    }
}

/// Platform knowledge about "Always Active" labels that markup alone gets wrong (see
/// ``ConsentPlatform/templateAlwaysActiveClasses``).
enum AlwaysActivePolicy {
    static func counts(line: TextLine, category: CookieCategory, platform: ConsentPlatform?) -> Bool {
        guard let real = platform?.templateAlwaysActiveClasses else { return true }
        return real.contains(category.normalized)
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        // Most names start and end with a letter or digit: nothing to trim (an ASCII last byte
        // is a whole character; a first one may carry a combining mark, which no set holds).
        var s = Substring(self)
        if let first = s.utf8.first, let last = s.utf8.last, Self.isASCIIAlphanumeric(first), Self.isASCIIAlphanumeric(last) {
            return String(s)
        }
        while let f = s.first, f.isWhitespace || set.contains(f) { s.removeFirst() }
        while let l = s.last, l.isWhitespace || set.contains(l) { s.removeLast() }
        return String(s)
    }

    private static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }
}

/// A category's name as a notice shows it, without the residue flattening leaves around it.
enum CategoryName {
    /// The text with runs of spaces made one and none at its ends; the text itself when it has
    /// none of those (most names).
    static func singleSpaced(_ text: String) -> String {
        var previous: UInt8 = 0x20
        var clean = true
        for byte in text.utf8 {
            if byte == 0x20 && previous == 0x20 { clean = false; break }
            previous = byte
        }
        if clean && previous != 0x20 || text.isEmpty { return text }
        return text.split(separator: " ").joined(separator: " ")
    }

    /// The category's name as shown, without what markup flattening glued to it: a repeated
    /// label, an "Always active" label, a cookie count ("Essenziell (3)").
    static func cleaned(_ raw: String, languages: [NoticeLanguage]) -> String {
        var name = undoubled(raw)
        let folded = Array(TextNormalizer.fold(name).utf8)
        // The first always-active label (in the languages' order) the name ends with, after a space.
        search: for language in languages {
            for label in language.alwaysActive {
                let count = label.utf8.count
                guard folded.count > count, folded[folded.count - count - 1] == 0x20,
                      folded[(folded.count - count)...].elementsEqual(label.utf8) else { continue }
                name = String(name.dropLast(label.count)).trimmingCharacters(in: " ")
                break search
            }
        }
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("),
           name[name.index(after: open)..<name.index(before: name.endIndex)].allSatisfy(\.isNumber) {
            name = String(name[..<open]).trimmingCharacters(in: " ")
        }
        return undoubled(name)
    }

    /// "Functional Functional": crawler Markdown repeats a category's label (the heading and its
    /// checkbox's label). "Functional 1 Functional", "Marketing (12) Marketing": a counter of the
    /// category's services between the two copies. Keep one copy, without the counter.
    static func undoubled(_ raw: String) -> String {
        // A doubled name repeats its first word: without a second occurrence of it (as bytes),
        // the name is as shown, and nothing need be split and joined again.
        if let space = raw.utf8.firstIndex(of: 0x20) {
            let first = raw.utf8[..<space]
            if !raw.utf8[raw.utf8.index(after: space)...].containsSubsequence(first) { return raw }
        } else {
            return raw
        }
        let words = raw.split(separator: " ")
        func isCounter(_ word: Substring) -> Bool {
            let digits = word.trimmingCharacters(in: "()[]")
            return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        }
        var kept = words
        for n in stride(from: words.count / 2, through: 1, by: -1) where words.count >= 2 * n {
            if words[0..<n].elementsEqual(words[n..<(2 * n)]) { kept = Array(words[n...]); break }
            if words.count >= 2 * n + 1, isCounter(words[n]), words[0..<n].elementsEqual(words[(n + 1)..<(2 * n + 1)]) {
                kept = Array(words[(n + 1)...])
                break
            }
        }
        return kept.joined(separator: " ")
    }
}
