#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Foundation

/// Why a capture could not go on. Each renders as one line; the caller names the URL.
public enum CaptureError: Error, CustomStringConvertible, Equatable {
    case noBrowser(String)
    case launchFailed(String)
    case browserExited(String)
    case timedOut(String)
    case protocolError(String)
    case navigation(String)
    case notHTML(String)
    case output(String)

    public var description: String {
        switch self {
        case .noBrowser(let why): return why
        case .launchFailed(let why): return "the browser could not be started: \(why)"
        case .browserExited(let why): return "the browser went away mid-capture: \(why)"
        case .timedOut(let why): return why
        case .protocolError(let why): return "the browser refused a command: \(why)"
        case .navigation(let why): return why
        case .notHTML(let why): return why
        case .output(let why): return "cannot write the capture: \(why)"
        }
    }
}

/// A headless Chromium with a fresh, empty profile, driven over `--remote-debugging-pipe`
/// (file descriptors 3 and 4, as Puppeteer's `pipe: true`): no port to race for and no WebSocket
/// library. It runs in its own process group, so that ``terminate()`` ends it and every helper
/// process it started, on every path out of a capture.
final class BrowserProcess: @unchecked Sendable {
    let pid: pid_t
    let connection: DevToolsConnection
    let profile: String
    private var ended = false

    /// The browser to run: `--browser`, else `$CHROMIUM`, else `chromium` on the `PATH`
    /// (Debian's package). One line naming the package when there is none.
    static func locate(explicit: String?) throws(CaptureError) -> String {
        if let path = explicit ?? ProcessInfo.processInfo.environment["CHROMIUM"], !path.isEmpty {
            guard access(path, X_OK) == 0 else { throw .noBrowser("no browser at \(path) (from \(explicit != nil ? "--browser" : "CHROMIUM")): install Debian's chromium package (apt-get install chromium) or name a Chromium build") }
            return path
        }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let path = "\(dir)/\(name)"
                if access(path, X_OK) == 0 { return path }
            }
        }
        throw .noBrowser("capture needs a browser: install Debian's chromium package (apt-get install chromium), or give --browser PATH or CHROMIUM")
    }

    static func launch(executable: String) throws(CaptureError) -> BrowserProcess {
        var template = Array((NSTemporaryDirectory() + "consentlens-profile-XXXXXX").utf8CString)
        guard let dir = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw .launchFailed("cannot make a profile folder: \(String(cString: strerror(errno)))")
        }
        let profile = String(cString: dir)
        // Third-party cookies allowed, as in a normal (not incognito) Chrome window by default:
        // headless builds otherwise block them ("UserPreferences"), and a capture would then
        // miss exactly the cookies a regulator asks about.
        try? FileManager.default.createDirectory(atPath: profile + "/Default", withIntermediateDirectories: true)
        FileManager.default.createFile(
            atPath: profile + "/Default/Preferences",
            contents: Data(#"{"profile":{"block_third_party_cookies":false,"cookie_controls_mode":0}}"#.utf8))
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        // Close-on-exec, so that only the browser's copies (dup2'ed to 3 and 4) reach it.
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0,
              (toBrowser + fromBrowser).allSatisfy({ fcntl($0, F_SETFD, FD_CLOEXEC) == 0 }) else {
            try? FileManager.default.removeItem(atPath: profile)
            throw .launchFailed("no pipe: \(String(cString: strerror(errno)))")
        }
        var arguments = [
            executable, "--headless", "--remote-debugging-pipe", "--user-data-dir=\(profile)",
            "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--disable-component-update",
            "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--window-size=1280,800",
            "--disable-features=Translate,MediaRouter,OptimizationHints,DialMediaRouteProvider",
            // RFC 6761: a `.invalid` name never resolves, so it is not asked of DNS either.
            "--host-resolver-rules=MAP *.invalid ~NOTFOUND",
            "--password-store=basic", "--use-mock-keychain", "--disable-dev-shm-usage", "--disable-breakpad", "--disable-crash-reporter",
        ]
        // The sandbox needs user namespaces, which containers and root shells often lack.
        if geteuid() == 0 { arguments.append("--no-sandbox") }
        arguments.append("about:blank")

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let log = profile + "/browser.log"
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_adddup2(&actions, toBrowser[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser[1], 4)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)

        // Home and caches inside the profile: the crash handler Chromium starts outside its process
        // group then names the profile in its command line too, so that it can be found and ended.
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = profile
        environment["XDG_CONFIG_HOME"] = profile + "/.config"
        environment["XDG_CACHE_HOME"] = profile + "/.cache"
        var pid: pid_t = 0
        let cArguments = arguments.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        let status = posix_spawn(&pid, executable, &actions, &attributes, cArguments, cEnvironment)
        close(toBrowser[0])
        close(fromBrowser[1])
        guard status == 0 else {
            close(toBrowser[1])
            close(fromBrowser[0])
            try? FileManager.default.removeItem(atPath: profile)
            throw .launchFailed("\(executable): \(String(cString: strerror(status)))")
        }
        // A write to a browser that died must be an error, not a SIGPIPE that ends the tool.
        signal(SIGPIPE, SIG_IGN)
        let connection = DevToolsConnection(writeFD: toBrowser[1], readFD: fromBrowser[0])
        connection.start()
        return BrowserProcess(pid: pid, connection: connection, profile: profile)
    }

    private init(pid: pid_t, connection: DevToolsConnection, profile: String) {
        self.pid = pid
        self.connection = connection
        self.profile = profile
    }

    /// Whether the browser process is gone, and how it ended.
    func exitDescription() -> String? {
        var status: Int32 = 0
        let r = waitpid(pid, &status, WNOHANG)
        guard r == pid else { return nil }
        ended = true
        if status & 0x7f != 0 { return "killed by signal \(status & 0x7f)" }
        return "exited with status \((status >> 8) & 0xff)"
    }

    /// Ends the browser and every process of its group (renderers, GPU and network helpers),
    /// and any descendant that left the group, then removes the profile. Safe to call twice.
    func terminate() {
        connection.close()
        var descendants = Self.descendants(of: pid)
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        descendants += Self.descendants(of: pid) + Self.processes(naming: profile)
        for child in descendants { kill(child, SIGKILL) }
        if !ended {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            ended = true
        }
        // Wait, briefly, for the helpers to be gone, so that "no browser left behind" holds when we return.
        for _ in 0..<50 {
            if descendants.allSatisfy({ kill($0, 0) != 0 || Self.isZombie($0) }) { break }
            usleep(20_000)
        }
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// Every process whose parent chain leads to `root`, read from /proc.
    static func descendants(of root: pid_t) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var parent: [pid_t: pid_t] = [:]
        for entry in entries {
            guard let pid = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let ppid = pid_t(fields[1]) { parent[pid] = ppid }
        }
        return parent.keys.filter { pid in
            var p = parent[pid]
            var steps = 0
            while let q = p, q > 1, steps < 64 {
                if q == root { return true }
                p = parent[q]
                steps += 1
            }
            return false
        }
    }

    /// Processes whose command line names `text` (the profile folder): Chromium's crash handler
    /// daemonises out of the process group, but names its database inside the profile.
    static func processes(naming text: String) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        let needle = Array(text.utf8)
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry), pid != getpid(), let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            let bytes = [UInt8](data)
            guard bytes.count >= needle.count else { return nil }
            for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle { return pid }
            return nil
        }
    }

    static func isZombie(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: close)...].dropFirst().hasPrefix("Z")
    }
}
