import Foundation
import Testing
@testable import ConsentParse
@testable import ConsentScan

/// Issue 10, item 6: documented limits enforced while reading, so memory stays bounded.
@Suite struct HostileInputLimitsTests {
    /// `count` zero bytes (or `byte`s) through `gzip -c -n`, written to `file`.
    static func gzipOf(_ count: Int, byte: String = "\\0", to file: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "head -c \(count) /dev/zero | tr '\\0' '\(byte)' | gzip -c -n > '\(file.path)'"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// The limit is checked as the output grows, not once everything is inflated: a 64 MiB bomb
    /// against a 1 MiB limit stops within one 64 KiB chunk of the limit.
    @Test func gzipStopsInflatingAtTheLimit() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bomb.gz")
        try Self.gzipOf(64 << 20, to: file)
        let bomb = try [UInt8](Data(contentsOf: file))
        #expect(bomb.count < 200_000)
        do {
            _ = try GzipInflater.decompress(bomb, limit: 1 << 20)
            Issue.record("a 64 MiB bomb was accepted under a 1 MiB limit")
        } catch let error as PageLoadError {
            guard case .tooLarge(let seen) = error else { Issue.record("\(error)"); return }
            #expect(seen > 1 << 20 && seen <= (1 << 20) + (1 << 16))
        }
        #expect(try GzipInflater.decompress(bomb, limit: 64 << 20).count == 64 << 20)
    }

    /// A `.txt.gz` that inflates past 256 MiB is refused with one line (it used to be accepted at
    /// 1.9 GB after minutes); the same page under the limit is read.
    @Test func pageInflatingPastTheLimitIsRefused() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bomb = dir.appendingPathComponent("bomb.txt.gz")
        try Self.gzipOf(PageLoader.maximumPageBytes + 1, byte: "a", to: bomb)
        let run = try CLIRun.run(["analyse", bomb.path])
        #expect(run.status == 1)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.contains("pages over 256 MiB are refused"))
        #expect(throws: PageLoadError.tooLarge(PageLoader.maximumPageBytes + 1)) {
            _ = try PageLoader.load(bytes: [UInt8](Data(contentsOf: bomb)), path: "bomb.txt.gz")
        }
    }

    /// A file over the limit is refused before a byte is read (a sparse 300 MiB file), and a
    /// device that never ends is read no further than the limit.
    @Test func oversizedFilesAndEndlessStreamsAreRefusedWhileReading() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sparse = dir.appendingPathComponent("huge.html")
        FileManager.default.createFile(atPath: sparse.path, contents: Data("<html>".utf8))
        let handle = try FileHandle(forWritingTo: sparse)
        try handle.truncate(atOffset: 300 << 20)
        try handle.close()
        #expect(throws: PageLoadError.tooLarge(300 << 20)) { _ = try PageLoader.read(path: sparse.path, limit: PageLoader.maximumPageBytes) }
        let run = try CLIRun.run(["analyse", sparse.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("at least \(300 << 20) bytes, and pages over 256 MiB are refused"))
        do {
            _ = try PageLoader.read(path: "/dev/zero", limit: 4 << 20)
            Issue.record("/dev/zero was read to the end")
        } catch {
            guard case .tooLarge(let seen) = error else { Issue.record("\(error)"); return }
            #expect(seen > 4 << 20 && seen <= 5 << 20)
        }
        #expect(throws: PageLoadError.isDirectory) { _ = try PageLoader.read(path: dir.path, limit: 1 << 20) }
        #expect(throws: PageLoadError.notFound) { _ = try PageLoader.read(path: dir.path + "/none.html", limit: 1 << 20) }
    }

    /// Resynchronising after a damaged WARC header skips a line with no newline without holding
    /// it (a 2 GB line used to be read whole, 4.2 GB peak): 64 MiB plain, 160 MiB gzip-compressed
    /// (where one 64 KiB compressed chunk of it inflates to about 64 MiB, the per-chunk bound).
    @Test(arguments: [false, true])
    func resynchronisingSkipsALongLineInBoundedMemory(compressed: Bool) throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(compressed ? "damaged.warc.gz" : "damaged.warc")
        let lineLength = compressed ? 160 << 20 : 64 << 20
        let head = "garbage that is not a record\n"
        let tail = "WARC/1.1\r\nContent-Length: 0\r\n\r\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "(printf '\(head)'; head -c \(lineLength) /dev/zero | tr '\\0' a; printf '\\n\(tail)')"
            + (compressed ? " | gzip -c -n" : "") + " > '\(file.path)'"]
        try process.run()
        process.waitUntilExit()
        let stream = ByteStream(fd: open(file.path, O_RDONLY), ownsDescriptor: true)
        #expect(try stream.skip(toLineStarting: Array("WARC/".utf8)))
        #expect(stream.offset == head.utf8.count + lineLength + 1)
        #expect(try stream.readLine() == Array("WARC/1.1".utf8))
        #expect(stream.largestBuffer < (compressed ? 70 << 20 : 2 << 20), "\(stream.largestBuffer)")
    }
}
