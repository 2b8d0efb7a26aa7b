import ConsentScan
import FuzzDriver

/// One input: cut in two at a byte its head chooses, both halves analysed and compared, the
/// comparison rendered in Markdown and JSON (`FuzzHarness.compare`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCompare(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { feed(FuzzHarness.compare, data, size) }

@main struct FuzzCompare { static func main() { runFuzzer(fuzzCompare) } }
