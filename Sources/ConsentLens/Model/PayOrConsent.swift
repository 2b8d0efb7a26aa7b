/// A "consent or pay" wall: the notice offers, beside consenting to tracking, a paid way on
/// ("PUR-Abo", "Pay or OK", "Accepter ou s'abonner", "Abbonati senza pubblicità"). Read by
/// ``PayOrConsentReader``; the finding it leads to is ``PayOrConsentRule``'s (EDPB Opinion 08/2024).
/// What the page does not print stays `nil` (JSON `null`).
public struct PayOrConsent: Codable, Sendable, Equatable {
    /// The paid option's label as shown ("PUR-Abo kaufen", "Je m'abonne").
    public var label: String
    /// The consenting option's label as shown, beside it ("Zustimmen & weiter"), when one is read.
    @Nullable public var acceptLabel: String?
    /// The price as a number (2.49 for "2,49 EUR"), when printed.
    @Nullable public var price: Double?
    /// The price exactly as printed ("2,49 EUR"), for reports.
    @Nullable public var priceAsShown: String?
    /// ISO 4217 code of the price's currency ("EUR", "GBP", "CHF"), when printed.
    @Nullable public var currency: String?
    /// How often the price is charged ("im Monat", "per month"), when printed.
    @Nullable public var period: BillingPeriod?
    /// The wall offers existing subscribers a way to log in ("Bereits Abonnent? Hier anmelden").
    public var subscriberLogin: Bool
    /// The wall offers a free way on without tracking: a reject button, "only necessary", or a free
    /// limited version. `false` when the file shows the notice's buttons and none is one; `nil`
    /// when it shows no row of buttons (a text copy without them).
    @Nullable public var freeAlternative: Bool?
    /// The free alternative's label as shown, when there is one.
    @Nullable public var freeAlternativeLabel: String?

    public init(
        label: String, acceptLabel: String? = nil, price: Double? = nil, priceAsShown: String? = nil, currency: String? = nil,
        period: BillingPeriod? = nil, subscriberLogin: Bool = false, freeAlternative: Bool? = nil, freeAlternativeLabel: String? = nil
    ) {
        self.label = label
        self.acceptLabel = acceptLabel
        self.price = price
        self.priceAsShown = priceAsShown
        self.currency = currency
        self.period = period
        self.subscriberLogin = subscriberLogin
        self.freeAlternative = freeAlternative
        self.freeAlternativeLabel = freeAlternativeLabel
    }

    /// "2.49 EUR per month", "3.99 GBP", "price not shown": the price in the tool's own words.
    public var priceWords: String {
        guard let price else { return priceAsShown ?? "price not shown" }
        let amount = price == price.rounded() ? String(Int(price)) : String(format2Decimals: price)
        return [amount, currency, period.map { "per \($0.rawValue)" }].compactMap { $0 }.joined(separator: " ")
    }
}

/// How often a consent-or-pay wall's price is charged.
public enum BillingPeriod: String, Codable, Sendable, Equatable, CaseIterable {
    case day, week, month, year
}

extension String {
    /// `2.49`, `3.90`: a price with two decimals, without Foundation's locale.
    public init(format2Decimals value: Double) {
        let cents = Int((value * 100).rounded())
        let fraction = cents % 100
        self = "\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
