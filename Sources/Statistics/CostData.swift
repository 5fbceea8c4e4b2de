import Content
import SiteCore

/// A project's budget and utfall per year, read from its CSV file in `data/`.
struct CostData: Sendable, Hashable {
    struct Year: Sendable, Hashable {
        var year: String
        var budget: Int
        var actual: Int
    }

    var years: [Year]
    var file: String

    var totalBudget: Int { years.reduce(0) { $0 + $1.budget } }
    var totalActual: Int { years.reduce(0) { $0 + $1.actual } }

    /// Reads `source.file`; problems are diagnostics at the data file's line or the config's.
    static func read(_ source: CostSource, dataFiles: [DataFile]) -> (CostData?, [Diagnostic]) {
        guard let file = dataFiles.first(where: { $0.relativePath == source.file }) else {
            return (nil, [Diagnostic(
                .error, at: source.location, rule: "statistik.cost-file", "kostnadsfilen \"\(source.file)\" finns inte",
                hint: NearestMatch.hint(for: source.file, among: dataFiles.map(\.relativePath)) ?? "lägg filen under content/data/")])
        }
        let rows = CSVReader.rows(file.text)
        guard let header = rows.first else {
            return (nil, [Diagnostic(.error, at: SourceLocation(file: file.source), rule: "statistik.cost-file", "kostnadsfilen är tom")])
        }
        var diagnostics: [Diagnostic] = []
        var indexes: [Int] = []
        for name in [source.yearColumn, source.budgetColumn, source.actualColumn] {
            if let index = header.firstIndex(where: { $0.trimmingSpaces() == name }) {
                indexes.append(index)
            } else {
                diagnostics.append(Diagnostic(
                    .error, at: source.location, rule: "statistik.cost-column", "kolumnen \"\(name)\" finns inte i \(source.file)",
                    hint: NearestMatch.hint(for: name, among: header) ?? "kolumnerna är: " + header.joined(separator: ", ")))
            }
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        var years: [Year] = []
        for (offset, row) in rows.enumerated().dropFirst() where !row.allSatisfy({ $0.trimmingSpaces().isEmpty }) {
            let cells = indexes.map { $0 < row.count ? row[$0].trimmingSpaces() : "" }
            guard let budget = SwedishNumber.parse(cells[1]), let actual = SwedishNumber.parse(cells[2]) else {
                diagnostics.append(Diagnostic(
                    .error, at: SourceLocation(file: file.source, line: offset + 1), rule: "statistik.cost-number",
                    "raden \"\(row.joined(separator: ","))\" har inget tal i budget eller utfall",
                    hint: "skriv beloppen i kronor, till exempel 535000"))
                continue
            }
            years.append(Year(year: cells[0], budget: Int(budget.rounded()), actual: Int(actual.rounded())))
        }
        return (diagnostics.isEmpty ? CostData(years: years, file: source.file) : nil, diagnostics)
    }
}

/// Comma-separated values with double-quoted fields (RFC 4180), for data files and for reading
/// the published downloads back.
public enum CSVReader {
    public static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n":
                row.append(field)
                rows.append(row)
                (row, field) = ([], "")
            case "\r": continue
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
