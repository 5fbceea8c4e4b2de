import Foundation
import SiteCore

/// Reads one Markdown page: decodes its text, splits off and validates its front matter.
enum PageReader {
    /// A knowledge-bank page is prose: far below this. Larger files are refused before parsing,
    /// which would otherwise take seconds and a gigabyte of memory (measured: 50 MB, 13 s, 1,1 GB).
    static let maximumPageBytes = 5_000_000

    struct Result: Sendable {
        /// Nil only when the file cannot be read as text; pages with front-matter errors are kept
        /// so that links to them still resolve.
        var page: Page?
        var diagnostics: [Diagnostic]
        var references: [ReferenceUse]
    }

    static func read(_ source: PageSource, config: BankConfig, preread: PrereadFiles? = nil) -> Result {
        let file = source.file
        guard let data = preread?.take(file.relativePath) ?? FileBytes.read(file.absolutePath) else {
            return Result(page: nil, diagnostics: [DataFileReader.unreadable(file)], references: [])
        }
        var log = DiagnosticCollector(file: file.display)
        if data.count > maximumPageBytes {
            log.error(
                "content.too-large",
                "sidan är för stor (\(data.count / 1_000_000) MB); gränsen är \(maximumPageBytes / 1_000_000) MB",
                hint: "dela upp texten på flera sidor; stora tabeller kan ligga som CSV i data/")
            return Result(page: nil, diagnostics: log.diagnostics, references: [])
        }
        let decoded = SourceTextDecoder.decode(data, file: file.display)
        log.append(contentsOf: decoded.diagnostics)
        guard let text = decoded.text else { return Result(page: nil, diagnostics: log.diagnostics, references: []) }
        log.setText(text)

        let (fields, context) = schema(for: source, config: config)
        var page = Page(
            source: file.display, relativePath: file.relativePath, section: source.section, slug: source.slug,
            kind: source.kind, sitePath: source.sitePath, title: file.stem, body: text)
        // Only in messages: made for the few pages that have one.
        var example: String { "börja filen med:\n" + fields.minimalFrontMatter }
        if text.allSatisfy(\.isWhitespace) {
            log.error("page.empty", "sidan är tom", hint: example)
            page.body = ""
            return Result(page: page, diagnostics: log.diagnostics, references: [])
        }
        let yaml: String
        switch FrontMatter.split(text) {
        case .missing:
            log.error("front-matter.missing", "sidan saknar front matter", hint: example)
            return Result(page: page, diagnostics: log.diagnostics, references: [])
        case .unclosed:
            log.error(
                "front-matter.unclosed", "front matter som börjar med --- på rad 1 avslutas aldrig",
                hint: "lägg till en rad med bara --- efter det sista fältet")
            page.body = ""
            return Result(page: page, diagnostics: log.diagnostics, references: [])
        case .found(let text, let closingLine, let body):
            yaml = text
            page.frontMatter = text
            page.body = body
            page.bodyLineOffset = closingLine
        }

        var entries: [YAMLEntry] = []
        switch YAMLReader.read(yaml, lineOffset: 1, rulePrefix: "front-matter", log: &log) {
        case .failed: return Result(page: page, diagnostics: log.diagnostics, references: [])
        case .empty: break
        case .document(let node):
            guard case .mapping(let pairs) = node.content else {
                log.error(
                    "front-matter.not-mapping", line: node.line, column: node.column,
                    "front matter ska bestå av fält (titel: …), inte \(node.kindName)", hint: example)
                return Result(page: page, diagnostics: log.diagnostics, references: [])
            }
            // Another generator's key names (`title`) read as ours (`titel`) where the config says so.
            entries = pairs.map { entry in
                var renamed = entry
                if let own = config.fieldAliases[entry.key] { renamed.key = own }
                return renamed
            }
        }
        var references: [ReferenceUse] = []
        page.fields = FrontMatterValidator(fields: fields, context: context)
            .validate(entries, log: &log, references: &references)
        // References stand in the front matter (file line 2 on): holding it, not the whole text.
        for index in references.indices {
            references[index].text = yaml
            references[index].textFirstLine = 2
        }
        if case .text(let title)? = page.value("titel"), !title.isEmpty { page.title = title }
        if case .text(let summary)? = page.value("sammanfattning"), !summary.isEmpty { page.summary = summary }
        return Result(page: page, diagnostics: log.diagnostics, references: references)
    }

    /// Regular pages of a section follow its schema; index pages and root pages the free-page one.
    private static func schema(for source: PageSource, config: BankConfig) -> ([FieldSchema], String) {
        if source.kind == .regular, let folder = source.section, let section = config.section(folder) {
            return (section.fields, "sektionen \(folder)")
        }
        if let folder = source.section { return (FrontMatterValidator.freePageFields, "sektionens startsida \(folder)") }
        return (FrontMatterValidator.freePageFields, "en sida i innehållsmappens rot")
    }
}
