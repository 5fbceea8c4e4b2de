import Foundation
import SiteCore

/// What the browser needs to know about the latest build: a version that changes with every build
/// (the reload signal), its problems (the overlay), and whether a site exists to serve at all.
struct BuildSnapshot: Sendable {
    var version: Int
    var diagnostics: [Diagnostic]
    /// False until a build has succeeded once; the pages are then an error page.
    var siteReady: Bool
    var summary: String
}

/// The latest build, shared between the rebuild loop and the request handlers. Long-poll requests
/// wait here until the version moves past the one their page was served with.
actor BuildState {
    private(set) var snapshot = BuildSnapshot(version: 0, diagnostics: [], siteReady: false, summary: "")
    private var waiters: [UUID: CheckedContinuation<BuildSnapshot, Never>] = [:]
    private var released: Set<UUID> = []

    func publish(diagnostics: [Diagnostic], siteReady: Bool, summary: String) {
        snapshot = BuildSnapshot(
            version: snapshot.version + 1, diagnostics: diagnostics, siteReady: siteReady || snapshot.siteReady,
            summary: summary)
        wake()
    }

    /// A page changed in place (`serve`'s fast path): browsers reload; the problems shown stay
    /// those of the last full build until the next one is done.
    func publishPageChange() {
        snapshot.version += 1
        wake()
    }

    private func wake() {
        let waiting = waiters
        waiters = [:]
        for continuation in waiting.values { continuation.resume(returning: snapshot) }
    }

    /// Returns as soon as the version differs from `version`, or after `timeout` with the snapshot
    /// unchanged (the client then asks again).
    func waitForChange(from version: Int, timeout: Duration) async -> BuildSnapshot {
        if snapshot.version != version { return snapshot }
        let id = UUID()
        return await withTaskGroup(of: BuildSnapshot?.self) { group in
            group.addTask { await self.suspend(id) }
            group.addTask {
                try? await Task.sleep(for: timeout)
                await self.release(id)
                return nil
            }
            var result: BuildSnapshot?
            for await value in group where value != nil {
                result = value
                group.cancelAll()
            }
            return result ?? snapshot
        }
    }

    private func suspend(_ id: UUID) async -> BuildSnapshot {
        if released.remove(id) != nil { return snapshot }
        return await withCheckedContinuation { waiters[id] = $0 }
    }

    private func release(_ id: UUID) {
        if let continuation = waiters.removeValue(forKey: id) {
            continuation.resume(returning: snapshot)
        } else if !Task.isCancelled {
            released.insert(id)
        }
    }
}
