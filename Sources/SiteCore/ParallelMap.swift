import Dispatch

/// Maps on all cores when `parallel`, in order otherwise; either way the results keep the input's
/// order, so parallel and serial builds give the same bytes. Every stage that works page by page
/// uses this one.
public func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], parallel: Bool = true, _ transform: @escaping @Sendable (Item) -> Result
) -> [Result] {
    guard parallel, items.count > 1 else { return items.map(transform) }
    let slots = ResultSlots<Result>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        slots.store(transform(items[index]), at: index)
    }
    return slots.moveOut()
}

/// One slot per input, each written by exactly one iteration of `concurrentPerform` and read only
/// after it returns; that discipline, not a lock, is what makes the unchecked conformance sound.
private struct ResultSlots<Result>: @unchecked Sendable {
    private let base: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        base = .allocate(capacity: count)
        base.initialize(repeating: nil)
    }

    func store(_ value: Result, at index: Int) { base[index] = value }

    /// The results in order, moved (not copied) out of the slots, which are then freed: a page's
    /// outline or rendered file is handed on without a retain and release of everything in it.
    func moveOut() -> [Result] {
        defer { base.deallocate() }
        var results: [Result] = []
        results.reserveCapacity(base.count)
        for index in base.indices {
            if let result = (base.baseAddress! + index).move() { results.append(result) }
        }
        return results
    }
}

/// `items` cut into about `count` runs of neighbours, in order: work units for `parallelMap` when
/// one item alone is too little work to hand to a thread.
public func chunks<Item>(_ items: [Item], count: Int) -> [ArraySlice<Item>] {
    guard !items.isEmpty else { return [] }
    let size = max(1, (items.count + count - 1) / count)
    return stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
}
