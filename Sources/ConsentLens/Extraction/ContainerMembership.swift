import ConsentParse

/// Which elements of a page lie inside containers matching some selectors (the element itself or
/// an ancestor). Built in one forward pass, since a parent always comes before its children in
/// ``HTMLPage/elements``: no walk up the tree per line.
struct ContainerMembership {
    private let inside: [Bool]

    init(page: HTMLPage?, selectors: [ContainerSelector]) {
        guard let page, !selectors.isEmpty else { inside = []; return }
        var inside = [Bool](repeating: false, count: page.elements.count)
        for (i, element) in page.elements.enumerated() {
            let parent = element.parent
            if parent >= 0, parent < i, inside[parent] {
                inside[i] = true
            } else if element.attributes["id"] != nil || element.attributes["class"] != nil {
                inside[i] = selectors.contains { $0.matches(element) }
            }
        }
        self.inside = inside
    }

    func contains(_ element: Int) -> Bool {
        element >= 0 && element < inside.count && inside[element]
    }
}
