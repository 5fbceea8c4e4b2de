/// Cleans caller-built views before Mustache sees them: Mustache treats a stored `nil` optional or
/// an empty string as a value, so `{{#page.summary}}` would render an empty paragraph.
enum ViewValue {
    static func cleaned(_ view: [String: Any]) -> [String: Any] {
        view.compactMapValues(cleaned)
    }

    static func cleaned(_ value: Any) -> Any? {
        // The common cases first: a cast to a concrete type is cheap, a cast to a protocol is not.
        // (Casting unwraps a non-nil optional, so `String?` holding text lands here too.)
        switch value {
        case let text as String:
            return text.isEmpty ? nil : text
        case let dictionary as [String: Any]:
            return cleaned(dictionary)
        case let array as [Any]:
            return array.compactMap(cleaned)
        default:
            break
        }
        if let optional = value as? any OptionalValue {
            guard let wrapped = optional.wrappedAny else { return nil }
            return cleaned(wrapped)
        }
        return value
    }
}

private protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedAny: Any? { map { $0 as Any } }
}
