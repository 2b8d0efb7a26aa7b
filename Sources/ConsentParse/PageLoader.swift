/// A page read, decoded and parsed: the input to every later stage.
public struct LoadedPage: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var encoding: InputDecoder.Encoding
    public var content: PageContent

    public var format: PageFormat { content.format }
}

/// Loading: bytes → text (our own charset decoding) → the right reader for the page's shape.
public enum PageLoader {
    public static func load(path: String) throws(PageLoadError) -> LoadedPage {
        let bytes = try PageReader.read(path: path)
        return try load(bytes: bytes, path: path)
    }

    public static func load(bytes raw: [UInt8], path: String) throws(PageLoadError) -> LoadedPage {
        guard !raw.isEmpty else { throw .empty }
        var bytes = raw
        if GzipInflater.isGzip(raw) {
            do { bytes = try GzipInflater.decompress(raw) } catch let error as PageLoadError { throw error } catch {
                throw .unparsable("\(error)")
            }
            guard !bytes.isEmpty else { throw .empty }
        }
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(bytes.count) }
        if bytes.starts(with: [0x1F, 0x8B]) || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) {
            throw .binary
        }
        let (utf8, encoding) = InputDecoder.utf8(bytes)
        // Sniffing needs only the head; HTML goes to libxml2 as bytes, never as a String.
        let head = String(decoding: utf8.prefix(65_536), as: UTF8.self)
        if looksBinary(head) { throw .binary }
        if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) { throw .empty }
        let ext = path.split(separator: "/").last.flatMap { name -> String? in
            let base = name.hasSuffix(".gz") ? name.dropLast(3) : name
            guard let dot = base.lastIndex(of: ".") else { return nil }
            return String(base[base.index(after: dot)...])
        }
        let format = FormatSniffer.format(of: head, pathExtension: ext)
        let content: PageContent
        switch format {
        case .html: content = try HTMLPageBuilder.build(utf8: utf8)
        case .text: content = PageContent(format: .text, lines: PlainTextReader.lines(of: String(decoding: utf8, as: UTF8.self)))
        case .markdown: content = PageContent(format: .markdown, lines: MarkdownReader.lines(of: String(decoding: utf8, as: UTF8.self)))
        case .accessibilitySnapshot:
            content = PageContent(format: .accessibilitySnapshot, lines: AccessibilitySnapshotReader.lines(of: String(decoding: utf8, as: UTF8.self)))
        }
        return LoadedPage(path: path, bytes: raw, encoding: encoding, content: content)
    }

    /// Text pages have no NUL bytes and few control characters; executables, images and archives do.
    static func looksBinary(_ text: String) -> Bool {
        var controls = 0, total = 0
        for scalar in text.unicodeScalars.prefix(8192) {
            total += 1
            switch scalar.value {
            case 0: return true
            case 0x01...0x08, 0x0E...0x1A, 0x1C...0x1F, 0xFFFD: controls += 1
            default: break
            }
        }
        return total > 0 && controls * 10 > total
    }
}
