import ConsentParse

/// Category headings marked by a platform's own classes (``ConsentPlatform/categoryHeadingClasses``).
enum NoticeMarkup {
    /// Whether the line's element, or one of its three nearest ancestors, carries one of the
    /// platform's category-heading classes.
    static func isCategoryHeading(_ line: TextLine, page: HTMLPage?, platform: ConsentPlatform?) -> Bool {
        guard let page, let classes = platform?.categoryHeadingClasses,
              !classes.isEmpty, line.element >= 0 else { return false }
        var index = line.element
        for _ in 0..<4 where index >= 0 && index < page.elements.count {
            let element = page.elements[index]
            if element.attributes["class"] != nil, element.classes.contains(where: { classes.contains(String($0)) }) { return true }
            index = element.parent
        }
        return false
    }
}
