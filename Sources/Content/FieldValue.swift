/// A validated front-matter value, typed by its field's schema.
public enum FieldValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    case month(year: Int, month: Int)
    case date(year: Int, month: Int, day: Int)
    /// The key as written and its label from the configuration.
    case choice(key: String, label: String)
    /// A page of `section` named by its slug; checked to exist.
    case reference(section: String, slug: String)
    case list([FieldValue])
}
