import SiteCore

/// Reads the `sektioner` list of the configuration, then checks what needs all sections at once:
/// unique folders, `referens` targets and the `ordning` field of sections sorted by it.
enum SectionListReader {
    static let sectionKeys = ["mapp", "mall", "namn", "sortering", "i-navigering", "falt"]
    /// Folders that cannot be sections because the site uses them for something else.
    static let reservedFolders: Set<String> = ["data", "assets", "statistik", "sok", "register", "tillganglighet"]

    static func read(_ items: [YAMLNode], scanner: inout ConfigScanner) -> [SectionSchema] {
        var sections: [SectionSchema] = []
        var references: [FieldListReader.PendingReference] = []
        for item in items {
            guard case .mapping(let entries) = item.content else {
                scanner.log.error(
                    "config.wrong-type", line: item.line, column: item.column,
                    "varje sektion ska vara en tabell (- mapp: …), inte \(item.kindName)")
                continue
            }
            scanner.checkKeys(entries, allowed: sectionKeys, in: "en sektion")
            guard let folder = folder(entries, item: item, scanner: &scanner) else { continue }
            if sections.contains(where: { $0.folder == folder }) {
                scanner.log.error(
                    "config.duplicate-section", line: item.line, column: item.column,
                    "sektionen \"\(folder)\" finns redan", hint: "varje mapp får bara stå en gång under sektioner")
                continue
            }
            var section = SectionSchema(folder: folder, template: folder, name: folder, fields: [])
            var sortEntry: YAMLEntry?
            for entry in entries {
                switch entry.key {
                case "mall": section.template = scanner.string(entry) ?? folder
                case "namn": section.name = scanner.string(entry) ?? folder
                case "i-navigering": section.inNavigation = scanner.bool(entry) ?? true
                case "sortering":
                    sortEntry = entry
                    section.sortOrder = sortOrder(entry, scanner: &scanner)
                case "falt":
                    guard let fieldEntries = scanner.mapping(entry) else { break }
                    let read = FieldListReader.read(fieldEntries, section: folder, scanner: &scanner)
                    section.fields = read.fields
                    references += read.references
                default: break
                }
            }
            section.fields = withTitle(section.fields)
            if section.sortOrder == .order, section.field("ordning")?.type != .number {
                let at = sortEntry?.value
                scanner.log.error(
                    "config.sort-field", line: at?.line ?? item.line, column: at?.column ?? item.column,
                    "sektionen \"\(folder)\" sorteras efter ordning men har inget fält ordning av typen tal",
                    hint: "lägg till under falt: ordning: { etikett: Nummer, typ: tal, kravs: true }")
            }
            sections.append(section)
        }
        return resolve(references, in: sections, scanner: &scanner)
    }

    private static func folder(_ entries: [YAMLEntry], item: YAMLNode, scanner: inout ConfigScanner) -> String? {
        guard let entry = entries.first(where: { $0.key == "mapp" }) else {
            scanner.log.error(
                "config.missing-key", line: item.line, column: item.column, "sektionen saknar mapp",
                hint: "lägg till mapp: med namnet på mappen i content/")
            return nil
        }
        guard let folder = scanner.string(entry) else { return nil }
        if Slug.make(folder) != folder {
            scanner.log.error(
                "config.section-folder", line: entry.value.line, column: entry.value.column,
                "mappnamnet \"\(folder)\" går inte att använda i en adress",
                hint: "använd små bokstäver a–z, siffror och bindestreck, till exempel \"\(Slug.make(folder))\"")
            return nil
        }
        if reservedFolders.contains(folder) {
            scanner.log.error(
                "config.section-folder", line: entry.value.line, column: entry.value.column,
                "mappen \"\(folder)\" är reserverad och kan inte vara en sektion", hint: "välj ett annat mappnamn")
            return nil
        }
        return folder
    }

    private static func sortOrder(_ entry: YAMLEntry, scanner: inout ConfigScanner) -> SortOrder {
        guard let text = scanner.string(entry) else { return .title }
        if let order = SortOrder(rawValue: text) { return order }
        let allowed = [SortOrder.title.rawValue, SortOrder.order.rawValue]
        scanner.log.error(
            "config.wrong-value", line: entry.value.line, column: entry.value.column,
            "okänd sortering \"\(text)\"; tillåtna är titel och ordning",
            hint: NearestMatch.hint(for: text, among: allowed) ?? "sortering: titel")
        return .title
    }

    /// `titel` is always first-class: present and required, whatever the file says.
    private static func withTitle(_ fields: [FieldSchema]) -> [FieldSchema] {
        guard let index = fields.firstIndex(where: { $0.key == "titel" }) else {
            return [FieldSchema(key: "titel", label: "Titel", type: .text, required: true)] + fields
        }
        var fields = fields
        fields[index].required = true
        return fields
    }

    /// Keeps references to configured sections; reports the others and drops their target.
    private static func resolve(
        _ references: [FieldListReader.PendingReference], in sections: [SectionSchema], scanner: inout ConfigScanner
    ) -> [SectionSchema] {
        var sections = sections
        let folders = sections.map(\.folder)
        for reference in references where !folders.contains(reference.target) {
            scanner.log.error(
                "config.unknown-section", line: reference.line, column: reference.column,
                "referens pekar på sektionen \"\(reference.target)\", som inte finns",
                hint: NearestMatch.hint(for: reference.target, among: folders)
                    ?? "sektionerna är: " + folders.joined(separator: ", "))
            guard let s = sections.firstIndex(where: { $0.folder == reference.section }),
                let f = sections[s].fields.firstIndex(where: { $0.key == reference.field })
            else { continue }
            sections[s].fields[f].referenceSection = nil
        }
        return sections
    }
}
