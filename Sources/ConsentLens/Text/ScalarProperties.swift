/// The Unicode properties the word readers ask of every letter of a line (letter or digit, upper
/// or lower case): for the Latin letters below U+0250 from a table built once from Swift's own
/// properties, for the rest from those properties. Property look-ups were most of the time spent
/// cutting lines of German, French or Polish text into words.
enum ScalarProperties {
    static let alphanumeric: UInt8 = 1, uppercase: UInt8 = 2, lowercase: UInt8 = 4, numeric: UInt8 = 8

    /// Below this value, the table answers.
    static let tableEnd: UInt32 = 0x250

    private static let table: [UInt8] = (0..<tableEnd).map { value in
        Unicode.Scalar(value).map(computed) ?? 0
    }

    private static func computed(_ scalar: Unicode.Scalar) -> UInt8 {
        let properties = scalar.properties
        let isNumeric = properties.numericType != nil
        return (properties.isAlphabetic || isNumeric ? alphanumeric : 0) | (properties.isUppercase ? uppercase : 0)
            | (properties.isLowercase ? lowercase : 0) | (isNumeric ? numeric : 0)
    }

    @inline(__always) static func flags(_ scalar: Unicode.Scalar) -> UInt8 {
        scalar.value < tableEnd ? table[Int(scalar.value)] : computed(scalar)
    }

    /// Whether the table gives what the properties give, for every value it holds (tests).
    static func tableAgreesWithProperties() -> Bool {
        (0..<tableEnd).allSatisfy { value in Unicode.Scalar(value).map { table[Int(value)] == computed($0) } ?? true }
    }
}
