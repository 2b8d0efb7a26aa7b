/// The report's section on a capture's TC strings: each string decoded, beside the notice's own
/// figures. The strings themselves are page data and shown escaped; decoded figures are numbers.
extension MarkdownReport {
    mutating func visitTCStrings(_ o: CaptureObservation, notice: ConsentNotice?) {
        guard !o.tcStrings.isEmpty else { return }
        document.heading(3, "Consent strings (TCF)")
        var named = Set(notice?.purposes.filter { $0.kind == .purpose }.compactMap(\.tcfId) ?? [])
        for stack in notice?.stacks ?? [] { named.formUnion(stack.purposeIds) }
        let noticeLine: MarkdownText = notice.map { n in
            "The notice prints \(n.totalPartners.map { MarkdownText(stringLiteral: "\($0) partners") } ?? "no partner total") and names \(named.isEmpty ? "no TCF purpose" : MarkdownText(stringLiteral: "purposes \(TCString.list(named.sorted()))"))."
        } ?? "No notice was read from the page, so the strings cannot be held against one."
        document.paragraph("Each TC string the capture read, from `__tcfapi('getTCData')` and the `euconsent-v2` cookie, before any choice and after it, decoded (`consentlens tcstring` decodes one alone). \(noticeLine)")
        var table = MarkdownTable(["Where, when", "String", "TCF", "CMP", "Purpose consents", "Legitimate interest", "Special features", "Vendor consents", "Vendor legitimate interest", "Disclosed vendors"])
        for s in o.tcStrings {
            let shown = MarkdownText(escaping: s.string.count > 24 ? String(s.string.prefix(24)) + "…" : s.string)
            guard let d = s.decoded else {
                table.add(["\(s.label)", shown, "did not decode: \(s.error ?? "")", "–", "–", "–", "–", "–", "–", "–"])
                continue
            }
            table.add([
                "\(s.label)", shown, "v\(d.framework) (policy \(d.tcfPolicyVersion)), vendor list \(d.vendorListVersion)", "\(d.cmpId)",
                Self.ids(d.purposeConsents), Self.ids(d.purposeLegitimateInterests), Self.ids(d.specialFeatureOptIns),
                "\(d.vendorConsents.count)", "\(d.vendorLegitimateInterests.count)", d.disclosedVendors.map { "\($0.count)" } ?? "no segment",
            ])
        }
        document.table(table)
    }

    /// `1-4, 7 (5)` or `none`.
    static func ids(_ ids: [Int]) -> MarkdownText {
        ids.isEmpty ? "none" : "\(TCString.list(ids)) (\(ids.count))"
    }
}
