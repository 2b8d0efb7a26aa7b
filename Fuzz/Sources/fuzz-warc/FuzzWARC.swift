import ConsentScan
import FuzzDriver

/// One input: read as a WARC and as a WARC.gz by the scan's WARC reader, every record analysed and
/// its row written (`FuzzHarness.warc`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWARC(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { feed(FuzzHarness.warc, data, size) }

@main struct FuzzWARC { static func main() { runFuzzer(fuzzWARC) } }
