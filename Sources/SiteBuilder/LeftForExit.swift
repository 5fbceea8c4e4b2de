/// Values a one-shot build never frees: the process's exit reclaims their memory at once, where
/// freeing them would visit every page, string and array (`BuildOptions.leavesMemoryToExit`).
enum LeftForExit {
    private final class Held {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }

    /// Keeps `values` alive until the process ends.
    static func keep(_ values: Any...) {
        _ = Unmanaged.passRetained(Held(values))
    }
}
