import Foundation
import Content
import SiteCore

/// Rule 4: every case learning says how it was anonymised — `sammansatt` (a composite of several
/// journeys), `samtycke` (published with the participant's consent) or `fiktiv` — whatever the
/// section's schema says.
enum AnonymisationRule {
    static let key = "anonymisering"
    static let allowed = ["sammansatt", "samtycke", "fiktiv"]

    static func check(_ page: Page, schema: SectionSchema?) -> Diagnostic? {
        let hint = "skriv \(key): sammansatt, \(key): samtycke eller \(key): fiktiv i front matter"
        let declared: (value: String, location: SourceLocation)?
        if let entry = page.fields.first(where: { $0.key == key }) {
            declared = (text(of: entry.value), entry.location)
        } else if let field = schema?.field(key) {
            // The schema holds the field and the Content stage reported what is wrong with it.
            if field.required || rawValue(in: page) != nil { return nil }
            declared = nil
        } else {
            declared = rawValue(in: page)
        }
        guard let declared else {
            return Diagnostic(
                .error, at: SourceLocation(file: page.source), rule: "integritet.anonymisering-saknas",
                "fallbeskrivningen anger inte hur den är anonymiserad", hint: hint)
        }
        guard allowed.contains(declared.value) else {
            return Diagnostic(
                .error, at: declared.location, rule: "integritet.anonymisering-saknas",
                "\(key) ska vara \(allowed.joined(separator: ", ")), inte \"\(declared.value)\"", hint: hint)
        }
        return nil
    }

    private static func text(of value: FieldValue) -> String {
        switch value {
        case .choice(let key, _): key
        case .text(let text): text
        default: ""
        }
    }

    /// The value written after `anonymisering:` at the top level of the front matter.
    private static func rawValue(in page: Page) -> (value: String, location: SourceLocation)? {
        for (index, line) in page.frontMatter.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.hasPrefix(key), line.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" else { continue }
            var value = line.drop { $0 != ":" }.dropFirst()
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            let trimmed = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return (trimmed, SourceLocation(file: page.source, line: index + 2, column: 1))
        }
        return nil
    }
}
