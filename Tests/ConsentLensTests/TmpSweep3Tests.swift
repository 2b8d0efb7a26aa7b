import Testing
import Foundation
@testable import ConsentLens
@Suite struct TmpSweep3Tests {
    static func cap(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
    @Test func sweep() throws {
        var out: [String] = []
        var ok = 0, n = 0
        for language in NoticeLanguage.all {
            guard let pack = LanguagePack.generated[language.code],
                  let accept = pack.acceptAll.first(where: { $0.count <= 30 }), let reject = pack.rejectAll.first(where: { $0.count <= 30 }),
                  let nec = pack.necessary.first(where: { $0.count <= 30 }), let mkt = pack.marketing.first(where: { $0.count <= 30 && $0 != nec }),
                  let stat = pack.statistics.first(where: { $0.count <= 30 && $0 != nec && $0 != mkt }),
                  let always = (language.alwaysActive.first ?? pack.alwaysActive.first) else { out.append("\(language.code) skipped"); continue }
            let cats = [(nec, CategoryClass.necessary, true), (stat, .statistics, false), (mkt, .marketing, false)]
            // OneTrust preference centre HTML
            var html = "<html><body><div id=\"onetrust-consent-sdk\"><div id=\"onetrust-banner-sdk\"><p>\(language.cookieUseExample)</p><button id=\"onetrust-accept-btn-handler\">\(Self.cap(accept))</button><button id=\"onetrust-reject-all-handler\">\(Self.cap(reject))</button></div><div id=\"onetrust-pc-sdk\"><div class=\"ot-pc-header\"></div>"
            for (name, _, on) in cats {
                html += "<div class=\"ot-accordion-layout ot-cat-item\"><button class=\"ot-accordion-header\" aria-expanded=\"false\"></button><div class=\"ot-acc-hdr\"><h4 class=\"ot-cat-header\">\(Self.cap(name))</h4>"
                html += on ? "<div class=\"ot-always-active\">\(Self.cap(always))</div>" : "<div class=\"ot-tgl\"><input type=\"checkbox\" class=\"category-switch-handler\"></div>"
                html += "</div><div class=\"ot-acc-grpcntr\"><p class=\"ot-category-desc\">\(language.cookieUseExample)</p></div></div>"
            }
            html += "</div></div></body></html>"
            // crawler Markdown
            var md = "\(language.cookieUseExample)\n\n"
            for (name, _, on) in cats { md += "### \(Self.cap(name))\n\n" + (on ? "\(Self.cap(always))\n\n" : "- [ ] \(Self.cap(name))\n\n") + "\(language.cookieUseExample)\n\n" }
            md += "\(Self.cap(accept)) \(Self.cap(reject))\n"
            for (shape, text, ext) in [("onetrust-html", html, "html"), ("markdown", md, "md")] {
                let notice = try ConsentAnalyzer.analyse(bytes: Array(text.utf8), path: "n.\(ext)").notice
                for (name, cls, on) in cats {
                    n += 1
                    let c = notice?.cookieCategories.first { $0.name.lowercased() == Self.cap(name).lowercased() }
                    if c?.normalized == cls && c?.alwaysActive == on { ok += 1 } else {
                        out.append("\(language.code) \(shape) [\(name)] -> \(c.map { "\($0.normalized) aa=\($0.alwaysActive)" } ?? "missing; got \(notice?.cookieCategories.map(\.name) ?? [])")")
                    }
                }
                if notice?.controls.acceptAll != true || notice?.controls.rejectAll != true { out.append("\(language.code) \(shape) controls \(String(describing: notice?.controls))") }
            }
        }
        out.append("TOTAL \(ok)/\(n)")
        try out.joined(separator: "\n").write(toFile: "/tmp/sweep3.txt", atomically: true, encoding: .utf8)
    }
}
