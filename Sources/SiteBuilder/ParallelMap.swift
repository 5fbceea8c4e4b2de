import Dispatch

/// Maps on all cores when `parallel`, in order otherwise; either way the results keep the input's
/// order, so parallel and serial builds give the same bytes.
func parallelMap<Item, Result>(_ items: [Item], parallel: Bool, _ transform: (Item) -> Result) -> [Result] {
    guard parallel, items.count > 1 else { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer {
        _ = results.deinitialize()
        results.deallocate()
    }
    items.withUnsafeBufferPointer { input in
        DispatchQueue.concurrentPerform(iterations: input.count) { index in
            results[index] = transform(input[index])
        }
    }
    return results.compactMap { $0 }
}
