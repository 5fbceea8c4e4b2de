/// Example values for hints, so a writer sees what to type (`inskriven: 2012-03`).
extension FieldSchema {
    var exampleValue: String {
        switch type {
        case .text: return key == "titel" ? "Sidans titel" : "…"
        case .number: return min.map { String(Int($0)) } ?? "1"
        case .month: return "2012-03"
        case .date: return "2014-03-31"
        case .choice: return choices.first?.key ?? "…"
        case .reference: return "<sida i \(referenceSection ?? "sektionen")>"
        case .list:
            if let first = choices.first { return "[\(first.key)]" }
            if let section = referenceSection { return "[<sida i \(section)>]" }
            return "[…, …]"
        }
    }

    var exampleLine: String { "\(key): \(exampleValue)" }

    /// The type as the configuration names it, with its format for dates and months.
    var typeDescription: String {
        switch type {
        case .month: "månad, ÅÅÅÅ-MM"
        case .date: "datum, ÅÅÅÅ-MM-DD"
        case .choice: "val: " + choices.map(\.key).joined(separator: ", ")
        case .reference: "referens till \(referenceSection ?? "en sektion")"
        default: type.rawValue
        }
    }
}

extension [FieldSchema] {
    /// A front matter block with every required field, for "sidan saknar front matter".
    var minimalFrontMatter: String {
        (["---"] + filter(\.required).map(\.exampleLine) + ["---"]).joined(separator: "\n")
    }
}
