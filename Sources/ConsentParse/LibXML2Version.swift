internal import CLibXML2

/// The libxml2 the tool runs (not the one it was built against): `consentlens --version` says it,
/// since parsing speed and HTML quirks differ between releases.
public enum LibXML2Version {
    /// "2.9.14", from libxml2's `xmlParserVersion` ("20914").
    public static var running: String {
        guard let raw = cl_parserVersion() else { return "unknown" }
        let digits = String(cString: raw).prefix(while: \.isNumber)
        guard let number = Int(digits) else { return String(cString: raw) }
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }
}
