import Testing
@testable import ConsentLens

/// Labels in scripts written without spaces (Chinese, Japanese): a run no table lists is cut into
/// the words and pieces the packs know (`generate-language-packs`' unspaced_pieces), and a Latin
/// word glued to it ("Cookie设置") is a word of its own.
@Suite struct UnspacedLabelTests {
    @Test(arguments: [
        ("すべてのクッキーを受け入れる", ControlKind?.some(.acceptAll)), ("クッキーを受け入れる", .acceptAll),
        ("すべて受け入れる", .acceptAll), ("すべてのクッキーを拒否", .rejectAll),
        ("Cookie 设置", .manageChoices), ("Cookie设置", .manageChoices), ("Cookie設定", .manageChoices),
        ("クッキー設定", .manageChoices), ("接受所有 Cookie", .acceptAll), ("全部拒绝", .rejectAll),
        // Pieces alone that name no action, and runs with words no pack knows, read as nothing.
        ("すべて", nil), ("全部", nil), ("退出登录", nil), ("隐私政策", nil), ("今日のニュース", nil),
    ])
    func labelReadByItsPieces(label: String, kind: ControlKind?) {
        #expect(ControlLexicon.kind(of: label) == kind, "\(label)")
    }

    /// The cut: the longest known words from the run's start ("すべてのクッキーを" is a piece the
    /// packs share, filler), kana of grammar after them dropped ("る"), letters no word covers kept
    /// as one piece ("登录").
    @Test func runCutIntoKnownWords() {
        #expect(ControlLexicon.words("すべてのクッキーを受け入れる").map(\.folded) == ["すべてのクッキーを", "受け入れ"])
        #expect(ControlLexicon.words("Cookie设置").map(\.folded) == ["cookie", "设置"])
        #expect(ControlLexicon.words("退出登录").map(\.folded) == ["退出", "登录"])
        // A run longer than a label is prose: not cut.
        let sentence = "当サイトではサービス改善を目的としてクッキーを使用しています"
        #expect(ControlLexicon.words(sentence).map(\.folded) == [sentence])
    }

    /// A Japanese banner as a text copy and as HTML: the three buttons.
    @Test func japaneseBannerInBothShapes() throws {
        let lines = ["お客様のプライバシー", "当サイトでは、サービス向上のためにクッキーを使用しています。",
                     "すべてのクッキーを受け入れる", "すべて拒否", "クッキー設定"]
        let html = "<html lang=\"ja\"><body><div class=\"cookie-banner\"><h2>\(lines[0])</h2><p>\(lines[1])</p>"
            + lines[2...].map { "<button>\($0)</button>" }.joined() + "</div></body></html>"
        for (page, path) in [(lines.joined(separator: "\n") + "\n", "banner.txt"), (html, "banner.html")] {
            let notice = try #require(try ConsentAnalyzer.analyse(bytes: Array(page.utf8), path: path).notice, "\(path)")
            #expect(notice.language == "ja", "\(path)")
            #expect(notice.controls.acceptAll == true && notice.controls.rejectAll == true && notice.controls.manageChoices == true, "\(path)")
        }
    }
}
