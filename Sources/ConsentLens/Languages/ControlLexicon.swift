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
    /// Words that carry no role but may stand in a label: "all", "cookies", "my", "the", "and".
    public var filler: Set<String>

    public init(
        accept: Set<String>, reject: Set<String>, negation: Set<String>, necessary: Set<String>, only: Set<String>,
        selection: Set<String>, save: Set<String>, manage: Set<String>, close: Set<String>, filler: Set<String>
    ) {
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

        struct Role: OptionSet, Sendable {
            let rawValue: UInt16
            static let accept = Role(rawValue: 1), reject = Role(rawValue: 2), negation = Role(rawValue: 4)
            static let necessary = Role(rawValue: 8), only = Role(rawValue: 16), selection = Role(rawValue: 32)
            static let save = Role(rawValue: 64), manage = Role(rawValue: 128), close = Role(rawValue: 256)
            static let filler = Role(rawValue: 512)
        }

        init(_ languages: [NoticeLanguage]) {
            for language in languages {
                let w = language.controlWords
                for (set, role) in [
                    (w.accept, Role.accept), (w.reject, .reject), (w.negation, .negation), (w.necessary, .necessary),
                    (w.only, .only), (w.selection, .selection), (w.save, .save), (w.manage, .manage),
                    (w.close, .close), (w.filler, .filler),
                ] {
                    for word in set { roles[word, default: []].insert(role) }
                }
            }
        }
    }

    static let shared = Merged(NoticeLanguage.all)

    /// The kind of a single label. `strict`: every word must play a known part (text lines, where
    /// a label cannot be told from prose otherwise); otherwise (a line markup says is a button or
    /// link) up to half the words may be unknown ("Accept and continue to the site").
    public static func kind(of label: String, strict: Bool = true) -> ControlKind? {
        let words = Self.words(label)
        return kind(ofWords: words[...], strict: strict)
    }

    static func kind(ofWords words: ArraySlice<Word>, strict: Bool, merged: Merged = shared) -> ControlKind? {
        guard !words.isEmpty, words.count <= maximumLabelWords + (strict ? 0 : 3) else { return nil }
        var seen: Merged.Role = []
        var unknown = 0
        for word in words {
            if let role = merged.roles[word.folded] { seen.formUnion(role) } else { unknown += 1 }
        }
        if strict ? unknown > 0 : unknown * 2 > words.count { return nil }
        let accepts = seen.contains(.accept), manages = seen.contains(.manage)
        let actions = [seen.contains(.accept), seen.contains(.reject), seen.contains(.save)].filter { $0 }.count
        // "Do not consent", "Continue without accepting", "No thanks".
        if seen.contains(.negation) && !seen.contains(.save) && (accepts || seen.subtracting([.negation, .filler]).isEmpty) {
            return .rejectAll
        }
        // "Essentials only", "Accept necessary cookies", "Nur Essenzielle".
        if seen.contains(.necessary) && (seen.contains(.only) || accepts) && actions <= 1 && !seen.contains(.selection) {
            return .rejectAll
        }
        // Two actions in one label are two labels glued together ("Accept Deny").
        guard actions <= 1 else { return nil }
        if seen.contains(.reject) { return manages ? nil : .rejectAll }
        if seen.contains(.save) || accepts && seen.contains(.selection) { return .saveChoices }
        if accepts { return manages ? nil : .acceptAll }
        if manages { return .manageChoices }
        if seen.contains(.close) && seen.subtracting([.close, .filler]).isEmpty { return .close }
        return nil
    }

    /// The labels a line consists of, in order; empty when the line is anything but labels. A line
    /// of several labels is split where a label may start (a capital letter, or anywhere in a line
    /// written all in one case), choosing the split with the fewest labels.
    public static func labels(in line: String, strict: Bool = true) -> [Label] {
        guard line.utf8.count <= 160 else { return [] }
        let words = Self.words(line)
        guard !words.isEmpty, words.count <= 4 * maximumLabelWords else { return [] }
        if !strict, let kind = kind(ofWords: words[...], strict: false) {
            return [Label(kind: kind, text: line)]
        }
        let oneCase = !words.contains(where: \.capitalised) || words.allSatisfy(\.capitalised)
        // best[i]: the fewest labels covering words[0..<i], and where the last one starts.
        var best: [(count: Int, start: Int, kind: ControlKind)?] = Array(repeating: nil, count: words.count + 1)
        best[0] = (0, 0, .close)
        for end in 1...words.count {
            for start in stride(from: end - 1, through: max(0, end - maximumLabelWords), by: -1) {
                guard let before = best[start], oneCase || start == 0 || words[start].capitalised else { continue }
                guard let kind = kind(ofWords: words[start..<end], strict: true) else { continue }
                if best[end] == nil || before.count + 1 < best[end]!.count { best[end] = (before.count + 1, start, kind) }
            }
        }
        guard best[words.count] != nil else { return [] }
        var out: [Label] = []
        var end = words.count
        while end > 0, let step = best[end] {
            out.append(Label(kind: step.kind, text: words[step.start..<end].map(\.text).joined(separator: " ")))
            end = step.start
        }
        return out.reversed()
    }

    /// The labels that end a line of prose, after its last sentence: a copy that ran the notice's
    /// buttons into its text. Empty unless that last part is nothing but labels.
    public static func trailingLabels(in line: String) -> [Label] {
        guard line.utf8.count <= 4000 else { return [] }
        var tail = Substring(line)
        while let last = tail.last, last == " " || last == "." { tail = tail.dropLast() }
        guard let stop = tail.lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == ":" }) else { return [] }
        let rest = tail[tail.index(after: stop)...]
        guard rest.utf8.count <= 160 else { return [] }
        return labels(in: String(rest))
    }

    struct Word: Sendable {
        var text: String
        var folded: String
        var capitalised: Bool
    }

    /// Words of a label: runs of letters and digits. A lower-case letter followed by a capital
    /// ("settingsReject", "NecessaryAlways") starts a new word: copies glue buttons together so.
    static func words(_ text: String) -> [Word] {
        var out: [Word] = []
        var current = String.UnicodeScalarView()
        var previousLower = false
        var lowerRun = 0
        func flush() {
            guard !current.isEmpty else { return }
            let text = String(current)
            let first = current.first!
            out.append(Word(text: text, folded: text.lowercased(), capitalised: first.properties.isUppercase || first.properties.numericType != nil))
            current = String.UnicodeScalarView()
            lowerRun = 0
        }
        for scalar in text.unicodeScalars {
            let letter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if !letter {
                flush()
                previousLower = false
                continue
            }
            let upper = scalar.properties.isUppercase
            if upper && previousLower && lowerRun >= 2 { flush() }
            current.append(scalar)
            previousLower = scalar.properties.isLowercase
            lowerRun = previousLower ? lowerRun + 1 : 0
        }
        flush()
        return out
    }

    /// A line with glued words pulled apart ("NecessaryAlways Active" → "Necessary Always Active"),
    /// for reading short headings that a copy ran into their labels.
    public static func deglued(_ line: String) -> String {
        guard line.utf8.count <= 200 else { return line }
        var out = String.UnicodeScalarView()
        var previousLower = false
        var lowerRun = 0
        for scalar in line.unicodeScalars {
            let upper = scalar.properties.isUppercase
            if upper && previousLower && lowerRun >= 2 { out.append(" ") }
            out.append(scalar)
            previousLower = scalar.properties.isLowercase
            lowerRun = previousLower ? lowerRun + 1 : 0
        }
        return String(out)
    }
}
