import SiteCore

/// Checks that every front-matter reference names an existing page of its section; its messages
/// read like the link stage's (`… leder ingenstans`, `menade du …?`).
struct ReferenceChecker {
    private var slugs: [String: [String]] = [:]
    /// The same slugs as sets: a bank of thousands of cases checks hundreds of thousands of references.
    private var known: [String: Set<String>] = [:]

    init(pages: [Page]) {
        for page in pages where page.kind == .regular {
            if let section = page.section { slugs[section, default: []].append(page.slug) }
        }
        known = slugs.mapValues(Set.init)
    }

    func check(_ references: [ReferenceUse]) -> [Diagnostic] {
        // By index: only the few broken references are copied, not every one (a quarter of this
        // check at 10 000 pages).
        references.indices.compactMap { index in
            guard known[references[index].section]?.contains(references[index].slug) != true else { return nil }
            let reference = references[index]
            let candidates = slugs[reference.section] ?? []
            let listed = candidates.count <= 12
                ? "sidor i \(reference.section): " + candidates.joined(separator: ", ")
                : nil
            let hint = NearestMatch.hint(for: reference.slug, among: candidates)
                ?? (candidates.isEmpty ? "sektionen \(reference.section) har inga sidor än" : listed)
            return Diagnostic(
                .error, at: reference.location, rule: "front-matter.broken-reference",
                "referensen \"\(reference.slug)\" leder ingenstans: ingen sida i \(reference.section)/ har det namnet",
                hint: hint,
                sourceLine: reference.sourceLine)
        }
    }
}
