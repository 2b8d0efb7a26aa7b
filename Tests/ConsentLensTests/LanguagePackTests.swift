import Foundation
import Testing
@testable import ConsentLens

/// The generated language packs (`Languages/Generated/`, from `Scripts/generate-language-packs`)
/// merged into each language: every pack's own examples in every shape a copy takes, notices
/// written for these tests in the languages that lost their categories and controls before the
/// packs, and language detection on notices of a few lines.
@Suite struct LanguagePackTests {
    typealias Part = MetamorphicLayoutTests.Part

    /// A notice built from one language's own tables: its banner sentence, the first necessary,
    /// statistics and marketing names with its word for cookies, and its first accept, reject and
    /// manage examples as buttons; laid out in every shape (and with upper-case buttons), it must
    /// read the same three categories and three controls.
    @Test(arguments: NoticeLanguage.all.map(\.code))
    func packReadsInEveryShape(code: String) throws {
        let language = try #require(NoticeLanguage.language(code: code))
        func first(_ cls: CategoryClass) -> String? { language.categoryNames.first { $0.0 == cls }?.1.first }
        let names = [CategoryClass.necessary, .statistics, .marketing].compactMap(first)
        #expect(names.count == 3, "\(code): a pack without the three categories")
        let cookie = language.cookieWords.first ?? "cookies"
        let buttons = [ControlKind.acceptAll, .rejectAll, .manageChoices].compactMap { k in language.controlExamples.first { $0.1 == k }?.0 }
        #expect(buttons.count == 3, "\(code)")
        var parts: [Part] = [.paragraph(language.cookieUseExample)]
        for name in names { parts += [.heading("\(name.prefix(1).uppercased())\(name.dropFirst()) \(cookie)"), .paragraph(language.cookieUseExample)] }
        parts += buttons.map { .button($0) }
        let shapes = MetamorphicLayoutTests.everyShape(parts)
            + [("upper-case buttons", MetamorphicLayoutTests.innerText(parts, upperCaseButtons: true), "txt")]
        for (shape, text, ext) in shapes {
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "notice.\(ext)").notice, "\(code) as \(shape)")
            #expect(notice.cookieCategories.map(\.normalized) == [.necessary, .statistics, .marketing], "\(code) as \(shape): \(notice.cookieCategories.map(\.name))")
            #expect(notice.controls.acceptAll == true && notice.controls.rejectAll == true && notice.controls.manageChoices == true,
                    "\(code) as \(shape): \(notice.controls)")
        }
    }

    /// Pages written for these tests in the languages whose notices lost their categories and
    /// controls before the packs: HTML banners, text copies, crawler Markdown.
    @Test(arguments: [
        ("et-banner.html", "et", ["necessary", "statistics", "marketing"]),
        ("lv-banner.txt", "lv", ["necessary", "statistics", "marketing"]),
        ("el-notice.md", "el", ["necessary", "statistics", "marketing"]),
        ("ca-banner.html", "ca", ["necessary", "preferences", "statistics", "marketing"]),
        ("zh-banner.txt", "zh", ["necessary", "statistics", "marketing"]),
        ("tr-banner.html", "tr", ["necessary", "preferences", "statistics", "marketing"]),
        ("ja-banner.txt", "ja", ["necessary", "statistics", "marketing"]),
        ("lt-banner.txt", "lt", ["necessary", "statistics", "marketing"]),
    ])
    func noticeInItsLanguage(file: String, code: String, categories: [String]) throws {
        let analysis = try ConsentAnalyzer.analyse(path: TestPaths.fixture("languages/\(file)"))
        let notice = try #require(analysis.notice, "\(file)")
        #expect(notice.language == code, "\(file)")
        #expect(notice.cookieCategories.map(\.normalized.rawValue) == categories, "\(file): \(notice.cookieCategories.map(\.name))")
        #expect(notice.controls.acceptAll == true, "\(file)")
        #expect(notice.controls.rejectAll == true, "\(file)")
        #expect(notice.controls.manageChoices == true, "\(file)")
        #expect(notice.controls.saveChoices == false, "\(file): the row of buttons is in the file and holds no save button")
    }

    /// Notices of two or three lines in languages that share most of their words.
    @Test func detectionTellsCloseLanguagesApart() {
        let cases: [(String, String)] = [
            ("Vi bruger cookies til at give dig den bedste oplevelse på vores hjemmeside. Du kan til enhver tid ændre dit samtykke.", "da"),
            ("Vi bruker informasjonskapsler for å gi deg den beste opplevelsen på nettstedet vårt. Du kan når som helst endre samtykket ditt.", "no"),
            ("Aquest lloc web utilitza galetes per millorar la vostra experiència. Podeu acceptar-les totes o configurar-les.", "ca"),
            ("Este sitio web utiliza cookies para mejorar su experiencia. Puede aceptarlas todas o configurarlas.", "es"),
            ("Tento web používá soubory cookie ke zlepšení vašeho zážitku. Můžete je přijmout nebo odmítnout.", "cs"),
            ("Táto webová stránka používa súbory cookie na zlepšenie vášho zážitku. Môžete ich prijať alebo odmietnuť.", "sk"),
            ("Ova web stranica koristi kolačiće kako bi poboljšala vaše iskustvo. Možete ih prihvatiti ili odbiti.", "hr"),
            ("Ta spletna stran uporablja piškotke za izboljšanje vaše izkušnje. Lahko jih sprejmete ali zavrnete.", "sl"),
            ("Ši svetainė naudoja slapukus, kad pagerintų jūsų naršymo patirtį. Galite juos priimti arba atmesti.", "lt"),
            ("Šī vietne izmanto sīkdatnes, lai uzlabotu jūsu pieredzi. Jūs varat tās pieņemt vai noraidīt.", "lv"),
            ("See veebisait kasutab küpsiseid, et parandada teie kasutajakogemust. Te võite need vastu võtta või keelduda.", "et"),
            ("Tämä sivusto käyttää evästeitä käyttökokemuksesi parantamiseksi. Voit hyväksyä tai hylätä ne.", "fi"),
            ("Этот сайт использует файлы cookie для улучшения вашего опыта. Вы можете принять или отклонить их.", "ru"),
            ("Цей сайт використовує файли cookie, щоб покращити ваш досвід. Ви можете прийняти або відхилити їх.", "uk"),
            ("Този уебсайт използва бисквитки, за да подобри вашето изживяване. Можете да ги приемете или откажете.", "bg"),
            ("Αυτός ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας.", "el"),
            ("本网站使用Cookie来改善您的浏览体验。您可以接受或拒绝。", "zh"),
            ("当サイトでは、お客様の体験を向上させるためにクッキーを使用しています。", "ja"),
            ("이 웹사이트는 사용자 경험을 개선하기 위해 쿠키를 사용합니다.", "ko"),
            ("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. يمكنك القبول أو الرفض.", "ar"),
            ("Bu web sitesi, deneyiminizi geliştirmek için çerezler kullanıyor. Tümünü kabul edebilir veya reddedebilirsiniz.", "tr"),
            ("Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében. Elfogadhatja vagy elutasíthatja őket.", "hu"),
            ("Acest site folosește cookie-uri pentru a vă îmbunătăți experiența. Le puteți accepta sau refuza.", "ro"),
        ]
        for (text, code) in cases {
            #expect(LanguageDetector.detect(text) == code, "\(code): \(text)")
        }
    }

    /// A language read from its pack alone (no hand-written file) has no detection words: its
    /// tools' banner sentence is told as no language, never taken from the language it resembles.
    @Test(arguments: NoticeLanguage.generatedOnly.map(\.code))
    func packAloneLanguagesAreNeverDetected(code: String) throws {
        let language = try #require(NoticeLanguage.language(code: code))
        #expect(language.detectionWords.isEmpty, "\(code)")
        #expect(LanguageDetector.detect(language.cookieUseExample) != code, "\(code): \(language.cookieUseExample)")
    }

    /// Every language's banner sentence is told as its own language.
    @Test(arguments: NoticeLanguage.handWritten.map(\.code))
    func bannerSentenceIsItsLanguage(code: String) throws {
        let language = try #require(NoticeLanguage.language(code: code))
        #expect(LanguageDetector.detect(language.cookieUseExample) == code, "\(code): \(language.cookieUseExample)")
    }

    /// A notice in a language without a pack (Icelandic) is told as none, and still read for what
    /// does not depend on its words: the platform's container, its numbers by the TCF's names
    /// where it prints them in English, its checkboxes' states.
    @Test func aLanguageWithoutAPackIsReadForItsStructure() throws {
        let text = "Við notum vafrakökur til að bæta upplifun þína á vefsíðunni okkar og til að greina umferð. Þú getur samþykkt eða hafnað þeim hvenær sem er."
        #expect(LanguageDetector.detect(text) == nil)
        let html = """
        <html><body><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="dialog">
        <p id="onetrust-policy-text">\(text)</p>
        <p>Store and/or access information on a device</p><p>Create profiles for personalised advertising</p>
        <button id="onetrust-accept-btn-handler">Samþykkja allt</button><button id="onetrust-reject-all-handler">Hafna öllu</button>
        </div></div></body></html>
        """
        let analysis = try ConsentAnalyzer.analyse(bytes: Array(html.utf8), path: "is.html")
        #expect(analysis.platforms.first?.id == "onetrust")
        let notice = try #require(analysis.notice)
        #expect(notice.language == nil)
        #expect(notice.purposes.compactMap(\.tcfId) == [1, 3])
    }

    /// Scripts written without spaces: a phrase is found inside a run of letters, a number glued
    /// to a counter word is a count, and a row glued without spaces splits at known labels.
    @Test func unspacedScripts() {
        let zh = NoticeLanguage.language(code: "zh")!
        #expect(PhraseMatcher.contains(zh.legitimateInterest, in: "部分合作伙伴基于合法权益处理您的数据"))
        #expect(PhraseMatcher.partnerCount(in: "我们和我们的157个合作伙伴", languages: NoticeLanguage.all)?.count == 157)
        #expect(ControlLexicon.labels(in: "全部接受全部拒绝管理偏好设置").map(\.kind) == [.acceptAll, .rejectAll, .manageChoices])
        #expect(ControlLexicon.labels(in: "모두 수락모두 거부서비스 관리").map(\.kind) == [.acceptAll, .rejectAll, .manageChoices])
        // Latin words keep their boundaries: "accept" is not found in "acceptable".
        #expect(!PhraseMatcher.contains(["accept"], in: "an acceptable use"))
        // Arabic, right to left, with a right-to-left mark and tatweel a copy may carry.
        #expect(ControlLexicon.kind(of: "\u{200F}قبول الكل") == .acceptAll)
        #expect(ControlLexicon.kind(of: "رفـــض الكل") == .rejectAll)
        // Turkish capitals: "İ" and "I" read as the words' "i" and "ı".
        #expect(ControlLexicon.kind(of: "TÜM ÇEREZLERE İZİN VERİN") == .acceptAll)
    }

    /// Every generated pack names its source, commit and licence, and a pack with MPL-2.0 data
    /// carries the MPL header.
    @Test func generatedFilesCiteTheirSources() throws {
        let folder = TestPaths.repositoryRoot.appendingPathComponent("Sources/ConsentLens/Languages/Generated")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("LanguagePack+") && $0 != "LanguagePack+Generated.swift" }
        #expect(files.count == NoticeLanguage.all.count)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(text.hasPrefix("// Generated by Scripts/generate-language-packs") || text.hasPrefix("// This Source Code Form is subject to the terms of the Mozilla Public License"), "\(file)")
            #expect(text.contains(" at ") && text.contains("MIT") || text.contains("Apache-2.0") || text.contains("BSD-3-Clause"), "\(file)")
            if text.contains("// autoconsent (") { #expect(text.contains("Mozilla Public License, v. 2.0"), "\(file)") }
        }
    }
}
