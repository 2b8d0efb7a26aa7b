import ConsentScan
import FuzzDriver

/// One input: inflated whole under a 4 MiB limit, and again fed to a streaming inflater in pieces
/// whose sizes come from the input (`FuzzHarness.gzip`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGzip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { feed(FuzzHarness.gzip, data, size) }

@main struct FuzzGzip { static func main() { runFuzzer(fuzzGzip) } }
