import Content
import SiteCore

/// The `relationer:` part of `kunskapsbank.yml`: what a page calls the pages referring to it,
/// by `<section>.<field>` of the referring pages, in the order the groups are shown.
///
///     relationer:
///       fall.metoder: Fall där metoden har använts
///       metoder.steg: Metoder på steget
struct RelationTitles {
    static let configKey = "relationer"
    private(set) var titles: [String: String] = [:]
    private(set) var order: [String] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(config: BankConfig, configFile: String) {
        guard let node = config.extensions[Self.configKey], !node.isNull else { return }
        guard let entries = node.entries else {
            diagnostics.append(Diagnostic(
                .error, at: SourceLocation(file: configFile, line: node.line, column: node.column), rule: "config.relations",
                "relationer ska vara en tabell med nycklar, inte \(node.kindName)",
                hint: "skriv till exempel   fall.metoder: Fall där metoden har använts"))
            return
        }
        let known = Self.referenceKeys(config)
        for entry in entries {
            let location = SourceLocation(file: configFile, line: entry.keyLine, column: entry.keyColumn)
            guard known.contains(entry.key) else {
                diagnostics.append(Diagnostic(
                    .warning, at: location, rule: "config.relations",
                    "relationen \(entry.key) finns inte: ingen sektion har ett referensfält med det namnet",
                    hint: NearestMatch.hint(for: entry.key, among: known.sorted())
                        ?? "skriv <sektion>.<fält>, till exempel " + (known.sorted().first ?? "fall.metoder")))
                continue
            }
            guard let title = entry.value.scalar?.trimmingSpaces(), !title.isEmpty else {
                diagnostics.append(Diagnostic(
                    .error, at: location, rule: "config.relations",
                    "relationen \(entry.key) saknar rubrik", hint: "skriv rubriken efter kolonet"))
                continue
            }
            titles[entry.key] = title
            order.append(entry.key)
        }
    }

    /// `<section>.<field>` of every field that refers to pages (alone or as a list).
    static func referenceKeys(_ config: BankConfig) -> Set<String> {
        Set(config.sections.flatMap { schema in
            schema.fields.filter { $0.referenceSection != nil }.map { "\(schema.folder).\($0.key)" }
        })
    }

    /// The configured title, or `Fallbeskrivningar (metoder)` from the section and field names.
    func title(for key: String, section: SectionSchema, field: FieldSchema?) -> String {
        titles[key] ?? "\(section.name) (\((field?.label ?? key).lowercased()))"
    }
}
