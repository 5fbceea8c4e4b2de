import Foundation
import SiteCore

/// What a build with only warnings reported, kept as one JSON line in the output marker, so a
/// skipped identical rebuild reports the same warnings again.
///
/// The marker is published with the site, so nothing from the privacy stage is ever stored: a
/// build with privacy warnings or accepted findings is not recorded (the next build runs in full),
/// and source lines are left out (the printer reads them from the files again).
struct PreviousBuildReport: Equatable, Codable {
    static let prefix = "rapport "

    private struct Location: Equatable, Codable {
        var file: String
        var line: Int
        var column: Int

        init(_ location: SourceLocation) { (file, line, column) = (location.file, location.line, location.column) }
        var value: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    }

    private struct StoredDiagnostic: Equatable, Codable {
        var location: Location
        var severity: Severity
        var rule: String
        var message: String
        var hint: String?
        var sourceLine: String?
    }

    private struct StoredFinding: Equatable, Codable {
        var location: Location
        var rule: String
        var finding: String
        var reason: String
    }

    private var diagnostics: [StoredDiagnostic]
    private var accepted: [StoredFinding]

    /// The report to keep in the published marker, or nil when the build reported anything from the
    /// privacy stage.
    init?(publishing diagnostics: [Diagnostic], accepted: [AcceptedFinding]) {
        guard accepted.isEmpty, !diagnostics.contains(where: { $0.rule.hasPrefix("integritet.") }) else { return nil }
        self.init(diagnostics: diagnostics.map { diagnostic in
            var stored = diagnostic
            stored.sourceLine = nil
            return stored
        }, accepted: [])
    }

    init(diagnostics: [Diagnostic], accepted: [AcceptedFinding]) {
        self.diagnostics = diagnostics.map {
            StoredDiagnostic(
                location: Location($0.location), severity: $0.severity, rule: $0.rule, message: $0.message, hint: $0.hint,
                sourceLine: $0.sourceLine)
        }
        self.accepted = accepted.map {
            StoredFinding(location: Location($0.location), rule: $0.rule, finding: $0.finding, reason: $0.reason)
        }
    }

    var reportedDiagnostics: [Diagnostic] {
        diagnostics.map {
            Diagnostic($0.severity, at: $0.location.value, rule: $0.rule, $0.message, hint: $0.hint, sourceLine: $0.sourceLine)
        }
    }

    var acceptedFindings: [AcceptedFinding] {
        accepted.map { AcceptedFinding(location: $0.location.value, rule: $0.rule, finding: $0.finding, reason: $0.reason) }
    }

    var isEmpty: Bool { diagnostics.isEmpty && accepted.isEmpty }

    /// `rapport {…}` on one line (JSON escapes every line break), or nil when it cannot be encoded.
    var line: String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self), let json = String(data: data, encoding: .utf8), !json.contains("\n")
        else { return nil }
        return Self.prefix + json
    }

    init?(line: Substring) {
        guard line.hasPrefix(Self.prefix),
            let report = try? JSONDecoder().decode(Self.self, from: Data(line.dropFirst(Self.prefix.count).utf8))
        else { return nil }
        self = report
    }
}
