import Foundation
import Testing
@testable import ConsentParse

/// Issue 10: pages in Windows-1252 and UTF-16 are transcoded straight to UTF-8 bytes, no longer
/// through a `String` (a 100 MB Windows-1252 page took 5.8 s to decode). The bytes must be
/// exactly those of the `String` route, whatever the input.
@Suite struct InputTranscodingTests {
    /// The route the decoder took before: a `String` built per encoding, then its UTF-8.
    static func viaString(_ bytes: [UInt8]) -> [UInt8] {
        func utf16(_ slice: ArraySlice<UInt8>, _ littleEndian: Bool) -> String {
            var units: [UInt16] = []
            var i = slice.startIndex
            while i + 1 < slice.endIndex {
                let a = UInt16(slice[i]), b = UInt16(slice[i + 1])
                units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
                i += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        func windows1252(_ bytes: [UInt8]) -> String {
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                scalars.append(Unicode.Scalar((0x80...0x9F).contains(byte) ? InputDecoder.windows1252High[Int(byte) - 0x80] : UInt32(byte))!)
            }
            return String(scalars)
        }
        let text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: bytes[3...], as: UTF8.self)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = utf16(bytes[2...], true)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = utf16(bytes[2...], false)
        } else if let littleEndian = InputDecoder.unmarkedUTF16(bytes) {
            text = utf16(bytes[...], littleEndian)
        } else {
            // A declared UTF-8 (or ASCII-compatible UTF-16) is believed when the bytes are text in
            // it; otherwise they are sniffed as undeclared ones (issue 18).
            let declared = InputDecoder.declaredCharsets(bytes).first
            let stray = InputDecoder.utf8Census(bytes).stray
            switch declared {
            case .some(.windows1252): text = windows1252(bytes)
            case .some where InputDecoder.isText(bytes, invalid: stray): text = String(decoding: bytes, as: UTF8.self)
            default:
                if InputDecoder.isValidUTF8(bytes) {
                    text = String(decoding: bytes, as: UTF8.self)
                } else if case let (multibyte, stray) = InputDecoder.utf8Census(bytes), multibyte > 0, multibyte >= stray, declared != nil {
                    // Mostly UTF-8 and declared so: the declaration, its invalid bytes as U+FFFD.
                    text = String(decoding: bytes, as: UTF8.self)
                } else if case let (multibyte, stray) = InputDecoder.utf8Census(bytes), multibyte > 0, multibyte >= stray {
                    // Mostly UTF-8: valid sequences as UTF-8, each stray byte as Windows-1252.
                    var mixed = ""
                    var i = 0
                    while i < bytes.count {
                        let length = InputDecoder.utf8SequenceLength(bytes, at: i)
                        if length > 0 {
                            mixed += String(decoding: bytes[i..<(i + length)], as: UTF8.self)
                            i += length
                        } else {
                            mixed += windows1252([bytes[i]])
                            i += 1
                        }
                    }
                    text = mixed
                } else {
                    text = windows1252(bytes)
                }
            }
        }
        return Array(text.utf8)
    }

    @Test func transcodingGivesTheBytesOfTheStringRoute() {
        var generator = SystemRandomNumberGenerator()
        let heads: [[UInt8]] = [
            [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
            Array("<meta charset=\"windows-1252\">".utf8), Array("<meta charset=utf-8>".utf8), Array("<meta charset=utf-16>".utf8),
        ]
        // Bodies: random bytes, Latin-1 text, UTF-16 text with lone surrogates, invalid UTF-8.
        var bodies: [[UInt8]] = [
            Array("Caf\u{E9} \u{201C}cookies\u{201D} \u{20AC}5".utf8),
            [0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x80, 0x9F, 0xFF],
            [0x3C, 0x00, 0x70, 0x00, 0x3E, 0x00, 0x00, 0xD8, 0x41, 0x00, 0x3D, 0xD8, 0x00, 0xDE, 0x00, 0xDC, 0x20, 0x00, 0x61],
            [0xC3, 0x28, 0xE2, 0x82, 0xF0, 0x9F, 0x98, 0x41, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0xC0, 0xAF],
        ]
        for _ in 0..<200 {
            bodies.append((0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
        var checked = 0
        for head in heads {
            for body in bodies {
                let input = head + body
                #expect(InputDecoder.utf8(input).bytes == Self.viaString(input), "\(input)")
                #expect(InputDecoder.decode(input).text == String(decoding: Self.viaString(input), as: UTF8.self))
                checked += 1
            }
        }
        #expect(checked == heads.count * bodies.count)
    }

    @Test func windows1252AndUTF16PagesReadAsBefore() {
        let latin: [UInt8] = Array("<meta charset=\"iso-8859-1\"><p>".utf8) + [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80] + Array("</p>".utf8)
        let (latinUTF8, latinEncoding) = InputDecoder.utf8(latin)
        #expect(latinEncoding == .windows1252)
        #expect(String(decoding: latinUTF8, as: UTF8.self) == "<meta charset=\"iso-8859-1\"><p>\u{201C}Caf\u{E9}\u{201D} \u{20AC}</p>")
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("<p>Ça</p>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x41]
        let (text, encoding) = InputDecoder.decode(utf16)
        #expect(encoding == .utf16LE)
        #expect(text == "<p>Ça</p>")
        // Valid UTF-8 comes back as the very same buffer.
        let plain = Array("<p>caf\u{E9}</p>".utf8)
        plain.withUnsafeBufferPointer { original in
            InputDecoder.utf8(plain).bytes.withUnsafeBufferPointer { #expect($0.baseAddress == original.baseAddress) }
        }
    }
}
