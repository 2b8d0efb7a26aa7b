#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CLibXML2

/// Owns one libxml2 document: the only place its C pointer lives, freed in `deinit`.
final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Parses UTF-8 bytes with libxml2's HTML parser: recover from broken markup, no network, no
    /// entity expansion beyond HTML's own, nothing printed on stderr, no depth or size limits (the
    /// defaults silently drop what lies deeper than 256 elements).
    init(utf8 bytes: [UInt8]) throws(PageLoadError) {
        _ = HTMLDocument.initialised
        cl_silenceErrors()
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(bytes.count) }
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", cl_htmlParseOptions)
            }
        }
        guard let parsed else { throw .unparsable("libxml2 returned no document") }
        pointer = parsed
    }

    deinit { xmlFreeDoc(pointer) }

    /// libxml2 must be initialised once per process before threads use it.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()
}

/// Builds a ``PageContent`` from HTML: one iterative walk that collects elements, lines of text
/// split at block boundaries, scripts and styles, and decides for each piece of text whether a
/// visitor sees it.
public enum HTMLPageBuilder {
    /// Parses `text` (already decoded) and walks it.
    public static func build(html text: String) throws(PageLoadError) -> PageContent {
        try build(utf8: Array(text.utf8))
    }

    /// Parses UTF-8 bytes (already decoded) and walks them.
    public static func build(utf8 bytes: [UInt8]) throws(PageLoadError) -> PageContent {
        try build(utf8: bytes, takingOutRawText: true)
    }

    /// `takingOutRawText: false` hands libxml2 the whole markup: tests compare the two.
    static func build(utf8 bytes: [UInt8], takingOutRawText: Bool) throws(PageLoadError) -> PageContent {
        var walker = Walker()
        walker.takeOutRawText = takingOutRawText
        try walker.parse(bytes, parent: -1, inTemplate: false, templateDepth: 0)
        walker.flush()
        return PageContent(format: .html, lines: walker.lines, html: walker.page)
    }
}

private let blockTags: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
    "th", "ul", "button", "label", "option", "select", "textarea", "caption", "legend", "html", "head", "title",
    "template", "noscript", "iframe", "center", "menu", "input", "img", "svg",
]

/// `<script type>` values that hold markup a CMP renders later (Borlabs keeps its whole box in one).
private let templateScriptTypes: Set<String> = [
    "text/template", "text/x-template", "text/html", "text/x-handlebars-template", "text/x-handlebars",
    "text/ng-template", "text/x-jsrender", "text/x-tmpl", "text/x-underscore-template", "text/x-mustache",
]

private struct Walker {
    var page = HTMLPage()
    var lines: [TextLine] = []

    // The line being built.
    var buffer: [UInt8] = []
    var bufferElement = -1
    var bufferShown = true
    var bufferTemplate = false

    // The chain of open block elements, innermost last, for roles.
    var blockStack: [Int] = []

    /// Tag and attribute names of the document being walked, by libxml2's interned pointer: the
    /// parser keeps each name once in its dictionary, so a name becomes a Swift string once per
    /// document rather than once per element. Reset per document, whose dictionary dies with it.
    var names: [UnsafePointer<UInt8>: String] = [:]
    /// Tag names of the document being walked, by interned pointer, with whether the tag ends a
    /// line: one dictionary look-up per element instead of hashing its name into ``blockTags``.
    var tags: [UnsafePointer<UInt8>: (name: String, isBlock: Bool)] = [:]

    mutating func intern(_ pointer: UnsafePointer<UInt8>, lowercased: Bool) -> String {
        if let known = names[pointer] { return known }
        let string = lowercased ? String(cString: pointer).lowercased() : String(cString: pointer)
        names[pointer] = string
        return string
    }

    mutating func tag(_ pointer: UnsafePointer<UInt8>) -> (name: String, isBlock: Bool) {
        if let known = tags[pointer] { return known }
        let name = String(cString: pointer)
        let tag = (name, blockTags.contains(name))
        tags[pointer] = tag
        return tag
    }

    /// Per element, whether leaving it ends the line: it is a block, or it hides its content
    /// (bit 0: a block, bit 1: hides), decided once on entering.
    var endsLine: [UInt8] = []

    /// Script and style bodies taken out before parsing (``RawTextBodies``), by the element of the
    /// document being walked that they belong to: never by anything the page wrote. Each is a
    /// range of `bodySource`, the bytes of the document being walked.
    var bodies: [xmlNodePtr: Range<Int>] = [:]
    var bodySource: [UInt8] = []
    var takeOutRawText = true

    mutating func parse(_ bytes: [UInt8], parent: Int, inTemplate: Bool, templateDepth: Int) throws(PageLoadError) {
        var document: HTMLDocument
        var matched: [xmlNodePtr: Range<Int>] = [:]
        if takeOutRawText, let split = RawTextBodies.split(bytes) {
            document = try HTMLDocument(utf8: split.markup)
            if let pairs = RawTextBodies.match(split.bodies, in: document.pointer) {
                matched = pairs
            } else {
                // libxml2 and the tokenizer disagree about this page: parse it whole, as libxml2 alone would.
                document = try HTMLDocument(utf8: bytes)
            }
        } else {
            document = try HTMLDocument(utf8: bytes)
        }
        let outerNames = names, outerTags = tags, outerBodies = bodies, outerSource = bodySource
        names = [:]
        tags = [:]
        bodies = matched
        bodySource = matched.isEmpty ? [] : bytes
        defer { names = outerNames; tags = outerTags; bodies = outerBodies; bodySource = outerSource }
        if page.documentLanguage == nil, let root = xmlDocGetRootElement(document.pointer),
           let lang = attribute(root, "lang"), !lang.isEmpty {
            page.documentLanguage = lang
        }
        walk(document.pointer.pointee.children, parent: parent, shown: !inTemplate, inTemplate: inTemplate, templateDepth: templateDepth)
    }

    /// Iterative walk over `first` and its following siblings: pages nest 50,000 deep, which a
    /// recursive walk would not survive.
    mutating func walk(_ first: xmlNodePtr?, parent: Int, shown: Bool, inTemplate: Bool, templateDepth: Int) {
        typealias Context = (parent: Int, shown: Bool, template: Bool)
        var stack: [(node: xmlNodePtr, index: Int, saved: Context)] = []
        var context: Context = (parent, shown, inTemplate)
        var node = first
        while true {
            guard let current = node else {
                guard let top = stack.popLast() else { break }
                leave(top.index)
                context = top.saved
                node = top.node.pointee.next
                continue
            }
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let (index, childShown, childTemplate, goInside) = enter(current, context: context, templateDepth: templateDepth)
                if goInside, let child = current.pointee.children {
                    stack.append((current, index, context))
                    context = (index, childShown, childTemplate)
                    node = child
                    continue
                }
                leave(index)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    appendText(content, element: context.parent, shown: context.shown, inTemplate: context.template)
                }
            case XML_COMMENT_NODE:
                if let content = current.pointee.content, strstr(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self), "<script") != nil {
                    page.commentedMarkup.append(String(cString: content))
                }
            default:
                break
            }
            node = current.pointee.next
        }
    }

    /// Records an element; returns its index, the visibility and template state of its content,
    /// and whether to walk inside it.
    mutating func enter(_ node: xmlNodePtr, context: (parent: Int, shown: Bool, template: Bool), templateDepth: Int)
        -> (Int, Bool, Bool, Bool)
    {
        let (tag, isBlockTag) = node.pointee.name.map { self.tag($0) } ?? ("", false)
        var attributes: [String: String] = [:]
        var property = node.pointee.properties
        while let p = property {
            if let name = p.pointee.name {
                attributes[intern(name, lowercased: true)] = attributeValue(p)
            }
            property = p.pointee.next
        }
        let hidden = hides(tag: tag, attributes: attributes)
        let isBlock = isBlockTag || isButtonLike(tag: tag, attributes: attributes)
        // A hidden inline element (a collapsed description in a <span>) is a line of its own.
        if isBlock || hidden { flush() }

        let template = context.template || tag == "template"
        let shown = context.shown && !hidden && !template
        let index = page.elements.count
        endsLine.append((isBlock ? 1 : 0) | (hidden ? 2 : 0))
        page.elements.append(HTMLElement(
            tag: tag, parent: context.parent, attributes: attributes, shown: shown, inTemplate: template,
            lineStart: lines.count, lineEnd: lines.count))
        if isBlock { blockStack.append(index) }

        if tag == "script" || tag == "style", let range = bodies[node] {
            let body = bodySource[range]
            // The body taken out before parsing goes back where it was.
            if tag == "style" {
                page.styles.append(String(decoding: body, as: UTF8.self))
                return (index, false, template, false)
            }
            return script(index: index, attributes: attributes, text: String(decoding: body, as: UTF8.self), template: template, templateDepth: templateDepth)
        }
        switch tag {
        case "script":
            return script(index: index, attributes: attributes, text: textContent(node), template: template, templateDepth: templateDepth)
        case "style":
            page.styles.append(textContent(node))
            return (index, false, template, false)
        case "input":
            let type = (attributes["type"] ?? "text").lowercased()
            if type == "checkbox" || type == "radio" {
                lines.append(TextLine(
                    text: attributes["aria-label"] ?? "", role: .checkbox, shown: shown, inTemplate: template,
                    element: index, checked: attributes["checked"] != nil, disabled: attributes["disabled"] != nil))
            } else if type == "button" || type == "submit", let value = attributes["value"], !value.isEmpty {
                lines.append(TextLine(text: value, role: .button, shown: shown, inTemplate: template, element: index))
            }
            return (index, shown, template, false)
        default:
            return (index, shown, template, true)
        }
    }

    /// Records a script; a template script's markup is parsed and walked as the CMP will render it.
    mutating func script(index: Int, attributes: [String: String], text: String, template: Bool, templateDepth: Int)
        -> (Int, Bool, Bool, Bool)
    {
        let type = (attributes["type"] ?? "").lowercased()
        page.scripts.append(ScriptElement(attributes: attributes, text: text, element: index))
        if templateScriptTypes.contains(type), templateDepth < 2, !text.isEmpty {
            flush()
            blockStack.append(index)
            try? parse(Array(text.utf8), parent: index, inTemplate: true, templateDepth: templateDepth + 1)
            flush()
            blockStack.removeLast()
        }
        return (index, false, template, false)
    }

    mutating func leave(_ index: Int) {
        let ends = endsLine[index]
        if ends & 1 != 0 {
            flush()
            if blockStack.last == index { blockStack.removeLast() }
        } else if ends & 2 != 0 {
            flush()
        }
        page.elements[index].lineEnd = lines.count
    }

    func isButtonLike(tag: String, attributes: [String: String]) -> Bool {
        if let role = attributes["role"], role == "button" || role == "heading" || role == "checkbox" || role == "switch" {
            return true
        }
        guard tag == "a", let classes = attributes["class"] else { return false }
        return Self.containsASCIIFolded(classes, "btn") || Self.containsASCIIFolded(classes, "button")
    }

    /// Case-insensitive ASCII substring test without building a lowercased copy.
    static func containsASCIIFolded(_ haystack: String, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        return haystack.utf8.withContiguousStorageIfAvailable { h -> Bool in
            guard h.count >= n else { return false }
            let p = needle.utf8Start
            outer: for i in 0...(h.count - n) {
                for j in 0..<n where (h[i + j] | 0x20) != p[j] { continue outer }
                return true
            }
            return false
        } ?? haystack.lowercased().contains(String(describing: needle))
    }

    /// Markup that keeps its content from view in the saved state.
    func hides(tag: String, attributes: [String: String]) -> Bool {
        if tag == "noscript" || tag == "head" { return true }
        if attributes["hidden"] != nil { return true }
        if attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = attributes["style"] {
            // Spaces taken out and ASCII lowered, byte by byte: both declarations are ASCII.
            var compact: [UInt8] = []
            compact.reserveCapacity(style.utf8.count)
            for b in style.utf8 where b != 0x20 && b != 0x09 && b != 0x0A {
                compact.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
            return Self.contains(compact, Self.displayNone) || Self.contains(compact, Self.visibilityHidden)
        }
        return false
    }

    static let displayNone = Array("display:none".utf8)
    static let visibilityHidden = Array("visibility:hidden".utf8)

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        outer: for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            for k in 1..<needle.count where hay[i + k] != needle[k] { continue outer }
            return true
        }
        return false
    }

    mutating func appendText(_ content: UnsafePointer<UInt8>, element: Int, shown: Bool, inTemplate: Bool) {
        if !buffer.isEmpty, shown != bufferShown || inTemplate != bufferTemplate { flush() }
        if buffer.isEmpty {
            bufferElement = blockStack.last ?? element
            bufferShown = shown
            bufferTemplate = inTemplate
        }
        var p = content
        while p.pointee != 0 {
            let byte = p.pointee
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                if !buffer.isEmpty, buffer.last != 0x20 { buffer.append(0x20) }
            } else {
                buffer.append(byte)
            }
            p += 1
        }
    }

    mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        while buffer.last == 0x20 { buffer.removeLast() }
        guard !buffer.isEmpty else { return }
        let text = String(decoding: buffer, as: UTF8.self)
        var line = TextLine(text: text, role: role(of: bufferElement), shown: bufferShown, inTemplate: bufferTemplate, element: bufferElement)
        line.expands = bufferElement >= 0 && page.elements[bufferElement].attributes["aria-expanded"] != nil
        lines.append(line)
    }

    func role(of index: Int) -> LineRole {
        guard index >= 0 else { return .text }
        let element = page.elements[index]
        switch element.attributes["role"] {
        case "button": return .button
        case "heading": return .heading
        case "checkbox", "switch": return .checkbox
        default: break
        }
        switch element.tag {
        case "button": return .button
        case "a": return .button
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
        case "label": return .label
        case "li": return .listItem
        default: return .text
        }
    }

    func textContent(_ node: xmlNodePtr) -> String {
        var out: [UInt8] = []
        var child = node.pointee.children
        while let c = child {
            if let content = c.pointee.content {
                var p = content
                while p.pointee != 0 { out.append(p.pointee); p += 1 }
            }
            child = c.pointee.next
        }
        return String(decoding: out, as: UTF8.self)
    }

    func attributeValue(_ property: xmlAttrPtr) -> String {
        // Nearly every value is one text node: read it in place.
        if let only = property.pointee.children, only.pointee.next == nil {
            guard let content = only.pointee.content else { return "" }
            let count = content.withMemoryRebound(to: CChar.self, capacity: 1) { strnlen($0, 8192) }
            return String(decoding: UnsafeBufferPointer(start: content, count: count), as: UTF8.self)
        }
        var out: [UInt8] = []
        var child = property.pointee.children
        while let c = child {
            if let content = c.pointee.content {
                var p = content
                while p.pointee != 0, out.count < 8192 { out.append(p.pointee); p += 1 }
            }
            child = c.pointee.next
        }
        return String(decoding: out, as: UTF8.self)
    }

    func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let p = property {
            if let n = p.pointee.name, String(cString: n).lowercased() == name { return attributeValue(p) }
            property = p.pointee.next
        }
        return nil
    }
}
