import SiteCore

/// Checks that every front-matter reference names an existing page of its section; its messages
/// read like the link stage's (`… leder ingenstans`, `menade du …?`).
struct ReferenceChecker {
    private var slugs: [String: [String]] = [:]

    init(pages: [Page]) {
        for page in pages where page.kind == .regular {
            if let section = page.section { slugs[section, default: []].append(page.slug) }
        }
    }

    func check(_ references: [ReferenceUse]) -> [Diagnostic] {
        references.compactMap { reference in
            let candidates = slugs[reference.section] ?? []
            guard !candidates.contains(reference.slug) else { return nil }
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
