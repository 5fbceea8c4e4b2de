import Content
import SiteCore
import Statistics
import Theme

/// The statistics pages and their downloads: each page rendered with the theme's `statistik`
/// template, each table also written as CSV and JSON beside the page and drawn as an SVG chart —
/// all from the same protected table value.
struct StatisticsPageView {
    let context: SiteContext
    let theme: Theme

    func files(_ statistics: BankStatistics) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for page in statistics.pages {
            let path = SitePath.page(page.segments)
            let view = self.view(page, path: path, statistics: statistics)
            if let html = theme.render("statistik", view) {
                files.append(OutputFile(path: path.outputFile, text: html))
            } else {
                diagnostics.append(.missingTemplate("statistik"))
            }
            for table in page.sections.compactMap(\.table) {
                let folder = page.segments.joined(separator: "/")
                files.append(OutputFile(path: folder + "/" + table.id + ".csv", text: TableExport.csv(table)))
                files.append(OutputFile(path: folder + "/" + table.id + ".json", text: TableExport.json(table)))
            }
        }
        return (files, diagnostics)
    }

    private func view(_ page: StatisticsPage, path: SitePath, statistics: BankStatistics) -> [String: Any] {
        let builder = PageView(context: context, path: path)
        var trail: [(String, SitePath)] = []
        for depth in 1..<max(page.segments.count, 1) {
            let prefix = Array(page.segments.prefix(depth))
            if let parent = statistics.page(prefix) { trail.append((parent.title, .page(prefix))) }
        }
        var view = builder.base(
            title: page.title, summary: page.summary, bodyHTML: "", section: statistics.config.folder, trail: trail,
            published: nil, updated: nil)
        let threshold = statistics.config.threshold
        view["about"] = page.about
        view["definitions"] = page.definitions.map { ["term": $0.term, "meaning": $0.meaning] }
        view["legend"] = CellFormat.legend(threshold: threshold).map { ["symbol": $0.symbol, "meaning": $0.meaning] }
        view["statisticsSections"] = page.sections.enumerated().map { offset, section -> [String: Any] in
            var entry: [String: Any] = ["heading": section.heading, "id": "avsnitt-\(offset + 1)", "paragraphs": section.paragraphs]
            if let table = section.table {
                var tableView = Self.tableView(table, idPrefix: "tabell-\(offset + 1)")
                tableView["csvURL"] = path.relativeURL(to: .file((page.segments + [table.id + ".csv"]).joined(separator: "/")))
                tableView["jsonURL"] = path.relativeURL(to: .file((page.segments + [table.id + ".json"]).joined(separator: "/")))
                if let svg = BarChart.svg(table, id: "diagram-\(offset + 1)") { tableView["chartHTML"] = svg }
                entry["table"] = tableView
            }
            return entry
        }
        view["statisticsLinks"] = page.links.map { ["title": $0.title, "url": path.relativeURL(to: .page($0.segments))] }
        return view
    }

    /// A table for the `partials/statistiktabell` partial: caption, headers and cells with the
    /// symbol shown and, for hidden cells, what a screen reader says.
    static func tableView(_ table: StatisticsTable, idPrefix: String) -> [String: Any] {
        [
            "id": idPrefix,
            "caption": table.title,
            "rowHeading": table.rowHeading,
            "columns": table.columns.map { ["label": $0.label, "numeric": $0.unit != .text] as [String: Any] },
            "rows": table.rows.map { row -> [String: Any] in
                [
                    "label": row.label,
                    "total": row.isTotal,
                    "cells": zip(table.columns, row.cells).map { column, cell -> [String: Any] in
                        var entry: [String: Any] = [
                            "text": CellFormat.text(cell, unit: column.unit, threshold: table.threshold),
                            "numeric": column.unit != .text,
                        ]
                        if let spoken = CellFormat.spoken(cell, threshold: table.threshold) { entry["spoken"] = spoken }
                        return entry
                    },
                ]
            },
        ]
    }
}
