import Content
import Foundation
import SiteCore

/// The front matter of a new page: one line per field of the section, in schema order, each with a
/// comment saying whether it is required, its type and its allowed values. Required fields get a
/// value that passes the schema, so the new page builds at once; optional ones are left empty.
struct FrontMatterTemplate {
    let section: SectionSchema
    let pages: [Page]
    let today: Date

    func text(title: String) -> String {
        var lines = ["---", "# Ny sida i \(section.name). Fält märkta \"krävs\" måste ha ett värde;"]
        lines.append("# byt ut exempelvärdena. Tomma fält utan \"krävs\" kan fyllas i eller tas bort.")
        for field in section.fields {
            let value = field.key == "titel" ? Self.quoted(title) : self.value(for: field)
            let line = value.isEmpty ? "\(field.key):" : "\(field.key): \(value)"
            lines.append(line + "  # " + comment(for: field))
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    private func value(for field: FieldSchema) -> String {
        if field.key == "malgrupp", field.type == .text {
            return Self.quoted("Beskriv målgruppen: ålder, situation och kommuner.")
        }
        guard field.required else { return field.type == .list ? "[]" : "" }
        switch field.type {
        case .text:
            return field.key == "sammanfattning"
                ? Self.quoted("En eller två meningar om vad sidan handlar om.")
                : Self.quoted("Skriv \(field.label.lowercased()) här.")
        case .number:
            if field.key == "ordning" {
                let used = pages.filter { $0.section == section.folder }.compactMap { page -> Double? in
                    guard case .number(let number)? = page.fields.first(where: { $0.key == "ordning" })?.value else { return nil }
                    return number
                }
                let next = (used.max() ?? (field.min ?? 1) - 1) + 1
                return Self.number(min(next, field.max ?? next))
            }
            return Self.number(field.min ?? 1)
        case .month:
            return Self.quoted(Self.format(today, "yyyy-MM"))
        case .date:
            return Self.quoted(Self.format(today, "yyyy-MM-dd"))
        case .choice:
            // A new case is an invented example until its writer says otherwise, so that the
            // statistics never count the placeholder values below as a participant.
            if field.key == "anonymisering", field.choices.contains(where: { $0.key == "fiktiv" }) { return "fiktiv" }
            return field.choices.first.map { Self.quoted($0.key) } ?? ""
        case .reference:
            return firstPage(in: field.referenceSection) ?? ""
        case .list:
            if let first = field.choices.first { return "[\(Self.quoted(first.key))]" }
            if let page = firstPage(in: field.referenceSection) { return "[\(page)]" }
            return "[" + Self.quoted("…") + "]"
        }
    }

    private func comment(for field: FieldSchema) -> String {
        var parts = [field.required ? "krävs" : "valfritt", field.label]
        switch field.type {
        case .text: parts.append("text")
        case .number:
            var range = "tal"
            if let min = field.min, let max = field.max { range += " \(Self.number(min))–\(Self.number(max))" }
            parts.append(range)
        case .month: parts.append("månad ÅÅÅÅ-MM")
        case .date: parts.append("datum ÅÅÅÅ-MM-DD")
        case .choice: parts.append("ett av: " + Self.choiceList(field.choices))
        case .reference: parts.append("en sida i \(field.referenceSection ?? "?"): " + slugs(in: field.referenceSection))
        case .list:
            if !field.choices.isEmpty {
                parts.append("lista med: " + Self.choiceList(field.choices))
            } else if let section = field.referenceSection {
                parts.append("lista med sidor i \(section): " + slugs(in: section))
            } else {
                parts.append("lista, till exempel [ett, två]")
            }
        }
        return parts.joined(separator: " · ")
    }

    /// The pages of a section, in ladder order where the pages have `ordning`, else by slug.
    private func pagesIn(_ folder: String?) -> [Page] {
        func order(_ page: Page) -> Double {
            guard case .number(let number)? = page.fields.first(where: { $0.key == "ordning" })?.value else { return .infinity }
            return number
        }
        return pages.filter { $0.section == folder && $0.slug != "index" }
            .sorted { (order($0), $0.slug) < (order($1), $1.slug) }
    }

    private func firstPage(in folder: String?) -> String? { pagesIn(folder).first?.slug }

    private func slugs(in folder: String?) -> String {
        let all = pagesIn(folder).map(\.slug)
        if all.isEmpty { return "(inga sidor än)" }
        return all.prefix(12).joined(separator: ", ") + (all.count > 12 ? ", …" : "")
    }

    static func choiceList(_ choices: [Choice]) -> String {
        choices.map { $0.key == $0.label ? $0.key : "\($0.key) (\($0.label))" }.joined(separator: ", ")
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func format(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}
