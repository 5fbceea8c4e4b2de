import SiteCore

/// A horizontal bar chart of a table, drawn as SVG with exactly the table's numbers. Series differ
/// by pattern and are named in a legend; every bar carries its value as text; a hidden cell gets
/// its symbol and no bar. No inline styles (the pages' CSP forbids them): presentation attributes only.
public enum BarChart {
    static let width = 640
    static let labelGap = 4
    static let rowLabelHeight = 18
    static let barHeight = 16
    static let barGap = 4
    static let groupGap = 12
    static let barMaximum = 440
    static let ink = "#1a1a1a"
    static let barColour = "#1d4e89"

    /// The columns a chart shows: numbers of the table's main unit, without totals.
    static func series(_ table: StatisticsTable) -> [Int] {
        let numeric = table.columns.indices.filter { table.columns[$0].unit == .count || table.columns[$0].unit == .kronor }
        guard let unit = numeric.first.map({ table.columns[$0].unit }) else { return [] }
        return numeric.filter { table.columns[$0].unit == unit && table.columns[$0].key != "total" }
    }

    /// The SVG, or nil when the table has nothing to draw. `id` must be unique on the page.
    public static func svg(_ table: StatisticsTable, id: String) -> String? {
        let series = series(table)
        let rows = table.rows.filter { !$0.isTotal }
        guard table.hasChart, !series.isEmpty, !rows.isEmpty else { return nil }
        let unit = table.columns[series[0]].unit
        let largest = rows.flatMap { row in series.compactMap { row.cells[$0].status == .ok ? row.cells[$0].number : nil } }.max() ?? 0
        let scale = Double(barMaximum) / Double(max(largest, 1))
        let legendHeight = series.count > 1 ? series.count * (barHeight + barGap) + groupGap : 0
        let groupHeight = rowLabelHeight + series.count * (barHeight + barGap) + groupGap
        let height = 8 + legendHeight + rows.count * groupHeight
        var out = #"<svg class="diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(width) \#(height)" role="img" aria-labelledby="\#(id)-titel \#(id)-beskrivning" font-family="sans-serif" font-size="13">"#
        out += "\n<title id=\"\(id)-titel\">\(escapeHTML("Diagram: " + table.title))</title>"
        out += "\n<desc id=\"\(id)-beskrivning\">\(escapeHTML(description(table, series: series)))</desc>"
        out += "\n<defs>" + series.indices.map { pattern(id: "\(id)-monster-\($0 + 1)", index: $0) }.joined() + "</defs>"
        var y = 8
        if series.count > 1 {
            for (offset, column) in series.enumerated() {
                out += "\n<rect x=\"0\" y=\"\(y)\" width=\"28\" height=\"\(barHeight)\" fill=\"\(fill(id, offset))\" stroke=\"\(barColour)\"/>"
                out += "<text x=\"36\" y=\"\(y + barHeight - 3)\" fill=\"\(ink)\">\(escapeHTML(table.columns[column].label))</text>"
                y += barHeight + barGap
            }
            y += groupGap
        }
        for row in rows {
            out += "\n<text x=\"0\" y=\"\(y + rowLabelHeight - 5)\" fill=\"\(ink)\" font-weight=\"bold\">\(escapeHTML(row.label))</text>"
            y += rowLabelHeight
            for (offset, column) in series.enumerated() {
                let cell = row.cells[column]
                let shown = CellFormat.text(cell, unit: unit, threshold: table.threshold)
                let length = cell.status == .ok ? Int((Double(cell.number ?? 0) * scale).rounded()) : 0
                if length > 0 {
                    out += "\n<rect x=\"0\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" fill=\"\(fill(id, offset))\" stroke=\"\(barColour)\"/>"
                }
                let label = series.count > 1 ? shown + " (" + table.columns[column].label + ")" : shown
                out += "<text x=\"\(length + 6)\" y=\"\(y + barHeight - 3)\" fill=\"\(ink)\">\(escapeHTML(label))</text>"
                y += barHeight + barGap
            }
            y += groupGap
        }
        return out + "\n</svg>"
    }

    static func description(_ table: StatisticsTable, series: [Int]) -> String {
        "Stapeldiagram med samma tal som tabellen \"\(table.title)\". "
            + (series.count > 1 ? "Staplarna skiljs åt med mönster som förklaras överst. " : "")
            + "Dolda uppgifter har ingen stapel, bara sin symbol."
    }

    private static func fill(_ id: String, _ offset: Int) -> String {
        offset % 5 == 0 ? barColour : "url(#\(id)-monster-\(offset + 1))"
    }

    /// Solid, diagonal lines, dots, cross-hatch, horizontal lines: told apart without colour.
    private static func pattern(id: String, index: Int) -> String {
        let shapes = [
            "",
            "<path d=\"M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6\" stroke=\"\(barColour)\" stroke-width=\"2\"/>",
            "<circle cx=\"4\" cy=\"4\" r=\"1.8\" fill=\"\(barColour)\"/>",
            "<path d=\"M0,0 L8,8 M8,0 L0,8\" stroke=\"\(barColour)\" stroke-width=\"1.5\"/>",
            "<path d=\"M0,4 L8,4\" stroke=\"\(barColour)\" stroke-width=\"2\"/>",
        ]
        let shape = shapes[index % shapes.count]
        return "<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>\(shape)</pattern>"
    }
}
