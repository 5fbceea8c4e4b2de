import SiteCore

/// One thing a privacy rule found in a text, before annotations are applied.
struct Finding: Sendable {
    /// `integritet.personnummer`
    var rule: String
    var severity: Severity
    /// Where in the scanned text.
    var range: Range<String.Index>
    /// What was found, safe to print (`personnummer 640823-****`).
    var what: String
    var hint: String
}

/// The personal details rule 2 looks for in case learnings; raw values are the configuration's
/// keys under `integritet: uppgifter-i-fall:`.
public enum CaseDetail: String, Sendable, Hashable, CaseIterable {
    case phone = "telefonnummer"
    case email = "e-post"
    case address = "adress"
    case date = "datum"
    case age = "alder"

    var rule: String { "integritet." + rawValue }
}
