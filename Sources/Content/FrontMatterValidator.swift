import SiteCore

/// Checks a page's front matter against the fields of its section: unknown keys, missing required
/// fields and values of the wrong type are reported; valid values become `FieldEntry`s in schema order.
struct FrontMatterValidator {
    /// Fields of pages in the content root and of index pages.
    static let freePageFields = [
        FieldSchema(key: "titel", label: "Titel", type: .text, required: true),
        FieldSchema(key: "sammanfattning", label: "Sammanfattning", type: .text),
        FieldSchema(key: "publicerad", label: "Publicerad", type: .date),
        FieldSchema(key: "senast-uppdaterad", label: "Senast uppdaterad", type: .date),
    ]

    let fields: [FieldSchema]
    /// Where the page lives, for messages (`sektionen fall`).
    let context: String

    func validate(
        _ entries: [YAMLEntry], log: inout DiagnosticCollector, references: inout [ReferenceUse]
    ) -> [FieldEntry] {
        // The key list is made only for a message: per page it was an allocation and a retain per field.
        for entry in entries where !fields.contains(where: { $0.key == entry.key }) {
            let keys = fields.map(\.key)
            log.error(
                "front-matter.unknown-key", line: entry.keyLine, column: entry.keyColumn,
                "okänt fält \"\(entry.key)\" i \(context)",
                hint: NearestMatch.hint(for: entry.key, among: keys) ?? "tillåtna fält: " + keys.joined(separator: ", "))
        }
        var result: [FieldEntry] = []
        result.reserveCapacity(min(fields.count, entries.count))
        for field in fields {
            guard let entry = entries.first(where: { $0.key == field.key }) else {
                if field.required {
                    log.error(
                        "front-matter.missing-field",
                        "det obligatoriska fältet \"\(field.key)\" saknas (\(field.typeDescription))",
                        hint: "lägg till en rad, till exempel \(field.exampleLine)")
                }
                continue
            }
            if entry.value.isNull {
                if field.required {
                    log.error(
                        "front-matter.missing-value", line: entry.keyLine, column: entry.keyColumn,
                        "det obligatoriska fältet \"\(field.key)\" saknar värde",
                        hint: "skriv till exempel \(field.exampleLine)")
                }
                continue
            }
            let decoder = FieldValueDecoder(field: field)
            if let value = decoder.decode(entry.value, log: &log, references: &references) {
                let location = SourceLocation(file: log.file, line: entry.keyLine, column: entry.keyColumn)
                result.append(FieldEntry(key: field.key, value: value, location: location))
            }
        }
        return result
    }
}
