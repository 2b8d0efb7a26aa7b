import ConsentParse

/// Classes platforms give their cookie-category headings. A line inside such an element is a
/// category heading whatever its words ("Cookie Settings" is a category in some OneTrust set-ups),
/// where words alone would call it a control.
enum NoticeMarkup {
    static let categoryHeadingClasses: [String: Set<String>] = [
        "onetrust": ["ot-cat-header", "category-header"],
        "cookieyes": ["cky-accordion-btn"],
        "complianz": ["cmplz-category-title"],
        "cookiebot": ["CybotCookiebotDialogDetailBodyContentCookieContainerButton"],
    ]

    /// Whether the line's element, or one of its three nearest ancestors, carries one of the
    /// platform's category-heading classes.
    static func isCategoryHeading(_ line: TextLine, page: HTMLPage?, platform: String?) -> Bool {
        guard let page, let platform, let classes = categoryHeadingClasses[platform], line.element >= 0 else { return false }
        var index = line.element
        for _ in 0..<4 where index >= 0 && index < page.elements.count {
            let element = page.elements[index]
            if element.attributes["class"] != nil, element.classes.contains(where: { classes.contains(String($0)) }) { return true }
            index = element.parent
        }
        return false
    }
}
