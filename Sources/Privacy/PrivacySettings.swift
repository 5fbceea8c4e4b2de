import Content
import SiteCore

/// The `integritet:` part of `kunskapsbank.yml`, read and checked.
///
///     integritet:
///       fallsektioner: [fall]               # default: sections whose template is `fall`
///       skyddade-ord: ../skyddade-ord.txt   # relative to content/, must lie outside it
///       k: 3
///       kvasi-identifierare: { projekt: varde, kommun: varde, aldersgrupp: varde, inskriven: ar }
///       uppgifter-i-fall: { telefonnummer: fel, e-post: fel, adress: fel, datum: fel, alder: varning }
public struct PrivacySettings: Sendable {
    /// Folders of the sections whose pages are case learnings.
    public var caseSections: [String]
    /// As written, relative to the content folder; with where it was written.
    public var protectedWordsPath: (path: String, location: SourceLocation)?
    /// Every combination of quasi-identifiers shown on case pages must occur in at least k cases.
    public var k: Int
    public var quasiIdentifiers: [QuasiIdentifier]
    public var severities: [CaseDetail: Severity]

    public static let defaultK = 3

    /// The settings of `node` (nil when the section is missing), checked against the sections of
    /// `config`; problems are located in `file`.
    public static func read(_ node: YAMLNode?, config: BankConfig, file: String) -> (PrivacySettings, [Diagnostic]) {
        var reader = SettingsReader(config: config, file: file)
        let settings = reader.read(node)
        return (settings, reader.diagnostics)
    }
}

/// A front-matter field of case learnings that, combined with others, could point at a person,
/// and how finely case pages show it.
public struct QuasiIdentifier: Sendable, Hashable {
    public enum Granularity: String, Sendable, Hashable, CaseIterable {
        /// The value as written.
        case value = "varde"
        /// Only the year of a month or date.
        case year = "ar"
        /// Only the month of a date.
        case month = "manad"
        /// Not shown on case pages at all (still used by the statistics, which disclose only totals).
        case hidden = "dold"
    }

    public var field: String
    public var granularity: Granularity
}

private struct SettingsReader {
    let config: BankConfig
    let file: String
    var diagnostics: [Diagnostic] = []

    static let keys = ["fallsektioner", "skyddade-ord", "k", "kvasi-identifierare", "uppgifter-i-fall"]

    mutating func read(_ node: YAMLNode?) -> PrivacySettings {
        var settings = PrivacySettings(
            caseSections: config.sections.filter { $0.template == "fall" }.map(\.folder), protectedWordsPath: nil,
            k: PrivacySettings.defaultK, quasiIdentifiers: [], severities: [:])
        guard let node, !node.isNull else { return settings }
        guard let entries = node.entries else {
            error(node, "integritet ska vara en tabell med nycklar, inte \(node.kindName)", hint: "se README.md, avsnittet Integritet")
            return settings
        }
        for entry in entries {
            let value = entry.value
            switch entry.key {
            case "fallsektioner": settings.caseSections = caseSections(value)
            case "skyddade-ord":
                if let path = value.scalar, !value.isNull, !path.isEmpty {
                    settings.protectedWordsPath = (path, location(value))
                } else {
                    error(value, "skyddade-ord ska vara sökvägen till en textfil", hint: "skyddade-ord: ../skyddade-ord.txt")
                }
            case "k":
                if let k = value.scalar.flatMap({ Int($0) }), k >= 1 {
                    settings.k = k
                } else {
                    error(value, "k ska vara ett heltal, minst 1", hint: "k: \(PrivacySettings.defaultK)")
                }
            case "kvasi-identifierare": settings.quasiIdentifiers = quasiIdentifiers(value, sections: settings.caseSections)
            case "uppgifter-i-fall": settings.severities = severities(value)
            default:
                diagnostics.append(Diagnostic(
                    .warning, at: SourceLocation(file: file, line: entry.keyLine, column: entry.keyColumn),
                    rule: "integritet.config", "okänd nyckel \"\(entry.key)\" under integritet",
                    hint: NearestMatch.hint(for: entry.key, among: Self.keys) ?? "kända nycklar: " + Self.keys.joined(separator: ", ")))
            }
        }
        return settings
    }

    private mutating func caseSections(_ node: YAMLNode) -> [String] {
        let items = node.items ?? [node]
        var folders: [String] = []
        for item in items {
            guard let folder = item.scalar, !item.isNull else {
                error(item, "fallsektioner ska vara en lista med sektionsmappar", hint: "fallsektioner: [fall]")
                continue
            }
            if config.section(folder) == nil {
                error(item, "\"\(folder)\" är ingen sektion",
                      hint: NearestMatch.hint(for: folder, among: config.sections.map(\.folder)) ?? "ange en mapp under sektioner")
            }
            folders.append(folder)
        }
        return folders
    }

    private mutating func quasiIdentifiers(_ node: YAMLNode, sections: [String]) -> [QuasiIdentifier] {
        guard let entries = node.entries else {
            error(node, "kvasi-identifierare ska vara en tabell fält: noggrannhet", hint: "kvasi-identifierare: { kommun: varde, inskriven: ar }")
            return []
        }
        let fields = sections.compactMap { config.section($0) }.flatMap { $0.fields.map(\.key) }
        var identifiers: [QuasiIdentifier] = []
        for entry in entries {
            let allowed = QuasiIdentifier.Granularity.allCases.map(\.rawValue)
            guard let granularity = entry.value.scalar.flatMap(QuasiIdentifier.Granularity.init(rawValue:)) else {
                error(entry.value, "noggrannheten för \(entry.key) ska vara \(allowed.joined(separator: ", ") )",
                      hint: NearestMatch.hint(for: entry.value.scalar ?? "", among: allowed))
                continue
            }
            if !fields.contains(entry.key) {
                diagnostics.append(Diagnostic(
                    .error, at: SourceLocation(file: file, line: entry.keyLine, column: entry.keyColumn), rule: "integritet.config",
                    "fallbeskrivningarna har inget fält \"\(entry.key)\"",
                    hint: NearestMatch.hint(for: entry.key, among: fields) ?? "ange ett fält ur fallsektionens falt"))
                continue
            }
            identifiers.append(QuasiIdentifier(field: entry.key, granularity: granularity))
        }
        return identifiers
    }

    private mutating func severities(_ node: YAMLNode) -> [CaseDetail: Severity] {
        guard let entries = node.entries else {
            error(node, "uppgifter-i-fall ska vara en tabell uppgift: fel eller varning", hint: "uppgifter-i-fall: { datum: fel }")
            return [:]
        }
        var severities: [CaseDetail: Severity] = [:]
        for entry in entries {
            guard let detail = CaseDetail(rawValue: entry.key) else {
                let known = CaseDetail.allCases.map(\.rawValue)
                diagnostics.append(Diagnostic(
                    .error, at: SourceLocation(file: file, line: entry.keyLine, column: entry.keyColumn), rule: "integritet.config",
                    "okänd uppgift \"\(entry.key)\" under uppgifter-i-fall",
                    hint: NearestMatch.hint(for: entry.key, among: known) ?? "kända: " + known.joined(separator: ", ")))
                continue
            }
            switch entry.value.scalar {
            case "fel": severities[detail] = .error
            case "varning": severities[detail] = .warning
            default: error(entry.value, "\(entry.key) ska vara fel eller varning", hint: "\(entry.key): fel")
            }
        }
        return severities
    }

    private func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    private mutating func error(_ node: YAMLNode, _ message: String, hint: String?) {
        diagnostics.append(Diagnostic(.error, at: location(node), rule: "integritet.config", message, hint: hint))
    }
}
