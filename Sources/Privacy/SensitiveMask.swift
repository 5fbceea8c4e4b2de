import SiteCore

/// Hides identity numbers (last four digits) and protected words (all but the first letter) in
/// whatever is printed: messages, hints, quoted source lines and file names of every diagnostic,
/// whichever stage made it.
struct SensitiveMask: Sendable {
    let words: ProtectedWords
    /// Masked text of file lines that hold something sensitive, by display path and line, for
    /// diagnostics that do not quote their line (the printer would read it from the file).
    var maskedLines: [String: [Int: String]] = [:]

    func mask(_ text: String) -> String {
        var ranges: [(Range<String.Index>, String)] = IdentityNumber.scan(text).map { ($0.range, IdentityNumber.masked(text[$0.range])) }
        ranges += words.occurrences(in: text).map { ($0, ProtectedWords.masked(text[$0])) }
        guard !ranges.isEmpty else { return text }
        var out = ""
        var index = text.startIndex
        for (range, replacement) in ranges.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) where range.lowerBound >= index {
            out += text[index..<range.lowerBound]
            out += replacement
            index = range.upperBound
        }
        out += text[index...]
        return out
    }

    func mask(_ diagnostic: Diagnostic) -> Diagnostic {
        var masked = diagnostic
        masked.message = mask(diagnostic.message)
        masked.hint = diagnostic.hint.map(mask)
        if let line = diagnostic.sourceLine {
            masked.sourceLine = mask(line)
        } else if let line = maskedLines[diagnostic.location.file]?[diagnostic.location.line] {
            masked.sourceLine = line
        }
        masked.location.file = mask(diagnostic.location.file)
        return masked
    }

    /// Takes over the lines `other` remembered (a later scan's note wins, as in one scan).
    mutating func merge(_ other: SensitiveMask) {
        for (file, lines) in other.maskedLines {
            maskedLines[file, default: [:]].merge(lines) { _, later in later }
        }
    }

    /// Remembers line `line` of `file` when masking changes it.
    mutating func note(file: String, line: Int, text: Substring) {
        let masked = mask(String(text))
        if masked != text { maskedLines[file, default: [:]][line] = masked }
    }
}
