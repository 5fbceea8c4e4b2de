/// A view built directly from template values, without a `[String: Any]` dictionary to convert
/// (and cast) on every render: the hot path of the builder (content pages, section indexes).
///
/// It keeps the cleaning rules of `themes/default/README.md` as it is built: setting nil or an
/// empty string (or empty HTML) leaves the key out, so `{{#page.summary}}` is false for both.
public struct TemplateView: Sendable {
    public private(set) var object: TemplateObject

    public init() {
        object = TemplateObject()
    }

    /// An empty view with room for `capacity` keys, to fill with `view[key] = value`: with keys
    /// kept as static `TemplateKey`s, this builds a view with no literal to allocate and free and
    /// no name to hash, which a `KeyValuePairs` literal costs on every call (building the views of
    /// a 10k build went from 1.2 % of its samples in `init(_:)` to 0.3 % in the key subscript).
    public init(capacity: Int) {
        object = TemplateObject(minimumCapacity: capacity)
    }

    /// The entries given, nil values and empty strings left out.
    public init(_ pairs: KeyValuePairs<String, TemplateValue?>) {
        object = TemplateObject(minimumCapacity: pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// A caller-built dictionary, cleaned and converted as `Theme.render` converts it.
    public init(converting view: [String: Any]) {
        object = TemplateValue.view(view)
    }

    /// An object value as a view (to add keys to a shared part of a view).
    public init(_ object: TemplateObject) {
        self.object = object
    }

    public subscript(key: String) -> TemplateValue? {
        get { object[key] }
        set { object[key] = Self.cleaned(newValue) }
    }

    /// The value of a key hashed once (nil or an empty string set leaves the key out).
    public subscript(key: TemplateKey) -> TemplateValue? {
        get { object[key] }
        set { object.set(key, Self.cleaned(newValue)) }
    }

    /// Room for `capacity` keys in all, so adding them does not grow the storage again.
    public mutating func reserveCapacity(_ capacity: Int) {
        object.reserveCapacity(capacity)
    }

    /// The view as one object value, to nest in another view or a list.
    public var value: TemplateValue { .object(object) }

    /// The entries as a dictionary of template values.
    public var entries: [String: TemplateValue] { object.dictionary }

    /// The view as the dictionary swift-mustache and older callers read (`[String: Any]`).
    public var dictionary: [String: Any] { object.anyDictionary }

    private static func cleaned(_ value: TemplateValue?) -> TemplateValue? {
        switch value {
        case .text(let text)? where text.isEmpty: return nil
        case .html(let bytes)? where bytes.isEmpty: return nil
        default: return value
        }
    }
}

extension TemplateValue {
    /// A list of views (`nav`, `children`, `backlinks`).
    public static func list(of views: [TemplateView]) -> TemplateValue {
        .list(views.map(\.value))
    }

    /// The value as a plain Swift value: objects as `[String: Any]`, lists of objects as
    /// `[[String: Any]]`, other lists as `[Any]`, HTML as the text it decodes to.
    public var anyValue: Any {
        switch self {
        case .text(let text): return text
        case .html(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .bool(let flag): return flag
        case .int(let number): return number
        case .opaque(let description): return description
        case .object(let entries): return entries.anyDictionary
        case .list(let items):
            let objects = items.compactMap { item -> [String: Any]? in
                guard case .object(let entries) = item else { return nil }
                return entries.anyDictionary
            }
            return objects.count == items.count ? objects : items.map(\.anyValue)
        }
    }
}

extension TemplateObject {
    var anyDictionary: [String: Any] {
        Dictionary(entries.map { ($0.key, $0.value.anyValue) }, uniquingKeysWith: { _, last in last })
    }
}
