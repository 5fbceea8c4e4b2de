/// The paragraph or heading whose inline nodes are being located.
struct LeafBlock {
    var startLine: Int
    var startByteColumn: Int
    var endLine: Int
    /// Lines that link reference definitions at the block's start took; cmark 0.30 numbers the
    /// remaining inline lines as if those lines were not there.
    var definitionLines: Int
}

extension SourceText {
    /// Where an inline link or image really begins, from the position cmark 0.30 reports.
    ///
    /// cmark's inline positions are exact on a block's first line but drift elsewhere: columns on
    /// later lines count from the block's start column instead of where the line's text begins,
    /// a link whose text spans lines gets the line of its closing `]`, newlines inside a link
    /// destination or title are not counted, and reference definitions before the text shift
    /// every line. The reported column still gives the offset into the line where the link was
    /// opened, so candidates are tried until one holds the link's first character (`opener`).
    func inlineStart(line: Int, byteColumn: Int, in leaf: LeafBlock, opener: Set<UInt8>) -> (line: Int, byteColumn: Int) {
        let offset = max(byteColumn - leaf.startByteColumn, 0)
        var firstLines = [line]
        if leaf.definitionLines > 0 { firstLines.insert(line + leaf.definitionLines, at: 0) }
        for first in firstLines {
            if let found = walkForward(from: first, offset: offset, in: leaf), holds(opener, at: found) {
                return found
            }
            // A link whose text spans lines: the opener is on an earlier line.
            var earlier = first - 1
            while earlier >= leaf.startLine {
                let candidate = (earlier, contentStart(earlier, in: leaf) + offset)
                if holds(opener, at: candidate) { return candidate }
                earlier -= 1
            }
        }
        return (line, line == leaf.startLine ? byteColumn : contentStart(line, in: leaf) + offset)
    }

    private func contentStart(_ line: Int, in leaf: LeafBlock) -> Int {
        line == leaf.startLine ? leaf.startByteColumn : contentStartByteColumn(line: line)
    }

    /// Moves `offset` bytes into the block's text from the start of `line`'s text, crossing line
    /// ends that cmark did not count.
    private func walkForward(from line: Int, offset: Int, in leaf: LeafBlock) -> (line: Int, byteColumn: Int)? {
        var line = line
        var offset = offset
        while line >= leaf.startLine, line <= leaf.endLine {
            let start = contentStart(line, in: leaf)
            let length = lineBytes(line).count - (start - 1)
            if offset < length { return (line, start + offset) }
            offset -= max(length, 0) + 1
            line += 1
        }
        return nil
    }

    private func holds(_ opener: Set<UInt8>, at position: (line: Int, byteColumn: Int)) -> Bool {
        let bytes = lineBytes(position.line)
        let index = bytes.startIndex + position.byteColumn - 1
        return index >= bytes.startIndex && index < bytes.endIndex && opener.contains(bytes[index])
    }
}
