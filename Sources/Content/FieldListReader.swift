import SiteCore

/// Reads a section's `falt` map: one `FieldSchema` per key, in file order.
enum FieldListReader {
    static let fieldKeys = ["etikett", "typ", "kravs", "varden", "referens", "min", "max"]

    /// A `referens` to check once all sections are known.
    struct PendingReference: Sendable {
        var section: String
        var field: String
        var target: String
        var line: Int
        var column: Int
    }

    static func read(
        _ entries: [YAMLEntry], section: String, scanner: inout ConfigScanner
    ) -> (fields: [FieldSchema], references: [PendingReference]) {
        var fields: [FieldSchema] = []
        var references: [PendingReference] = []
        for entry in entries {
            guard let properties = scanner.mapping(entry) else { continue }
            scanner.checkKeys(properties, allowed: fieldKeys, in: "fältet \(entry.key)")
            var field = FieldSchema(key: entry.key, label: entry.key, type: .text)
            var choicesEntry: YAMLEntry?
            var referenceEntry: YAMLEntry?
            for property in properties {
                switch property.key {
                case "etikett": field.label = scanner.string(property) ?? entry.key
                case "typ": field.type = type(property, scanner: &scanner)
                case "kravs": field.required = scanner.bool(property) ?? false
                case "min": field.min = scanner.number(property)
                case "max": field.max = scanner.number(property)
                case "varden":
                    choicesEntry = property
                    field.choices = choices(property, scanner: &scanner)
                case "referens":
                    referenceEntry = property
                    field.referenceSection = scanner.string(property)
                default: break
                }
            }
            if let target = field.referenceSection, let at = referenceEntry {
                references.append(PendingReference(
                    section: section, field: field.key, target: target, line: at.value.line, column: at.value.column))
            }
            check(field, at: entry, choicesEntry: choicesEntry, referenceEntry: referenceEntry, scanner: &scanner)
            fields.append(field)
        }
        return (fields, references)
    }

    private static func type(_ entry: YAMLEntry, scanner: inout ConfigScanner) -> FieldType {
        guard let text = scanner.string(entry) else { return .text }
        if let type = FieldType(rawValue: text) { return type }
        let names = FieldType.allCases.map(\.rawValue)
        scanner.log.error(
            "config.unknown-type", line: entry.value.line, column: entry.value.column, "okänd typ \"\(text)\"",
            hint: NearestMatch.hint(for: text, among: names) ?? "tillåtna typer: " + names.joined(separator: ", "))
        return .text
    }

    /// `varden` as a map `key: Label` or as a list of keys that are their own labels.
    private static func choices(_ entry: YAMLEntry, scanner: inout ConfigScanner) -> [Choice] {
        switch entry.value.content {
        case .mapping(let pairs):
            return pairs.compactMap { pair in scanner.string(pair).map { Choice(key: pair.key, label: $0) } }
        case .sequence(let items):
            return items.compactMap { item in item.scalar.map { Choice(key: $0, label: $0) } }
        case .scalar:
            _ = scanner.mapping(entry)
            return []
        }
    }

    private static func check(
        _ field: FieldSchema, at entry: YAMLEntry, choicesEntry: YAMLEntry?, referenceEntry: YAMLEntry?,
        scanner: inout ConfigScanner
    ) {
        if field.type == .choice, field.choices.isEmpty {
            scanner.log.error(
                "config.missing-key", line: entry.keyLine, column: entry.keyColumn,
                "fältet \"\(field.key)\" har typen val men inga varden",
                hint: "lägg till varden: { nyckel: Etikett, … }")
        }
        if field.type == .reference, referenceEntry == nil {
            scanner.log.error(
                "config.missing-key", line: entry.keyLine, column: entry.keyColumn,
                "fältet \"\(field.key)\" har typen referens men ingen referens till en sektion",
                hint: "lägg till referens: med sektionens mapp")
        }
        if let choicesEntry, ![.choice, .list].contains(field.type) {
            scanner.log.error(
                "config.misplaced-key", line: choicesEntry.keyLine, column: choicesEntry.keyColumn,
                "varden gäller bara fält av typen val eller lista")
        }
        if let referenceEntry, ![.reference, .list].contains(field.type) {
            scanner.log.error(
                "config.misplaced-key", line: referenceEntry.keyLine, column: referenceEntry.keyColumn,
                "referens gäller bara fält av typen referens eller lista")
        }
        if field.type == .list, !field.choices.isEmpty, field.referenceSection != nil {
            scanner.log.error(
                "config.misplaced-key", line: entry.keyLine, column: entry.keyColumn,
                "fältet \"\(field.key)\" kan inte ha både varden och referens")
        }
    }
}
