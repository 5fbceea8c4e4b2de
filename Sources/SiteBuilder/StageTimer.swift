import Foundation

/// Times the pipeline's stages for performance work: with `KUNSKAPSBANK_TIDER=1` in the
/// environment each stage's wall time, and the process's resident memory at the stage's end and at
/// its peak so far, are printed to standard error; otherwise it costs nothing.
struct StageTimer {
    private let enabled = ProcessInfo.processInfo.environment["KUNSKAPSBANK_TIDER"] == "1"
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init() { last = clock.now }

    mutating func mark(_ stage: String) {
        guard enabled else { return }
        let now = clock.now
        let milliseconds = (now - last).components.attoseconds / 1_000_000_000_000_000 + (now - last).components.seconds * 1000
        let memory = Self.residentMemory().map { " (minne \($0.now) MB, topp \($0.peak) MB)" } ?? ""
        FileHandle.standardError.write(Data("tid: \(stage) \(milliseconds) ms\(memory)\n".utf8))
        last = now
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
