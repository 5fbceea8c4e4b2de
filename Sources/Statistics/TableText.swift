/// Tables as plain text for the terminal: the same protected cells as the pages, in aligned columns.
public enum TableText {
    public static func render(_ table: StatisticsTable) -> String {
        let header = [table.rowHeading] + table.columns.map(\.label)
        let body = table.rows.map { row in
            [row.label] + zip(table.columns, row.cells).map { CellFormat.text($1, unit: $0.unit, threshold: table.threshold) }
        }
        let all = [header] + body
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                // Labels left, numbers right.
                return index == 0 || table.columns[index - 1].unit == .text ? cell + padding : padding + cell
            }.joined(separator: "  ").replacingOccurrences(of: "\u{00A0}", with: " ")
        }
        var lines = [table.title, line(header), String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))]
        lines += body.map(line)
        return lines.joined(separator: "\n")
    }

    /// A whole page: title, what is counted, each section's table.
    public static func render(_ page: StatisticsPage) -> String {
        var parts = ["== \(page.title) ==", page.about.joined(separator: "\n")]
        for section in page.sections {
            var text = "-- \(section.heading) --"
            if let table = section.table { text += "\n" + render(table) } else { text += "\n" + section.paragraphs.joined(separator: "\n") }
            parts.append(text)
        }
        return parts.joined(separator: "\n\n")
    }
}
