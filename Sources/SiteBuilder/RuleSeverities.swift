import Content
import SiteCore

/// The `regler:` part of `kunskapsbank.yml`: the severity of each diagnostic rule, applied to every
/// stage's diagnostics once the pipeline has collected them.
///
///     regler:
///       link.orphan: fel          # a page nothing links to stops the build
///       link.broken: varning      # broken links are printed, the site is still written
///       tabell.*: varning         # every rule starting with "tabell."
///
/// Rules that guard the published site itself (configuration, output, privacy) stay errors.
struct RuleSeverities {
    static let configKey = "regler"
    static let lockedPrefixes = ["config.", "output.", "privacy.", "integritet.", "theme."]
    static let words: [String: Severity] = ["fel": .error, "varning": .warning]

    private var exact: [String: Severity] = [:]
    private var prefixes: [(String, Severity)] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(config: BankConfig, configFile: String) {
        guard let node = config.extensions[Self.configKey], !node.isNull else { return }
        guard let entries = node.entries else {
            diagnostics.append(problem(configFile, node.line, node.column,
                "regler ska vara en tabell med regelnamn och fel eller varning, inte \(node.kindName)",
                hint: "skriv till exempel   link.orphan: fel"))
            return
        }
        for entry in entries {
            let word = entry.value.scalar?.trimmingSpaces().lowercased() ?? ""
            guard let severity = Self.words[word] else {
                diagnostics.append(problem(configFile, entry.value.line, entry.value.column,
                    "regeln \(entry.key) kan bara vara fel eller varning, inte \"\(word)\"",
                    hint: NearestMatch.hint(for: word, among: ["fel", "varning"]) ?? "skriv fel eller varning"))
                continue
            }
            if Self.lockedPrefixes.contains(where: { entry.key.hasPrefix($0) }) {
                diagnostics.append(problem(configFile, entry.keyLine, entry.keyColumn,
                    "regeln \(entry.key) skyddar den publicerade webbplatsen och kan inte ändras",
                    hint: "ta bort raden; regler som börjar med " + Self.lockedPrefixes.joined(separator: ", ") + " är alltid fel"))
                continue
            }
            if entry.key.hasSuffix(".*") {
                prefixes.append((String(entry.key.dropLast()), severity))
            } else {
                exact[entry.key] = severity
            }
        }
    }

    /// The diagnostics with configured severities, plus the problems of `regler:` itself.
    func apply(to all: [Diagnostic]) -> [Diagnostic] {
        all.map { diagnostic in
            guard let severity = severity(for: diagnostic.rule) else { return diagnostic }
            var changed = diagnostic
            changed.severity = severity
            return changed
        } + diagnostics
    }

    func severity(for rule: String) -> Severity? {
        if Self.lockedPrefixes.contains(where: { rule.hasPrefix($0) }) { return nil }
        if let severity = exact[rule] { return severity }
        return prefixes.filter { rule.hasPrefix($0.0) }.max { $0.0.count < $1.0.count }?.1
    }

    private func problem(_ file: String, _ line: Int, _ column: Int, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), rule: "config.rules", message, hint: hint)
    }
}
