import Foundation

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

    /// Scans the UTF-8 bytes once (memchr from line to line); the body is a slice of the text,
    /// never split into lines and joined again (that was a tenth of a 10 000-page build).
    static func split(_ text: String) -> Split {
        var text = text
        // Byte offsets of the YAML, the closing line's number and the body's start, or why none.
        let found: (yaml: Range<Int>, closingLine: Int, body: Int)?? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return .some(nil) }
            var lineStart = 0
            var lineNumber = 0
            var yamlStart: Int?
            while lineStart < bytes.count {
                let lineEnd = memchr(base + lineStart, 0x0A, bytes.count - lineStart)
                    .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? bytes.count
                lineNumber += 1
                let next = lineEnd < bytes.count ? lineEnd + 1 : lineEnd
                if let start = yamlStart {
                    if isDelimiter(bytes, lineStart, lineEnd, closing: true) {
                        // The YAML ends before the newline that precedes the closing line.
                        return (start..<max(start, lineStart - 1), lineNumber, next)
                    }
                } else {
                    guard isDelimiter(bytes, lineStart, lineEnd, closing: false) else { return .some(nil) }
                    yamlStart = next
                }
                lineStart = next
            }
            return yamlStart == nil ? .some(nil) : nil
        }
        guard let found else { return .unclosed }
        guard let (yaml, closingLine, body) = found else { return .missing }
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        return .found(
            yaml: String(text[index(yaml.lowerBound)..<index(yaml.upperBound)]), closingLine: closingLine,
            body: String(text[index(body)...]))
    }

    /// Whether bytes `start..<end`, without trailing spaces and tabs, are `---` (or `...` closing).
    private static func isDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, closing: Bool) -> Bool {
        var end = end
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end - start == 3 else { return false }
        let first = bytes[start]
        guard first == UInt8(ascii: "-") || (closing && first == UInt8(ascii: ".")) else { return false }
        return bytes[start + 1] == first && bytes[start + 2] == first
    }
}
