// A profile of where analysis time goes, stage by stage, over the pages given:
//   swift run -c release consentlens-stages ../shared/corpus/pages/*/*.html
// Prints seconds and MB/s per stage (read, decode, libxml2 parse + walk, platform detection,
// notice isolation, policy extraction, assessment), so a change to one stage can be measured
// alone, then how many times each line was read (folded, read as a category heading, looked up
// as a whole label). Wall-clock figures: compare runs on the same machine, in the same state.
import ConsentLens
import ConsentParse
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

var paths = Array(CommandLine.arguments.dropFirst())
guard !paths.isEmpty else {
    print("usage: consentlens-stages [--lines] PAGE...")
    exit(64)
}
// `--tcf-tables`: print the generated TCFCompiledTables.swift (Scripts/generate-compiled-tables).
if paths.first == "--tcf-tables" {
    print(TCFTables.generatedSource(), terminator: "")
    exit(0)
}
// `--language-tables`: print the generated LanguageCompiledTables.swift.
if paths.first == "--language-tables" {
    print(LanguageTables.generatedSource(), terminator: "")
    exit(0)
}
// `--label-tables`: print the generated LabelCompiledTables.swift.
if paths.first == "--label-tables" {
    print(LabelTables.generatedSource(), terminator: "")
    exit(0)
}
// `--startup`: time each table analysis builds at first use, in the order they depend on each
// other, then the sample's analysis with the tables built.
if paths.first == "--startup" {
    var total = 0.0
    for (table, time) in StartupTables.timeEach() {
        total += time
        print(String(format: "%8.2f ms  %@", time * 1000, table))
    }
    print(String(format: "%8.2f ms  all tables", total * 1000))
    for path in paths.dropFirst() + paths.dropFirst() {
        let start = seconds()
        guard let analysis = try? ConsentAnalyzer.analyse(path: path) else { print("\(path): cannot load"); continue }
        print(String(format: "%8.2f ms  analyse %@ (%d purposes)", (seconds() - start) * 1000, path, analysis.notice?.purposes.count ?? 0))
    }
    exit(0)
}
// `--lines`: print the lines the reader produced and the ones isolation kept, with their roles,
// to see why a notice was read as it was.
if paths.first == "--lines" {
    for path in paths.dropFirst() {
        guard let page = try? PageLoader.load(path: path) else { print("\(path): cannot load"); continue }
        let detected = PlatformDetector.detect(in: page.content)
        print("== \(path) (\(page.format.rawValue), \(page.content.lines.count) lines, platforms \(detected.map(\.id)))")
        let notice = NoticeIsolator.isolate(page.content, detectedPlatforms: detected.compactMap(\.profile))
        let kept = Set((notice?.lines ?? []).map { "\($0.text)\u{1}\($0.role)" })
        for line in notice?.lines ?? [] {
            let state = line.checked.map { $0 ? " [x]" : " [ ]" } ?? ""
            print("  \(line.role.rawValue)\(line.shown ? "" : " (hidden)")\(state): \(line.text.prefix(160))")
        }
        if notice == nil { print("  no notice; \(kept.count) lines kept") }
    }
    exit(0)
}
let stages = ["read", "decode", "parse+walk", "platforms", "isolate", "extract", "assess"]
var spent = [String: Double]()
var bytes = 0
var pages = 0
var lines = 0
var noticeLines = 0
let warmStart = seconds()
_ = TCFTaxonomy.match("warm up the tables")
_ = PhraseMatcher.partnerCount(in: "We and our 3 partners", languages: NoticeLanguage.all)
let warmUp = seconds() - warmStart
let countsBefore = LineReadCounts.onThisThread

for path in paths {
    var t = seconds()
    func lap(_ stage: String) { let now = seconds(); spent[stage, default: 0] += now - t; t = now }
    guard let raw = try? PageReader.read(path: path) else { continue }
    lap("read")
    let (utf8, _) = InputDecoder.utf8(raw)
    lap("decode")
    guard let content = try? HTMLPageBuilder.build(utf8: utf8) else { continue }
    lap("parse+walk")
    let platforms = PlatformDetector.detect(in: content)
    lap("platforms")
    let profiles = platforms.compactMap(\.profile)
    let isolated = NoticeIsolator.isolate(content, detectedPlatforms: profiles)
    lap("isolate")
    let notice = isolated.map { PolicyExtractor.extract($0, platform: $0.containerPlatform ?? profiles.first, format: .html, page: content.html) }
    lap("extract")
    if let notice { _ = PrivacyAssessor.assess(notice) }
    lap("assess")
    bytes += raw.count
    pages += 1
    lines += content.lines.count
    noticeLines += isolated?.lines.count ?? 0
}
let total = spent.values.reduce(0, +)
let megabytes = Double(bytes) / 1e6
print("pages \(pages), \(String(format: "%.1f", megabytes)) MB, table warm-up \(String(format: "%.3f", warmUp)) s")
for stage in stages {
    let s = spent[stage] ?? 0
    print(stage.padding(toLength: 12, withPad: " ", startingAt: 0), String(format: "%7.3f s  %5.1f%%  %8.1f MB/s", s, total > 0 ? 100 * s / total : 0, s > 0 ? megabytes / s : 0))
}
print("total".padding(toLength: 12, withPad: " ", startingAt: 0), String(format: "%7.3f s  %8.1f MB/s", total, total > 0 ? megabytes / total : 0))
// How many times a line is read: the questions the readers asked about lines (fold it, read it as
// a category heading, look it up in the whole-label index, read its button labels) and the answers worked out, per line
// the page readers produced. One reading engine would ask each once.
let counts = LineReadCounts.onThisThread
let lineCount = lines
let perLine = { (n: Int) -> String in String(format: "%.2f", lineCount > 0 ? Double(n) / Double(lineCount) : 0) }
print("lines \(lines) (\(noticeLines) in notices); per line: folded \(perLine(counts.foldQuestions - countsBefore.foldQuestions)) times "
      + "(\(perLine(counts.folds - countsBefore.folds)) worked out), read as a category heading \(perLine(counts.categoryQuestions - countsBefore.categoryQuestions)) "
      + "(\(perLine(counts.categoryReadings - countsBefore.categoryReadings))), looked up as a whole label \(perLine(counts.labelQuestions - countsBefore.labelQuestions)) "
      + "(\(perLine(counts.labelReadings - countsBefore.labelReadings))), read for button labels \(perLine(counts.controlLabelQuestions - countsBefore.controlLabelQuestions)) "
      + "(\(perLine(counts.controlLabelReadings - countsBefore.controlLabelReadings)))")
