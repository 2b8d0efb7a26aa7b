/// The words one language's "consent or pay" walls are made of: the paid option ("PUR-Abo
/// kaufen", "Je m'abonne"), what it buys ("werbefrei", "sans publicité"), how often its price is
/// charged ("im Monat", "par mois"), the existing subscribers' login ("Bereits Abonnent?") and a
/// free way on that is no reject button ("eingeschränkte Version"). Read by
/// ``PayOrConsentReader``; every phrase is folded (lower case) and matched as whole words.
///
/// What is *not* a wall is as important: a paywall teaser ("Jetzt abonnieren", "Subscribe for
/// €1") names a subscription but not a way on without ads or tracking, so a wall needs both a
/// ``paidOption`` word and a ``withoutTracking`` phrase near each other (or a platform's wall
/// markup). Each language's ``examples`` hold walls and teasers, run by one generic test.
public struct PayOrConsentWords: Sendable {
    /// Words naming the paid option: a subscription or buying one ("abo", "abonnement", "subscribe").
    public let paidOption: PhraseSet
    /// Phrases saying the paid option is free of ads or tracking ("werbefrei", "ohne werbetracking", "ad-free").
    public let withoutTracking: PhraseSet
    /// Phrases after a price that say how often it is charged, by period ("im monat", "par mois").
    public let periods: [(BillingPeriod, [String])]
    /// Currency words of this language by ISO 4217 code ("euro", "franken"). Symbols (€, £, $)
    /// and codes (EUR, CHF) are read in every language.
    public let currencies: [(String, [String])]
    /// An offer to existing subscribers to log in ("bereits abonnent", "already a subscriber").
    public let subscriberLogin: PhraseSet
    /// A free way on without tracking that is no reject button ("eingeschränkte version").
    public let freeAlternative: PhraseSet
    /// Small notices in this language, as innerText, and what each must read as (`nil`: not a wall).
    public let examples: [PayOrConsentExample]

    public init(
        paidOption: [String] = [], withoutTracking: [String] = [], periods: [(BillingPeriod, [String])] = [],
        currencies: [(String, [String])] = [], subscriberLogin: [String] = [], freeAlternative: [String] = [],
        examples: [PayOrConsentExample] = []
    ) {
        self.paidOption = PhraseSet(paidOption)
        self.withoutTracking = PhraseSet(withoutTracking)
        self.periods = periods
        self.currencies = currencies
        self.subscriberLogin = PhraseSet(subscriberLogin)
        self.freeAlternative = PhraseSet(freeAlternative)
        self.examples = examples
    }
}

/// A notice as innerText and what its consent-or-pay wall must read as.
public struct PayOrConsentExample: Sendable {
    public let text: String
    /// `nil` when the notice is no consent-or-pay wall (a subscription teaser, an ordinary banner).
    public let label: String?
    public let price: Double?
    public let currency: String?
    public let period: BillingPeriod?
    public let subscriberLogin: Bool
    public let freeAlternative: Bool?

    /// A wall.
    public init(
        _ text: String, label: String, price: Double?, currency: String?, period: BillingPeriod?,
        subscriberLogin: Bool = false, freeAlternative: Bool?
    ) {
        self.text = text
        self.label = label
        self.price = price
        self.currency = currency
        self.period = period
        self.subscriberLogin = subscriberLogin
        self.freeAlternative = freeAlternative
    }

    /// A notice that is no wall.
    public init(notAWall text: String) {
        self.text = text
        label = nil
        price = nil
        currency = nil
        period = nil
        subscriberLogin = false
        freeAlternative = nil
    }
}
