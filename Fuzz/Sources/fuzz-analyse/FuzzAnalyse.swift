import ConsentLens
#if canImport(Glibc)
import Glibc
#endif

/// One input: analysed as a page (its first byte picks the name, and so the extension hint),
/// then rendered every way a user sees it. Throwing a PageLoadError is a clean outcome; a trap,
/// an ASan report, a timeout or running out of memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let names = ["page.html", "page.txt", "page.md", "page.yml"]
    let name = names[Int(bytes.first ?? 0) % names.count]
    guard let analysis = try? ConsentAnalyzer.analyse(bytes: bytes, path: name) else { return 0 }
    _ = try? JSONRendering.render(analysis)
    _ = TerminalRendering.render(analysis)
    _ = MarkdownReport.render(analysis)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@main struct FuzzAnalyse {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzAnalyse))
    }
}
