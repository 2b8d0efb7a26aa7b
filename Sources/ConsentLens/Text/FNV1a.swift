/// FNV-1a over bytes: the one hash the phrase tables, the word sets of isolation and the platform
/// markers use. Cheap, allocation-free and incremental, so a word can be hashed while it is read.
enum FNV1a {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// ASCII capitals to lower case, every other byte as it is.
    @inline(__always) static func foldASCII(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldsCase: Bool = false) -> UInt64 {
        var h = offset
        if foldsCase {
            for i in range { h = step(h, foldASCII(bytes[i])) }
        } else {
            for i in range { h = step(h, bytes[i]) }
        }
        return h
    }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        hash(bytes, 0..<bytes.count)
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }
}
