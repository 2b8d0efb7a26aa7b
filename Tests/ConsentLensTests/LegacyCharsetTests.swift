#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import ConsentParse
@testable import ConsentScan

/// Issue 18, item 8: a page in a legacy charset it declares (in `<meta>`, in a WARC record's HTTP
/// header, in an MHTML part's header) is read in it, not refused as binary data. The pages are
/// written here from Swift strings and encoded with iconv.
@Suite struct LegacyCharsetTests {
    /// `text` encoded in `charset` (an iconv name) by the C library.
    static func encode(_ text: String, _ charset: String) throws -> [UInt8] {
        let cd = iconv_open(charset, "UTF-8")
        try #require(Int(bitPattern: cd) != -1, "iconv cannot encode \(charset)")
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let (result, written) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                let r = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                return (r, outBuffer.count - outLeft)
            }
        }
        try #require(result != -1, "\(text) is not encodable in \(charset)")
        return Array(output[0..<written])
    }

    /// A OneTrust-shaped notice whose category names are in the page's language: they reach the
    /// JSON exactly as shown, so a wrong decoding shows in `cookieCategories[].name`.
    static func page(declaring meta: String?, title: String, necessary: String, marketing: String, scriptCharset: Bool = false) -> String {
        """
        <!DOCTYPE html><html><head>\(scriptCharset ? #"<script type="text/javascript" src="/_static/js/wombat.js" charset="utf-8"></script>"# : "")\
        \(meta.map { #"<meta http-equiv="Content-Type" content="text/html; charset=\#($0)"/>"# } ?? "")<title>\(title)</title>
        <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"></script></head><body>
        <div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner">
        <div id="onetrust-policy-text">We and our 12 partners use cookies. \(title)</div>
        <div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-reject-all-handler">Reject All</button></div></div>
        <div id="onetrust-pc-sdk" role="region" aria-label="Preference center"><section class="ot-cat-grp">
        <div class="ot-cat-item"><h4 class="ot-cat-header">\(necessary)</h4><div class="ot-always-active">Always Active</div></div>
        <div class="ot-cat-item"><h4 class="ot-cat-header">\(marketing)</h4></div>
        </section></div></div></body></html>
        """
    }

    struct Case {
        var label: String
        var iconv: String
        var title: String
        var necessary: String
        var marketing: String
    }

    static let zh = ("我们使用Cookie来改善您的体验", "绝对必要的Cookie", "广告Cookie")
    static let zhHant = ("我們使用Cookie來改善您的體驗", "絕對必要的Cookie", "廣告Cookie")
    static let ja = ("当サイトではクッキーを使用します", "必須のクッキー", "広告クッキー")
    static let ko = ("이 웹사이트는 쿠키를 사용합니다", "필수 쿠키", "광고 쿠키")
    static let ru = ("Мы используем файлы cookie", "Строго необходимые файлы cookie", "Рекламные файлы cookie")

    static let cases: [Case] = [
        Case(label: "gb2312", iconv: "GB2312", title: zh.0, necessary: zh.1, marketing: zh.2),
        Case(label: "GBK", iconv: "GBK", title: zh.0, necessary: zh.1, marketing: zh.2),
        Case(label: "gb18030", iconv: "GB18030", title: zh.0, necessary: zh.1, marketing: zh.2),
        Case(label: "big5", iconv: "BIG5", title: zhHant.0, necessary: zhHant.1, marketing: zhHant.2),
        Case(label: "Shift_JIS", iconv: "SHIFT_JIS", title: ja.0, necessary: ja.1, marketing: ja.2),
        Case(label: "euc-jp", iconv: "EUC-JP", title: ja.0, necessary: ja.1, marketing: ja.2),
        Case(label: "euc-kr", iconv: "EUC-KR", title: ko.0, necessary: ko.1, marketing: ko.2),
        Case(label: "koi8-r", iconv: "KOI8-R", title: ru.0, necessary: ru.1, marketing: ru.2),
        Case(label: "windows-1251", iconv: "WINDOWS-1251", title: ru.0, necessary: ru.1, marketing: ru.2),
        Case(label: "iso-8859-5", iconv: "ISO-8859-5", title: ru.0, necessary: ru.1, marketing: ru.2),
        Case(label: "windows-1250", iconv: "WINDOWS-1250", title: "Używamy plików cookie", necessary: "Niezbędne pliki cookie", marketing: "Reklamowe pliki cookie"),
        Case(label: "iso-8859-2", iconv: "ISO-8859-2", title: "Používáme soubory cookie", necessary: "Nezbytně nutné soubory", marketing: "Reklamní soubory"),
        Case(label: "windows-1253", iconv: "WINDOWS-1253", title: "Χρησιμοποιούμε cookies", necessary: "Απολύτως απαραίτητα cookies", marketing: "Cookies διαφήμισης"),
        Case(label: "iso-8859-7", iconv: "ISO-8859-7", title: "Χρησιμοποιούμε cookies", necessary: "Απολύτως απαραίτητα cookies", marketing: "Cookies διαφήμισης"),
        Case(label: "windows-1254", iconv: "WINDOWS-1254", title: "Çerezleri kullanıyoruz", necessary: "Zorunlu çerezler", marketing: "Reklam çerezleri"),
        Case(label: "windows-1255", iconv: "WINDOWS-1255", title: "אנו משתמשים בעוגיות", necessary: "עוגיות הכרחיות", marketing: "עוגיות פרסום"),
        Case(label: "windows-1256", iconv: "WINDOWS-1256", title: "نستخدم ملفات تعريف الارتباط", necessary: "ملفات ضرورية", marketing: "ملفات إعلانية"),
        Case(label: "windows-1257", iconv: "WINDOWS-1257", title: "Naudojame slapukus", necessary: "Būtini slapukai", marketing: "Reklaminiai slapukai"),
        Case(label: "iso-8859-15", iconv: "ISO-8859-15", title: "Nous utilisons des cookies (5 €)", necessary: "Cookies nécessaires à l'œuvre", marketing: "Cookies publicitaires"),
    ]

    /// Every charset through the built binary: one `analyse` of all the pages, and each page's
    /// category names in the JSON exactly as written.
    @Test func everyDeclaredCharsetIsReadThroughAnalyse() throws {
        let dir = try TestPaths.temporaryDirectory()
        var paths: [String] = []
        for (i, c) in Self.cases.enumerated() {
            let path = dir.appendingPathComponent("\(i)-\(c.label).html").path
            let bytes = try Self.encode(Self.page(declaring: c.label, title: c.title, necessary: c.necessary, marketing: c.marketing), c.iconv)
            #expect(!InputDecoder.isValidUTF8(bytes), "\(c.label): the page must not also be UTF-8")
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let run = try CLIRun.run(["analyse", "--format", "json"] + paths)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == Self.cases.count)
        for (c, object) in zip(Self.cases, array) {
            let notice = object["notice"] as? [String: Any]
            let names = (notice?["cookieCategories"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(names == [c.necessary, c.marketing], "\(c.label)")
        }
        // The loader names the charset it used: iconv's decoder, the one browsers use for the label.
        #expect(try PageLoader.load(path: paths[0]).encoding == .legacy("GB18030"))
        #expect(try PageLoader.load(path: paths[4]).encoding == .legacy("CP932"))
        #expect(try PageLoader.load(path: paths[6]).encoding == .legacy("CP949"))
    }

    /// The Wayback Machine's shape (the crawl sample's GB2312 page): a `<script charset="utf-8">`
    /// above the page's own `<meta>`. A script's charset declares nothing about the page.
    @Test func aScriptCharsetAboveTheMetaIsNoDeclaration() throws {
        let html = Self.page(declaring: "big5", title: Self.zhHant.0, necessary: Self.zhHant.1, marketing: Self.zhHant.2, scriptCharset: true)
        let bytes = try Self.encode(html, "BIG5")
        let page = try PageLoader.load(bytes: bytes, path: "wayback.html")
        #expect(page.encoding == .legacy("BIG5-HKSCS"))
        #expect(page.content.lines.contains { $0.text == Self.zhHant.1 })
    }

    /// A page declared UTF-8 that is not (GB18030 bytes under a wrong label) is read in the next
    /// declaration; bytes that are text in no charset stay "binary data".
    @Test func aWrongDeclarationGivesWayAndBinaryStaysBinary() throws {
        let html = "<meta charset=\"utf-8\">" + Self.page(declaring: "gb18030", title: Self.zh.0, necessary: Self.zh.1, marketing: Self.zh.2)
        let page = try PageLoader.load(bytes: try Self.encode(html, "GB18030"), path: "mislabelled.html")
        #expect(page.encoding == .legacy("GB18030"))
        #expect(page.content.lines.contains { $0.text == Self.zh.1 })

        var noise = Array("<meta charset=\"shift_jis\"><p>".utf8)
        var generator = SystemRandomNumberGenerator()
        for i in 0..<4000 { noise.append(i % 3 == 0 ? 0 : UInt8.random(in: 0...255, using: &generator)) }
        #expect(throws: PageLoadError.binary) { try PageLoader.load(bytes: noise, path: "noise.html") }
    }

    /// iconv stops at an invalid byte; the decoder goes on after it with U+FFFD, dropping nothing.
    @Test func invalidBytesInALegacyCharsetAreReplacedNotTruncated() throws {
        let good = try Self.encode(Self.ja.0, "EUC-JP")
        let decoded = try #require(LegacyCharsets.decode(good + [0xFF] + good + [0xA4], iconvName: "EUC-JP"))
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == Self.ja.0 + "\u{FFFD}" + Self.ja.0 + "\u{FFFD}")
        #expect(decoded.invalid == 2)
        #expect(LegacyCharsets.iconvName(forLabel: "x-no-such-charset") == nil)
        #expect(LegacyCharsets.iconvName(forLabel: "../../etc/passwd") == nil)
        #expect(LegacyCharsets.iconvName(forLabel: "iso-2022-kr") == nil)  // a "replacement" label: never decoded
        #expect(LegacyCharsets.iconvName(forLabel: "cp437") == "CP437")  // not in the table, known to iconv
    }

    /// A WARC record's HTTP `Content-Type: text/html; charset=Shift_JIS` decodes a page that
    /// declares nothing itself.
    @Test func scanOfAWARCRecordUsesItsHTTPCharset() throws {
        let html = Self.page(declaring: nil, title: Self.ja.0, necessary: Self.ja.1, marketing: Self.ja.2)
        let body = try Self.encode(html, "SHIFT_JIS")
        let warc = WARCCrawl.response(uri: "https://shop.example.jp/", id: 7, headers: ["Content-Type: text/html; charset=Shift_JIS"], body: body)
            + WARCCrawl.response(uri: "https://news.example.ru/", id: 8, headers: ["Content-Type: text/html; charset=\"koi8-r\""],
                                 body: try Self.encode(Self.page(declaring: nil, title: Self.ru.0, necessary: Self.ru.1, marketing: Self.ru.2), "KOI8-R"))
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("crawl.warc").path
        try Data(warc).write(to: URL(fileURLWithPath: path))
        let run = try CLIRun.run(["scan", path, "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try run.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(rows.count == 2)
        func names(_ row: [String: Any]) -> [String]? {
            ((row["notice"] as? [String: Any])?["cookieCategories"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        }
        #expect(names(rows[0]) == [Self.ja.1, Self.ja.2])
        #expect(names(rows[1]) == [Self.ru.1, Self.ru.2])
    }

    /// An MHTML part's `Content-Type: text/html; charset=euc-kr` decodes its page.
    @Test func mhtmlPartCharset() throws {
        let html = Self.page(declaring: nil, title: Self.ko.0, necessary: Self.ko.1, marketing: Self.ko.2)
        let bytes = try Self.encode(html, "EUC-KR")
        let qp = bytes.map { b -> String in
            (33...126).contains(b) && b != 0x3D ? String(UnicodeScalar(b)) : (b == 0x0A ? "\r\n" : b == 0x20 ? " " : "=" + String(format: "%02X", b))
        }.joined()
        let archive = Archive().write([.raw(headers: "Content-Type: text/html; charset=euc-kr\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://example.kr/", body: qp)])
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("page.mhtml").path
        try Data(archive).write(to: URL(fileURLWithPath: path))
        let run = try CLIRun.run(["analyse", path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let names = ((object["notice"] as? [String: Any])?["cookieCategories"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == [Self.ko.1, Self.ko.2])
    }

    /// The crawl sample's GB2312 page (skipped without ../shared): read, with its Chinese text.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: LegacyCharsetTests.crawlPage)))
    func theCrawlSamplesGB2312PageIsRead() throws {
        let run = try CLIRun.run(["analyse", Self.crawlPage])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        let page = try PageLoader.load(path: Self.crawlPage)
        #expect(page.encoding == .legacy("GB18030"))
        #expect(page.content.lines.contains { $0.text.contains("河北") })
    }

    static let crawlPage = TestPaths.repositoryRoot.appendingPathComponent("../shared/data/crawl-sample/pages/archive.org.he.xinhuanet.com.25340717.html").standardized.path
}
