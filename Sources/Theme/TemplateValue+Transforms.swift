import Foundation

extension TemplateValue {
    /// The value a transform gives (`first(nav)`, `count(list)`), nil where swift-mustache's
    /// `Transform.swift` gives nothing for a value of this kind.
    func applying(_ transform: TemplateTransform) -> TemplateValue? {
        switch self {
        case .text(let text): return Self.apply(transform, text)
        case .html(let bytes): return Self.apply(transform, String(decoding: bytes, as: UTF8.self))
        case .list(let items): return Self.apply(transform, items)
        case .object(let entries): return Self.apply(transform, entries)
        case .int(let number): return Self.apply(transform, number)
        case .bool, .opaque: return nil
        }
    }

    private static func apply(_ transform: TemplateTransform, _ text: String) -> TemplateValue? {
        switch transform {
        case .empty: return .bool(text.isEmpty)
        case .capitalized: return .text(text.capitalized)
        case .lowercased: return .text(text.lowercased())
        case .uppercased: return .text(text.uppercased())
        case .reversed: return .text(String(text.reversed()))
        default: return nil
        }
    }

    private static func apply(_ transform: TemplateTransform, _ items: [TemplateValue]) -> TemplateValue? {
        switch transform {
        case .first: return items.first
        case .last: return items.last
        case .reversed: return .list(items.reversed())
        case .count: return .int(items.count)
        case .empty: return .bool(items.isEmpty)
        // `sorted` needs comparable elements; a view's lists hold `Any`, so Mustache never sorts them.
        default: return nil
        }
    }

    private static func apply(_ transform: TemplateTransform, _ entries: TemplateObject) -> TemplateValue? {
        switch transform {
        case .count: return .int(entries.count)
        case .empty: return .bool(entries.isEmpty)
        // Mustache enumerates a dictionary in its hash order; sorted by key, output stays deterministic.
        case .enumerated, .sorted:
            return .list(entries.entries.sorted { $0.key < $1.key }.map { entry in
                var pair = TemplateObject(minimumCapacity: 2)
                pair.append(TemplateKey("key"), .text(entry.key))
                pair.append(TemplateKey("value"), entry.value)
                return .object(pair)
            })
        default: return nil
        }
    }

    private static func apply(_ transform: TemplateTransform, _ number: Int) -> TemplateValue? {
        switch transform {
        case .equalzero: return .bool(number == 0)
        case .plusone: return .int(number &+ 1)
        case .minusone: return .int(number &- 1)
        case .even: return .bool(number & 1 == 0)
        case .odd: return .bool(number & 1 == 1)
        default: return nil
        }
    }
}
