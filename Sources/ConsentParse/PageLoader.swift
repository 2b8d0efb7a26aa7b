#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A page read, decoded and parsed: the input to every later stage.
public struct LoadedPage: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var encoding: InputDecoder.Encoding
    public var content: PageContent
    /// For an MHTML archive ("Save page as → single file"): what it held. `format` is then
    /// `html`, the decoded page's.
    public var archive: MHTMLReader.Summary? = nil

    public var format: PageFormat { content.format }
}

/// Loading: bytes → text (our own charset decoding) → the right reader for the page's shape.
public enum PageLoader {
    /// The largest page read: 256 MiB, counted on the file as stored and again after gzip
    /// inflation. A saved web page is a few megabytes; one over 256 MiB is not a page, and holding
    /// it would cost several times its size. Enforced while reading (a file's size is checked
    /// before it is read, standard input and devices are read no further than the limit, gzip stops
    /// inflating once past it), so memory stays bounded whatever the input; passing it is a
    /// one-line ``PageLoadError/tooLarge(_:)``.
    public static let maximumPageBytes = 256 << 20

    public static func load(path: String) throws(PageLoadError) -> LoadedPage {
        let bytes = try read(path: path, limit: maximumPageBytes)
        return try load(bytes: bytes, path: path)
    }

    /// The file's bytes (standard input for `-`), refusing more than `limit`: a regular file
    /// larger than the limit is refused before a byte is read, and a stream, a device or a file
    /// that grows while it is read is read no further than the limit.
    static func read(path: String, limit: Int) throws(PageLoadError) -> [UInt8] {
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw PageReader.error(errno) }
        }
        defer { if fd != 0 { close(fd) } }
        var info = stat()
        var sizeHint = 0
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory }
            if (info.st_mode & S_IFMT) == S_IFREG {
                guard Int(info.st_size) <= limit else { throw .tooLarge(Int(info.st_size)) }
                sizeHint = Int(info.st_size)
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(sizeHint, limit) + 1)
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { loaderRead(fd, $0.baseAddress, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                throw PageReader.error(errno)
            }
            if n == 0 { break }
            guard bytes.count + n <= limit else { throw .tooLarge(bytes.count + n) }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return bytes
    }

    /// `declaredCharset` is a charset declared outside the bytes (the `charset` of a WARC record's
    /// HTTP `Content-Type`); the bytes' own declarations and sniffing come after it.
    public static func load(bytes raw: [UInt8], path: String, declaredCharset: String? = nil) throws(PageLoadError) -> LoadedPage {
        guard !raw.isEmpty else { throw .empty }
        guard raw.count <= maximumPageBytes else { throw .tooLarge(raw.count) }
        var bytes = raw
        if GzipInflater.isGzip(raw) {
            do { bytes = try GzipInflater.decompress(raw, limit: maximumPageBytes) } catch let error as PageLoadError { throw error } catch {
                throw .unparsable("\(error)")
            }
            guard !bytes.isEmpty else { throw .empty }
        }
        if bytes.starts(with: [0x1F, 0x8B]) || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) {
            throw .binary
        }
        if MHTMLReader.looksLikeMHTML(bytes) {
            let (content, encoding, summary) = try MHTMLReader.read(bytes)
            return LoadedPage(path: path, bytes: raw, encoding: encoding, content: content, archive: summary)
        }
        let (utf8, encoding) = InputDecoder.utf8(bytes, declaredLabel: declaredCharset)
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
        case .html where ext.map({ ["md", "markdown"].contains($0.lowercased()) }) == true:
            content = try markdownWithHTML(utf8)
        case .html: content = try HTMLPageBuilder.build(utf8: utf8)
        case .text: content = PageContent(format: .text, lines: PlainTextReader.lines(of: String(decoding: utf8, as: UTF8.self)))
        case .markdown: content = PageContent(format: .markdown, lines: MarkdownReader.lines(of: String(decoding: utf8, as: UTF8.self)))
        case .accessibilitySnapshot:
            content = PageContent(format: .accessibilitySnapshot, lines: AccessibilitySnapshotReader.lines(of: String(decoding: utf8, as: UTF8.self)))
        }
        return LoadedPage(path: path, bytes: raw, encoding: encoding, content: content)
    }

    /// A Markdown file that holds raw HTML blocks (pandoc's and crawlers' output for what they could
    /// not convert): parsed as HTML, so that its containers, hidden blocks and buttons count, with
    /// each line of Markdown text kept apart and read as Markdown (headings, list items, task boxes,
    /// links). A line markup already gave a role keeps it.
    static func markdownWithHTML(_ utf8: [UInt8]) throws(PageLoadError) -> PageContent {
        var content = try HTMLPageBuilder.build(utf8: MarkdownReader.blocksForHTML(utf8))
        for i in content.lines.indices where content.lines[i].role == .text || content.lines[i].role == .listItem {
            guard let reading = MarkdownReader.read(content.lines[i].text) else {
                // A rule or a task box without a label ("- [ ]", a vendor list's toggles): no
                // words, as the Markdown reader leaves them; an empty box is still a box.
                content.lines[i].checked = MarkdownReader.emptyTaskBox(content.lines[i].text)
                if content.lines[i].checked != nil { content.lines[i].role = .checkbox }
                content.lines[i].text = ""
                continue
            }
            content.lines[i].text = reading.text
            if reading.role != .text { content.lines[i].role = reading.role }
            if let checked = reading.checked { content.lines[i].checked = checked }
        }
        return content
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

/// The C `read`, named apart from `PageLoader.read(path:limit:)`.
private func loaderRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
