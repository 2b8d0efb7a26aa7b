import ConsentScan
import FuzzDriver

/// One input: decoded as a TC string, and when it decodes, written as JSON and as text
/// (`FuzzHarness.tcString`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTCString(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { feed(FuzzHarness.tcString, data, size) }

@main struct FuzzTCString { static func main() { runFuzzer(fuzzTCString) } }
