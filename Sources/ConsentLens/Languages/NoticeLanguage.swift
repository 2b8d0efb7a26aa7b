/// The phrases one language uses in consent notices. Each language is one entry in
/// ``NoticeLanguage/all``, so adding a language is one file; nothing else branches on language.
///
/// Phrases are matched after ``TextNormalizer/fold(_:)`` (lowercased, diacritics kept, whitespace
/// folded, curly quotes straightened). In partner-count patterns `#` stands for the number.
///
/// A class, not a struct: the readers loop over every language for every line, and copying a
/// value of thirty arrays retains and releases each of them (half the time of a long notice).
public final class NoticeLanguage: Sendable {
    /// ISO 639-1 code.
    public let code: String
    public let name: String
    /// Short, frequent words of the language used to tell which language a notice is in: its
    /// own, then its pack's banner words. Joined when asked (the detector's table is generated
    /// when the tool is built, so start-up need not join them).
    public var detectionWords: [String] {
        Self.union(ownDetectionWords, packDetectionLine.split(separator: " ").map(String.init))
    }
    let ownDetectionWords: [String]
    /// The pack's banner words, space-separated (as the generated table stores them).
    let packDetectionLine: String
    /// Characters that only this language's script writes (Greek, Arabic, Hangul, kana, Han):
    /// each one read scores for the language as a detection word does. Scripts written without
    /// spaces have no words to count.
    public let detectionCharacters: [ClosedRange<Unicode.Scalar>]
    /// "We and our # partners": the total partner count of the whole notice.
    public let totalPartnerPatterns: [String]
    /// "# partners can use this purpose": the count of one purpose, feature or stack.
    public let itemPartnerPatterns: [String]
    /// "Always Active": the item or category cannot be switched off.
    public let alwaysActive: [String]
    public let acceptAll: [String]
    public let rejectAll: [String]
    public let manageChoices: [String]
    public let saveChoices: [String]
    /// The words button labels are built from, by role (see ``ControlLexicon``).
    public let controlWords: ControlWords
    /// The words of the generated pack's labels by role: read where no hand-written word of any
    /// language gives the word another part (``ControlLexicon``).
    public let generatedControlWords: ControlWords
    /// Button labels and what they do (nil: not a control), run by one generic test: the
    /// language's control words must read each of them so.
    public let controlExamples: [(String, ControlKind?)]
    /// Headings that open a preference centre ("Privacy Preference Center"). In plain text only a
    /// phrase of two words or more counts; a one-word title needs a heading's markup.
    public let preferenceCentreTitles: [String]
    /// The word for consent as a legal basis, as a label over a count ("Consent (402 vendors)").
    public let consentBasis: [String]
    /// Phrases that state or offer legitimate interest as a legal basis.
    public let legitimateInterest: [String]
    /// ``alwaysActive`` and ``legitimateInterest`` as sets compiled on first use: the reader
    /// searches every line for them.
    let alwaysActiveSet: PhraseSet
    let legitimateInterestSet: PhraseSet
    /// Words whose presence marks text as consent-notice text (used to isolate the notice).
    public let noticeVocabulary: [String]
    /// Category names (without the word for "cookies") and the class each belongs to.
    public let categoryNames: [(CategoryClass, [String])]
    /// The word(s) for "cookies" that category headings carry ("Necessary Cookies").
    public let cookieWords: [String]
    /// Words that, beside a word for cookies, state that the site uses them ("This website uses
    /// cookies", "Wir verwenden Cookies"): the opening sentence of the smallest banners, which
    /// then need only one button to be a notice.
    public let cookieUseWords: [String]
    /// A banner's opening sentence in this language, read by a generic test.
    public let cookieUseExample: String
    /// The words of "consent or pay" walls: the paid option, what it buys, prices' periods, the
    /// subscribers' login, with examples a generic test runs (see ``PayOrConsentWords``).
    public let payOrConsent: PayOrConsentWords
    /// Whether its tables list every form of its button words and category names that reads as
    /// one (English: "accepted", "preferences"): its other forms then say something else ("All
    /// Consent Allowed", "Advertise"), and no word is read as another form of one of its words.
    /// Languages that inflect more leave it false, and their words are read in other forms too
    /// ("Refuzați" as "refuz").
    public let listsEveryForm: Bool

    public init(
        code: String, name: String, detectionWords: [String], packDetectionLine: String = "",
        detectionCharacters: [ClosedRange<Unicode.Scalar>] = [],
        totalPartnerPatterns: [String] = [], itemPartnerPatterns: [String] = [], alwaysActive: [String] = [],
        acceptAll: [String] = [], rejectAll: [String] = [], manageChoices: [String] = [], saveChoices: [String] = [],
        controlWords: ControlWords = .none, generatedControlWords: ControlWords = .none,
        controlExamples: [(String, ControlKind?)] = [], preferenceCentreTitles: [String] = [], consentBasis: [String] = [],
        legitimateInterest: [String] = [], noticeVocabulary: [String] = [], categoryNames: [(CategoryClass, [String])] = [],
        cookieWords: [String] = [], cookieUseWords: [String], cookieUseExample: String,
        payOrConsent: PayOrConsentWords = PayOrConsentWords(), listsEveryForm: Bool = false
    ) {
        self.payOrConsent = payOrConsent
        self.listsEveryForm = listsEveryForm
        self.code = code
        self.name = name
        self.ownDetectionWords = detectionWords
        self.packDetectionLine = packDetectionLine
        self.detectionCharacters = detectionCharacters
        self.generatedControlWords = generatedControlWords
        self.totalPartnerPatterns = totalPartnerPatterns
        self.itemPartnerPatterns = itemPartnerPatterns
        self.alwaysActive = alwaysActive
        self.acceptAll = acceptAll
        self.rejectAll = rejectAll
        self.manageChoices = manageChoices
        self.saveChoices = saveChoices
        self.controlWords = controlWords
        self.consentBasis = consentBasis
        self.controlExamples = controlExamples
        self.preferenceCentreTitles = preferenceCentreTitles
        self.legitimateInterest = legitimateInterest
        alwaysActiveSet = PhraseSet(alwaysActive)
        legitimateInterestSet = PhraseSet(legitimateInterest)
        self.noticeVocabulary = noticeVocabulary
        self.categoryNames = categoryNames
        self.cookieWords = cookieWords
        self.cookieUseWords = cookieUseWords
        self.cookieUseExample = cookieUseExample
    }
}

extension NoticeLanguage {
    /// Every language ConsentLens reads, English first (the fallback): each language's
    /// hand-written additions (`NoticeLanguage+xx.swift`) with its generated pack
    /// (`Generated/LanguagePack+xx.swift`) merged in.
    /// Whether `languages` is ``all``, in its order: the readers then use the tables built once
    /// for every language. The same array's storage answers at once; a copy is compared language
    /// by language (each is a class, compared by identity).
    static func isEveryLanguage(_ languages: [NoticeLanguage]) -> Bool {
        guard languages.count == all.count else { return false }
        if languages.withUnsafeBufferPointer({ a in all.withUnsafeBufferPointer { a.baseAddress == $0.baseAddress } }) { return true }
        return zip(languages, all).allSatisfy(===)
    }

    /// Every language's always-active labels in one set, for reading with every language.
    static let everyAlwaysActiveLabel = PhraseSet(all.flatMap(\.alwaysActive))

    public static let all: [NoticeLanguage] = {
        let bannerWords = LanguageTables.storedBannerWords()
        let written = handWritten.map { $0.merging(LanguagePack.generated[$0.code], bannerWords: bannerWords[$0.code]) }
        // No banner words as detection words: a language read from its pack alone (Serbian beside
        // Croatian, Galician beside Spanish) must not take a notice from a language it resembles.
        return written + generatedOnly.map { $0.merging(LanguagePack.generated[$0.code], bannerWords: "") }
    }()

    /// The languages read from their generated pack alone, after the hand-written ones: the
    /// labels, category names and always-active wording that consent tools ship for them. With
    /// no detection words they are never a notice's detected language; they count where every
    /// language is read. Adding one is one line in the generator's `LANGUAGES`.
    static let generatedOnly: [NoticeLanguage] = {
        let written = Set(handWritten.map(\.code))
        return LanguagePack.generated.keys.filter { !written.contains($0) }.sorted().map { code in
            let pack = LanguagePack.generated[code]!
            // Its tools' own banner sentence, one naming cookies where one does, as its example.
            let cookieWords = pack.cookieWords.map(TextNormalizer.fold)
            let example = pack.bannerSentences.first { sentence in
                let folded = TextNormalizer.fold(sentence)
                return cookieWords.contains { folded.contains($0) }
            } ?? pack.bannerSentences.first ?? ""
            return NoticeLanguage(code: code, name: pack.name, detectionWords: [], cookieUseWords: [], cookieUseExample: example)
        }
    }()

    /// Whether the language of this code is read from its generated pack alone (no hand-written
    /// file): its words then yield to every other language's.
    static func isFromPackAlone(_ code: String) -> Bool { packAloneCodes.contains(code) }

    private static let packAloneCodes: Set<String> = Set(LanguagePack.generated.keys).subtracting(handWritten.map(\.code))

    /// The hand-written part of every language, in the order of ``all``.
    static let handWritten: [NoticeLanguage] = [
        .english, .german, .french, .spanish, .italian, .dutch, .portuguese, .polish, .danish, .swedish, .norwegian,
        .bulgarian, .czech, .greek, .estonian, .finnish, .croatian, .hungarian, .lithuanian, .latvian, .maltese,
        .romanian, .slovak, .slovenian, .catalan, .turkish, .russian, .ukrainian, .chinese, .japanese, .korean, .arabic,
    ]

    public static func language(code: String) -> NoticeLanguage? {
        all.first { $0.code == code }
    }
}
