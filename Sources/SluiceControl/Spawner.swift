import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts processes with posix_spawn: output appended to a log file, stdin from /dev/null,
/// optionally in a new session so they outlive the terminal that started them.
package enum Spawner {
    /// glibc's POSIX_SPAWN_SETSID.
    private static let setSessionFlag: Int32 = 0x80

    package struct SpawnError: Error, CustomStringConvertible {
        package var executable: String
        package var code: Int32
        package var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
    }

    /// Spawns `executable` with `arguments`; returns its pid.
    package static func spawn(_ executable: String, _ arguments: [String], log: String, newSession: Bool = false,
                              environment: [String: String] = ProcessInfo.processInfo.environment) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        if newSession { flags |= setSessionFlag }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGCHLD] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        closeInheritedDescriptors()
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw SpawnError(executable: executable, code: rc) }
        return pid
    }

    /// Marks every descriptor above stderr close-on-exec, so a spawned process holds no pipe of
    /// ours open (a parent reading our output would otherwise never see end-of-file).
    private static func closeInheritedDescriptors() {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for entry in entries {
            guard let fd = Int32(entry), fd > 2 else { continue }
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    /// The kernel's start time of a process (clock ticks after boot), which tells a process from
    /// a later one that reuses its pid; nil when there is no such process or it is a zombie.
    package static func startTicks(_ pid: pid_t) -> UInt64? {
        guard pid > 0, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // fields[0] is the state (field 3); starttime is field 22.
        guard fields.count > 19, fields[0] != "Z", fields[0] != "X" else { return nil }
        return UInt64(fields[19])
    }

    /// The command line of a process, or nil.
    package static func commandLine(_ pid: pid_t) -> [String]? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty else { return nil }
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every live process whose command line has `--data <folder>` and runs one of Sluice's
    /// executables: what belongs to a pipeline on that folder, supervised or not.
    package static func processes(onData folder: String) -> [(pid: pid_t, command: [String])] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        let me = getpid()
        var out: [(pid_t, [String])] = []
        for entry in entries {
            guard let pid = pid_t(entry), pid != me, let command = commandLine(pid), startTicks(pid) != nil else { continue }
            let exe = (command.first.map { ($0 as NSString).lastPathComponent }) ?? ""
            guard exe.hasPrefix("sluice-") || exe == "pipectl" else { continue }
            guard let i = command.firstIndex(of: "--data"), i + 1 < command.count,
                  URL(fileURLWithPath: command[i + 1]).standardizedFileURL.path == folder else { continue }
            if exe == "pipectl" && !command.contains("supervise") { continue }
            out.append((pid, command))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// Whether a process with this pid exists (and is not a zombie of ours).
    package static func isAlive(_ pid: pid_t) -> Bool {
        guard pid > 0 else { return false }
        if kill(pid, 0) != 0 { return errno == EPERM }
        // A zombie still answers kill(0); look at its state.
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")") {
            let state = stat[stat.index(close, offsetBy: 2)]
            return state != "Z" && state != "X"
        }
        return true
    }

    /// The folder this executable lives in (its sibling executables are there too).
    package static var executableDirectory: String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (path as NSString).deletingLastPathComponent
    }
}
