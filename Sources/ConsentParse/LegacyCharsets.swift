#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The legacy charsets a page may declare (GB2312, Big5, Shift_JIS, EUC-KR, KOI8-R,
/// Windows-125x, ISO-8859-x, …), decoded with the C library's `iconv`.
///
/// The labels are the WHATWG Encoding Standard's "Names and labels" table
/// (https://encoding.spec.whatwg.org/#names-and-labels), each mapped to the iconv converter
/// that decodes what a browser decodes for it: browsers read GB2312 and GBK as GB18030, Shift_JIS
/// as Windows-31J (CP932), EUC-KR as UHC (CP949), Big5 as Big5-HKSCS, and the ISO-8859-9 labels
/// as Windows-1254. UTF-8, UTF-16 and the Latin-1 / Windows-1252 labels are not here: they keep
/// ``InputDecoder``'s own byte paths. The standard's "replacement" labels (ISO-2022-KR,
/// HZ-GB-2312, …) are left out on purpose: browsers refuse to decode them. A label the table does
/// not hold is still tried as an iconv name (`cp437`, `tis620`), if it looks like one.
enum LegacyCharsets {
    /// One encoding of the standard: its iconv converter and the labels a page may write for it.
    struct Entry: Sendable {
        var iconvName: String
        var labels: [String]
    }

    static let table: [Entry] = [
        Entry(iconvName: "IBM866", labels: ["866", "cp866", "csibm866", "ibm866"]),
        Entry(iconvName: "ISO-8859-2", labels: ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]),
        Entry(iconvName: "ISO-8859-3", labels: ["csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]),
        Entry(iconvName: "ISO-8859-4", labels: ["csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]),
        Entry(iconvName: "ISO-8859-5", labels: ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]),
        Entry(iconvName: "ISO-8859-6", labels: ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"]),
        Entry(iconvName: "ISO-8859-7", labels: ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"]),
        Entry(iconvName: "ISO-8859-8", labels: ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual", "csiso88598i", "iso-8859-8-i", "logical"]),
        Entry(iconvName: "ISO-8859-10", labels: ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"]),
        Entry(iconvName: "ISO-8859-13", labels: ["iso-8859-13", "iso8859-13", "iso885913"]),
        Entry(iconvName: "ISO-8859-14", labels: ["iso-8859-14", "iso8859-14", "iso885914"]),
        Entry(iconvName: "ISO-8859-15", labels: ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9", "latin9", "latin-9"]),
        Entry(iconvName: "ISO-8859-16", labels: ["iso-8859-16"]),
        Entry(iconvName: "KOI8-R", labels: ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]),
        Entry(iconvName: "KOI8-U", labels: ["koi8-ru", "koi8-u"]),
        Entry(iconvName: "MACINTOSH", labels: ["csmacintosh", "mac", "macintosh", "x-mac-roman"]),
        Entry(iconvName: "WINDOWS-874", labels: ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"]),
        Entry(iconvName: "WINDOWS-1250", labels: ["cp1250", "windows-1250", "x-cp1250"]),
        Entry(iconvName: "WINDOWS-1251", labels: ["cp1251", "windows-1251", "x-cp1251"]),
        Entry(iconvName: "WINDOWS-1253", labels: ["cp1253", "windows-1253", "x-cp1253"]),
        Entry(iconvName: "WINDOWS-1254", labels: ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"]),
        Entry(iconvName: "WINDOWS-1255", labels: ["cp1255", "windows-1255", "x-cp1255"]),
        Entry(iconvName: "WINDOWS-1256", labels: ["cp1256", "windows-1256", "x-cp1256"]),
        Entry(iconvName: "WINDOWS-1257", labels: ["cp1257", "windows-1257", "x-cp1257"]),
        Entry(iconvName: "WINDOWS-1258", labels: ["cp1258", "windows-1258", "x-cp1258"]),
        Entry(iconvName: "MAC-CYRILLIC", labels: ["x-mac-cyrillic", "x-mac-ukrainian"]),
        Entry(iconvName: "GB18030", labels: ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk", "gb18030", "euc-cn"]),
        Entry(iconvName: "BIG5-HKSCS", labels: ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
        Entry(iconvName: "EUC-JP", labels: ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]),
        Entry(iconvName: "ISO-2022-JP", labels: ["csiso2022jp", "iso-2022-jp"]),
        Entry(iconvName: "CP932", labels: ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"]),
        Entry(iconvName: "CP949", labels: ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"]),
    ]

    /// Labels the standard maps to its "replacement" decoder: never decoded.
    static let refused: Set<String> = ["csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement"]

    static let byLabel: [String: String] = {
        var out: [String: String] = [:]
        for entry in table { for label in entry.labels { out[label] = entry.iconvName } }
        return out
    }()

    /// The iconv converter for a label (lower-cased, trimmed), or `nil` when the label names no
    /// charset iconv can decode.
    static func iconvName(forLabel label: String) -> String? {
        if let name = byLabel[label] { return name }
        guard !refused.contains(label), (2...40).contains(label.utf8.count),
              label.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E || $0 == 0x3A }),
              label.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        let name = label.uppercased()
        let cd = iconv_open("UTF-8", name)
        guard !isFailure(cd) else { return nil }
        iconv_close(cd)
        return name
    }

    private static func isFailure(_ cd: iconv_t?) -> Bool {
        guard let cd else { return true }
        return Int(bitPattern: cd) == -1
    }

    /// `bytes` in the charset iconv calls `name`, as UTF-8. A byte sequence that is invalid in it
    /// becomes U+FFFD and decoding goes on after it (iconv alone would stop there); `invalid`
    /// counts them. `nil` when iconv has no such converter.
    static func decode(_ bytes: [UInt8], iconvName name: String) -> (utf8: [UInt8], invalid: Int)? {
        let cd = iconv_open("UTF-8", name)
        guard !isFailure(cd), let cd else { return nil }
        defer { iconv_close(cd) }
        var out = [UInt8](repeating: 0, count: max(64, bytes.count * 3 / 2 + 16))
        var produced = 0
        var invalid = 0
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        bytes.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return }
            var consumed = 0
            while consumed < input.count {
                if out.count - produced < 16 { out += [UInt8](repeating: 0, count: out.count) }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base + consumed).assumingMemoryBound(to: CChar.self)
                var inLeft = input.count - consumed
                let (result, error, left, written) = out.withUnsafeMutableBufferPointer { output -> (Int, Int32, Int, Int) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(output.baseAddress! + produced).assumingMemoryBound(to: CChar.self)
                    var outLeft = output.count - produced
                    let r = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (r, errno, inLeft, output.count - produced - outLeft)
                }
                produced += written
                consumed = input.count - left
                if result != -1 { break }
                switch error {
                case E2BIG:
                    out += [UInt8](repeating: 0, count: out.count)
                case EILSEQ, EINVAL:
                    // An invalid sequence, or one cut off by the end of the input: one byte becomes
                    // U+FFFD and decoding starts again after it, in the initial shift state.
                    if out.count - produced < 3 { out += [UInt8](repeating: 0, count: out.count) }
                    out.replaceSubrange(produced..<(produced + 3), with: replacement)
                    produced += 3
                    invalid += 1
                    consumed += 1
                    iconv(cd, nil, nil, nil, nil)
                default:
                    invalid += input.count - consumed
                    consumed = input.count
                }
            }
        }
        out.removeSubrange(produced...)
        return (out, invalid)
    }
}
