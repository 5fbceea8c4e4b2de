/// A privacy finding that an author accepted with an inline annotation and a reason
/// (`<!-- integritet: ok – telefonnummer till kommunens växel -->`); listed in every build summary.
public struct AcceptedFinding: Sendable, Hashable, Comparable {
    public var location: SourceLocation
    /// The rule the finding broke (`integritet.telefonnummer`).
    public var rule: String
    /// What was found, safe to print: identity numbers and protected words masked.
    public var finding: String
    /// The reason the annotation gives.
    public var reason: String

    public init(location: SourceLocation, rule: String, finding: String, reason: String) {
        self.location = location
        self.rule = rule
        self.finding = finding
        self.reason = reason
    }

    public static func < (a: AcceptedFinding, b: AcceptedFinding) -> Bool {
        (a.location, a.rule, a.finding) < (b.location, b.rule, b.finding)
    }

    /// `content/fall/fall-03.md:12:5: telefonnummer "0481-450 00" – skäl: telefonnummer till kommunens växel`
    public func formatted() -> String {
        "\(location): \(finding) – skäl: \(reason)"
    }
}
