import SiteCore

/// One published table after disclosure control: the single value every output (HTML table, SVG
/// chart, CSV, JSON, terminal, method pages) is made from.
public struct StatisticsTable: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable, Codable {
        case count = "antal"
        case percent = "procent"
        case kronor = "kr"
        case text
    }

    public enum Status: String, Sendable, Hashable, Codable {
        case ok
        case suppressed
        case notApplicable = "not_applicable"
    }

    public struct Column: Sendable, Hashable {
        public var key: String
        public var label: String
        public var unit: Unit

        public init(key: String, label: String, unit: Unit) {
            self.key = key
            self.label = label
            self.unit = unit
        }
    }

    public struct Cell: Sendable, Hashable {
        /// The number (count, whole percent or kronor); nil when suppressed, not applicable or text.
        public var number: Int?
        public var text: String?
        public var status: Status
        public var reason: SuppressionReason?

        public static func number(_ value: Int) -> Cell { Cell(number: value, text: nil, status: .ok, reason: nil) }
        public static func text(_ value: String) -> Cell { Cell(number: nil, text: value, status: .ok, reason: nil) }
        public static func suppressed(_ reason: SuppressionReason) -> Cell { Cell(number: nil, text: nil, status: .suppressed, reason: reason) }
        public static let notApplicable = Cell(number: nil, text: nil, status: .notApplicable, reason: nil)
    }

    public struct Row: Sendable, Hashable {
        public var key: String
        public var label: String
        public var cells: [Cell]
        public var isTotal: Bool

        public init(key: String, label: String, cells: [Cell], isTotal: Bool = false) {
            self.key = key
            self.label = label
            self.cells = cells
            self.isTotal = isTotal
        }
    }

    /// File name stem of the CSV and JSON downloads, unique on its page (`utfall-grupper`).
    public var id: String
    /// The caption.
    public var title: String
    public var rowHeading: String
    public var columns: [Column]
    public var rows: [Row]
    /// The disclosure threshold the table was protected with.
    public var threshold: Int
    /// Whether a bar chart of the table helps (numeric columns of one unit).
    public var hasChart: Bool

    public init(id: String, title: String, rowHeading: String, columns: [Column], rows: [Row], threshold: Int, hasChart: Bool = true) {
        self.id = id
        self.title = title
        self.rowHeading = rowHeading
        self.columns = columns
        self.rows = rows
        self.threshold = threshold
        self.hasChart = hasChart
    }

    /// Whether any cell is hidden: the page then explains the symbols.
    public var hasSuppression: Bool { rows.contains { $0.cells.contains { $0.status == .suppressed } } }

    public func cell(row: String, column: String) -> Cell? {
        guard let columnIndex = columns.firstIndex(where: { $0.key == column }),
            let row = rows.first(where: { $0.key == row }), columnIndex < row.cells.count
        else { return nil }
        return row.cells[columnIndex]
    }
}

/// How cells read in Swedish: "33 %", "1 920 000 kr", "<5" (read aloud as "färre än 5").
public enum CellFormat {
    public static let space = "\u{00A0}"

    public static func text(_ cell: StatisticsTable.Cell, unit: StatisticsTable.Unit, threshold: Int) -> String {
        switch cell.status {
        case .suppressed: return cell.reason == .small ? "<\(threshold)" : ".."
        case .notApplicable: return "."
        case .ok:
            if let text = cell.text { return text }
            guard let number = cell.number else { return "" }
            return value(number, unit: unit)
        }
    }

    public static func value(_ number: Int, unit: StatisticsTable.Unit) -> String {
        switch unit {
        case .count, .text: SwedishNumber.format(number)
        case .percent: SwedishNumber.format(number) + space + "%"
        case .kronor: SwedishNumber.format(number) + space + "kr"
        }
    }

    /// What a screen reader should say instead of the symbol, when it differs.
    public static func spoken(_ cell: StatisticsTable.Cell, threshold: Int) -> String? {
        switch cell.status {
        case .suppressed: cell.reason == .small ? "färre än \(threshold)" : "uppgiften skyddas"
        case .notApplicable: "kan inte beräknas"
        case .ok: nil
        }
    }

    /// Whole percent, rounded half up (20 of 30 is 67 %).
    public static func percent(_ part: Int, of whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        return (part * 200 + whole) / (whole * 2)
    }

    /// The legend of the symbols, for every page with tables.
    public static func legend(threshold: Int) -> [(symbol: String, meaning: String)] {
        [
            ("<\(threshold)", "färre än \(threshold) personer; antalet visas inte för att ingen ska kunna identifieras"),
            ("..", "uppgiften skyddas: annars kunde ett dolt antal räknas fram ur summor eller andra tabeller, eller det skulle synas att alla eller ingen i en liten grupp fick samma utfall"),
            (".", "kan inte beräknas (till exempel en andel av noll personer)"),
        ]
    }
}
