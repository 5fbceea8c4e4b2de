/// One front-matter field a section declares (`utfall: { etikett: Utfall, typ: val, … }`).
public struct FieldSchema: Sendable, Hashable {
    public var key: String
    /// The label shown to readers (`Utfall`).
    public var label: String
    public var type: FieldType
    public var required: Bool
    /// Allowed values of a `val` field, or of the items of a `lista`, in file order.
    public var choices: [Choice]
    /// The section a `referens` field, or a `lista` of references, points into.
    public var referenceSection: String?
    public var min: Double?
    public var max: Double?

    public init(
        key: String, label: String, type: FieldType, required: Bool = false, choices: [Choice] = [],
        referenceSection: String? = nil, min: Double? = nil, max: Double? = nil
    ) {
        self.key = key
        self.label = label
        self.type = type
        self.required = required
        self.choices = choices
        self.referenceSection = referenceSection
        self.min = min
        self.max = max
    }
}

/// The type of a front-matter field; raw values are the Swedish words of the configuration.
public enum FieldType: String, Sendable, Hashable, CaseIterable {
    case text
    case number = "tal"
    /// `YYYY-MM`
    case month = "manad"
    /// `YYYY-MM-DD`
    case date = "datum"
    case choice = "val"
    case list = "lista"
    case reference = "referens"
}

/// One allowed value of a `val` field: the key written in front matter and the label shown.
public struct Choice: Sendable, Hashable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}
