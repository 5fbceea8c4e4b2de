import Foundation

/// A table as downloads: CSV (UTF-8, comma, one cell per line with a `status` column) and JSON.
/// Both are read back by `TableImport` in the tests, so what is written can be checked.
public enum TableExport {
    public static let csvHeader = ["rad", "kolumn", "varde", "enhet", "status"]

    /// One line per cell: row label, column label, value (empty unless `ok`), unit, status.
    public static func csv(_ table: StatisticsTable) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        for row in table.rows {
            for (column, cell) in zip(table.columns, row.cells) {
                let value = cell.status == .ok ? (cell.number.map(String.init) ?? cell.text ?? "") : ""
                lines.append([row.label, column.label, value, column.unit.rawValue, cell.status.rawValue].map(csvField).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public struct JSONTable: Codable, Sendable, Hashable {
        public var id: String
        public var titel: String
        public var radrubrik: String
        /// The threshold k: counts below it are not published.
        public var k: Int
        public var kolumner: [JSONColumn]
        public var rader: [JSONRow]
    }

    public struct JSONColumn: Codable, Sendable, Hashable {
        public var nyckel: String
        public var rubrik: String
        public var enhet: String
    }

    public struct JSONRow: Codable, Sendable, Hashable {
        public var nyckel: String
        public var rubrik: String
        public var summa: Bool
        public var celler: [JSONCell]
    }

    public struct JSONCell: Codable, Sendable, Hashable {
        public var kolumn: String
        /// A number, a text or null.
        public var varde: JSONValue?
        public var status: String
        /// As shown on the page (`33 %`, `<5`).
        public var visas: String
    }

    public enum JSONValue: Codable, Sendable, Hashable {
        case number(Int)
        case text(String)

        public init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let number): try container.encode(number)
            case .text(let text): try container.encode(text)
            }
        }
    }

    public static func jsonValue(_ table: StatisticsTable) -> JSONTable {
        JSONTable(
            id: table.id, titel: table.title, radrubrik: table.rowHeading, k: table.threshold,
            kolumner: table.columns.map { JSONColumn(nyckel: $0.key, rubrik: $0.label, enhet: $0.unit.rawValue) },
            rader: table.rows.map { row in
                JSONRow(nyckel: row.key, rubrik: row.label, summa: row.isTotal, celler: zip(table.columns, row.cells).map { column, cell in
                    let value: JSONValue? = cell.status != .ok ? nil : cell.number.map(JSONValue.number) ?? cell.text.map(JSONValue.text)
                    return JSONCell(kolumn: column.key, varde: value, status: cell.status.rawValue,
                        visas: CellFormat.text(cell, unit: column.unit, threshold: table.threshold))
                })
            })
    }

    public static func json(_ table: StatisticsTable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(jsonValue(table)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
