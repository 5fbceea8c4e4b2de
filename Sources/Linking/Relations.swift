import Content
import SiteCore

/// Front-matter references seen from the page they name: a method's cases (`fall.metoder`), a
/// step's methods (`metoder.steg`) and the cases that started there (`fall.startsteg`), a project's
/// cases and methods, an actor's methods and projects.
enum Relations {
    /// The groups of each named page, and every page that takes part in a reference (either end).
    static func collect(
        index: SiteIndex, config: BankConfig, titles: RelationTitles
    ) -> (groups: [String: [RelationGroup]], related: Set<String>) {
        // Source paths, not pages: only the path is shown, and a page is a big value to copy.
        var members: [String: [String: [String]]] = [:]
        var related: Set<String> = []
        for schema in config.sections {
            let pages = PageOrder.sorted(Array((index.pagesBySection[schema.folder] ?? [:]).values), for: schema)
            for page in pages {
                for entry in page.fields {
                    var targets: [String] = []
                    collectTargets(entry.value, index: index, into: &targets)
                    if targets.isEmpty { continue }
                    let key = "\(schema.folder).\(entry.key)"
                    for target in (targets.count == 1 ? targets : Set(targets).sorted()) where target != page.relativePath {
                        members[target, default: [:]][key, default: []].append(page.relativePath)
                        related.insert(target)
                        related.insert(page.relativePath)
                    }
                }
            }
        }
        let fieldOrder = config.sections.flatMap { schema in schema.fields.map { "\(schema.folder).\($0.key)" } }
        let rank = Dictionary((titles.order + fieldOrder).enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var groups: [String: [RelationGroup]] = [:]
        for (target, byKey) in members {
            groups[target] = byKey.keys.sorted { (rank[$0] ?? .max, $0) < (rank[$1] ?? .max, $1) }.compactMap { key in
                let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
                guard parts.count == 2, let schema = config.section(parts[0]) else { return nil }
                return RelationGroup(
                    key: key, title: titles.title(for: key, section: schema, field: schema.field(parts[1])),
                    pages: byKey[key] ?? [])
            }
        }
        return (groups, related)
    }

    private static func collectTargets(_ value: FieldValue, index: SiteIndex, into targets: inout [String]) {
        switch value {
        case .reference(let section, let slug):
            if let target = index.page(section: section, slug: slug) { targets.append(target.relativePath) }
        case .list(let items):
            for item in items { collectTargets(item, index: index, into: &targets) }
        default: break
        }
    }
}
