/// Byte strings kept one after another in one buffer and found by ``FNV1a`` with open addressing:
/// a set of keys that costs two arrays however many keys it holds, built from a generated table
/// in one pass with no allocation per key (a `Dictionary` of `[UInt8]` keys allocates one array
/// per key and hashes each with `Hasher`).
struct ByteKeyTable: Sendable {
    private var bytes: [UInt8] = []
    /// Key `i` is `bytes[ends[i - 1] ..< ends[i]]` (from 0 for the first).
    private var ends: [Int32] = []
    /// Key positions by hash; -1 is empty. At most half full.
    private var slots: [Int32] = Array(repeating: -1, count: 16)

    var count: Int { ends.count }

    /// The key at `position`, as bytes.
    func key(_ position: Int) -> ArraySlice<UInt8> {
        bytes[(position == 0 ? 0 : Int(ends[position - 1]))..<Int(ends[position])]
    }

    /// The position of `key`, or nil.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: FNV1a.hash(key)) & mask
        return bytes.withUnsafeBufferPointer { stored -> Int? in
            while slots[slot] >= 0 {
                let position = Int(slots[slot])
                let start = position == 0 ? 0 : Int(ends[position - 1])
                let end = Int(ends[position])
                if end - start == key.count, key.elementsEqual(UnsafeBufferPointer(rebasing: stored[start..<end])) {
                    return position
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Adds `key` unless it is there; its position either way.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (position: Int, inserted: Bool) {
        if let position = position(of: key) { return (position, false) }
        if 2 * (count + 1) > slots.count { grow() }
        bytes.append(contentsOf: key)
        ends.append(Int32(bytes.count))
        place(count - 1, hash: FNV1a.hash(key))
        return (count - 1, true)
    }

    mutating func insert(_ key: [UInt8]) -> (position: Int, inserted: Bool) {
        key.withUnsafeBufferPointer { insert($0) }
    }

    private mutating func place(_ position: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(position)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 4)
        for position in 0..<count {
            let hash = key(position).withUnsafeBufferPointer { FNV1a.hash($0) }
            place(position, hash: hash)
        }
    }
}
