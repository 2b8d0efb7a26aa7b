import Testing
@testable import ConsentLens

/// Length limits are counted in characters, not bytes: a settings title over the notice's text is
/// a title in Russian or Greek (two bytes a letter) as it is in English, not a "manage" button.
@Suite struct LineLengthTests {
    static let notices: [(code: String, lines: [String])] = [
        ("en", ["Privacy settings",
                "We and our partners use cookies to store and access information on a device, for personalised advertising and for measuring its performance.",
                "Accept all", "Reject all"]),
        ("ru", ["Настройки конфиденциальности",
                "Мы и наши партнёры используем файлы cookie для хранения информации на устройстве и доступа к ней, для показа персонализированной рекламы и измерения её эффективности.",
                "Принять все", "Отклонить все"]),
        ("el", ["Ρυθμίσεις απορρήτου cookies",
                "Εμείς και οι συνεργάτες μας χρησιμοποιούμε cookies για την αποθήκευση πληροφοριών σε μια συσκευή και την πρόσβαση σε αυτές, για εξατομικευμένες διαφημίσεις και μέτρηση.",
                "Αποδοχή όλων", "Απόρριψη όλων"]),
    ]

    @Test(arguments: notices.map(\.code))
    func aTitleOverTheTextIsNoSettingsButton(code: String) throws {
        let lines = try #require(Self.notices.first { $0.code == code }).lines
        // The same notice as a text copy and as crawler Markdown (title as a plain line, buttons as links).
        let shapes = [
            ("notice.txt", lines.joined(separator: "\n") + "\n"),
            ("notice.md", lines[0] + "\n\n" + lines[1] + "\n\n" + lines[2...].map { "[\($0)](#)" }.joined(separator: " ") + "\n"),
        ]
        for (name, text) in shapes {
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: name).notice, "\(code) \(name)")
            #expect(notice.language == code, "\(code) \(name)")
            #expect(notice.controls.acceptAll == true, "\(code) \(name)")
            #expect(notice.controls.rejectAll == true, "\(code) \(name)")
            #expect(notice.controls.manageChoices == false, "\(code) \(name): the title is no button")
        }
    }

    @Test func limitsCountCharactersNotBytes() {
        #expect(LineLength.of("Настройки конфиденциальности") == 28)
        #expect("Настройки конфиденциальности".utf8.count > LineLength.label)
        #expect(LineLength.of("Настройки конфиденциальности") <= LineLength.label)
    }
}
