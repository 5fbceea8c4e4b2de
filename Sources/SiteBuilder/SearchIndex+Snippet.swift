/// The snippet a search result shows under its title: the page's summary, or the start of its
/// text on one line, cut at a word boundary.
extension SearchIndex {
    /// The summary, or the start of the text on one line cut at a word boundary.
    static func snippet(_ document: Document) -> String {
        if !document.summary.isEmpty { return document.summary }
        return document.textUTF8.withUnsafeBufferPointer(latin1Snippet) ?? characterSnippet(document.text)
    }

    /// The start of `text` on one line, cut at a word boundary, worked out on `Character`s.
    static func characterSnippet(_ text: String) -> String {
        let text = Self.joinedLines(text, enough: Self.snippetLength + 100)
        guard text.count > Self.snippetLength else { return text }
        var cut = String(text.prefix(Self.snippetLength))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + " …"
    }

    /// The non-empty lines of `text` joined by spaces, stopping once more than `enough` characters
    /// are collected: a prefix of `split(whereSeparator: \.isNewline).joined(separator: " ")`
    /// long enough for the snippet, without splitting the whole text.
    static func joinedLines(_ text: String, enough: Int) -> String {
        var out = ""
        var count = 0
        var pendingSpace = false
        for character in text {
            if character.isNewline {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                out.append(" ")
                count += 1
                pendingSpace = false
            }
            out.append(character)
            count += 1
            if count > enough { break }
        }
        return out
    }

    /// `characterSnippet(text)` worked out on bytes when every character it looks at is one
    /// scalar of U+0000–U+00FF other than U+0080–U+009F, or one of – — ‘ ’ “ ” … (so one scalar is
    /// one `Character`, and the only newlines are LF, VT, FF and CR); nil for any other text.
    static func latin1Snippet(_ text: String) -> String? {
        var text = text
        return text.withUTF8(latin1Snippet)
    }

    /// `latin1Snippet` of text given as UTF-8.
    static func latin1Snippet(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let enough = snippetLength + 100
        var out: [UInt8] = []
        out.reserveCapacity(2 * enough + 4)
        var count = 0
        /// Bytes of `out` holding its first `snippetLength` characters.
        var cutBytes = 0
        var pendingSpace = false
        var index = 0
        /// The byte length of the scalar at `index` if it is one the fast path knows, else 0.
        func simpleLength(at index: Int) -> Int {
            let byte = bytes[index]
            if byte < 0x80 { return 1 }
            guard index + 1 < bytes.count else { return 0 }
            let next = bytes[index + 1]
            if (byte == 0xC2 && next >= 0xA0) || byte == 0xC3 { return 2 }
            guard byte == 0xE2, next == 0x80, index + 2 < bytes.count else { return 0 }
            switch bytes[index + 2] {
            case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: return 3
            default: return 0
            }
        }
        while index < bytes.count {
            let length = simpleLength(at: index)
            guard length > 0 else { return nil }
            let byte = bytes[index]
            if byte >= 0x0A && byte <= 0x0D {
                pendingSpace = count > 0
                index += 1
                continue
            }
            if pendingSpace {
                out.append(0x20)
                count += 1
                if count == snippetLength { cutBytes = out.count }
                pendingSpace = false
            }
            if length == 1 {
                // The common case, without the generic append of a slice: `latin1Snippet` went
                // from 1.3 % of a 10k build's samples to 0.5 %.
                out.append(byte)
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
            }
            count += 1
            if count == snippetLength { cutBytes = out.count }
            index += length
            if count > enough {
                // A following combining mark would belong to the last character.
                if index < bytes.count && simpleLength(at: index) == 0 { return nil }
                break
            }
        }
        guard count > snippetLength else { return String(decoding: out, as: UTF8.self) }
        let cut = out[..<cutBytes]
        let end = cut.lastIndex(of: 0x20) ?? cutBytes
        return String(decoding: out[..<end], as: UTF8.self) + " …"
    }
}
