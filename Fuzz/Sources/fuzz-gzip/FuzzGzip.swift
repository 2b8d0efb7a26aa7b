import ConsentLens
import ConsentParse
#if canImport(Glibc)
import Glibc
#endif

/// One input: inflated whole under a 4 MiB limit, and again fed to a streaming inflater in
/// pieces whose sizes come from the input, counting the output against the same limit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGzip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limit = 4 << 20
    if let whole = try? GzipInflater.decompress(bytes, limit: limit) { precondition(whole.count <= limit) }
    guard let inflater = try? GzipInflater() else { return 0 }
    var produced = 0
    var rest = bytes[...]
    var step = max(1, Int(bytes.last ?? 7))
    do {
        while !rest.isEmpty {
            let piece = Array(rest.prefix(step))
            rest = rest.dropFirst(piece.count)
            step = step % 251 + 1
            try inflater.inflate(piece) { chunk in
                produced += chunk.count
                if produced > limit { throw PageLoadError.tooLarge(produced) }
            }
        }
        try inflater.finish()
    } catch {}
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@main struct FuzzGzip {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzGzip))
    }
}
