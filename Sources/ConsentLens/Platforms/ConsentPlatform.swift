import ConsentParse

/// Where a platform's notice lives in rendered markup: the container isolation prefers over
/// scoring blocks by vocabulary.
public enum ContainerSelector: Sendable, Equatable {
    case id(String)
    case idPrefix(String)
    case className(String)

    public func matches(_ element: HTMLElement) -> Bool {
        switch self {
        case .id(let id): return element.id == id
        case .idPrefix(let prefix): return element.id?.hasPrefix(prefix) ?? false
        case .className(let name): return element.classes.contains { $0 == name }
        }
    }
}
