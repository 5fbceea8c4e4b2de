import SiteCore

/// Checks that every front-matter reference names an existing page of its section.
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
                "\"\(reference.slug)\" finns inte bland sidorna i \(reference.section)", hint: hint,
                sourceLine: reference.sourceLine)
        }
    }
}
