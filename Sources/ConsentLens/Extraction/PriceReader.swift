/// Reads a price as walls print it: "2,49 EUR", "2,99 € / Monat", "€3.99 per month", "CHF 4.90",
/// "1 € pour 1 mois". The amount takes a comma or a point before at most two decimals; the
/// currency is a symbol or ISO code (any language) or a language's own word ("euro", "franken");
/// the period is read from the few words after the price.
enum PriceReader {
    struct Price: Equatable {
        var amount: Double
        var currency: String
        var asShown: String
        var period: BillingPeriod?
    }

    /// Symbols and codes read in every language, longest first.
    static let symbols: [(String, String)] = [
        ("EUR", "EUR"), ("GBP", "GBP"), ("USD", "USD"), ("CHF", "CHF"), ("SEK", "SEK"), ("DKK", "DKK"),
        ("NOK", "NOK"), ("PLN", "PLN"), ("zł", "PLN"), ("€", "EUR"), ("£", "GBP"), ("$", "USD"),
    ]

    /// How many words after a price may say its period ("pour 1 mois", "per month").
    static let periodWords = 4

    /// The first price in the line, or nil.
    static func price(in text: String, packs: [PayOrConsentWords]) -> Price? {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard isDigit(chars[i]), i == 0 || !(chars[i - 1].isLetter || isDigit(chars[i - 1])) else { i += 1; continue }
            let start = i
            var end = i
            while end < chars.count, isDigit(chars[end]) { end += 1 }
            var number = String(chars[start..<end])
            if end + 1 < chars.count, chars[end] == "," || chars[end] == ".", isDigit(chars[end + 1]) {
                var k = end + 1
                while k < chars.count, isDigit(chars[k]) { k += 1 }
                guard k - end - 1 <= 2 else { i = k; continue }
                number += "." + String(chars[(end + 1)..<k])
                end = k
            } else if end + 1 < chars.count, chars[end] == ",", chars[end + 1] == "-" || chars[end + 1] == "–" {
                end += 2  // "2,-": whole units
            }
            guard let amount = Double(number) else { i = end; continue }
            var shownStart = start, shownEnd = end
            var currency: String?
            var after = end
            while after < chars.count, isSpace(chars[after]) { after += 1 }
            if let (code, length) = currencyAt(chars, after, packs: packs) {
                currency = code
                shownEnd = after + length
            } else {
                var before = start
                while before > 0, isSpace(chars[before - 1]) { before -= 1 }
                if let (code, length) = currencyEnding(chars, before, packs: packs) {
                    currency = code
                    shownStart = before - length
                }
            }
            guard let currency else { i = end; continue }
            let rest = chars[shownEnd...].split(separator: " ", omittingEmptySubsequences: true).prefix(periodWords)
                .map { String($0) }.joined(separator: " ")
            return Price(
                amount: amount, currency: currency, asShown: String(chars[shownStart..<shownEnd]),
                period: period(in: rest[...], packs: packs))
        }
        return nil
    }

    /// The period the first of a few words say ("im Monat", "/ month", "pro Monat im ersten
    /// Jahr" is monthly), or nil.
    static func period(in text: Substring, packs: [PayOrConsentWords]) -> BillingPeriod? {
        let words = text.split(separator: " ")
        guard !words.isEmpty else { return nil }
        for count in 1...words.count {
            let prefix = words.prefix(count).joined(separator: " ")
            for period in BillingPeriod.allCases {
                if packs.contains(where: { pack in pack.periods.contains { $0.0 == period && PhraseMatcher.contains($0.1, in: prefix) } }) {
                    return period
                }
            }
        }
        return nil
    }

    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isSpace(_ c: Character) -> Bool { c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "\t" }

    /// A currency starting at `i`: a symbol, a code, or a language's word, as a whole word.
    static func currencyAt(_ chars: [Character], _ i: Int, packs: [PayOrConsentWords]) -> (String, Int)? {
        guard i < chars.count else { return nil }
        for (symbol, code) in symbols {
            let s = Array(symbol)
            guard i + s.count <= chars.count, Array(chars[i..<(i + s.count)]) == s else { continue }
            if s.last!.isLetter, i + s.count < chars.count, chars[i + s.count].isLetter { continue }
            return (code, s.count)
        }
        var end = i
        while end < chars.count, chars[end].isLetter { end += 1 }
        guard end > i else { return nil }
        let word = String(chars[i..<end]).lowercased()
        for pack in packs {
            for (code, words) in pack.currencies where words.contains(word) {
                return (code, end - i + (end < chars.count && chars[end] == "." ? 1 : 0))
            }
        }
        return nil
    }

    /// A currency ending just before `end`: a symbol or a code ("€3.99", "CHF 4.90").
    static func currencyEnding(_ chars: [Character], _ end: Int, packs: [PayOrConsentWords]) -> (String, Int)? {
        for (symbol, code) in symbols {
            let s = Array(symbol)
            guard end - s.count >= 0, Array(chars[(end - s.count)..<end]) == s else { continue }
            if s.first!.isLetter, end - s.count > 0, chars[end - s.count - 1].isLetter { continue }
            return (code, s.count)
        }
        return nil
    }
}
