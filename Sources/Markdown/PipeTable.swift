extension SourceText {
    /// Whether a paragraph is a GFM pipe table: its first line begins with `|` and its second is a
    /// delimiter row such as `|---|:---:|`. cmark renders such a paragraph as plain text.
    func isPipeTable(startLine: Int, startByteColumn: Int, endLine: Int) -> Bool {
        guard endLine > startLine else { return false }
        let first = lineBytes(startLine).dropFirst(max(startByteColumn - 1, 0))
        let second = lineBytes(startLine + 1).dropFirst(contentStartByteColumn(line: startLine + 1) - 1)
        guard first.first == UInt8(ascii: "|") else { return false }
        let delimiterBytes: Set<UInt8> = [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"),
                                          UInt8(ascii: " "), UInt8(ascii: "\t")]
        return second.contains(UInt8(ascii: "|")) && second.contains(UInt8(ascii: "-"))
            && second.allSatisfy(delimiterBytes.contains)
    }
}
