import SiteCore

/// Reads typed values out of configuration YAML, reporting each wrong key or type at its line.
struct ConfigScanner: Sendable {
    var log: DiagnosticCollector

    /// Reports keys outside `allowed`, with the nearest allowed key as a hint.
    mutating func checkKeys(_ entries: [YAMLEntry], allowed: [String], in context: String) {
        for entry in entries where !allowed.contains(entry.key) {
            let hint = NearestMatch.hint(for: entry.key, among: allowed)
                ?? "tillåtna nycklar i \(context): " + allowed.joined(separator: ", ")
            log.error(
                "config.unknown-key", line: entry.keyLine, column: entry.keyColumn,
                "okänd nyckel \"\(entry.key)\" i \(context)", hint: hint)
        }
    }

    mutating func string(_ entry: YAMLEntry) -> String? {
        guard let text = entry.value.scalar, !entry.value.isNull else {
            wrongType(entry, expected: "text")
            return nil
        }
        return text
    }

    mutating func bool(_ entry: YAMLEntry) -> Bool? {
        switch entry.value.scalar {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            wrongType(entry, expected: "true eller false")
            return nil
        }
    }

    mutating func number(_ entry: YAMLEntry) -> Double? {
        guard let text = entry.value.scalar, let number = Double(text), number.isFinite else {
            wrongType(entry, expected: "ett tal")
            return nil
        }
        return number
    }

    mutating func mapping(_ entry: YAMLEntry) -> [YAMLEntry]? {
        guard case .mapping(let entries) = entry.value.content else {
            wrongType(entry, expected: "en tabell med nycklar")
            return nil
        }
        return entries
    }

    mutating func sequence(_ entry: YAMLEntry) -> [YAMLNode]? {
        guard case .sequence(let items) = entry.value.content else {
            wrongType(entry, expected: "en lista")
            return nil
        }
        return items
    }

    private mutating func wrongType(_ entry: YAMLEntry, expected: String) {
        log.error(
            "config.wrong-type", line: entry.value.line, column: entry.value.column,
            "\"\(entry.key)\" ska vara \(expected), inte \(entry.value.kindName)")
    }
}
