#if canImport(Glibc)
import Glibc
#endif
/// The Markdown source as UTF-8 lines, to turn cmark's byte positions into the character
/// positions users see in their editors, and to quote source lines in diagnostics.
struct SourceText {
    let bytes: [UInt8]
    /// Byte range of each line without its terminator; index 0 is cmark's line 1.
    private let lines: [Range<Int>]
    /// The last conversion, so that positions met left to right on one line cost only the
    /// distance between them (a line with thousands of links stays linear).
    private var cache = (line: 0, byte: 0, character: 0)

    init(_ text: String) {
        bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        // cmark skips a byte-order mark and counts columns after it.
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var start = hasByteOrderMark ? 3 : 0
        var index = start
        // Pages come with "\n" line ends only (`SourceTextDecoder`): then memchr finds them.
        let hasCR = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false
        }
        if !hasCR {
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                while index < buffer.count, let found = memchr(base + index, 0x0A, buffer.count - index) {
                    let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    lines.append(start..<end)
                    start = end + 1
                    index = start
                }
            }
            index = bytes.count
        }
        // Line ends as cmark counts them: "\n", "\r\n" and a lone "\r".
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(start..<index)
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 1
                }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count || lines.isEmpty { lines.append(start..<bytes.count) }
        self.lines = lines
    }

    var lineCount: Int { lines.count }

    /// The bytes of cmark's line `line` (1-based); empty outside the text.
    func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lines.count else { return [] }
        return bytes[lines[line - 1]]
    }

    func lineText(_ line: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        return String(decoding: bytes[lines[line - 1]], as: UTF8.self)
    }

    /// The 1-based character column of cmark's 1-based byte column on `line`.
    mutating func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lines.count, byteColumn > 1 else { return 1 }
        let range = lines[line - 1]
        let byteOffset = min(byteColumn - 1, range.count)
        var from = 0
        var characters = 0
        if cache.line == line, cache.byte <= byteOffset {
            from = cache.byte
            characters = cache.character
        }
        let slice = bytes[(range.lowerBound + from)..<(range.lowerBound + byteOffset)]
        // Below U+0300 every scalar is a character of its own (no combining marks, no joiners;
        // lines hold no CR), so counting the bytes that start a scalar is enough; beyond it,
        // Swift's grapheme breaking decides.
        if slice.allSatisfy({ $0 < 0xCC }) {
            characters += slice.count { $0 < 0x80 || $0 >= 0xC0 }
        } else {
            characters += String(decoding: slice, as: UTF8.self).count
        }
        cache = (line, byteOffset, characters)
        return characters + 1
    }

    /// The 1-based byte column where the text of a paragraph's continuation line begins: after
    /// block-quote markers and indentation, which cannot begin such a line's own content.
    func contentStartByteColumn(line: Int) -> Int {
        let text = lineBytes(line)
        let skipped = text.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
        return skipped.count + 1
    }
}
