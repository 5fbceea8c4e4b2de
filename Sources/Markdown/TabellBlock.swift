import SiteCore

/// A ```` ```tabell ```` block read into an accessible HTML table: option lines (`rubrik:` for the
/// caption, `källa:` for a CSV file under `data/`), then CSV rows, the first being the header.
struct TabellBlock {
    private(set) var caption: String?
    private(set) var rows: [[String]] = []
    private(set) var issues: [MarkdownIssue] = []

    /// - Parameters:
    ///   - literal: the block's content as cmark gives it.
    ///   - fenceLine: cmark's line of the opening fence; the content begins on the next line.
    ///   - fenceColumn: the fence's character column, used for every issue.
    init(literal: String, fenceLine: Int, fenceColumn: Int, readDataFile: (String) -> String?) {
        let lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
        var optionCount = 0
        var source: String?
        while optionCount < lines.count {
            let line = String(lines[optionCount]).trimmingSpaces()
            if !line.isEmpty {
                guard let colon = line.firstIndex(of: ":") else { break }
                let key = Slug.fold(String(line[..<colon]).trimmingSpaces())
                let value = String(line[line.index(after: colon)...]).trimmingSpaces()
                switch key {
                case "rubrik": caption = value.isEmpty ? nil : value
                case "kalla": source = value
                default: break
                }
                guard key == "rubrik" || key == "kalla" else { break }
            }
            optionCount += 1
        }
        let inlineCSV = lines[optionCount...].joined(separator: "\n")
        let csvFirstLine = fenceLine + 1 + optionCount

        func issue(_ severity: Severity, line: Int = fenceLine, _ rule: String, _ message: String, hint: String? = nil) {
            issues.append(MarkdownIssue(severity: severity, line: line, column: fenceColumn, rule: rule,
                                        message: message, hint: hint))
        }

        var csvText = inlineCSV
        var dataFile: String?
        if let source {
            if let problem = Self.pathProblem(source) {
                issue(.error, "tabell.source-path", problem,
                      hint: "ange en fil i mappen data, till exempel `källa: data/kostnader-2012.csv`")
                csvText = ""
            } else if let text = readDataFile(source) {
                if !inlineCSV.trimmingSpaces().isEmpty {
                    issue(.warning, line: csvFirstLine, "tabell.inline-rows-ignored",
                          "tabellen hämtar sina rader från \(source); raderna i blocket används inte",
                          hint: "ta bort raderna i blocket eller raden `källa:`")
                }
                csvText = text
                dataFile = source
            } else {
                issue(.error, "tabell.source-missing", "hittar inte datafilen \(source)",
                      hint: "kontrollera stavningen; sökvägen utgår från mappen content, till exempel `data/kostnader-2012.csv`")
                csvText = ""
            }
        }

        let table = CSVTable(parsing: csvText)
        if let line = table.unterminatedQuoteLine {
            let place = dataFile.map { "rad \(line + 1) i \($0)" } ?? "raden"
            issue(.error, line: dataFile == nil ? csvFirstLine + line : fenceLine, "tabell.unclosed-quote",
                  "citattecknet som börjar på \(place) avslutas aldrig",
                  hint: #"avsluta cellen med ett citattecken ("); ett citattecken inne i en cell skrivs """#)
        }
        if caption == nil {
            issue(.warning, "tabell.missing-caption", "tabellen saknar rubrik",
                  hint: "skriv en rubrikrad först i blocket, till exempel `rubrik: Kostnader 2012 (kronor)`")
        }
        guard let header = table.records.first else {
            if source == nil || dataFile != nil {
                issue(.error, "tabell.empty", "tabellen har inga rader",
                      hint: "skriv en rubrikrad med kolumnnamn och sedan en rad per tabellrad, cellerna åtskilda av kommatecken")
            }
            return
        }
        let width = header.fields.count
        rows = [header.fields]
        for (index, record) in table.records.enumerated().dropFirst() {
            var cells = record.fields
            if cells.count != width {
                let name = cells.first.map { "raden \"\($0)\"" } ?? "raden"
                let place = dataFile.map { " (rad \(record.line + 1) i \($0))" } ?? " (rad \(index + 1) i tabellen)"
                issue(.error, line: dataFile == nil ? csvFirstLine + record.line : fenceLine, "tabell.row-width",
                      "\(name)\(place) har \(cells.count) \(cells.count == 1 ? "cell" : "celler"), men rubrikraden har \(width)",
                      hint: "en cell som själv innehåller kommatecken skrivs inom citattecken: \"Nybro, Emmaboda\"")
                cells = Array((cells + Array(repeating: "", count: max(width - cells.count, 0))).prefix(width))
            }
            rows.append(cells)
        }
    }

    /// Why `path` may not name a data file, or nil if it may: it must stay inside the bank.
    static func pathProblem(_ path: String) -> String? {
        if path.isEmpty { return "`källa:` saknar filnamn" }
        let components = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        let absolute = path.hasPrefix("/") || path.hasPrefix("\\") || path.hasPrefix("~")
            || (path.count >= 2 && path.dropFirst().first == ":")
        if absolute { return "`källa: \(path)` är en absolut sökväg; datafilen måste ligga i kunskapsbanken" }
        if components.contains("..") { return "`källa: \(path)` pekar ut ur kunskapsbanken med `..`" }
        return nil
    }

    /// `<div class="tabell"><table>…</table></div>`, every cell escaped. The wrapper scrolls a wide
    /// table on a narrow screen, so it is a named, focusable region keyboard users can scroll.
    var html: String {
        var out = #"<div class="tabell""#
        if let caption {
            out += #" role="region" tabindex="0" aria-label="\#(escapeHTML(caption))">"#
        } else {
            out += ">"
        }
        guard caption != nil || !rows.isEmpty else { return out + "</div>" }
        out += "<table>"
        if let caption { out += "<caption>\(escapeHTML(caption))</caption>" }
        if let header = rows.first {
            out += "<thead><tr>"
            for cell in header { out += #"<th scope="col">\#(escapeHTML(cell))</th>"# }
            out += "</tr></thead>"
        }
        if rows.count > 1 {
            out += "<tbody>"
            for row in rows.dropFirst() {
                out += "<tr>"
                for (index, cell) in row.enumerated() {
                    if index == 0 {
                        out += #"<th scope="row">\#(escapeHTML(cell))</th>"#
                    } else if let number = NumberCell.format(cell) {
                        out += #"<td class="tal">\#(number)</td>"#
                    } else {
                        out += "<td>\(escapeHTML(cell))</td>"
                    }
                }
                out += "</tr>"
            }
            out += "</tbody>"
        }
        return out + "</table></div>"
    }

    /// Caption and cells as text for search, one row a line.
    var plainText: String {
        ([caption].compactMap { $0 } + rows.map { $0.joined(separator: " ") }).joined(separator: "\n")
    }
}
