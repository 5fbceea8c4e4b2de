/// A text split into lines, to turn string indices into the 1-based line and character column
/// users see in their editors.
struct TextLines: Sendable {
    let text: String
    /// Index where each line begins; line 1 is `starts[0]`.
    private let starts: [String.Index]

    init(_ text: String) {
        self.text = text
        // A line starts after every "\n" that is a character of its own (not the end of "\r\n"),
        // found in the UTF-8 bytes: the same lines as searching the characters, without grapheme breaking.
        var starts = [text.startIndex]
        let utf8 = text.utf8
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            utf8.formIndex(after: &index)
            if byte == 0x0A, previous != 0x0D { starts.append(index) }
            previous = byte
        }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// The 1-based line and character column of `index`.
    func position(of index: String.Index) -> (line: Int, column: Int) {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return (low + 1, text[starts[low]..<index].count + 1)
    }

    /// Line `number` (1-based) without its line end; empty outside the text.
    func line(_ number: Int) -> Substring {
        guard number >= 1, number <= starts.count else { return "" }
        let start = starts[number - 1]
        let end = number < starts.count ? text.index(before: starts[number]) : text.endIndex
        return text[start..<end]
    }

    /// The range of line `number` without its line end.
    func range(ofLine number: Int) -> Range<String.Index> {
        let line = line(number)
        return line.startIndex..<line.endIndex
    }
}
