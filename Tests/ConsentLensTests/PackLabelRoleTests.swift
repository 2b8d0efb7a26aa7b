import Testing
@testable import ConsentLens

/// Every pack's own labels of up to four words, read by the parts of their words alone (no
/// whole-label table): how well the parts the generator derives read the labels consent tools
/// print. A label one tool ships in another form ("Přijmout všechny" beside "Přijmout vše")
/// is read only this way.
@Suite struct PackLabelRoleTests {
    static func labels(of pack: LanguagePack) -> [(String, ControlKind)] {
        let groups: [([String], ControlKind)] = [
            (pack.acceptAll, .acceptAll), (pack.rejectAll, .rejectAll), (pack.onlyNecessary, .rejectAll),
            (pack.manageChoices, .manageChoices), (pack.saveChoices, .saveChoices), (pack.close, .close),
        ]
        return groups.flatMap { labels, kind in labels.filter { $0.split(separator: " ").count <= 4 }.map { ($0, kind) } }
    }

    /// 953 of 1031 at the generator's counting of parts (948 of 1026 before the accepting labels
    /// of autoconsent's rule files were filed under their languages; 843 of 982 when a word took a part only
    /// where it was found in one concept alone; 903 of 982 before a label's necessary word was
    /// also known in another form than the category's, "esențiale" beside "esențial", and before
    /// tarteaucitron's per-service "allow" and "deny" counted as accepting and refusing).
    /// The languages read from their pack alone count apart: their words yield to every other
    /// language's, and the first 32 keep their figure. Indonesian, Malay, Bosnian and Galician:
    /// 53 of 57.
    @Test func packLabelsReadByTheirWordsParts() {
        var read = 0, total = 0, readAlone = 0, totalAlone = 0
        for (code, pack) in LanguagePack.generated {
            let alone = NoticeLanguage.isFromPackAlone(code)
            for (label, kind) in Self.labels(of: pack) {
                let right = ControlLexicon.kind(of: label) == kind
                if alone { totalAlone += 1; if right { readAlone += 1 } } else { total += 1; if right { read += 1 } }
            }
        }
        #expect(total == 1031)
        #expect(read >= 953, "\(read) of \(total) pack labels read by their words' parts")
        #expect(totalAlone == 57)
        #expect(readAlone >= 53, "\(readAlone) of \(totalAlone) labels of the languages read from their pack alone")
    }

    /// Labels that a pack's words make but no tool ships in that form: the accepting and refusing
    /// verb with the scope word, the settings noun with the saving verb, a close verb over the
    /// settings.
    @Test(arguments: [
        ("Přijmout všechny", ControlKind.acceptAll), ("Odmítnout všechny", .rejectAll), ("Přijmout vybrané", .saveChoices),
        ("Uložit nastavení", .saveChoices), ("Nastavení", .manageChoices),
        ("Gerenciar configurações", .manageChoices), ("Salvar configurações", .saveChoices),
        ("Zatvori postavke kolačića", .close), ("Close consent manager", .close), ("Close cookie preferences", .close),
        ("Manage Consent Preferences", .manageChoices),
        // An accepting verb over the necessary ones refuses the rest, in words no category name has.
        ("Prihvati nužno", .rejectAll), ("Priimti būtinus", .rejectAll), ("Aceitar somente essenciais", .rejectAll),
        // "Only" and the necessary ones in the English order of the tool's "Only Essentials".
        ("Vain välttämättömät", .rejectAll), ("Csak lényeges", .rejectAll), ("Pouze základy", .rejectAll),
        ("Endast väsentliga", .rejectAll), ("Kun væsentlige", .rejectAll),
        // The necessary ones named in another form than the category ("esențiale" beside
        // "esențial"), with "only" in its own place: Romanian and Arabic.
        ("Acceptă doar esențiale", .rejectAll), ("أساسيات فقط", .rejectAll), ("Aceptar solo esenciales", .rejectAll),
        // tarteaucitron's per-service verbs alone; its negated "allow" ("Ikke tillat") leaves
        // "tillat" accepting.
        ("Aizliegt visas", .rejectAll), ("Odmów", .rejectAll), ("Atļaut visas", .acceptAll), ("Tillat alle", .acceptAll),
        // The scope in another form than the listed one ("tümüne" beside "tümünü").
        ("Tümüne izin ver", .acceptAll),
    ])
    func composedLabels(label: String, kind: ControlKind) {
        #expect(ControlLexicon.kind(of: label) == kind, "\(label)")
    }

    /// A language's own words for cookies stand in a label as filler: "Setări cookie-uri" is the
    /// settings as "Cookie settings" is. Each language's one-word settings label of its pack,
    /// followed by each of its words for cookies.
    @Test func ownWordsForCookiesAreFillerInALabel() {
        var checked = 0
        for language in NoticeLanguage.all {
            guard let pack = LanguagePack.generated[language.code],
                  let settings = pack.manageChoices.first(where: { !$0.contains(" ") && ControlLexicon.kind(of: $0) == .manageChoices })
            else { continue }
            for cookies in language.cookieWords {
                #expect(ControlLexicon.kind(of: "\(settings) \(cookies)") == .manageChoices, "\(language.code): \(settings) \(cookies)")
                checked += 1
            }
        }
        #expect(checked >= 40, "\(checked) labels")
    }

    /// A verb or noun in another form than any tool's labels list reads as the form they list
    /// (Romanian "refuzați" as "refuz", Hungarian "elutasítás" as "elutasítása", Bulgarian
    /// "отхвърляне" as "отхвърли", Slovak "povoliť" as "povoľte"… where the forms share their
    /// start); a compound of the word for cookies reads as the word it ends with. English lists
    /// the forms it reads ("accepted"); its others say a state ("All Consent Allowed") and stay
    /// unread.
    @Test(arguments: [
        ("Refuzați", ControlKind?.some(.rejectAll)), ("Elutasítás", .rejectAll), ("Отхвърляне на всички", .rejectAll),
        ("Приемане на всички бисквитки", .acceptAll), ("Evästeasetukset", .manageChoices), ("Cookieinställningar", .manageChoices),
        ("Sulje evästeasetukset", .close),
        ("All Consent Allowed", nil), ("Rejected", nil),
    ])
    func otherFormsOfKnownWords(label: String, kind: ControlKind?) {
        #expect(ControlLexicon.kind(of: label) == kind, "\(label)")
    }

    /// A word cut out of a longer one is no label word: "About" is not "ab" + "out".
    @Test func glueIsNotCutIntoPiecesOfTwoLetters() {
        #expect(ControlLexicon.labels(in: "About Cookies On This Site").isEmpty)
        #expect(ControlLexicon.labels(in: "SETTINGSREJECT").map(\.kind) == [.manageChoices, .rejectAll])
    }
}
