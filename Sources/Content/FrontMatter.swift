/// Splits a page into its YAML front matter (between `---` lines) and its Markdown body.
enum FrontMatter {
    enum Split: Sendable, Equatable {
        /// The file does not start with a `---` line.
        case missing
        /// A `---` line opens the front matter but no `---` or `...` line closes it.
        case unclosed
        /// `yaml` is the text of lines 2 ..< closingLine; the body starts after `closingLine`.
        case found(yaml: String, closingLine: Int, body: String)
    }

    static func split(_ text: String) -> Split {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), isDelimiter(first, closing: false) else { return .missing }
        var yaml: [Substring] = []
        var lineNumber = 1
        while let line = lines.popFirst() {
            lineNumber += 1
            if isDelimiter(line, closing: true) {
                return .found(
                    yaml: yaml.joined(separator: "\n"), closingLine: lineNumber,
                    body: lines.joined(separator: "\n"))
            }
            yaml.append(line)
        }
        return .unclosed
    }

    private static func isDelimiter(_ line: Substring, closing: Bool) -> Bool {
        let trimmed = line.trimmingTrailingSpaces
        return trimmed == "---" || (closing && trimmed == "...")
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var line = self
        while let last = line.last, last == " " || last == "\t" { line.removeLast() }
        return line
    }
}
