"""Decodes TC strings (one a line on standard input) with the PyPI `iab-tcf` package and prints
one JSON object a line in the shape TCStringDifferentialTests compares. Exit status 3 when the
package is missing, so that the test can skip."""
import calendar
import json
import sys

try:
    import iab_tcf
except ImportError:
    sys.exit(3)


def ids(field):
    return sorted(i for i, on in field.items() if on)


def vendor_ids(consent, ranged, dict_name, range_name):
    if getattr(consent, ranged):
        out = set()
        for start, end in getattr(consent, range_name):
            out.update(range(start, end + 1))
        return sorted(out)
    return ids(getattr(consent, dict_name))


def seconds(moment):
    return calendar.timegm(moment.utctimetuple())


for line in sys.stdin:
    text = line.strip()
    if not text:
        continue
    c = iab_tcf.decode_v2(text)
    pub = getattr(c, "publisher_tc", None)
    print(json.dumps({
        "version": c.version,
        "createdSeconds": seconds(c.created),
        "lastUpdatedSeconds": seconds(c.last_updated),
        "cmpId": c.cmp_id,
        "cmpVersion": c.cmp_version,
        "consentScreen": c.consent_screen,
        "consentLanguage": c.consent_language.decode(),
        "vendorListVersion": c.vendor_list_version,
        "tcfPolicyVersion": c.tcf_policy_version,
        "isServiceSpecific": c.is_service_specific,
        "useNonStandardTexts": c.use_non_standard_stacks,
        "specialFeatureOptIns": ids(c.special_features_optin),
        "purposeConsents": ids(c.purposes_consent),
        "purposeLegitimateInterests": ids(c.purposes_legitimate_interests),
        "purposeOneTreatment": c.purpose_one_treatment,
        "publisherCountryCode": c.publisher_cc.decode(),
        "vendorConsentsMax": c.max_consent_vendor_id,
        "vendorConsents": vendor_ids(c, "is_consent_range_encoding", "consented_vendors", "consented_vendors_range"),
        "vendorLegitimateInterestsMax": c.max_interests_vendor_id,
        "vendorLegitimateInterests": vendor_ids(c, "is_interests_range_encoding", "interests_vendors", "interests_vendors_range"),
        "restrictions": [[r.purpose_id, r.restriction_type, sorted({v for s, e in r.restrictions_range for v in range(s, e + 1)})]
                         for r in c.pub_restriction_entries],
        "disclosedVendors": ids(c.oob_disclosed_vendors) if hasattr(c, "oob_disclosed_vendors") else None,
        "allowedVendors": ids(c.oob_allowed_vendors) if hasattr(c, "oob_allowed_vendors") else None,
        "publisherPurposeConsents": ids(pub.purposes_consent) if pub else None,
        "publisherPurposeLegitimateInterests": ids(pub.purposes_lit_transparency) if pub else None,
        "customPurposeConsents": ids(pub.custom_purposes_consent) if pub else None,
        "customPurposeLegitimateInterests": ids(pub.custom_purposes_lit_transparency) if pub else None,
    }, sort_keys=True))
