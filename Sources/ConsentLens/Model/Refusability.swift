/// Whether the visitor can refuse a TCF item, and why not. One function decides it, so that the
/// terminal summary, the JSON, the report, the comparison and the findings never disagree.
public enum Refusability: String, Codable, Sendable, Equatable {
    /// A purpose or special feature the notice lets the visitor switch off.
    case refusable
    /// Shown as "Always Active" (or the notice's equivalent): the notice offers no way to refuse it.
    case alwaysActive
    /// A special purpose or feature: the TCF lets no one object to it, whatever the notice prints.
    case noObjectionInTCF

    public var canBeRefused: Bool { self == .refusable }

    /// The answer in words, as every output prints it.
    public var words: String {
        switch self {
        case .refusable: return "yes"
        case .alwaysActive: return "no (always active)"
        case .noObjectionInTCF: return "no (the TCF allows no objection)"
        }
    }
}

extension PurposeDeclaration {
    /// See ``Refusability``: always active wins, since that is what the notice itself says.
    public var refusability: Refusability {
        if alwaysActive { return .alwaysActive }
        switch kind {
        case .specialPurpose, .feature: return .noObjectionInTCF
        case .purpose, .specialFeature: return .refusable
        }
    }
}

extension PurposeDeclaration {
    private enum EncodingKeys: String, CodingKey {
        case kind, tcfId, name, description, partners, alwaysActive, refusability, legitimateInterest, legitimateInterestPartners
    }

    /// The stored fields, plus `refusability` so that JSON readers get the same answer as every
    /// other output without re-deriving it.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: EncodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(tcfId, forKey: .tcfId)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(partners, forKey: .partners)
        try c.encode(alwaysActive, forKey: .alwaysActive)
        try c.encode(refusability, forKey: .refusability)
        try c.encode(legitimateInterest, forKey: .legitimateInterest)
        try c.encode(legitimateInterestPartners, forKey: .legitimateInterestPartners)
    }
}
