import Foundation
import ConsentParse
import Crypto

/// The whole pipeline for one page: load → parse → detect platforms → isolate the notice →
/// extract the policy.
public enum ConsentAnalyzer {
    /// Analyses the file at `path` (`-` for standard input).
    /// A capture folder (`consentlens capture`) is read as its `page.html` plus what was observed.
    public static func analyse(path: String) throws(PageLoadError) -> PageAnalysis {
        if CaptureFolder.isCapture(path: path) {
            let (page, read) = try CaptureFolder.load(path: path)
            var observation = read
            var analysis = analyse(page)
            // The TC strings are held against the notice, which only the page's analysis reads.
            observation.assessment = ObservedBehaviourAssessor.assess(observation, notice: analysis.notice)
            analysis.capture = observation
            analysis.limitations += Limitations.of(capture: observation, notice: analysis.notice)
            return analysis
        }
        let page = try PageLoader.load(path: path)
        return analyse(page)
    }

    /// Analyses bytes already in memory (batch scans, WARC records, tests). `declaredCharset` is
    /// the charset an HTTP header declared for them, when one did.
    public static func analyse(bytes: [UInt8], path: String, declaredCharset: String? = nil) throws(PageLoadError) -> PageAnalysis {
        let page = try PageLoader.load(bytes: bytes, path: path, declaredCharset: declaredCharset)
        return analyse(page)
    }

    public static func analyse(_ page: LoadedPage) -> PageAnalysis {
        let content = page.content
        let platforms = PlatformDetector.detect(in: content)
        let source = SourceDescription(
            path: page.path, format: page.format.rawValue, bytes: page.bytes.count,
            sha256: SHA256.hash(data: page.bytes).map { String(format2: $0) }.joined())

        var notice: ConsentNotice?
        let profiles = platforms.compactMap(\.profile)
        if let isolated = NoticeIsolator.isolate(content, detectedPlatforms: profiles) {
            let platform = isolated.containerPlatform ?? profiles.first
            notice = PolicyExtractor.extract(isolated, platform: platform, format: page.format, page: content.html)
        }
        return PageAnalysis(
            source: source, platforms: platforms, notice: notice,
            limitations: Limitations.of(format: page.format, platforms: platforms, notice: notice) + Limitations.of(archive: page.archive),
            assessment: notice.map(PrivacyAssessor.assess))
    }
}

/// What a saved page of this shape cannot show, said plainly so that a `null` is not misread.
enum Limitations {
    static func of(format: PageFormat, platforms: [PlatformDetection], notice: ConsentNotice?) -> [String] {
        texts(format: format, platforms: platforms, notice: notice).map(\.plain)
    }

    /// The limitations with the page text they quote marked, so that a report escapes only that.
    /// A limitation added elsewhere (by the scanner) is not among them and is escaped whole.
    static func texts(of analysis: PageAnalysis) -> [FindingText] {
        guard let format = PageFormat(rawValue: analysis.source.format) else { return [] }
        return texts(format: format, platforms: analysis.platforms, notice: analysis.notice)
    }

    static func texts(format: PageFormat, platforms: [PlatformDetection], notice: ConsentNotice?) -> [FindingText] {
        var out: [FindingText] = []
        if notice == nil, let platform = platforms.first {
            out.append("The page loads \(FindingText(own: platform.name))'s notice with JavaScript, but its text is not in this saved file; save a DOM snapshot after the notice appears to analyse it.")
        }
        if let notice {
            // Said only when the controls really are unknown: a file that shows the notice's row
            // of buttons (markup, snapshot buttons, or a text copy's line of labels) has them.
            let c = notice.controls
            let controls: [(FindingText, Bool?)] = [("accept all", c.acceptAll), ("reject all", c.rejectAll), ("manage choices", c.manageChoices), ("save choices", c.saveChoices)]
            let unknown = controls.filter { $0.1 == nil }.map(\.0)
            if unknown.count == controls.count {
                switch format {
                case .text, .markdown:
                    out.append("A \(format == .text ? FindingText("text dump") : "Markdown copy") does not show which words were buttons, and this one holds no line of the notice's button labels: every control is unknown (null).")
                case .html, .accessibilitySnapshot:
                    out.append("This file shows no row of the notice's buttons: every control is unknown (null).")
                }
            } else if !unknown.isEmpty {
                let list = ItemLabel.list(unknown)
                out.append("This file shows some of the notice's buttons but not whether it offered \(list): \(unknown.count == 1 ? FindingText("that control is") : "those controls are") unknown (null).")
            }
            if notice.origin == .configuration {
                out.append("The notice's wording comes from an inline configuration object, not from rendered text: figures the script fills in at run time are unknown.")
            }
            if notice.origin == .template {
                out.append("The notice's wording comes from a template the platform renders later; labels that depend on state were read with platform knowledge.")
            }
            if !notice.unrenderedPlaceholders.isEmpty {
                out.append("The saved page holds placeholders instead of figures (\(notice.unrenderedPlaceholders.joined(separator: ", "))): those counts are unknown.")
            }
        }
        return out
    }

    /// What a capture could not see, said so that an empty list is not misread.
    static func of(capture: CaptureObservation, notice: ConsentNotice?) -> [String] {
        var out: [String] = []
        if capture.documentState == "loading" {
            out.append("The browser was still parsing the page when it was saved (a script in its head had not loaded): page.html holds only the part parsed, and a notice further down is not in it.")
        }
        if !capture.noticeFound {
            out.append("The capture waited \(capture.waitSeconds.map { String(format: "%.1f", $0) } ?? "?") s and saw no consent notice appear (no platform container, consent wording or TCF API).")
        }
        if capture.choice == nil {
            out.append("The capture made no choice: what accepting or refusing does was not observed.")
        } else if let sentence = capture.choice?.notMadeSentence {
            out.append(sentence)
        }
        return out
    }

    /// How an MHTML archive was read: said for every such page, so that its format `html` is not
    /// taken for a plain HTML file.
    static func of(archive: MHTMLReader.Summary?) -> [String] {
        guard let archive else { return [] }
        let frames = archive.htmlParts - 1
        var line = "Read from an MHTML archive: \(archive.htmlParts) HTML part\(archive.htmlParts == 1 ? "" : "s") (1 page, \(frames) frame\(frames == 1 ? "" : "s"))"
        if frames > 0 {
            line += archive.framesAppended == 0 ? "; each frame is read where its iframe stands."
                : "; \(archive.framesAppended) frame\(archive.framesAppended == 1 ? " that no iframe names is" : "s that no iframe names are") read after the page."
        } else {
            line += "."
        }
        var out = [line]
        if archive.htmlPartsNotRead > 0 {
            out.append("\(archive.htmlPartsNotRead) more HTML part\(archive.htmlPartsNotRead == 1 ? " of the archive was" : "s of the archive were") not read (unparsable, or past \(MHTMLReader.maximumHTMLParts) parts).")
        }
        if archive.truncated {
            out.append("The MHTML archive ends before its closing boundary: its last part may be cut short.")
        }
        return out
    }
}

extension String {
    /// Two lowercase hex digits.
    init(format2 byte: UInt8) {
        let digits = Array("0123456789abcdef")
        self = String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
