import Foundation

/// Times the pipeline's stages for performance work: with `KUNSKAPSBANK_TIDER=1` in the
/// environment each stage's wall time is printed to standard error; otherwise it costs nothing.
struct StageTimer {
    private let enabled = ProcessInfo.processInfo.environment["KUNSKAPSBANK_TIDER"] == "1"
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init() { last = clock.now }

    mutating func mark(_ stage: String) {
        guard enabled else { return }
        let now = clock.now
        let milliseconds = (now - last).components.attoseconds / 1_000_000_000_000_000 + (now - last).components.seconds * 1000
        FileHandle.standardError.write(Data("tid: \(stage) \(milliseconds) ms\n".utf8))
        last = now
    }
}
