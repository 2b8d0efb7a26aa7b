/// The report's section for a capture folder: what the site was seen to do, which a saved page
/// cannot show. Every value from the page or the network (names, hosts, URLs, labels) is escaped.
extension MarkdownReport {
    mutating func visitObserved(_ o: CaptureObservation, notice: ConsentNotice?) {
        document.heading(2, "Observed behaviour")
        let when: MarkdownText
        if let c = o.choice, c.made {
            when = MarkdownText(stringLiteral: " and after the capture chose to \(c.verb)")
        } else if let c = o.choice {
            when = MarkdownText(stringLiteral: " (the capture was asked to \(c.verb), but no choice was made)")
        } else {
            when = ""
        }
        document.paragraph("Seen by `consentlens capture` in a fresh headless Chromium, before the visitor chose anything\(when). Cookies are classified with the Open Cookie Database and parties by registrable domain (Public Suffix List); a cookie the database does not know is shown as unknown, never guessed.")
        var facts = MarkdownTable(["Fact", "Value"])
        facts.add(["URL", "\(o.url)"])
        if let final = o.finalURL, final != o.url { facts.add(["Final URL", "\(final)"]) }
        facts.add(["Captured", "\(o.capturedAt)"])
        if let browser = o.browser { facts.add(["Browser", "\(browser)"]) }
        facts.add(["Notice", o.noticeFound ? "appeared after \(Self.seconds(o.waitSeconds)) s: \(o.waitEvidence ?? "")" : "none appeared within \(Self.seconds(o.waitSeconds)) s"])
        facts.add(["Frames, shadow roots", "\(o.frames) frame\(o.frames == 1 ? "" : "s"), \(o.shadowRoots) open shadow root\(o.shadowRoots == 1 ? "" : "s") read inline"])
        facts.add(["Cookies before any choice", "\(o.cookiesBeforeChoice.count) (\(o.cookiesBeforeChoice.filter { $0.party == "third" }.count) third-party, \(o.nonEssentialCookiesBeforeChoice.count) non-essential)"])
        let unanswered: MarkdownText = (o.unansweredRequestsBeforeChoice ?? 0) > 0
            ? MarkdownText(stringLiteral: " (\(o.unansweredRequestsBeforeChoice!) got no response: no contact)") : ""
        facts.add(["Requests before any choice", "\(o.requestsBeforeChoice)\(unanswered), to \(o.thirdPartyDomainsBeforeChoice.count) third-party domain\(o.thirdPartyDomainsBeforeChoice.count == 1 ? "" : "s") that answered"])
        if let tcf = o.tcf {
            facts.add(["IAB TCF API", "CMP id \(tcf.cmpId.map(String.init) ?? "?"), version \(tcf.cmpVersion.map(String.init) ?? "?"), gdprApplies \(tcf.gdprApplies.map { $0 ? "true" : "false" } ?? "?"), TC string \(tcf.tcString.map { "\($0.count) characters" } ?? "none")"])
        }
        if let c = o.choice {
            let clicked: MarkdownText = c.clicked.isEmpty ? "no control found" : c.clicked.map { MarkdownText(escaping: $0) }.joined(separator: ", then ")
            if let sentence = c.notMadeSentence {
                facts.add(["Choice (\(c.requested))", "not made: \(MarkdownText(escaping: sentence))"])
                facts.add(["After the choice", "unknown: no choice was made"])
            } else if let requests = c.requestsAfterChoice, let tracking = c.trackingAfterChoice, let cookies = c.nonEssentialCookiesAddedAfterChoice {
                facts.add(["Choice (\(c.requested))", "\(clicked); notice \(c.noticeGone.map { $0 ? "went away" : "stayed" } ?? "not checked")"])
                facts.add(["After the choice", "\(requests) request\(requests == 1 ? "" : "s"), \(tracking.count) tracking domain\(tracking.count == 1 ? "" : "s"), \(cookies.count) new non-essential cookie\(cookies.count == 1 ? "" : "s")"])
            }
        }
        document.table(facts)

        if !o.cookiesBeforeChoice.isEmpty {
            document.heading(3, "Cookies before any choice")
            var table = MarkdownTable(["Cookie", "Domain", "Party", "Open Cookie Database", "Set by"])
            for c in o.cookiesBeforeChoice {
                let cls: MarkdownText = c.category.map { "\($0)\(c.service.map { MarkdownText(stringLiteral: " (") + MarkdownText(escaping: $0) + ")" } ?? "")" } ?? "unknown"
                table.add(["\(c.name)", "\(c.domain)", "\(c.party)", cls, c.setBy.map { "\($0)" } ?? "–"])
            }
            document.table(table)
        }
        visitTCStrings(o, notice: notice)
        let tracking = o.trackingBeforeChoice.map { ("before any choice", $0) } + (o.choice?.trackingAfterChoice ?? []).map { ("after the choice", $0) }
        if !tracking.isEmpty {
            document.heading(3, "Third-party tracking")
            var table = MarkdownTable(["When", "Domain", "Requests", "Why it counts", "First request"])
            for (when, t) in tracking {
                table.add(["\(when)", "\(t.registrableDomain)", "\(t.requests)", "\(t.reason)", "\(t.firstURL)"])
            }
            document.table(table)
        }
        document.heading(3, "Observed-behaviour score")
        document.paragraph("A second score, apart from the declared policy's: \(o.assessment.range) / 100 (components in docs/scoring.md, *Observed behaviour*).")
        var table = MarkdownTable(["Points", "Component", "Finding", "How scored", "EDPB"])
        for f in o.assessment.findings {
            table.add([MarkdownLabels.points(f), "\(f.component.title)", f.explanationText.markdown, f.basisText.markdown, f.edpbCriterion.map { "\($0.title)" } ?? "–"])
        }
        document.table(table)
    }

    static func seconds(_ s: Double?) -> MarkdownText {
        guard let s else { return "?" }
        return "\(String((s * 10).rounded() / 10))"
    }
}
