/// Rows read from CSV text (RFC 4180): fields separated by a delimiter, records by line ends,
/// double quotes around fields that hold the delimiter, quotes (`""`) or line ends.
struct CSVTable {
    struct Record: Equatable {
        var fields: [String]
        /// 0-based line of the text where the record begins.
        var line: Int
    }

    var records: [Record] = []
    /// The 0-based line of a record whose quoted field never closes, if any.
    var unterminatedQuoteLine: Int?

    /// `;` when the first non-blank line has semicolons and no commas (as spreadsheets with a
    /// Swedish locale write CSV), otherwise `,`.
    static func delimiter(for text: String) -> Unicode.Scalar {
        let header = text.split(whereSeparator: \.isNewline)
            .first { !$0.allSatisfy(\.isWhitespace) && !isPrivacyAnnotation($0) } ?? ""
        return header.contains(";") && !header.contains(",") ? ";" : ","
    }

    /// A `# integritet: ok – skäl` line accepts a privacy finding on the next line; it is a
    /// comment, not a row of the table.
    static func isPrivacyAnnotation(_ line: Substring) -> Bool {
        let text = line.drop(while: \.isWhitespace)
        guard text.first == "#" else { return false }
        return text.dropFirst().drop(while: \.isWhitespace).lowercased().hasPrefix("integritet")
    }

    init(parsing text: String) {
        let delimiter = Self.delimiter(for: text)
        let scalars = Array(text.unicodeScalars)
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var inQuotes = false
        var line = 0
        var recordLine = 0

        func endField() {
            let text = String(field)
            fields.append(quoted ? text : text.trimmingSpaces())
            field = String.UnicodeScalarView()
            quoted = false
        }
        func endRecord() {
            endField()
            if fields != [""], !(fields.first.map { Self.isPrivacyAnnotation($0[...]) } ?? false) {
                records.append(Record(fields: fields, line: recordLine))
            }
            fields = []
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where !quoted && field.allSatisfy({ $0.properties.isWhitespace }):
                field = String.UnicodeScalarView()
                quoted = true
                inQuotes = true
            case delimiter:
                endField()
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            case "\r":
                continue
            default:
                // Spaces after a closing quote are layout, not content.
                if quoted && scalar.properties.isWhitespace { continue }
                field.append(scalar)
            }
        }
        if inQuotes { unterminatedQuoteLine = recordLine }
        if !field.isEmpty || quoted || !fields.isEmpty { endRecord() }
    }
}
