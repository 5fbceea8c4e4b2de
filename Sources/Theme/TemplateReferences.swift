import SiteCore

/// Partials (`{{>namn}}`) and parents (`{{<namn}}`) a template names. Mustache renders a missing
/// partial as nothing and recurses forever into a partial that includes itself, so both are
/// checked when the theme is loaded.
struct TemplateReference: Sendable, Equatable {
    var name: String
    var position: TextPosition

    /// Static references in a template text; dynamic ones (`{{>*namn}}`) are skipped.
    static func all(in text: String) -> [TemplateReference] {
        var found: [TemplateReference] = []
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstRange(of: "{{") {
            searchStart = open.upperBound
            guard open.upperBound < text.endIndex else { break }
            let marker: Character = text[open.upperBound]
            if marker == "!" {  // a comment ends at the first "}}"; tags named inside it are not tags
                guard let close = text[open.upperBound...].firstRange(of: "}}") else { break }
                searchStart = close.upperBound
                continue
            }
            guard marker == ">" || marker == "<", let close = text[open.upperBound...].firstRange(of: "}}") else { continue }
            let name = String(text[text.index(after: open.upperBound)..<close.lowerBound]).trimmingSpaces()
            guard !name.isEmpty, !name.hasPrefix("*") else { continue }
            found.append(TemplateReference(name: name, position: TextPosition(of: open.lowerBound, in: text)))
        }
        return found
    }
}

/// Checks that every referenced template exists and that no template includes itself, directly or
/// through others.
enum TemplateReferenceCheck {
    struct Source {
        var name: String
        var file: String
        var text: String
    }

    static func diagnostics(for sources: [Source]) -> [Diagnostic] {
        let byName = Dictionary(sources.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let references = byName.mapValues { TemplateReference.all(in: $0.text) }
        var diagnostics: [Diagnostic] = []

        for source in sources {
            for reference in references[source.name] ?? [] where byName[reference.name] == nil {
                diagnostics.append(Diagnostic(
                    .error, at: location(source, reference), rule: "theme.missing-template",
                    "mallen \"\(reference.name)\" finns inte",
                    hint: "befintliga mallar: " + byName.keys.sorted().joined(separator: ", "),
                    sourceLine: TextPosition.line(reference.position.line, of: source.text)))
            }
        }

        // Depth-first search; a reference back into the current path closes a cycle.
        var finished: Set<String> = []
        var reportedCycles: Set<[String]> = []
        func visit(_ name: String, path: [String]) {
            guard !finished.contains(name), let source = byName[name] else { return }
            let path = path + [name]
            for reference in references[name] ?? [] {
                guard let start = path.firstIndex(of: reference.name) else {
                    visit(reference.name, path: path)
                    continue
                }
                let cycle = Array(path[start...]) + [reference.name]
                guard reportedCycles.insert(Array(Set(cycle)).sorted()).inserted else { continue }
                diagnostics.append(Diagnostic(
                    .error, at: location(source, reference), rule: "theme.template-cycle",
                    "mallarna tar med varandra i en ring: " + cycle.joined(separator: " → "),
                    hint: "en mall får inte ta med sig själv, direkt eller via andra mallar",
                    sourceLine: TextPosition.line(reference.position.line, of: source.text)))
            }
            finished.insert(name)
        }
        for name in byName.keys.sorted() { visit(name, path: []) }
        return diagnostics
    }

    private static func location(_ source: Source, _ reference: TemplateReference) -> SourceLocation {
        SourceLocation(file: source.file, line: reference.position.line, column: reference.position.column)
    }
}
