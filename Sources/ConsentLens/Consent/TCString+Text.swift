/// The decoded string as lines for a person (`consentlens tcstring`, reports). Everything shown
/// is numbers and letters A–Z decoded from bits, so nothing needs escaping.
extension TCString {
    public var summaryLines: [String] {
        var lines = [
            "TC string version \(version), TCF v\(framework) (policy version \(tcfPolicyVersion)), vendor list version \(vendorListVersion)",
            "Created \(created), last updated \(lastUpdated)",
            "CMP \(cmpId) version \(cmpVersion), consent screen \(consentScreen), language \(consentLanguage), publisher country \(publisherCountryCode)",
            "Service-specific: \(isServiceSpecific ? "yes" : "no"); non-standard texts: \(useNonStandardTexts ? "yes" : "no"); purpose one treatment: \(purposeOneTreatment ? "yes" : "no")",
            "Purpose consents (\(purposeConsents.count)): \(Self.list(purposeConsents))",
            "Purpose legitimate interests (\(purposeLegitimateInterests.count)): \(Self.list(purposeLegitimateInterests))",
            "Special feature opt-ins (\(specialFeatureOptIns.count)): \(Self.list(specialFeatureOptIns))",
            "Vendor consents (\(vendorConsents.count) of max id \(vendorConsents.maxVendorId), \(vendorConsents.encoding.label)): \(Self.list(vendorConsents.ranges))",
            "Vendor legitimate interests (\(vendorLegitimateInterests.count) of max id \(vendorLegitimateInterests.maxVendorId), \(vendorLegitimateInterests.encoding.label)): \(Self.list(vendorLegitimateInterests.ranges))",
        ]
        if publisherRestrictions.isEmpty {
            lines.append("Publisher restrictions: none")
        } else {
            lines.append("Publisher restrictions (\(publisherRestrictions.count)):")
            for r in publisherRestrictions {
                lines.append("  purpose \(r.purposeId), \(r.restrictionType.label): \(r.vendorCount) vendors: \(Self.list(r.vendors))")
            }
        }
        if let disclosedVendors {
            lines.append("Disclosed vendors (\(disclosedVendors.count) of max id \(disclosedVendors.maxVendorId)): \(Self.list(disclosedVendors.ranges))")
        } else {
            lines.append("Disclosed vendors: no segment")
        }
        if let allowedVendors {
            lines.append("Allowed vendors (\(allowedVendors.count) of max id \(allowedVendors.maxVendorId)): \(Self.list(allowedVendors.ranges))")
        }
        if let p = publisherPurposes {
            lines.append("Publisher purpose consents (\(p.purposeConsents.count)): \(Self.list(p.purposeConsents)); legitimate interests (\(p.purposeLegitimateInterests.count)): \(Self.list(p.purposeLegitimateInterests))")
            lines.append("Publisher custom purposes: \(p.numberOfCustomPurposes); consents: \(Self.list(p.customPurposeConsents)); legitimate interests: \(Self.list(p.customPurposeLegitimateInterests))")
        } else {
            lines.append("Publisher TC: no segment")
        }
        return lines
    }

    /// `1-3, 7, 9` (or `none`).
    static func list(_ ids: [Int]) -> String {
        var ranges: [TCIDRange] = []
        for id in ids {
            if let last = ranges.last, last.last + 1 == id { ranges[ranges.count - 1].last = id } else { ranges.append(TCIDRange(first: id, last: id)) }
        }
        return list(ranges)
    }

    static func list(_ ranges: [TCIDRange]) -> String {
        if ranges.isEmpty { return "none" }
        return ranges.map { $0.first == $0.last ? "\($0.first)" : "\($0.first)-\($0.last)" }.joined(separator: ", ")
    }
}

extension TCVendorSet.Encoding {
    var label: String { self == .bitField ? "bit field" : "ranges" }
}

extension TCPublisherRestriction.RestrictionType {
    var label: String {
        switch self {
        case .notAllowed: return "not allowed"
        case .requireConsent: return "consent required"
        case .requireLegitimateInterest: return "legitimate interest required"
        case .undefined: return "undefined type 3"
        }
    }
}
