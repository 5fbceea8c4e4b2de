/// A view value as the compiled templates read it: built directly (`TemplateView`), or once per
/// render from a caller's `[String: Any]` view.
///
/// The conversion also cleans the view as `themes/default/README.md` promises: nil optionals and
/// empty strings are dropped (from objects and lists alike), so `{{#page.summary}}` is false for both.
///
/// Not `indirect`: every payload is one reference already (a string's or an array's storage), so a
/// copy costs one retain either way, and an unboxed value costs no allocation of its own.
public enum TemplateValue: Sendable {
    case text(String)
    /// HTML already rendered, as UTF-8 (a page's body): printed as it is by `{{{x}}}` and `{{&x}}`,
    /// escaped like text by `{{x}}`; everywhere else it behaves as the text it decodes to.
    case html([UInt8])
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object(TemplateObject)
    /// Any other value (a `Double`, a struct): rendered with its description, with no keys and no
    /// transforms. Views are not meant to hold such values (see the README's view table).
    case opaque(String)

    /// The cleaned view; its keys are what `{{name}}` finds at the top of the context stack.
    static func view(_ view: [String: Any]) -> TemplateObject {
        var object = TemplateObject(minimumCapacity: view.count + 2)
        for (key, value) in view {
            if let converted = make(value) { object.append(TemplateKey(key), converted) }
        }
        return object
    }

    /// The value, or nil where a cleaned view leaves the key out (nil, or an empty string).
    static func make(_ value: Any) -> TemplateValue? {
        // The common cases first: a cast to a concrete type is cheap, a cast to a protocol is not.
        // (Casting unwraps a non-nil optional, so `String?` holding text lands here too.)
        switch value {
        case let text as String:
            return text.isEmpty ? nil : .text(text)
        case let dictionary as [String: Any]:
            return .object(view(dictionary))
        case let array as [Any]:
            return .list(array.compactMap(make))
        case let flag as Bool:
            return .bool(flag)
        case let number as Int:
            return .int(number)
        default:
            break
        }
        if let optional = value as? any OptionalValue {
            guard let wrapped = optional.wrappedAny else { return nil }
            return make(wrapped)
        }
        // Kept even when empty, as Mustache kept every value that was not a `String`.
        if let text = value as? Substring { return .text(String(text)) }
        if let number = value as? any BinaryInteger, let exact = Int(exactly: number) { return .int(exact) }
        return .opaque(String(describing: value))
    }
}

extension TemplateValue {
    /// The text `{{x}}` prints for a list or object (a theme mistake, but never a crash): Swift's
    /// array and dictionary notation, keys sorted so that the output is deterministic.
    var description: String {
        switch self {
        case .text(let text): return text
        case .html(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .opaque(let description): return description
        case .list(let items): return "[" + items.map(\.nestedDescription).joined(separator: ", ") + "]"
        case .object(let entries):
            guard !entries.isEmpty else { return "[:]" }
            return "[" + entries.entries.sorted { $0.key < $1.key }.map { entry in
                String(reflecting: entry.key) + ": " + entry.value.nestedDescription
            }.joined(separator: ", ") + "]"
        }
    }

    private var nestedDescription: String {
        switch self {
        case .text, .html: return String(reflecting: description)
        default: return description
        }
    }
}

private protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedAny: Any? { map { $0 as Any } }
}
