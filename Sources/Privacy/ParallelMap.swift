import Dispatch
import Foundation

/// Maps on all cores; results keep the order of `items`, so findings come out as a serial scan's.
func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], _ transform: @escaping @Sendable (Item) -> Result
) -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let slots = ResultSlots<Result>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        slots.store(transform(items[index]), at: index)
    }
    return slots.values()
}

/// Written by many threads, each to its own index, behind a lock.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private var slots: [Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: Result, at index: Int) {
        lock.withLock { slots[index] = result }
    }

    func values() -> [Result] {
        lock.withLock { slots.compactMap { $0 } }
    }
}

/// `items` cut into about `count` runs of neighbours, in order (work units for `parallelMap`).
func chunks<Item>(_ items: [Item], count: Int) -> [ArraySlice<Item>] {
    guard !items.isEmpty else { return [] }
    let size = max(1, (items.count + count - 1) / count)
    return stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
}
