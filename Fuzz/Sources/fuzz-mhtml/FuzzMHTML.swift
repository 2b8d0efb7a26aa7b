import ConsentScan
import FuzzDriver

/// One input: read as an MHTML archive, analysed and rendered (`FuzzHarness.mhtml`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { feed(FuzzHarness.mhtml, data, size) }

@main struct FuzzMHTML { static func main() { runFuzzer(fuzzMHTML) } }
