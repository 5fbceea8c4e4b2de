/// A YAML value with its place in the file, made from Yams' composed nodes so it can cross threads
/// and so that scalars stay the strings the writer typed (`2012-03` is not a date yet).
struct YAMLNode: Sendable {
    enum Content: Sendable {
        /// `plain` is false for quoted and block scalars, which are never null.
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLEntry])
    }

    var content: Content
    /// 1-based file line and column.
    var line: Int
    var column: Int

    var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    var isNull: Bool {
        if case .scalar(let text, plain: true) = content { return ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    /// The Swedish name of what this node is, for "ska vara …, inte …" messages.
    var kindName: String {
        switch content {
        case .scalar: isNull ? "tomt" : "ett enkelt värde"
        case .sequence: "en lista"
        case .mapping: "en tabell med nycklar"
        }
    }
}

/// One `key: value` pair of a YAML mapping; keys are always scalars.
struct YAMLEntry: Sendable {
    var key: String
    var keyLine: Int
    var keyColumn: Int
    var value: YAMLNode
}
