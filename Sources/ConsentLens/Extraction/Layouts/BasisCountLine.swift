/// A line that counts an item's vendors by legal basis, as Google Funding Choices' "Manage
/// options" layer prints under each purpose: "Consent (402 vendors)", "Legitimate interest
/// (97 vendors)", often glued into one line by a copy ("Consent (350 vendors)Legitimate interest
/// (120 vendors)"). Such a line belongs to the item above it; it never names an item itself.
///
/// Read in one pass over the line (linear in its length).
struct BasisCountLine: Equatable {
    enum Basis: Equatable { case consent, legitimateInterest, other }

    struct Count: Equatable {
        var basis: Basis
        var count: Int
    }

    var counts: [Count]

    /// Examples that must and must not read as basis counts; run by the layout test.
    static let examples: (positive: [(String, [Count])], negative: [String]) = (
        positive: [
            ("Consent (402 vendors)", [Count(basis: .consent, count: 402)]),
            ("Legitimate interest (97 vendors)", [Count(basis: .legitimateInterest, count: 97)]),
            ("Consent (350 vendors)Legitimate interest (120 vendors)",
             [Count(basis: .consent, count: 350), Count(basis: .legitimateInterest, count: 120)]),
            ("Einwilligung (1.204 Anbieter) Berechtigtes Interesse (87 Anbieter)",
             [Count(basis: .consent, count: 1204), Count(basis: .legitimateInterest, count: 87)]),
            ("Consentement (402 fournisseurs)", [Count(basis: .consent, count: 402)]),
            ("Special purpose (288 vendors)", [Count(basis: .other, count: 288)]),
        ],
        negative: [
            "Store and/or access information on a device",
            "We and our 157 partners (including Google) use cookies",
            "Necessary (3)",
            "Consent",
            "Read our policy (updated 2024) for more about why we ask for consent and how you can withdraw it at any time",
        ])

    /// The counts of a line made of nothing but "label (N noun)" groups, or nil.
    static func read(_ line: String, languages: [NoticeLanguage]) -> BasisCountLine? {
        guard line.utf8.count <= 200, line.containsBytes("(") else { return nil }
        var counts: [Count] = []
        var rest = Substring(line)
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") else { break }
            let label = rest[..<open].trimmingCharacters(in: " ,;·|-–")
            let inside = rest[rest.index(after: open)..<close].trimmingCharacters(in: " ")
            // "402 vendors", "1.204 Anbieter": a number, then one or two words.
            let digits = inside.prefix(while: { $0.isNumber || $0 == "." || $0 == "," || $0 == " " || $0 == "\u{202F}" })
            let noun = inside.dropFirst(digits.count)
            guard !label.isEmpty, label.count <= 40, label.split(separator: " ").count <= 4,
                  let count = Int(digits.filter(\.isNumber)), !noun.isEmpty, noun.split(separator: " ").count <= 2,
                  noun.allSatisfy({ $0.isLetter || $0 == " " })
            else { return nil }
            counts.append(Count(basis: basis(of: label, languages: languages), count: count))
            rest = rest[rest.index(after: close)...]
        }
        guard !counts.isEmpty, rest.allSatisfy({ $0 == " " || $0 == "." }) else { return nil }
        return BasisCountLine(counts: counts)
    }

    static func basis(of label: String, languages: [NoticeLanguage]) -> Basis {
        if PhraseMatcher.isExactly(.consentBasis, in: languages, line: label) { return .consent }
        if PhraseMatcher.isExactly(.legitimateInterest, in: languages, line: label) { return .legitimateInterest }
        return .other
    }
}
