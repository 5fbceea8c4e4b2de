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

    /// Scans the UTF-8 bytes once; the body is a slice of the text, never split into lines and
    /// joined again (that was a tenth of a 10 000-page build).
    static func split(_ text: String) -> Split {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            lineNumber += 1
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if let start = yamlStart {
                if isDelimiter(line, closing: true) {
                    // The YAML ends before the newline that precedes the closing line.
                    let yamlEnd = start < lineStart ? utf8.index(before: lineStart) : start
                    return .found(yaml: String(text[start..<yamlEnd]), closingLine: lineNumber, body: String(text[next...]))
                }
            } else {
                guard isDelimiter(line, closing: false) else { return .missing }
                yamlStart = next
            }
            lineStart = next
        }
        return yamlStart == nil ? .missing : .unclosed
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
