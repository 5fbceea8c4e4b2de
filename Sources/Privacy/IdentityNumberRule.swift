import SiteCore

/// Rule 1: personnummer and samordningsnummer anywhere; an error when the check digit is right,
/// a warning when only the shape is.
enum IdentityNumberRule {
    static func findings(in text: String, acceptanceHint: String) -> [Finding] {
        IdentityNumber.scan(text).map { range, number in
            let shown = IdentityNumber.masked(text[range])
            let name = number.kind == .personnummer ? "personnummer" : "samordningsnummer"
            if number.hasValidCheckDigit {
                return Finding(
                    rule: "integritet.\(name)", severity: .error, range: range, what: "\(name) \(shown)",
                    hint: "ta bort numret: identitetsnummer får aldrig publiceras; är det ett påhittat exempel, "
                        + acceptanceHint)
            }
            return Finding(
                rule: "integritet.personnummer-form", severity: .warning, range: range,
                what: "\(shown) har samma form som ett \(name) (men fel kontrollsiffra)",
                hint: "ta bort numret om det är ett felskrivet \(name); är det något annat, " + acceptanceHint)
        }
    }
}
