/// A compact summary for a person at a terminal: platform, partners, a table of purposes with
/// their counts and a plain list of what cannot be refused.
public enum TerminalRendering {
    public static func render(_ analysis: PageAnalysis) -> String {
        var out: [String] = []
        let source = analysis.source
        out.append("\(TerminalText.clean(source.path))  (\(source.format), \(source.bytes) bytes)")
        if analysis.platforms.isEmpty {
            out.append("Platform: none recognised")
        } else {
            let names = analysis.platforms.map { p in "\(p.name)\(p.confidence == "low" ? " (from wording only)" : "")" }
            out.append("Platform: \(names.joined(separator: ", "))")
        }
        if let o = analysis.capture { out.append(contentsOf: observed(o)) }
        guard let notice = analysis.notice else {
            out.append("Notice: not found in this file")
            out.append(contentsOf: analysis.limitations.map { "Note: \($0)" })
            return out.joined(separator: "\n") + "\n"
        }
        var facts: [String] = []
        facts.append(notice.language.map { "language \($0)" } ?? "language unknown")
        facts.append(notice.totalPartners.map { "\($0) partners" } ?? "partner total not shown")
        switch notice.legitimateInterestClaimed {
        case true?: facts.append("legitimate interest claimed")
        case false?: facts.append("no legitimate-interest claim")
        case nil: break
        }
        out.append("Notice: " + facts.joined(separator: ", ") + (notice.origin == .rendered ? "" : " (read from \(notice.origin.rawValue))"))
        let c = notice.controls
        let held = notice.firstLayerInFile ? "" : " (\((notice.controlsLayer ?? .preferenceCentre).words); the banner a visitor meets first is not in the file)"
        out.append("Controls\(held): accept all \(word(c.acceptAll)) · reject all \(word(c.rejectAll)) · manage \(word(c.manageChoices)) · save \(word(c.saveChoices))")
        do {
            // The score with the three findings that matter most; the report gives all of them.
            let assessment = analysis.assessment ?? PrivacyAssessor.assess(notice)
            if assessment.pointsAtStake > 0 {
                out.append("Privacy impact: \(assessment.score)–\(assessment.worstCaseScore)/100, grade \(assessment.gradeRange) (\(assessment.score) from what the page shows; up to \(assessment.pointsAtStake) more points unknown)")
            } else {
                out.append("Privacy impact: \(assessment.score)/100, grade \(assessment.grade.rawValue)")
            }
            for f in assessment.topFindings {
                out.append("  - [\(f.severity.rawValue)] \(TerminalText.clean(f.explanation)) (\(f.points) points)")
            }
        }

        if !notice.purposes.isEmpty {
            out.append("")
            let rows = notice.purposes.map { p in
                [kindLabel(p.kind), p.tcfId.map(String.init) ?? "–", TerminalText.clean(MarkdownLabels.plainItemName(p, origin: notice.origin)), p.partners.map(String.init) ?? "?", p.refusability.words]
            }
            out.append(contentsOf: table(header: ["Kind", "ID", "Name", "Partners", "Refusable"], rows: rows, rightAligned: [1, 3]))
        }
        if !notice.stacks.isEmpty {
            out.append("")
            out.append("Stacks:")
            for s in notice.stacks {
                let ids = s.purposeIds.map(String.init).joined(separator: ",")
                out.append("  \(s.tcfId.map { "#\($0)" } ?? "#?") \(TerminalText.clean(s.name)) — \(s.partners.map { "\($0) partners" } ?? "count not shown"); purposes \(ids)")
            }
        }
        if !notice.cookieCategories.isEmpty {
            out.append("")
            out.append(notice.origin == .configuration ? "Cookie categories (from configuration; whether each can be switched off is unknown unless marked):" : "Cookie categories:")
            for cat in notice.cookieCategories {
                out.append("  \(TerminalText.clean(cat.name)) [\(cat.normalized.rawValue)]\(cat.alwaysActive ? " — always active" : "")")
            }
        }
        let fixed = notice.purposes.filter(\.alwaysActive)
        let fixedCategories = notice.cookieCategories.filter(\.alwaysActive)
        out.append("")
        if fixed.isEmpty && fixedCategories.isEmpty {
            out.append("Cannot be refused: nothing shown as always active")
        } else {
            out.append("Cannot be refused (\(fixed.count + fixedCategories.count)):")
            for p in fixed {
                out.append("  - \(kindLabel(p.kind)) \(p.tcfId.map(String.init) ?? "?"): \(TerminalText.clean(p.name))\(p.partners.map { " — \($0) partners" } ?? "")")
            }
            for cat in fixedCategories { out.append("  - cookie category: \(TerminalText.clean(cat.name))") }
        }
        if !analysis.limitations.isEmpty {
            out.append("")
            out.append(contentsOf: analysis.limitations.map { "Note: \($0)" })
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func word(_ value: Bool?) -> String {
        switch value {
        case true?: return "yes"
        case false?: return "no"
        case nil: return "unknown"
        }
    }

    public static func kindLabel(_ kind: DeclarationKind) -> String {
        switch kind {
        case .purpose: return "Purpose"
        case .specialPurpose: return "Special purpose"
        case .feature: return "Feature"
        case .specialFeature: return "Special feature"
        }
    }

    static func table(header: [String], rows: [[String]], rightAligned: Set<Int>, maxWidth: Int = 60) -> [String] {
        let all = [header] + rows.map { $0.map { $0.count > maxWidth ? String($0.prefix(maxWidth - 1)) + "…" : $0 } }
        let widths = header.indices.map { i in all.map { $0[i].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }
}

/// Page text shown at a terminal: control characters (escape sequences a hostile page could use
/// to rewrite the screen) are dropped.
enum TerminalText {
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { s in
            !(s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x202E || s.value == 0x202D)
        }))
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

extension TerminalRendering {
    /// A capture's observed facts, in a few lines.
    static func observed(_ o: CaptureObservation) -> [String] {
        var out: [String] = []
        let nonEssential = o.nonEssentialCookiesBeforeChoice.map { TerminalText.clean("\($0.name) (\($0.party)-party, \($0.category ?? "unknown"))") }
        out.append("Captured: \(TerminalText.clean(o.url)), notice \(o.noticeFound ? "seen" : "not seen")")
        out.append("Before any choice: \(o.cookiesBeforeChoice.count) cookies (\(o.cookiesBeforeChoice.filter { $0.party == "third" }.count) third-party), non-essential: \(nonEssential.isEmpty ? "none" : nonEssential.joined(separator: ", ")); tracking domains: \(o.trackingBeforeChoice.isEmpty ? "none" : o.trackingBeforeChoice.map { TerminalText.clean($0.registrableDomain) }.joined(separator: ", "))")
        if let c = o.choice {
            out.append("After \(c.requested == "reject" ? "refusing" : "accepting"): \(c.made ? "" : "no control found; ")\(c.trackingAfterChoice.count) tracking domains, \(c.nonEssentialCookiesAddedAfterChoice.count) new non-essential cookies")
        }
        out.append("Observed-behaviour score: \(o.assessment.range) / 100")
        return out
    }
}
