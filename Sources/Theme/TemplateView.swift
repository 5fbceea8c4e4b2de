/// A view built directly from template values, without a `[String: Any]` dictionary to convert
/// (and cast) on every render: the hot path of the builder (content pages, section indexes).
///
/// It keeps the cleaning rules of `themes/default/README.md` as it is built: setting nil or an
/// empty string leaves the key out, so `{{#page.summary}}` is false for both.
public struct TemplateView: Sendable {
    public private(set) var entries: [String: TemplateValue]

    public init() {
        entries = [:]
    }

    /// The entries given, nil values and empty strings left out.
    public init(_ pairs: KeyValuePairs<String, TemplateValue?>) {
        entries = Dictionary(minimumCapacity: pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// A caller-built dictionary, cleaned and converted as `Theme.render` converts it.
    public init(converting view: [String: Any]) {
        entries = TemplateValue.view(view)
    }

    public subscript(key: String) -> TemplateValue? {
        get { entries[key] }
        set {
            if case .text(let text)? = newValue, text.isEmpty {
                entries[key] = nil
            } else {
                entries[key] = newValue
            }
        }
    }

    /// The view as one object value, to nest in another view or a list.
    public var value: TemplateValue { .object(entries) }

    /// The view as the dictionary swift-mustache and older callers read (`[String: Any]`).
    public var dictionary: [String: Any] { entries.mapValues(\.anyValue) }
}

extension TemplateValue {
    /// A list of views (`nav`, `children`, `backlinks`).
    public static func list(of views: [TemplateView]) -> TemplateValue {
        .list(views.map(\.value))
    }

    /// The value as a plain Swift value: objects as `[String: Any]`, lists of objects as
    /// `[[String: Any]]`, other lists as `[Any]`.
    public var anyValue: Any {
        switch self {
        case .text(let text): return text
        case .bool(let flag): return flag
        case .int(let number): return number
        case .opaque(let description): return description
        case .object(let entries): return entries.mapValues(\.anyValue)
        case .list(let items):
            let objects = items.compactMap { item -> [String: Any]? in
                guard case .object(let entries) = item else { return nil }
                return entries.mapValues(\.anyValue)
            }
            return objects.count == items.count ? objects : items.map(\.anyValue)
        }
    }
}
