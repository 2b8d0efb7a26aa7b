import ConsentParse

/// The subset of CSS selectors the platform rules use, matched on a parsed page's elements:
/// compound selectors of a tag (or `*`), `#id`, `.class`, `[attr]`, `[attr=v]`, `[attr^=v]`,
/// `[attr$=v]`, `[attr*=v]`, `[attr~=v]`, `[attr|=v]` and `:not(compound)`, joined by descendant
/// (` `) and child (`>`) combinators. Anything else (`:has`, `:nth-child`, `+`, `~`) does not parse:
/// `Scripts/generate-platform-catalog` skips and counts rules that need it.
public struct RuleSelector: Sendable, Equatable {
    public struct Attribute: Sendable, Equatable {
        public enum Operator: Sendable, Equatable { case exists, equals, prefix, suffix, contains, word, dash }
        public var name: String
        public var op: Operator
        public var value: String

        func matches(_ element: HTMLElement) -> Bool {
            guard let actual = element.attributes[name] else { return false }
            switch op {
            case .exists: return true
            case .equals: return actual == value
            // Code points as CSS compares them, byte for byte in UTF-8.
            case .prefix: return !value.isEmpty && actual.utf8.starts(with: value.utf8)
            case .suffix: return !value.isEmpty && actual.utf8.reversed().starts(with: value.utf8.reversed())
            case .contains: return !value.isEmpty && actual.containsBytes(value)
            case .word: return ContainerSelector.hasClass(actual, value, prefixOnly: false)
            case .dash: return actual == value || actual.hasPrefix(value + "-")
            }
        }
    }

    public struct Compound: Sendable, Equatable {
        /// Lowercase; nil for any element.
        public var tag: String?
        public var ids: [String] = []
        public var classes: [String] = []
        public var attributes: [Attribute] = []
        public var negations: [Compound] = []

        public func matches(_ element: HTMLElement) -> Bool {
            if let tag, element.tag != tag { return false }
            for id in ids where element.attributes["id"] != id { return false }
            if !classes.isEmpty {
                guard let value = element.attributes["class"] else { return false }
                for name in classes where !ContainerSelector.hasClass(value, name, prefixOnly: false) { return false }
            }
            for attribute in attributes where !attribute.matches(element) { return false }
            for negation in negations where negation.matches(element) { return false }
            return true
        }
    }

    public enum Combinator: Sendable, Equatable { case descendant, child }

    /// Left to right; `combinators[i]` joins `compounds[i]` and `compounds[i + 1]`.
    public var compounds: [Compound]
    public var combinators: [Combinator]
    /// As written in the rule.
    public var text: String

    /// The rightmost compound: the element the selector names.
    public var subject: Compound { compounds[compounds.count - 1] }

    /// A selector list (`a, b`) → its selectors; nil when any part is outside the subset.
    public static func parseList(_ text: String) -> [RuleSelector]? {
        var parser = Parser(Array(text.utf8))
        var list: [RuleSelector] = []
        while true {
            guard let selector = parser.complex() else { return nil }
            list.append(selector)
            parser.skipSpace()
            if parser.atEnd { return list }
            guard parser.eat(UInt8(ascii: ",")) else { return nil }
        }
    }

    /// Whether `elements[index]` matches, its ancestors read through `parent`.
    public func matches(_ elements: [HTMLElement], at index: Int) -> Bool {
        guard subject.matches(elements[index]) else { return false }
        return matchesAncestors(elements, of: index, upTo: compounds.count - 2)
    }

    /// Whether the compounds `0...last` match ancestors of `index` as the combinators demand.
    private func matchesAncestors(_ elements: [HTMLElement], of index: Int, upTo last: Int) -> Bool {
        guard last >= 0 else { return true }
        var ancestor = elements[index].parent
        var steps = 0
        while ancestor >= 0, ancestor < elements.count, steps < 4096 {
            if compounds[last].matches(elements[ancestor]), matchesAncestors(elements, of: ancestor, upTo: last - 1) {
                return true
            }
            if combinators[last] == .child { return false }
            ancestor = elements[ancestor].parent
            steps += 1
        }
        return false
    }

    struct Parser {
        let bytes: [UInt8]
        var i = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { i >= bytes.count }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] <= 0x20 { i += 1 }
        }

        mutating func eat(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        static func isName(_ b: UInt8) -> Bool { PlatformDetector.CharacterClass.isCSSName(b) }

        mutating func name() -> String? {
            let start = i
            while i < bytes.count, Self.isName(bytes[i]) { i += 1 }
            guard i > start else { return nil }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        mutating func complex() -> RuleSelector? {
            skipSpace()
            let start = i
            guard let first = compound() else { return nil }
            var compounds = [first], combinators: [Combinator] = []
            while true {
                let before = i
                skipSpace()
                if atEnd || bytes[i] == UInt8(ascii: ",") {
                    let text = String(decoding: bytes[start..<before], as: UTF8.self)
                    return RuleSelector(compounds: compounds, combinators: combinators, text: text)
                }
                var combinator = Combinator.descendant
                if eat(UInt8(ascii: ">")) {
                    combinator = .child
                    skipSpace()
                } else if i == before {
                    return nil
                }
                guard let next = compound() else { return nil }
                compounds.append(next)
                combinators.append(combinator)
            }
        }

        mutating func compound() -> Compound? {
            var c = Compound()
            let start = i
            if eat(UInt8(ascii: "*")) {
            } else if i < bytes.count, (bytes[i] | 0x20) >= 0x61, (bytes[i] | 0x20) <= 0x7A {
                c.tag = name()?.lowercased()
            }
            loop: while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "#"):
                    i += 1
                    guard let id = name() else { return nil }
                    c.ids.append(id)
                case UInt8(ascii: "."):
                    i += 1
                    guard let cls = name() else { return nil }
                    c.classes.append(cls)
                case UInt8(ascii: "["):
                    i += 1
                    guard let attribute = attribute() else { return nil }
                    c.attributes.append(attribute)
                case UInt8(ascii: ":"):
                    let not = Array(":not(".utf8)
                    guard i + not.count <= bytes.count, Array(bytes[i..<(i + not.count)]) == not else { return nil }
                    i += not.count
                    skipSpace()
                    guard let inner = compound() else { return nil }
                    skipSpace()
                    guard eat(UInt8(ascii: ")")) else { return nil }
                    c.negations.append(inner)
                default:
                    break loop
                }
            }
            return i > start ? c : nil
        }

        mutating func attribute() -> Attribute? {
            skipSpace()
            let start = i
            while i < bytes.count, Self.isName(bytes[i]) || bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: ".") { i += 1 }
            guard i > start else { return nil }
            let name = String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
            skipSpace()
            if eat(UInt8(ascii: "]")) { return Attribute(name: name, op: .exists, value: "") }
            var op = Attribute.Operator.equals
            if i < bytes.count, bytes[i] != UInt8(ascii: "=") {
                switch bytes[i] {
                case UInt8(ascii: "^"): op = .prefix
                case UInt8(ascii: "$"): op = .suffix
                case UInt8(ascii: "*"): op = .contains
                case UInt8(ascii: "~"): op = .word
                case UInt8(ascii: "|"): op = .dash
                default: return nil
                }
                i += 1
            }
            guard eat(UInt8(ascii: "=")) else { return nil }
            skipSpace()
            var value: String
            if i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                let quote = bytes[i]
                i += 1
                let valueStart = i
                while i < bytes.count, bytes[i] != quote { i += 1 }
                guard i < bytes.count else { return nil }
                value = String(decoding: bytes[valueStart..<i], as: UTF8.self)
                i += 1
            } else {
                let valueStart = i
                while i < bytes.count, bytes[i] > 0x20, bytes[i] != UInt8(ascii: "]"), bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "'") { i += 1 }
                guard i > valueStart else { return nil }
                value = String(decoding: bytes[valueStart..<i], as: UTF8.self)
            }
            skipSpace()
            guard eat(UInt8(ascii: "]")) else { return nil }
            return Attribute(name: name, op: op, value: value)
        }
    }
}
