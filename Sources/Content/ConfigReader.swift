import Foundation
import SiteCore

/// Reads `kunskapsbank.yml` into a `BankConfig`. Small mistakes are reported and skipped; the
/// configuration is unusable (nil) only when the file is missing, is not YAML, or has no sections.
struct ConfigReader: Sendable {
    static let fileName = "kunskapsbank.yml"
    static let topLevelKeys = ["webbplats", "sektioner", "faltalias"]
    static let siteKeys = [
        "titel", "beskrivning", "organisation", "sprak", "bas-url", "publicerad", "senast-uppdaterad", "tema",
    ]

    /// Display path of the configuration file.
    let file: String
    let otherTopLevelKeys: Set<String>

    func read(path: String) -> (BankConfig?, [Diagnostic]) {
        var log = DiagnosticCollector(file: file)
        guard let data = FileBytes.read(path) else {
            log.error(
                "config.missing", "hittar inte konfigurationsfilen \(file)",
                hint: "skapa en ny kunskapsbank med kommandot kunskapsbank init, eller ange rätt innehållsmapp")
            return (nil, log.diagnostics)
        }
        let decoded = SourceTextDecoder.decode(data, file: file)
        log.append(contentsOf: decoded.diagnostics)
        guard let text = decoded.text else { return (nil, log.diagnostics) }
        log.setText(text)
        guard case .document(let root) = YAMLReader.read(text, lineOffset: 0, rulePrefix: "config", log: &log) else {
            if !log.hasErrors {
                log.error("config.empty", "konfigurationsfilen är tom", hint: "kör kunskapsbank init för ett exempel")
            }
            return (nil, log.diagnostics)
        }
        var scanner = ConfigScanner(log: log)
        let config = Self.config(from: root, otherKeys: otherTopLevelKeys, scanner: &scanner)
        return (config, scanner.log.diagnostics)
    }

    private static func config(from root: YAMLNode, otherKeys: Set<String>, scanner: inout ConfigScanner) -> BankConfig? {
        guard case .mapping(let entries) = root.content else {
            scanner.log.error(
                "config.wrong-type", line: root.line, column: root.column,
                "konfigurationen ska vara en tabell med nycklarna webbplats och sektioner, inte \(root.kindName)")
            return nil
        }
        scanner.checkKeys(entries.filter { !otherKeys.contains($0.key) }, allowed: topLevelKeys, in: "konfigurationen")
        var site = SiteSettings(title: "")
        if let siteEntry = entries.first(where: { $0.key == "webbplats" }) {
            if let siteEntries = scanner.mapping(siteEntry) { site = settings(from: siteEntries, at: siteEntry, scanner: &scanner) }
        } else {
            scanner.log.error(
                "config.missing-key", "konfigurationen saknar webbplats", hint: "lägg till webbplats: med titel: …")
        }
        guard let sectionsEntry = entries.first(where: { $0.key == "sektioner" }) else {
            scanner.log.error(
                "config.missing-key", "konfigurationen saknar sektioner",
                hint: "lägg till sektioner: med minst en sektion (- mapp: metoder)")
            return nil
        }
        guard let items = scanner.sequence(sectionsEntry) else { return nil }
        let sections = SectionListReader.read(items, scanner: &scanner)
        var config = BankConfig(site: site, sections: sections)
        for entry in entries where otherKeys.contains(entry.key) { config.extensions[entry.key] = entry.value }
        if let aliasEntry = entries.first(where: { $0.key == "faltalias" }), let pairs = scanner.mapping(aliasEntry) {
            for pair in pairs {
                if let own = scanner.string(pair) { config.fieldAliases[pair.key] = own }
            }
        }
        return config
    }

    private static func settings(from entries: [YAMLEntry], at parent: YAMLEntry, scanner: inout ConfigScanner) -> SiteSettings {
        scanner.checkKeys(entries, allowed: siteKeys, in: "webbplats")
        var site = SiteSettings(title: "")
        var hasTitle = false
        for entry in entries {
            switch entry.key {
            case "titel":
                site.title = scanner.string(entry) ?? ""
                hasTitle = true
            case "beskrivning": site.description = scanner.string(entry) ?? ""
            case "organisation": site.organisation = scanner.string(entry) ?? ""
            case "sprak": site.language = scanner.string(entry) ?? "sv"
            case "tema": site.theme = scanner.string(entry) ?? "default"
            case "bas-url":
                let url = entry.value.isNull ? "" : scanner.string(entry) ?? ""
                site.baseURL = url.isEmpty ? nil : url
                if !url.isEmpty, !URLSafety.isWebAddress(url) {
                    site.baseURL = nil
                    scanner.log.error(
                        "config.base-url", line: entry.value.line, column: entry.value.column,
                        "bas-url ska vara en webbadress som börjar med https://, inte \"\(url)\"",
                        hint: "bas-url: https://www.kommun.se/kunskapsbank/")
                }
            case "publicerad": site.published = date(entry, scanner: &scanner)
            case "senast-uppdaterad": site.updated = date(entry, scanner: &scanner)
            default: break
            }
        }
        if !hasTitle {
            scanner.log.error(
                "config.missing-key", line: parent.keyLine, column: parent.keyColumn, "webbplats saknar titel",
                hint: "lägg till titel: Kunskapsbank …")
        }
        return site
    }

    private static func date(_ entry: YAMLEntry, scanner: inout ConfigScanner) -> String? {
        if entry.value.isNull { return nil }
        guard let text = scanner.string(entry) else { return nil }
        guard CalendarText.date(text) != nil else {
            scanner.log.error(
                "config.wrong-type", line: entry.value.line, column: entry.value.column,
                "\"\(entry.key)\" ska vara ett datum ÅÅÅÅ-MM-DD, inte \"\(text)\"", hint: "till exempel 2014-03-31")
            return nil
        }
        return text
    }
}
