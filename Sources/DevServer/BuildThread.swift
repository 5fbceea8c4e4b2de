import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A thread of its own, at a lower priority, for `serve`'s full builds.
///
/// A full build of 10 000 pages keeps a thread busy for seconds at a time. On the threads Swift's
/// tasks share (as many as cores, two here) it would leave the watcher, the fast path and the web
/// server one thread between them, and a save during a build waited up to a second for it. Here
/// the build leaves those threads free, and the kernel gives the fast path the processor first.
final class BuildThread: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var stopped = false

    init() {
        let thread = Thread { [self] in run() }
        thread.name = "kunskapsbank-bygge"
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.withLock {
            jobs.append(job)
            condition.signal()
        }
    }

    /// Ends the thread once its work is done; nothing may be started on it afterwards.
    func stop() {
        condition.withLock {
            stopped = true
            condition.signal()
        }
    }

    private func run() {
        #if os(Linux)
        // On Linux a nice value is the calling thread's own (who = 0).
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
        while true {
            condition.lock()
            while jobs.isEmpty && !stopped { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
