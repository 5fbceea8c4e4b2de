import Foundation
import SiteBuilder
import SiteCore

/// The preview's view of a build as JSON: `{"version":3,"ok":false,"problems":[…]}`.
enum StatusJSON {
    static func encode(_ snapshot: BuildSnapshot, includeDiagnostics: Bool) -> String {
        var object: [String: Any] = [
            "version": snapshot.version,
            "ok": !snapshot.diagnostics.hasErrors,
            "errors": snapshot.diagnostics.errorCount,
            "warnings": snapshot.diagnostics.warningCount,
        ]
        if includeDiagnostics { object["problems"] = DiagnosticJSON.objects(snapshot.diagnostics) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
