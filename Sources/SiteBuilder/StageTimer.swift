import Foundation

/// Times the pipeline's stages for performance work: with `KUNSKAPSBANK_TIDER=1` in the
/// environment each stage's wall time and CPU time (user and system, all threads), and the
/// process's resident memory at the stage's end and at its peak so far, are printed to standard
/// error; otherwise it costs nothing.
struct StageTimer {
    private let enabled = ProcessInfo.processInfo.environment["KUNSKAPSBANK_TIDER"] == "1"
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var lastCPU = StageTimer.cpuMilliseconds()

    init() { last = clock.now }

    mutating func mark(_ stage: String) {
        guard enabled else { return }
        let now = clock.now
        let milliseconds = (now - last).components.attoseconds / 1_000_000_000_000_000 + (now - last).components.seconds * 1000
        let memory = Self.residentMemory().map { " (minne \($0.now) MB, topp \($0.peak) MB)" } ?? ""
        let cpu = Self.cpuMilliseconds()
        FileHandle.standardError.write(Data("tid: \(stage) \(milliseconds) ms, cpu \(cpu - lastCPU) ms\(memory)\n".utf8))
        last = now
        lastCPU = cpu
    }

    /// User and system CPU time of the whole process so far; CPU time above wall time means the
    /// stage kept both cores busy.
    private static func cpuMilliseconds() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let user = Int(usage.ru_utime.tv_sec) * 1000 + Int(usage.ru_utime.tv_usec) / 1000
        let system = Int(usage.ru_stime.tv_sec) * 1000 + Int(usage.ru_stime.tv_usec) / 1000
        return user + system
    }

    /// Resident and peak resident memory in MB, from Linux's `/proc/self/status`.
    private static func residentMemory() -> (now: Int, peak: Int)? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        func megabytes(_ key: String) -> Int? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else { return nil }
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 / 1024 }
        }
        guard let now = megabytes("VmRSS:"), let peak = megabytes("VmHWM:") else { return nil }
        return (now, peak)
    }
}
