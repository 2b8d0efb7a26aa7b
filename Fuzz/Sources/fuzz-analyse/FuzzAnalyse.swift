import ConsentScan
import FuzzDriver

/// One input: analysed as a page (its first byte picks the name, and so the extension hint), then
/// rendered every way a user sees it (`FuzzHarness.analyse`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { feed(FuzzHarness.analyse, data, size) }

@main struct FuzzAnalyse { static func main() { runFuzzer(fuzzAnalyse) } }
