/// One section of the bank: a folder of pages and the schema of their front matter.
public struct SectionSchema: Sendable, Hashable {
    /// The folder under `content/`, also the URL segment (`metoder`).
    public var folder: String
    /// The template the theme renders pages of this section with (`metod`).
    public var template: String
    /// The heading shown to readers (`Metoder`).
    public var name: String
    public var sortOrder: SortOrder
    public var inNavigation: Bool
    /// In the order of the configuration file; `titel` is always present and required.
    public var fields: [FieldSchema]

    public init(
        folder: String, template: String, name: String, sortOrder: SortOrder = .title, inNavigation: Bool = true,
        fields: [FieldSchema]
    ) {
        self.folder = folder
        self.template = template
        self.name = name
        self.sortOrder = sortOrder
        self.inNavigation = inNavigation
        self.fields = fields
    }

    public func field(_ key: String) -> FieldSchema? {
        fields.first { $0.key == key }
    }
}

/// How a section's pages are listed.
public enum SortOrder: String, Sendable, Hashable {
    /// Alphabetically by title (`sortering: titel`).
    case title = "titel"
    /// By the number in the field `ordning` (`sortering: ordning`).
    case order = "ordning"
}
