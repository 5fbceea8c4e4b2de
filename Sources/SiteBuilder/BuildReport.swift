import SiteCore

/// What a build did: every diagnostic (sorted), how many pages and files it produced, whether it
/// replaced the output folder, and how long it took.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    public var fileCount: Int
    public var wroteOutput: Bool
    public var duration: Duration
    /// Privacy findings that an annotation accepted with a reason, sorted; printed in the summary.
    public var acceptedFindings: [AcceptedFinding] = []
    /// What this build used, when `BuildOptions.keepsSession` asked for it and the site was written.
    public var session: BuildSession?

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// `klart: 78 sidor, 84 filer, 0 fel, 2 varningar på 0,41 s` — the closing line of a build.
    public func summaryLine() -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let verdict = succeeded ? (wroteOutput ? "klart" : "kontrollerat") : "misslyckades"
        return "\(verdict): \(pageCount) sidor, \(fileCount) filer, \(diagnostics.errorCount) fel, "
            + "\(diagnostics.warningCount) varningar på \(SwedishNumber.format(seconds, decimals: 2)) s"
    }
}
