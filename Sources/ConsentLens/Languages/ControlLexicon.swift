/// What a notice's button does, as far as the visitor's choice goes.
public enum ControlKind: String, Sendable, Codable, Equatable, CaseIterable {
    case acceptAll, rejectAll, manageChoices, saveChoices, close
}

/// The words one language builds its button labels from, by the part they play in a label.
///
/// Real notices word their buttons in hundreds of ways per language ("Accept all", "I accept",
/// "Yes, I'm happy", "ACCEPT ALL COOKIES", "Nur Essenzielle", "Continuer sans accepter"), so labels
/// are read by the roles of their words rather than matched against a list of whole phrases: a
/// label that holds an accepting verb and no negation accepts; a negated accepting verb, a refusing
/// verb, or "necessary" with "only" refuses. Every word of a label must play a known part (or be
/// one of the language's filler words) for a line of text to count as a label, so that prose
/// ("Selecting Accept All enables tracking …") never does. Words are lower-case, split at every
/// character that is not a letter or digit ("j'accepte" is "j" + "accepte").
public struct ControlWords: Sendable {
    /// Verbs and words that give consent: "accept", "agree", "allow", "ok", "consent".
    public var accept: Set<String>
    /// Verbs that refuse: "reject", "decline", "deny", "refuse".
    public var reject: Set<String>
    /// Negations: "not", "without", "no" ("Continue without accepting", "Do not consent").
    public var negation: Set<String>
    /// "necessary", "essential", "required": with `only` (or an accepting verb), a label refuses
    /// everything optional.
    public var necessary: Set<String>
    /// "only", "just".
    public var only: Set<String>
    /// "selection", "selected": an accepting verb with one of these saves a choice.
    public var selection: Set<String>
    /// Verbs that save a choice made in the settings: "save", "confirm", "submit".
    public var save: Set<String>
    /// Words that open the choices: "settings", "preferences", "customise", "manage", "options".
    public var manage: Set<String>
    /// "close", "dismiss".
    public var close: Set<String>
    /// "all", "everything": an accepting or refusing label's scope. "Necessary" and "all" in one
    /// label are two labels glued together ("Necessary OnlyAccept All").
    public var all: Set<String>
    /// Words that carry no role but may stand in a label: "all", "cookies", "my", "the", "and".
    public var filler: Set<String>

    public init(
        accept: Set<String>, reject: Set<String>, negation: Set<String>, necessary: Set<String>, only: Set<String>,
        selection: Set<String>, save: Set<String>, manage: Set<String>, close: Set<String>, all: Set<String>,
        filler: Set<String>
    ) {
        self.all = all
        self.accept = accept
        self.reject = reject
        self.negation = negation
        self.necessary = necessary
        self.only = only
        self.selection = selection
        self.save = save
        self.manage = manage
        self.close = close
        self.filler = filler
    }

    /// No words: a language whose labels come from its generated pack alone.
    public static let none = ControlWords(
        accept: [], reject: [], negation: [], necessary: [], only: [], selection: [], save: [], manage: [], close: [],
        all: [], filler: [])
}

/// Reads button labels in every supported language, alone or glued into one line by a copy
/// ("Accept Deny View preferences Save preferences", "Cookie settingsReject allAccept all").
public enum ControlLexicon {
    /// One label found in a line.
    public struct Label: Sendable, Equatable {
        public var kind: ControlKind
        public var text: String
    }

    /// The longest label, in words, that a line of text may hold.
    static let maximumLabelWords = 7

    /// Every language's words merged: a label's words are looked up once, whatever its language.
    /// Merging is safe because a word plays the same part in every language that has it.
    struct Merged: Sendable {
        var roles: [String: Role] = [:]
        /// The ASCII words, by bytes: a glued ASCII word is split without making a string for
        /// every cut tried.
        var asciiWords = ByteWordSet()

        struct Role: OptionSet, Sendable {
            let rawValue: UInt16
            static let accept = Role(rawValue: 1), reject = Role(rawValue: 2), negation = Role(rawValue: 4)
            static let necessary = Role(rawValue: 8), only = Role(rawValue: 16), selection = Role(rawValue: 32)
            static let save = Role(rawValue: 64), manage = Role(rawValue: 128), close = Role(rawValue: 256)
            static let filler = Role(rawValue: 512), all = Role(rawValue: 1024)
            /// The noun for consent ("Consent", Google's accept button): accepts only where the
            /// label's bounds are certain, since it also heads "Manage Consent Preferences".
            static let consentNoun = Role(rawValue: 2048)
        }

        init(_ languages: [NoticeLanguage]) {
            func byRole(_ w: ControlWords) -> [(Set<String>, Role)] {
                [
                    (w.accept, Role.accept), (w.reject, .reject), (w.negation, .negation), (w.necessary, .necessary),
                    (w.only, .only), (w.selection, .selection), (w.save, .save), (w.manage, .manage),
                    (w.close, .close), (w.all, .all), (w.filler, .filler),
                ]
            }
            for language in languages {
                for (set, role) in byRole(language.controlWords) {
                    for word in set { roles[word, default: []].insert(role) }
                }
                for noun in language.consentBasis where !noun.contains(" ") { roles[noun, default: []].insert(.consentNoun) }
            }
            // The words of each language's own words for cookies ("cookie-uri", "süti", "куки") stand
            // in labels as filler wherever no hand-written table gives them a part, whatever part a
            // pack derived from the labels they stood in ("Süti elfogadása"): "Setări cookie-uri"
            // is the settings, as "Cookie settings" is.
            var cookieParts = Set<String>()
            for language in languages {
                for phrase in language.cookieWords { for word in ControlLexicon.rawWords(phrase) { cookieParts.insert(word.folded) } }
            }
            for word in cookieParts where roles[word] == nil { roles[word] = .filler }
            // Generated words after every hand-written one, and only where they agree: a word
            // that a hand-written table gives a part keeps it (English "enable" accepts, whatever
            // a pack derived), and one that two packs give different acting parts plays none.
            // Then, the same way, the words of languages read from their pack alone, only where no
            // other language gives the word a part: their few labels (Serbian's "Prihvati
            // kolačiće") must not take a word from a language whose packs and tables agree on it
            // (Croatian's "Odbij sve kolačiće").
            for tier in [languages.filter { !NoticeLanguage.isFromPackAlone($0.code) }, languages.filter { NoticeLanguage.isFromPackAlone($0.code) }] {
                // (`roles` is not changed until the tier's words are all collected: read in place,
                // not from a copy, which the first change would have had to copy whole.)
                var generated: [String: Role] = [:]
                for language in tier {
                    for (set, role) in byRole(language.generatedControlWords) {
                        for word in set where roles[word] == nil { generated[word, default: []].insert(role) }
                    }
                }
                for (word, role) in generated {
                    let acting = role.intersection(Self.acting)
                    // Two acting parts ("accept" in one language, "reject" in another): no part.
                    roles[word] = acting.rawValue.nonzeroBitCount > 1 ? role.subtracting(Self.acting).union(.filler) : role
                }
            }
            for word in roles.keys where word.utf8.allSatisfy({ $0 < 0x80 }) { asciiWords.insert(Array(word.utf8)) }
            // The words of a language that lists every form of them (English) are not read in
            // other forms: "All Consent Allowed" says a state, not an action.
            var listed = Set<String>()
            for language in languages where language.listsEveryForm {
                for (set, _) in byRole(language.controlWords) + byRole(language.generatedControlWords) { listed.formUnion(set) }
            }
            // (Keys are cut from the words' own scalars: building strings scalar by scalar was most
            // of this table's start-up.)
            for (word, role) in roles where word.utf8.count >= Self.shortestForm && !role.isDisjoint(with: Self.formingParts)
                && !listed.contains(word) {
                let scalars = Array(word.unicodeScalars)
                guard scalars.count >= Self.shortestForm else { continue }
                formsByStart[String(word.unicodeScalars.prefix(Self.formStart)), default: []].append((word, scalars))
            }
            for key in formsByStart.keys { formsByStart[key]!.sort { $0.word < $1.word } }
            for part in cookieParts {
                let scalars = part.unicodeScalars
                let count = scalars.count
                guard count >= Self.formStart else { continue }
                for length in max(Self.formStart, count - 2)...count { cookieStems.insert(String(scalars.prefix(length))) }
                cookieStarts.insert(String(scalars.prefix(Self.formStart)))
            }
            // A pack takes a compound of a word for cookies for a word for cookies, filler ("stäng
            // cookieinställningar"): it plays the part of the word it ends with, the settings.
            // (Found first, then set: setting while iterating would copy the table.)
            var compounds: [(String, Role)] = []
            for (word, role) in roles where role == .filler && word.utf8.count >= Self.formStart + Self.shortestForm
                && !cookieParts.contains(word) && cookieStarts.contains(String(word.unicodeScalars.prefix(Self.formStart))) {
                if let tail = compoundTail(Array(word.unicodeScalars)), let tailRole = roles[tail] { compounds.append((word, tailRole)) }
            }
            for (word, role) in compounds { roles[word] = role }
            for word in roles.keys where word.unicodeScalars.allSatisfy(isUnspacedWordScalar) {
                let count = word.unicodeScalars.count
                guard count >= 2 else { continue }
                unspacedWords.insert(word)
                longestUnspacedWord = max(longestUnspacedWord, count)
            }
        }

        /// The words (and the pieces of words, see `generate-language-packs`' unspaced_pieces) of
        /// scripts written without spaces, by which a run no table lists is cut into words.
        private var unspacedWords = Set<String>()
        private var longestUnspacedWord = 0
        /// Runs longer than this are prose, never one label.
        static let longestUnspacedLabel = 24

        /// A run of a script written without spaces ("すべてのクッキーを受け入れる", "cookie设置" once
        /// cut from its Latin) cut into the longest known words from its start: "すべて",
        /// "のクッキーを" (unknown), "受け入れ", "る". Letters no word covers are kept together as one
        /// unknown piece, except up to two kana of grammar between or after words (particles and
        /// verb endings: "の", "を", "る"), which are dropped. Nil when no known word is in it.
        func unspacedPieces(of run: String) -> [String]? {
            let scalars = Array(run.unicodeScalars)
            guard scalars.count >= 2, scalars.count <= Self.longestUnspacedLabel, longestUnspacedWord > 0 else { return nil }
            var pieces: [String] = []
            var unknown = String.UnicodeScalarView()
            var found = false
            func flushUnknown() {
                guard !unknown.isEmpty else { return }
                if !(unknown.count <= 2 && unknown.allSatisfy({ (0x3040...0x309F).contains($0.value) })) {
                    pieces.append(String(unknown))
                }
                unknown = String.UnicodeScalarView()
            }
            var i = 0
            while i < scalars.count {
                var matched = 0
                var length = min(longestUnspacedWord, scalars.count - i)
                while length >= 2 {
                    var candidate = String.UnicodeScalarView()
                    candidate.append(contentsOf: scalars[i..<(i + length)])
                    if unspacedWords.contains(String(candidate)) { matched = length; break }
                    length -= 1
                }
                if matched > 0 {
                    flushUnknown()
                    var piece = String.UnicodeScalarView()
                    piece.append(contentsOf: scalars[i..<(i + matched)])
                    pieces.append(String(piece))
                    found = true
                    i += matched
                } else {
                    unknown.append(scalars[i])
                    i += 1
                }
            }
            flushUnknown()
            return found ? pieces : nil
        }

        /// Parts whose words are known in other forms: verbs and nouns that act, the words for
        /// the necessary ones, and the scope where it inflects ("tümüne" beside "tümünü",
        /// "wszystkich" beside "wszystkie"). (Filler words are many and say nothing: not read so.)
        static let formingParts: Role = [.accept, .reject, .necessary, .save, .manage, .close, .all]
        /// Words of fewer letters are not read in other forms ("allow" is no "allot").
        static let shortestForm = 5
        /// The letters two forms share first, by which the forms are found.
        static let formStart = 4
        /// At most this many letters of either form are not shared.
        static let formEndings = 3

        /// How many letters `word` and `listed` share first when one is another form of the other
        /// (both of ``shortestForm`` letters or more, sharing that many first and differing in at
        /// most ``formEndings`` last letters of either); nil when they are not. Button words and
        /// category names are read in other forms by this one rule.
        static func sharedStartOfForms(_ word: [Unicode.Scalar], _ listed: [Unicode.Scalar]) -> Int? {
            var shared = 0
            while shared < min(word.count, listed.count), word[shared] == listed[shared] { shared += 1 }
            guard shared >= shortestForm, shared >= max(word.count, listed.count) - formEndings else { return nil }
            return shared
        }

        /// The same rule for short words, which inflect in their last letters alone: sharing all
        /// letters but at most the last two of either, and ``formStart`` at least ("nujni",
        /// "nujne"; "vajalikud", "vajalik"; a word and itself). Category names use it to find the
        /// word a qualified name qualifies in the language's other wording.
        static func isShortWordForm(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
            var shared = 0
            while shared < min(a.count, b.count), a[shared] == b[shared] { shared += 1 }
            return shared >= formStart && shared >= max(a.count, b.count) - 2
        }

        init() {}

        /// The lexicon as `LabelCompiledTables.controlLexicon` stores it for these languages in
        /// this order (written by ``serialized()``), so start-up merges and folds no word; nil
        /// when it was written for other languages (tests then fail as stale).
        init?(stored languages: [NoticeLanguage]) {
            guard LanguageTables.written(for: languages, as: LabelCompiledTables.languages) else { return nil }
            var merged = Merged()
            var valid = true
            merged.roles.reserveCapacity(4096)
            GeneratedTableReader.forEachRow(LabelCompiledTables.controlLexicon) { bytes, fields in
                guard fields.count >= 2, fields[0].count == 1 else { valid = false; return }
                let word = GeneratedTableReader.string(bytes, fields[1])
                switch bytes[fields[0].lowerBound] {
                case 0x72:  // r: a word and its parts
                    guard fields.count == 3, let role = GeneratedTableReader.integer(bytes, fields[2], radix: 16) else { valid = false; return }
                    merged.roles[word] = Role(rawValue: UInt16(role))
                    if bytes[fields[1]].allSatisfy({ $0 < 0x80 }) { merged.asciiWords.insert(Array(bytes[fields[1]])) }
                case 0x66:  // f: a word read in other forms, under its start
                    guard fields.count == 3 else { valid = false; return }
                    let form = GeneratedTableReader.string(bytes, fields[2])
                    merged.formsByStart[word, default: []].append((form, Array(form.unicodeScalars)))
                case 0x73: merged.cookieStems.insert(word)  // s
                case 0x63: merged.cookieStarts.insert(word)  // c
                case 0x75:  // u
                    merged.unspacedWords.insert(word)
                    merged.longestUnspacedWord = max(merged.longestUnspacedWord, word.unicodeScalars.count)
                default: valid = false
                }
            }
            guard valid else { return nil }
            self = merged
        }

        /// One entry a line: `r word role` (hex), `f start word`, `s stem`, `c start`, `u word`,
        /// each kind sorted (forms in the order they are tried).
        func serialized() -> String {
            var out = ""
            for word in roles.keys.sorted() { out += "r\t\(word)\t\(String(roles[word]!.rawValue, radix: 16))\n" }
            for start in formsByStart.keys.sorted() {
                for form in formsByStart[start]! { out += "f\t\(start)\t\(form.word)\n" }
            }
            for stem in cookieStems.sorted() { out += "s\t\(stem)\n" }
            for start in cookieStarts.sorted() { out += "c\t\(start)\n" }
            for word in unspacedWords.sorted() { out += "u\t\(word)\n" }
            return out
        }

        /// Acting words of ``shortestForm`` letters or more by their first ``formStart`` letters.
        private var formsByStart: [String: [(word: String, scalars: [Unicode.Scalar])]] = [:]
        /// The parts of every language's words for cookies and their stems (without up to two
        /// last letters, four letters at least: "eväste" of "evästeet"), which start compounds
        /// ("Evästeasetukset", "Cookieinställningar").
        private var cookieStems: Set<String> = []
        /// Their first ``formStart`` letters: a word starting otherwise is no such compound.
        private var cookieStarts: Set<String> = []

        /// The form the lexicon knows of a word it does not ("refuzați" for "refuz",
        /// "elutasítás" for "elutasítása", "отхвърляне" for "отхвърли"): inflected languages form
        /// their buttons' verbs and nouns in more ways than any tool's labels list. A word is
        /// another form of a known one when both have five letters or more, share their start
        /// and differ in at most their last three letters; every such known word must play the
        /// same parts. A compound of a word for cookies and a known word ("evästeasetukset") is
        /// the known word. Nil when there is none or the forms disagree.
        func knownForm(of word: String) -> String? {
            guard word.utf8.count >= Self.shortestForm else { return nil }
            let start = String(word.unicodeScalars.prefix(Self.formStart))
            let candidates = formsByStart[start]
            let compound = word.utf8.count >= Self.formStart + Self.shortestForm && cookieStarts.contains(start)
            guard candidates != nil || compound else { return nil }
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= Self.shortestForm else { return nil }
            if let candidates, let form = inflected(scalars, candidates) { return form }
            return compound ? compoundTail(scalars) : nil
        }

        /// The known acting word a compound ends with, after a word for cookies or its stem
        /// ("eväste" + "asetukset", "cookie" + "inställningar"); nil for any other word.
        private func compoundTail(_ scalars: [Unicode.Scalar]) -> String? {
            guard scalars.count >= Self.formStart + Self.shortestForm else { return nil }
            var head = String.UnicodeScalarView()
            head.append(contentsOf: scalars[..<Self.formStart])
            var heads: [String] = []
            for scalar in scalars[Self.formStart...(scalars.count - Self.shortestForm)] {
                heads.append(String(head))
                head.append(scalar)
            }
            for cut in stride(from: scalars.count - Self.shortestForm, through: Self.formStart, by: -1) {
                guard cookieStems.contains(heads[cut - Self.formStart]) else { continue }
                var tailScalars = String.UnicodeScalarView()
                tailScalars.append(contentsOf: scalars[cut...])
                let tail = String(tailScalars)
                if let role = roles[tail], !role.isDisjoint(with: Self.formingParts) { return tail }
            }
            return nil
        }

        private func inflected(_ scalars: [Unicode.Scalar], _ candidates: [(word: String, scalars: [Unicode.Scalar])]) -> String? {
            var found: String?
            var foundRole: Role = []
            for candidate in candidates {
                guard Self.sharedStartOfForms(scalars, candidate.scalars) != nil else { continue }
                let role = roles[candidate.word]!.intersection(Self.formingParts)
                if found == nil {
                    found = candidate.word
                    foundRole = role
                } else if role != foundRole {
                    return nil
                }
            }
            return found
        }

        /// Roles that can make a label by themselves or with others; a line none of whose words
        /// plays one ("all cookies", prose) holds no label.
        static let acting: Role = [.accept, .reject, .negation, .necessary, .save, .manage, .close, .consentNoun]
    }

    static let shared = Merged(stored: NoticeLanguage.all) ?? Merged(NoticeLanguage.all)

    /// The kind of a single label. `strict`: every word must play a known part (text lines, where
    /// a label cannot be told from prose otherwise); otherwise (a line markup says is a button or
    /// link) up to half the words may be unknown ("Accept and continue to the site").
    public static func kind(of label: String, strict: Bool = true) -> ControlKind? {
        let words = Self.words(label)
        return kind(ofWords: words[...], strict: strict)
    }

    static func kind(ofWords words: ArraySlice<Word>, strict: Bool, whole: Bool = true, merged: Merged = shared) -> ControlKind? {
        guard !words.isEmpty, words.count <= maximumLabelWords + (strict ? 0 : 3) else { return nil }
        var seen: Merged.Role = []
        var unknown = 0
        for word in words {
            if var role = merged.roles[word.folded] {
                if role.contains(.consentNoun) {
                    // "Manage Consent Preferences", "Close consent manager": the noun is what is
                    // managed or closed.
                    let governed = words.contains { merged.roles[$0.folded].map { !$0.isDisjoint(with: [.manage, .close]) } == true }
                    role.insert(whole && !governed ? .accept : .filler)
                }
                seen.formUnion(role)
            } else {
                unknown += 1
            }
        }
        if strict ? unknown > 0 : unknown * 2 > words.count { return nil }
        let accepts = seen.contains(.accept), manages = seen.contains(.manage), rejects = seen.contains(.reject)
        let actions = [accepts, rejects, seen.contains(.save)].filter { $0 }.count
        // Two actions in one label are two labels glued together ("Accept Deny"), and so is an
        // action beside a settings verb ("Deny View preferences"); saving preferences is one.
        if actions > 1 || manages && (accepts || rejects || seen.contains(.necessary)) { return nil }
        if seen.contains(.necessary) {
            // "Necessary OnlyAccept All", "Allow selection": not a refusal.
            if seen.contains(.all) || seen.contains(.selection) { return nil }
            // "Necessary Only" then a capitalised "Accept": a second label starts there (not in a
            // label written in capitals, "DAS NOTWENDIGSTE AKZEPTIEREN").
            let allCapitals = words.allSatisfy { $0.text == $0.text.uppercased() }
            if accepts, !allCapitals, let n = words.firstIndex(where: { merged.roles[$0.folded]?.contains(.necessary) == true }),
               words[n...].dropFirst().contains(where: { $0.capitalised && merged.roles[$0.folded]?.contains(.accept) == true }) {
                return nil
            }
            // "Essentials only", "Accept necessary cookies", "Nur Essenzielle", "Rejeitar Não-Essenciais".
            if seen.contains(.only) || accepts || rejects { return .rejectAll }
        }
        // "Do not consent", "Continue without accepting"; "No thanks" only as a whole label, never
        // as a piece of a longer one ("Do Not Sell or Share My Personal Information").
        if seen.contains(.negation) {
            if whole && seen.subtracting([.negation, .filler, .all]).isEmpty { return .rejectAll }
            // The negation governs an accepting verb after it; "Accept Cookies Do Not…" is two labels.
            if accepts {
                let firstNegation = words.firstIndex { merged.roles[$0.folded]?.contains(.negation) == true } ?? 0
                let lastAccept = words.lastIndex { merged.roles[$0.folded].map { !$0.isDisjoint(with: [.accept, .consentNoun]) } == true } ?? 0
                return firstNegation < lastAccept ? .rejectAll : nil
            }
        }
        if rejects { return .rejectAll }
        if seen.contains(.selection) && seen.contains(.all) { return nil }
        if seen.contains(.save) || accepts && seen.contains(.selection) { return .saveChoices }
        if accepts { return .acceptAll }
        // "Close cookie preferences", "Zatvori postavke kolačića": what closes is the settings.
        if seen.contains(.close) && seen.subtracting([.close, .filler, .all, .manage, .consentNoun]).isEmpty { return .close }
        if manages { return .manageChoices }
        return nil
    }

    /// The labels a line consists of, in order; empty when the line is anything but labels. A line
    /// of several labels is split where a label may start (a capital letter, or anywhere in a line
    /// written all in one case), choosing the split with the fewest labels.
    public static func labels(in line: String, strict: Bool = true) -> [Label] {
        guard line.utf8.count <= 160 else { return [] }
        // Isolation and extraction ask about the same lines: each is read once per thread.
        return FoldCache.controlLabels(line, strict: strict) { readLabels(in: line, strict: strict) }
    }

    private static func readLabels(in line: String, strict: Bool) -> [Label] {
        guard !isSpeechOrQuestion(line), !looksLikeCode(line) else { return [] }
        let words = Self.splittingGlued(Self.words(line))
        guard !words.isEmpty, words.count <= 4 * maximumLabelWords else { return [] }
        // Every label has a word that acts (``kind(ofWords:strict:whole:merged:)`` returns nil
        // otherwise): without one, no split can find a label. Most lines of a page end here.
        guard words.contains(where: { shared.roles[$0.folded].map { !$0.isDisjoint(with: Merged.acting) } == true }) else { return [] }
        if !strict, let kind = kind(ofWords: words[...], strict: false) {
            return [Label(kind: kind, text: line)]
        }
        let oneCase = !words.contains(where: \.capitalised) || words.allSatisfy(\.capitalised)
        // Sentence-case labels ("Cookie settingsReject allAccept all"): a lower-case word after
        // the first says labels are written so, and then every capital starts a label.
        let sentenceCase = !oneCase && words.dropFirst().contains(where: { !$0.capitalised })
        if let found = segment(words, oneCase: oneCase, sentenceCase: sentenceCase, allowingOneUnknown: false) { return found }
        if sentenceCase, let found = segment(words, oneCase: oneCase, sentenceCase: false, allowingOneUnknown: false) { return found }
        // A row whose buttons include one this lexicon cannot read ("Accept CookiesDo Not Sell or
        // Share My Personal Information"): the others still count, when one of them accepts or
        // refuses and the line is no sentence.
        // Not in a line written all in lower case: that is a sentence or an instruction ("enable
        // the deletion of a single character"), where a row of buttons has capitals.
        guard strict, !line.containsBytes(". "), !(oneCase && !words.contains(where: \.capitalised)),
              let found = segment(words, oneCase: oneCase, sentenceCase: sentenceCase, allowingOneUnknown: true)
                ?? segment(words, oneCase: oneCase, sentenceCase: false, allowingOneUnknown: true),
              found.contains(where: { $0.kind == .acceptAll || $0.kind == .rejectAll }) else { return [] }
        return found
    }

    /// The split of `words` into the fewest labels, each starting where a label may start; with
    /// `allowingOneUnknown`, one run of two or more words may be no label.
    private static func segment(_ words: [Word], oneCase: Bool, sentenceCase: Bool, allowingOneUnknown: Bool) -> [Label]? {
        // In sentence case a label holds no capital after its first word ("I" aside).
        // A capital starts a label, but "I" does not, nor a word inside a run in capitals
        // ("ACEPTAR Y CERRAR").
        func isAllCaps(_ w: Word) -> Bool { w.text.count > 1 && w.text == w.text.uppercased() || w.text.count == 1 && w.capitalised }
        let boundary: [Bool] = words.indices.map { i in
            let w = words[i]
            guard w.capitalised, w.folded != "i" else { return false }
            return !(isAllCaps(w) && i > 0 && isAllCaps(words[i - 1]))
        }
        func startsLabel(_ i: Int) -> Bool { i == words.count || boundary[i] }
        var capitalsBefore = [0]
        for i in words.indices { capitalsBefore.append(capitalsBefore.last! + (boundary[i] ? 1 : 0)) }
        struct Step { var cost: Int; var start: Int; var kind: ControlKind?; var junk: Bool }
        // best[junk][i]: the cheapest cover of words[0..<i], with or without the unknown run used.
        var best: [[Step?]] = Array(repeating: Array(repeating: nil, count: words.count + 1), count: 2)
        best[0][0] = Step(cost: 0, start: 0, kind: nil, junk: false)
        for end in 1...words.count {
            for start in stride(from: end - 1, through: 0, by: -1) {
                guard oneCase || start == 0 || words[start].capitalised else { continue }
                let length = end - start
                if sentenceCase {
                    let inside = capitalsBefore[end] - capitalsBefore[start + 1]
                    guard inside == 0, startsLabel(end) else { continue }
                }
                if length <= maximumLabelWords, let kind = kind(ofWords: words[start..<end], strict: true, whole: length == words.count || sentenceCase) {
                    for j in 0..<2 {
                        guard let before = best[j][start] else { continue }
                        let cost = before.cost + 1
                        if best[j][end] == nil || cost < best[j][end]!.cost { best[j][end] = Step(cost: cost, start: start, kind: kind, junk: false) }
                    }
                }
                // The unreadable run: three words or more, none a number ("Do Not Sell or Share My
                // Personal Information"), so that "Consent (402 vendors)" is no row.
                if allowingOneUnknown, length >= 3, length <= 12, let before = best[0][start],
                   !words[start..<end].contains(where: { $0.folded.contains(where: \.isNumber) }) {
                    let cost = before.cost + 100 + 10 * length
                    if best[1][end] == nil || cost < best[1][end]!.cost { best[1][end] = Step(cost: cost, start: start, kind: nil, junk: true) }
                }
            }
        }
        var layer = best[0][words.count] != nil ? 0 : 1
        guard best[layer][words.count] != nil, layer == 0 || allowingOneUnknown else { return nil }
        var out: [Label] = []
        var end = words.count
        while end > 0, let step = best[layer][end] {
            if let kind = step.kind {
                out.append(Label(kind: kind, text: words[step.start..<end].map(\.text).joined(separator: " ")))
            }
            if step.junk { layer = 0 }
            end = step.start
        }
        return out.reversed()
    }

    /// A question ("Warum sind Kommentare zu Körpern nicht okay?", "Fine?") or a line of quoted
    /// speech ("“Fine.”", a story's dialogue) is never a row of buttons: a button's label asks
    /// nothing and quotes no one. Only the line's ends are read, so this costs nothing.
    static func isSpeechOrQuestion(_ line: String) -> Bool {
        var end = line.unicodeScalars.endIndex
        let scalars = line.unicodeScalars
        while end > scalars.startIndex, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        guard end > scalars.startIndex else { return false }
        let last = scalars[scalars.index(before: end)]
        if last == "?" || last == "\u{FF1F}" { return true }
        guard let first = scalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        // Quoted speech: the closing mark of the opening one (no table built per line).
        let closing: Unicode.Scalar
        switch first {
        case "\u{201C}": closing = "\u{201D}"
        case "\u{201E}": closing = "\u{201C}"
        case "\u{AB}": closing = "\u{BB}"
        case "\u{BB}": closing = "\u{AB}"
        case "\"": closing = "\""
        default: return false
        }
        return closing == last && line.unicodeScalars.count > 2
    }

    /// A command line or code ("./configure --disable-all-programs", "x = accept();",
    /// "ALLOW_USER_AUTH", "gpg.keyedit.save.okay", ":map", JSON's `"key":`): no button is labelled with an option,
    /// a path, a URL, an identifier or a statement.
    static func looksLikeCode(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < bytes.count && (bytes[i] | 0x20) >= 0x61 && (bytes[i] | 0x20) <= 0x7A }
        func isUpper(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 0x41 && bytes[i] <= 0x5A }
        for (i, b) in bytes.enumerated() {
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ";"), UInt8(ascii: "`"), UInt8(ascii: "="): return true
            // A constant's name ("ALLOW_USER_AUTH"); html2text writes a link's spaces as "_"
            // ("Alle_akzeptieren"), so only capitals on both sides count.
            case UInt8(ascii: "_") where isUpper(i - 1) && isUpper(i + 1): return true
            case UInt8(ascii: "."), UInt8(ascii: "#") where isLetter(i + 1) && (b == UInt8(ascii: "#") || isLetter(i - 1)): return true
            case UInt8(ascii: ":") where isLetter(i + 1) && (i == 0 || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09): return true
            case UInt8(ascii: "\"") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: ":"): return true  // JSON's "key":
            case UInt8(ascii: "-") where i + 2 < bytes.count && bytes[i + 1] == UInt8(ascii: "-") && (bytes[i + 2] | 0x20) >= 0x61 && (bytes[i + 2] | 0x20) <= 0x7A:
                return true
            case UInt8(ascii: "/") where i > 0 && (bytes[i - 1] == UInt8(ascii: ".") || bytes[i - 1] == UInt8(ascii: ":")):
                return true
            default: continue
            }
        }
        return false
    }

    /// A bare answer alone on a line ("Yes", "No", "Nej", "Oui"): a word of at most three letters
    /// that accepts or negates, "OK" aside. Tables of features print columns of them, so such a
    /// line is a button only where markup says so.
    public static func isBareAnswer(_ line: String) -> Bool {
        let w = words(line)
        guard w.count == 1, w[0].folded.count <= 3, w[0].folded != "ok", let role = shared.roles[w[0].folded] else { return false }
        return role.contains(.accept) || role.contains(.negation)
    }

    /// The labels that end a line of prose, after its last sentence: a copy that ran the notice's
    /// buttons into its text. Empty unless that last part is nothing but labels.
    public static func trailingLabels(in line: String) -> [Label] {
        guard line.utf8.count <= 4000 else { return [] }
        // Bytes, backwards: the marks are ASCII, and most lines end in a long sentence.
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, case let b = bytes[bytes.index(before: end)], b == 0x20 || b == 0x2E { end = bytes.index(before: end) }
        var stop = end
        while stop > bytes.startIndex {
            let b = bytes[bytes.index(before: stop)]
            if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A { break }
            stop = bytes.index(before: stop)
            // More than a row of labels after the last mark: none is read.
            if bytes.distance(from: stop, to: end) > 160 { return [] }
        }
        guard stop > bytes.startIndex else { return [] }
        return labels(in: String(line[stop..<end]))
    }

    /// How many words of a line play a part other than filler ("Paramètres des cookies": 1;
    /// "Manage Consent Preferences": 3).
    public static func contentWordCount(_ line: String) -> Int {
        words(line).filter { word in
            guard let role = shared.roles[word.folded] else { return true }
            return role != .filler && role != [.filler, .all]
        }.count
    }

    /// Words a copy ran together without a case change to show it ("SETTINGSREJECT",
    /// "allaccept") split into known label words, when they split wholly into two or three of
    /// three letters or more: a piece of two is as likely a word's start ("About" is no "ab" +
    /// "out").
    static func splittingGlued(_ words: [Word], merged: Merged = shared) -> [Word] {
        guard words.contains(where: { gluedLength($0.folded) >= 5 && merged.roles[$0.folded] == nil }) else { return words }
        var out: [Word] = []
        for word in words {
            guard gluedLength(word.folded) >= 5, merged.roles[word.folded] == nil, let parts = split(word.folded, merged: merged, depth: 3) else {
                out.append(word)
                continue
            }
            let upper = word.text == word.text.uppercased()
            for (i, part) in parts.enumerated() {
                out.append(Word(text: upper ? part.uppercased() : part, folded: part, capitalised: i == 0 ? word.capitalised : true))
            }
        }
        return out
    }

    /// A word's length for splitting: a character of a script written without spaces counts
    /// twice, as its labels are two to four characters long ("接受" + "拒绝", "수락" + "모두").
    static func gluedLength(_ word: String) -> Int {
        var n = 0
        for scalar in word.unicodeScalars { n += scalar.value >= 0x0E00 && isUnspacedScalar(scalar) ? 2 : 1 }
        return n
    }

    /// The shortest piece a glued word is cut into, in ``gluedLength(_:)`` (characters, a
    /// character of a script written without spaces counting two).
    static let shortestGluedPiece = 3

    private static func split(_ word: String, merged: Merged, depth: Int) -> [String]? {
        guard depth > 0 else { return nil }
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: one character per byte, so the cuts below are byte offsets.
            let bytes = Array(word.utf8)
            return bytes.withUnsafeBufferPointer { splitASCII($0, from: 0, merged: merged, depth: depth) }?
                .map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        // Cut at scalars, not characters: breaking a word into characters was most of the time a
        // split took, and a cut inside a character leaves a tail that starts with a combining mark,
        // which no label word does.
        let cuts = word.unicodeScalars.indices.dropFirst()
        for cut in cuts.reversed() {
            let head = String(word[..<cut]), tail = String(word[cut...])
            guard gluedLength(head) >= shortestGluedPiece, gluedLength(tail) >= shortestGluedPiece, merged.roles[head] != nil else { continue }
            if merged.roles[tail] != nil { return [head, tail] }
            if let rest = split(tail, merged: merged, depth: depth - 1) { return [head] + rest }
        }
        return nil
    }

    /// ``split(_:merged:depth:)`` over the bytes of an ASCII word from `from`: the same cuts in the
    /// same order, as byte ranges.
    private static func splitASCII(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, merged: Merged, depth: Int) -> [Range<Int>]? {
        guard depth > 0 else { return nil }
        let count = bytes.count - from
        for cut in stride(from: count - Self.shortestGluedPiece, through: Self.shortestGluedPiece, by: -1) {
            let head = from..<(from + cut), tail = (from + cut)..<bytes.count
            guard merged.asciiWords.contains(bytes, head) else { continue }
            if merged.asciiWords.contains(bytes, tail) { return [head, tail] }
            if let rest = splitASCII(bytes, from: from + cut, merged: merged, depth: depth - 1) { return [head] + rest }
        }
        return nil
    }

    struct Word: Sendable {
        var text: String
        var folded: String
        var capitalised: Bool
    }

    /// Words of a label: runs of letters and digits. A lower-case letter followed by a capital
    /// ("settingsReject", "NecessaryAlways") starts a new word: copies glue buttons together so.
    static func words(_ text: String) -> [Word] {
        var words = rawWords(text)
        var cut = false
        for i in words.indices where shared.roles[words[i].folded] == nil {
            if let known = shared.knownForm(of: words[i].folded) { words[i].folded = known }
            else if words[i].folded.unicodeScalars.contains(where: isUnspacedWordScalar) { cut = true }
        }
        guard cut else { return words }
        // A run of a script written without spaces that no table lists: its known words.
        return words.flatMap { word -> [Word] in
            guard shared.roles[word.folded] == nil, word.folded.unicodeScalars.allSatisfy(isUnspacedWordScalar),
                  let pieces = shared.unspacedPieces(of: word.folded) else { return [word] }
            return pieces.map { Word(text: $0, folded: $0, capitalised: false) }
        }
    }

    /// ``words(_:)`` as written, each folded but not taken to the form the lexicon knows.
    static func rawWords(_ text: String) -> [Word] {
        if let ascii = asciiWords(text) { return ascii }
        var out: [Word] = []
        var current = String.UnicodeScalarView()
        var previousLower = false
        var lowerRun = 0
        var upperRun = 0
        func flush() {
            guard !current.isEmpty else { return }
            let text = String(current)
            let first = current.first!
            let firstFlags = ScalarProperties.flags(first)
            out.append(Word(text: text, folded: TextNormalizer.lowercaseWord(text),
                            capitalised: firstFlags & (ScalarProperties.uppercase | ScalarProperties.numeric) != 0))
            current = String.UnicodeScalarView()
            lowerRun = 0
            upperRun = 0
        }
        for scalar in text.unicodeScalars {
            let flags = ScalarProperties.flags(scalar)
            if flags & ScalarProperties.alphanumeric == 0 {
                flush()
                previousLower = false
                continue
            }
            // "Cookie设置", "cookieを管理": a script written without spaces starts or ends a word.
            let unspaced = isUnspacedWordScalar(scalar)
            if let last = current.last, unspaced != isUnspacedWordScalar(last) { flush() }
            let upper = flags & ScalarProperties.uppercase != 0, lower = flags & ScalarProperties.lowercase != 0
            if upper && previousLower && lowerRun >= 2 { flush() }
            // "CERRARContinuar": a capital run followed by a lower-case letter ends one capital early.
            if lower, upperRun >= 3, let last = current.last {
                current.removeLast()
                flush()
                current.append(last)
                upperRun = 1
            }
            current.append(scalar)
            previousLower = lower
            lowerRun = previousLower ? lowerRun + 1 : 0
            upperRun = upper ? upperRun + 1 : 0
        }
        flush()
        return out
    }

    /// ``words(_:)`` for ASCII text, byte by byte with the same rules (for ASCII, letters and
    /// digits are exactly the alphabetic and numeric scalars): most lines are ASCII, and Unicode
    /// property lookups were a tenth of the time spent reading a page. Nil when a byte is not ASCII.
    static func asciiWords(_ text: String) -> [Word]? {
        var text = text
        return text.withUTF8 { bytes -> [Word]? in
            var out: [Word] = []
            var start = -1
            var previousLower = false
            var lowerRun = 0, upperRun = 0
            func flush(_ end: Int) {
                guard start >= 0, end > start else { start = -1; return }
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let word = String(decoding: slice, as: UTF8.self)
                let first = slice[0]
                let lowered = String(decoding: slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
                out.append(Word(text: word, folded: lowered, capitalised: (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)))
                start = -1
                lowerRun = 0
                upperRun = 0
            }
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                let upper = b >= 0x41 && b <= 0x5A, lower = b >= 0x61 && b <= 0x7A, digit = b >= 0x30 && b <= 0x39
                guard upper || lower || digit else {
                    flush(i)
                    previousLower = false
                    continue
                }
                if upper && previousLower && lowerRun >= 2 { flush(i) }
                // "CERRARContinuar": a capital run followed by a lower-case letter ends one capital early.
                if lower, upperRun >= 3, start >= 0, i > start {
                    flush(i - 1)
                    start = i - 1
                    upperRun = 1
                }
                if start < 0 { start = i }
                previousLower = lower
                lowerRun = lower ? lowerRun + 1 : 0
                upperRun = upper ? upperRun + 1 : 0
            }
            flush(bytes.count)
            return out
        }
    }

    /// A line with glued words pulled apart ("NecessaryAlways Active" → "Necessary Always Active"),
    /// for reading short headings that a copy ran into their labels.
    public static func deglued(_ line: String) -> String {
        guard line.utf8.count <= 200 else { return line }
        if line.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, byte by byte with the same rule: a capital after two lower-case letters.
            // Most lines have no such place and are returned as they are.
            var run = 0
            var glued = false
            for b in line.utf8 {
                if b >= 0x41 && b <= 0x5A, run >= 2 { glued = true; break }
                run = b >= 0x61 && b <= 0x7A ? run + 1 : 0
            }
            guard glued else { return line }
            var out: [UInt8] = []
            out.reserveCapacity(line.utf8.count + 8)
            var previousLower = false
            var lowerRun = 0
            for b in line.utf8 {
                let upper = b >= 0x41 && b <= 0x5A, lower = b >= 0x61 && b <= 0x7A
                if upper && previousLower && lowerRun >= 2 { out.append(0x20) }
                out.append(b)
                previousLower = lower
                lowerRun = lower ? lowerRun + 1 : 0
            }
            return String(decoding: out, as: UTF8.self)
        }
        // The same rule scalar by scalar; most lines have no such place and are returned as they are.
        var run = 0
        var glued = false
        for scalar in line.unicodeScalars {
            let flags = ScalarProperties.flags(scalar)
            if flags & ScalarProperties.uppercase != 0, run >= 2 { glued = true; break }
            run = flags & ScalarProperties.lowercase != 0 ? run + 1 : 0
        }
        guard glued else { return line }
        var out = String.UnicodeScalarView()
        var previousLower = false
        var lowerRun = 0
        for scalar in line.unicodeScalars {
            let flags = ScalarProperties.flags(scalar)
            let upper = flags & ScalarProperties.uppercase != 0
            if upper && previousLower && lowerRun >= 2 { out.append(" ") }
            out.append(scalar)
            previousLower = flags & ScalarProperties.lowercase != 0
            lowerRun = previousLower ? lowerRun + 1 : 0
        }
        return String(out)
    }
}

/// A set of short byte strings looked up by a range of a buffer, nothing allocated per lookup.
struct ByteWordSet: Sendable {
    private var table = ByteKeyTable()

    mutating func insert(_ word: [UInt8]) {
        table.insert(word)
    }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        table.position(of: UnsafeBufferPointer(rebasing: bytes[range])) != nil
    }
}
