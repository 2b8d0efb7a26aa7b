#if canImport(Glibc)
import Glibc
#endif

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Runs libFuzzer with this process's arguments, calling `callback` (the target's
/// `LLVMFuzzerTestOneInput`) with each input, and exits with libFuzzer's status: the one place
/// that declares the driver, shared by every target.
public func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
}

/// Hands libFuzzer's input to `target` as an array (what a target's `LLVMFuzzerTestOneInput`
/// does); libFuzzer wants 0 back.
public func feed<Outcome>(_ target: ([UInt8]) -> Outcome, _ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = target(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
