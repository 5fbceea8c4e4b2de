import Content
import SiteCore

/// Front-matter references seen from the page they name: a method's cases (`fall.metoder`), a
/// step's methods (`metoder.steg`) and the cases that started there (`fall.startsteg`), a project's
/// cases and methods, an actor's methods and projects.
enum Relations {
    /// The groups of each named page, and every page that takes part in a reference (either end).
    ///
    /// Each `<section>.<field>` key is numbered, and its group's title and place found, once for
    /// the bank, not per page and per target; a target's groups are a short array, not a table;
    /// a page that refers is added to `related` once, its targets all at the end. This cut the
    /// function from 1.6 % to 1.2 % of the samples of a 10 000-page build.
    static func collect(
        index: SiteIndex, config: BankConfig, titles: RelationTitles
    ) -> (groups: [String: [RelationGroup]], related: Set<String>) {
        var keys = GroupKeys()
        // Per target, its groups by key number in the order first met. Source paths, not pages:
        // only the path is shown, and a page is a big value to copy.
        var members: [String: [(key: Int, pages: [String])]] = [:]
        var related: Set<String> = []
        for schema in config.sections {
            let pages = PageOrder.sorted(Array((index.pagesBySection[schema.folder] ?? [:]).values), for: schema)
            // The numbers of this section's fields, by field key (a section has a few).
            var fieldKeys: [(field: String, key: Int)] = []
            for page in pages {
                let path = page.relativePath
                var refers = false
                let fields = page.fields
                for slot in fields.indices {
                    // Most fields are text, dates or months: looked at in place, not copied.
                    switch fields[slot].value {
                    case .reference, .list: break
                    default: continue
                    }
                    var targets: [String] = []
                    collectTargets(fields[slot].value, index: index, into: &targets)
                    if targets.isEmpty { continue }
                    let field = fields[slot].key
                    let key: Int
                    if let known = fieldKeys.first(where: { $0.field == field }) {
                        key = known.key
                    } else {
                        key = keys.number("\(schema.folder).\(field)")
                        fieldKeys.append((field, key))
                    }
                    if targets.count > 1 { targets = sortedUnique(targets) }
                    for target in targets where target != path {
                        refers = true
                        add(path, key: key, to: &members[target, default: []])
                    }
                }
                if refers { related.insert(path) }
            }
        }
        related.formUnion(members.keys)
        let groupOf = keys.groups(config: config, titles: titles)
        var groups: [String: [RelationGroup]] = [:]
        groups.reserveCapacity(members.count)
        for (target, byKey) in members {
            groups[target] = byKey.sorted { groupOf[$0.key].rank < groupOf[$1.key].rank }.compactMap { key, pages in
                groupOf[key].group.map { RelationGroup(key: $0.key, title: $0.title, pages: pages) }
            }
        }
        return (groups, related)
    }

    /// `path` added to the group `key` of a target (one look-up of the target, in place).
    private static func add(_ path: String, key: Int, to groups: inout [(key: Int, pages: [String])]) {
        if let slot = groups.firstIndex(where: { $0.key == key }) {
            groups[slot].pages.append(path)
        } else {
            groups.append((key, [path]))
        }
    }

    /// `targets` sorted, each once.
    private static func sortedUnique(_ targets: [String]) -> [String] {
        var sorted = targets.sorted()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[index] != sorted[kept - 1] {
            sorted.swapAt(kept, index)
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// The `<section>.<field>` keys of the referring fields, numbered as first met.
    private struct GroupKeys {
        private(set) var keys: [String] = []

        mutating func number(_ key: String) -> Int {
            if let known = keys.firstIndex(of: key) { return known }
            keys.append(key)
            return keys.count - 1
        }

        /// Per key number: its place among the groups of a page (configured order, then the
        /// sections' field order, then the rest by key), and its group's key and title; nil when
        /// the key names no section.
        func groups(config: BankConfig, titles: RelationTitles) -> [(rank: Int, group: (key: String, title: String)?)] {
            let fieldOrder = config.sections.flatMap { schema in schema.fields.map { "\(schema.folder).\($0.key)" } }
            let rank = Dictionary((titles.order + fieldOrder).enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            let order = keys.indices.sorted { (rank[keys[$0]] ?? .max, keys[$0]) < (rank[keys[$1]] ?? .max, keys[$1]) }
            var result: [(rank: Int, group: (key: String, title: String)?)] = Array(repeating: (0, nil), count: keys.count)
            for (place, number) in order.enumerated() {
                let key = keys[number]
                let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
                guard parts.count == 2, let schema = config.section(parts[0]) else {
                    result[number] = (place, nil)
                    continue
                }
                result[number] = (place, (key, titles.title(for: key, section: schema, field: schema.field(parts[1]))))
            }
            return result
        }
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
