/// The shape a saved page came in. Decided from the content, not only from the file name.
public enum PageFormat: String, Sendable, Codable, Equatable {
    /// "Save page as" HTML, DOM snapshots (outerHTML) and raw HTML from `curl`.
    case html
    /// innerText copies and reader-mode text.
    case text
    /// Markdown as crawler tools write it (headings, bullets, `- [x]` checkboxes, links).
    case markdown
    /// Accessibility-tree snapshots from browser automation (`- button "Accept all" [ref=e7]`).
    case accessibilitySnapshot = "accessibility-snapshot"
}

/// What a line of text is in the page's structure. Controls and headings matter to a consent
/// notice: a label in a button is a control, the same words in a paragraph are prose.
public enum LineRole: String, Sendable, Codable, Equatable {
    case text, heading, button, link, label, listItem, checkbox
    /// A row of a table (cells joined by " | "): figures beside names, as reports and summaries
    /// print them. A consent notice is read from its language, so table rows never make one.
    case tableRow
}

/// One line of text in reading order, with whether a visitor sees it.
public struct TextLine: Sendable, Equatable {
    public var text: String
    public var role: LineRole
    /// False for text hidden by `hidden`, `aria-hidden="true"`, inline `display:none` /
    /// `visibility:hidden`, `<noscript>`, or kept in a template.
    public var shown: Bool
    /// Text from a CMP's template (`<script type="text/template">`, `<template>`), which a script
    /// renders later, with some parts hidden by state.
    public var inTemplate: Bool
    /// Index into ``HTMLPage/elements`` of the innermost block element holding the line; -1 for
    /// formats without markup.
    public var element: Int
    /// For checkboxes and switches: whether the saved page shows them ticked.
    public var checked: Bool?
    /// For checkboxes and switches: greyed out, so the visitor cannot change them. Ticked and
    /// disabled is how Borlabs and others show a category that is always active.
    public var disabled: Bool
    /// The name assistive technology reads for a control when it says more than its visible text
    /// ("Customize Preferences, Opens the preference center dialog"): platforms' own wording.
    public var accessibleName: String?
    /// In an accessibility snapshot, which dialog (or region named for cookies) holds the line,
    /// numbered from 0 in reading order; -1 outside any. A notice drawn as a dialog is cut out
    /// by it, as a platform's container is in HTML.
    public var container: Int = -1
    /// A disclosure control: it opens and closes a section (`aria-expanded` in markup,
    /// `[expanded]` in a snapshot), as an accordion's category header does.
    public var expands = false

    public init(
        text: String, role: LineRole = .text, shown: Bool = true, inTemplate: Bool = false, element: Int = -1,
        checked: Bool? = nil, disabled: Bool = false, accessibleName: String? = nil
    ) {
        self.accessibleName = accessibleName
        self.text = text
        self.role = role
        self.shown = shown
        self.inTemplate = inTemplate
        self.element = element
        self.checked = checked
        self.disabled = disabled
    }
}

/// A page after loading and parsing: its lines of text in reading order and, for HTML, the
/// markup facts later stages need (elements, scripts, styles).
public struct PageContent: Sendable {
    public var format: PageFormat
    public var lines: [TextLine]
    public var html: HTMLPage?

    public init(format: PageFormat, lines: [TextLine], html: HTMLPage? = nil) {
        self.format = format
        self.lines = lines
        self.html = html
    }
}

/// One element of an HTML page, flattened: the tree is kept as parent indices so that no walk over
/// it ever recurses (pages nest 50,000 deep).
public struct HTMLElement: Sendable {
    public var tag: String
    public var parent: Int
    public var attributes: [String: String]
    /// Visible to a visitor: neither it nor an ancestor is hidden or a template.
    public var shown: Bool
    public var inTemplate: Bool
    /// The lines inside this element: `lines[lineStart..<lineEnd]`.
    public var lineStart: Int
    public var lineEnd: Int

    public var id: String? { attributes["id"] }
    /// Calls `body` with the byte range of each class name of a `class` value, split as
    /// ``classes`` splits it (a space, a tab or a line feed that no carriage return precedes),
    /// until it returns false.
    @inline(__always) public static func forEachClass(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Bool) {
        var i = 0
        let n = bytes.count
        @inline(__always) func separates(_ i: Int) -> Bool {
            let b = bytes[i]
            return b == 0x20 || b == 0x09 || b == 0x0A && (i == 0 || bytes[i - 1] != 0x0D)
        }
        while i < n {
            while i < n, separates(i) { i += 1 }
            let start = i
            while i < n, !separates(i) { i += 1 }
            if i > start, !body(start..<i) { return }
        }
    }

    public var classes: [Substring] { (attributes["class"] ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) }
}

/// A `<script>` element: its attributes (blocked-script markers, loader URLs) and inline text
/// (configuration objects).
public struct ScriptElement: Sendable {
    public var attributes: [String: String]
    public var text: String
    public var element: Int
}

/// The markup facts of an HTML page.
public struct HTMLPage: Sendable {
    public var elements: [HTMLElement]
    public var scripts: [ScriptElement]
    /// Inline `<style>` text: some platforms are visible only as CSS for their own classes.
    public var styles: [String]
    /// `<html lang>`.
    public var documentLanguage: String?
    /// HTML comments that hold markup (`<!-- <script>…</script> -->`): code a site switched off,
    /// which still says which platform it used, with less weight than live code.
    public var commentedMarkup: [String]

    public init(
        elements: [HTMLElement] = [], scripts: [ScriptElement] = [], styles: [String] = [], documentLanguage: String? = nil,
        commentedMarkup: [String] = []
    ) {
        self.elements = elements
        self.scripts = scripts
        self.styles = styles
        self.documentLanguage = documentLanguage
        self.commentedMarkup = commentedMarkup
    }
}
