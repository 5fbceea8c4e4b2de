/// A YAML value with its place in the file, made from Yams' composed nodes so it can cross threads
/// and so that scalars stay the strings the writer typed (`2012-03` is not a date yet).
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        /// `plain` is false for quoted and block scalars, which are never null.
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLEntry])
    }

    public var content: Content
    /// 1-based file line and column.
    public var line: Int
    public var column: Int

    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    public var isNull: Bool {
        if case .scalar(let text, plain: true) = content { return ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    /// The Swedish name of what this node is, for "ska vara …, inte …" messages.
    public var kindName: String {
        switch content {
        case .scalar: isNull ? "tomt" : "ett enkelt värde"
        case .sequence: "en lista"
        case .mapping: "en tabell med nycklar"
        }
    }
}

/// One `key: value` pair of a YAML mapping; keys are always scalars.
public struct YAMLEntry: Sendable {
    public var key: String
    public var keyLine: Int
    public var keyColumn: Int
    public var value: YAMLNode
}

extension YAMLNode {
    /// The entries of a mapping, or nil for a scalar or a sequence.
    public var entries: [YAMLEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The items of a sequence, or nil for a scalar or a mapping.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value stored under `key` in a mapping.
    public subscript(key: String) -> YAMLNode? { entries?.first { $0.key == key }?.value }
}
