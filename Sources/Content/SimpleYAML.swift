/// A fast path for the plainest front matter — what generators and Hugo sites write: one
/// `key: value` a line, the value a plain word or phrase, a double-quoted text without escapes,
/// or a flow list of plain words (`[a, b]`). It gives the same `YAMLNode` tree, lines and columns
/// as Yams (a differential test holds them equal) at a fraction of the cost; anything else — a
/// comment, an indented line, a block text other than a plain `>-` one, an empty value, a
/// repeated key, a character YAML treats specially — returns nil and goes to Yams, which also
/// reports every error.
enum SimpleYAML {
    static func parse(_ text: String, lineOffset: Int) -> YAMLNode? {
        var text = text
        return text.withUTF8 { bytes in parse(bytes, lineOffset: lineOffset) }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) -> YAMLNode? {
        guard !bytes.isEmpty else { return nil }
        var entries: [YAMLEntry] = []
        entries.reserveCapacity(16)
        // Only for a long mapping: front matter has a dozen keys, and comparing a new key with
        // those before is cheaper than hashing it (the set was half of this parse, 0.5 % of a
        // 10 000-page build).
        var keys: Set<String> = []
        var lineStart = 0
        var line = 1 + lineOffset
        while lineStart < bytes.count {
            var lineEnd = lineEnd(bytes, from: lineStart)
            var isFolded = false
            guard var entry = self.entry(bytes, lineStart, lineEnd, line: line, isFolded: &isFolded) else { return nil }
            if isFolded {
                guard let (folded, end, lineCount) = foldedText(bytes, from: lineEnd + 1) else { return nil }
                entry.value.content = .scalar(folded, plain: false)
                lineEnd = end
                line += lineCount
            }
            if entries.count < 16 {
                guard !entries.contains(where: { $0.key == entry.key }) else { return nil }
            } else {
                if keys.isEmpty { keys = Set(entries.map(\.key)) }
                guard keys.insert(entry.key).inserted else { return nil }
            }
            entries.append(entry)
            lineStart = lineEnd + 1
            line += 1
        }
        // A final line break would end in an empty line; large lists are left to Yams' node limit.
        let nodes = entries.reduce(1) { $0 + 1 + ($1.value.items?.count ?? 0) }
        guard bytes[bytes.count - 1] != UInt8(ascii: "\n"), nodes <= YAMLReader.nodeLimit / 2 else { return nil }
        return YAMLNode(content: .mapping(entries), line: 1 + lineOffset, column: 1)
    }

    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return end
    }

    /// The text of a folded block without its final line break (`>-`), as DRIVE writes summaries:
    /// lines from `start` on, all indented by the same spaces, joined with single spaces. Nil for
    /// anything else — an empty or more-indented line, a tab, trailing spaces — which Yams reads.
    /// Returns the text, the end of its last line and how many lines it took. DRIVE's 31 cases
    /// copied to 3 131 load in 42 ms instead of 90 (CPU 66 ms instead of 159) without Yams.
    private static func foldedText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int, Int)? {
        var indent = 0
        while start + indent < bytes.count, bytes[start + indent] == UInt8(ascii: " ") { indent += 1 }
        guard indent > 0 else { return nil }
        var text: [UInt8] = []
        var lineStart = start
        var lineCount = 0
        var end = start
        while lineStart < bytes.count, bytes[lineStart] == UInt8(ascii: " ") {
            let lineEnd = lineEnd(bytes, from: lineStart)
            let contentStart = lineStart + indent
            guard contentStart < lineEnd, (lineStart..<contentStart).allSatisfy({ bytes[$0] == UInt8(ascii: " ") }),
                bytes[contentStart] != UInt8(ascii: " "), bytes[lineEnd - 1] != UInt8(ascii: " "),
                isPrintableText(bytes, contentStart, lineEnd)
            else { return nil }
            if !text.isEmpty { text.append(UInt8(ascii: " ")) }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<lineEnd]))
            lineCount += 1
            end = lineEnd
            lineStart = lineEnd + 1
        }
        return (String(decoding: text, as: UTF8.self), end, lineCount)
    }

    /// `key: value` on bytes `start..<end`; for `key: >-` the value is empty and `isFolded` set,
    /// its text being on the lines after.
    private static func entry(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int, isFolded: inout Bool
    ) -> YAMLEntry? {
        var index = start
        guard index < end, isKeyStart(bytes[index]) else { return nil }
        while index < end, isKeyByte(bytes[index]) { index += 1 }
        let keyEnd = index
        guard keyEnd - start <= 100, index + 2 < end, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: " ")
        else { return nil }
        index += 2
        let key = string(bytes, start, keyEnd)
        // Keys and everything before a value are ASCII, so byte columns are character columns.
        let column = index - start + 1
        let value: YAMLNode
        switch bytes[index] {
        case UInt8(ascii: ">"):
            guard end - index == 2, bytes[index + 1] == UInt8(ascii: "-") else { return nil }
            value = YAMLNode(content: .scalar("", plain: false), line: line, column: column)
            isFolded = true
        case UInt8(ascii: "\""):
            guard bytes[end - 1] == UInt8(ascii: "\""), end - index >= 3,
                isQuotedText(bytes, index + 1, end - 1)
            else { return nil }
            value = YAMLNode(content: .scalar(string(bytes, index + 1, end - 1), plain: false), line: line, column: column)
        case UInt8(ascii: "["):
            guard let items = flowItems(bytes, index, end, line: line, startColumn: column) else { return nil }
            value = YAMLNode(content: .sequence(items), line: line, column: column)
        default:
            guard isPlainText(bytes, index, end) else { return nil }
            value = YAMLNode(content: .scalar(string(bytes, index, end), plain: true), line: line, column: column)
        }
        return YAMLEntry(key: key, keyLine: line, keyColumn: 1, value: value)
    }

    /// `[word, word]` on bytes `start..<end`: words of ASCII letters, digits, `_` and inner `-`.
    private static func flowItems(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int, startColumn: Int
    ) -> [YAMLNode]? {
        guard bytes[end - 1] == UInt8(ascii: "]") else { return nil }
        var items: [YAMLNode] = []
        var index = start + 1
        while true {
            let itemStart = index
            guard index < end - 1, isWordByte(bytes[index]), bytes[index] != UInt8(ascii: "-") else { return nil }
            while index < end - 1, isWordByte(bytes[index]) { index += 1 }
            items.append(YAMLNode(
                content: .scalar(string(bytes, itemStart, index), plain: true), line: line,
                column: startColumn + itemStart - start))
            if index == end - 1 { return items }
            guard index + 2 < end - 1, bytes[index] == UInt8(ascii: ","), bytes[index + 1] == UInt8(ascii: " ") else { return nil }
            index += 2
        }
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || byte == UInt8(ascii: "-") || byte &- UInt8(ascii: "0") < 10
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isKeyByte(byte)
    }

    /// A plain value: starts with a letter, digit or non-ASCII character, then letters, digits,
    /// single spaces and `-._/()`, never ending in a space, and no character YAML reads as markup.
    private static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start < end, bytes[end - 1] != UInt8(ascii: " ") else { return false }
        let first = bytes[start]
        guard first >= 0x80 || isKeyByte(first), first != UInt8(ascii: "-") else { return false }
        var previousWasSpace = false
        for index in start..<end {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                if previousWasSpace { return false }
                previousWasSpace = true
                continue
            }
            previousWasSpace = false
            guard byte >= 0x80 || isKeyByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
            else { return false }
        }
        return isPrintableNonASCII(bytes, start, end)
    }

    /// Text of a block line: printable, no tab (every character stands for itself there).
    private static func isPrintableText(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for index in start..<end {
            let byte = bytes[index]
            guard byte >= 0x80 || (byte >= 0x20 && byte < 0x7F) else { return false }
        }
        return isPrintableNonASCII(bytes, start, end)
    }

    /// Text between double quotes: printable, no `"` or `\` (escapes), no tab.
    private static func isQuotedText(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for index in start..<end {
            let byte = bytes[index]
            guard byte >= 0x80 || (byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\"))
            else { return false }
        }
        return isPrintableNonASCII(bytes, start, end)
    }

    /// Whether every non-ASCII character is one YAML prints as it is: not a C1 control, not a
    /// line or paragraph separator (YAML 1.1 breaks lines there), not U+FEFF or U+FFFE/U+FFFF.
    private static func isPrintableNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + length <= end else { return false }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            switch value {
            case 0x80...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return false
            default: break
            }
            index += length
        }
        return true
    }
}
