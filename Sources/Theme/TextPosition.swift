/// 1-based line and column (in characters) of a position in a text, for diagnostics.
struct TextPosition: Sendable, Equatable {
    var line: Int
    var column: Int

    init(of index: String.Index, in text: String) {
        var line = 1
        var column = 1
        for character in text[..<index] {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }

    /// The whole line the position is on, for the diagnostic's source excerpt.
    static func line(_ number: Int, of text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1].trimmingSuffix("\r"))
    }
}

extension Substring {
    fileprivate func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self
    }
}
