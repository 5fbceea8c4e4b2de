/// Folds and splits text into search words in one pass over its UTF-8 bytes, without making the
/// folded `String` first: the fast path of `SearchIndex.words` for the text of nearly every page.
///
/// It knows ASCII, the Latin-1 letters `Slug.fold` turns into ASCII (å ä ö é ü ß æ …), the
/// combining diacritics fold drops, and a few punctuation marks (– — ’ ” … « » no-break space × ÷)
/// that fold keeps and that are neither letters, digits nor joined to a neighbouring character.
/// For text made only of these, fold gives ASCII, and `SearchIndex.words` splits it at every byte
/// that is not a–z or 0–9; so does this. At any other character it stops and the caller uses
/// `SearchIndex.words`, which stays the rule.
enum FoldedWords {
    /// Calls `body` with every word of `text` (at least two bytes, folded) and its
    /// `TermTable.hash`. Returns false, having stopped, at the first character it does not know.
    /// The words given before stopping end at an ASCII separator, so they are also words of
    /// `SearchIndex.words(text)`.
    static func forEach(in text: String, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) -> Bool {
        var text = text
        return text.withUTF8 { forEach(in: $0, body) }
    }

    /// `forEach(in:_:)` on UTF-8 bytes (words of ill-formed UTF-8 are never given: it stops there).
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) -> Bool {
        // ß and æ fold to two letters, so a word may be up to twice as long as its source.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2 + 2) { word in
            // The tables as plain pointers: a global array read per byte pays a lazy-init check.
            asciiFold.withUnsafeBufferPointer { ascii in
                latin1Fold.withUnsafeBufferPointer { latin1 in scan(bytes, word: word, ascii: ascii, latin1: latin1, body) }
            }
        }
    }

    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, word: UnsafeMutableBufferPointer<UInt8>,
        ascii asciiFold: UnsafeBufferPointer<UInt8>, latin1 latin1Fold: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void
    ) -> Bool {
        // The word's bytes, and `TermTable.hash` of them as they come: eight bytes gathered in
        // `chunk`, then multiplied in.
        var length = 0
        var hash = TermTable.seed
        var chunk: UInt64 = 0
        var shift: UInt64 = 0
        func append(_ byte: UInt8) {
            word[length] = byte
            length += 1
            chunk |= UInt64(byte) &<< shift
            shift &+= 8
            if shift == 64 {
                hash = TermTable.combine(hash, chunk)
                chunk = 0
                shift = 0
            }
        }
        func end() {
            if length >= 2 {
                if shift > 0 { hash = TermTable.combine(hash, chunk) }
                body(UnsafeBufferPointer(rebasing: word[0..<length]), TermTable.finish(hash, count: length))
            }
            length = 0
            hash = TermTable.seed
            chunk = 0
            shift = 0
        }
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                let folded = asciiFold[Int(byte)]
                if folded != 0 { append(folded) } else { end() }
                index += 1
                continue
            }
            let second = index + 1 < count ? bytes[index + 1] : 0
            switch byte {
            case 0xC3:  // U+00C0–U+00FF
                let folded = second >= 0x80 && second <= 0xBF ? latin1Fold[Int(second - 0x80)] : 0
                switch folded {
                case 0: return false
                case separator: end()
                case sharpS: append(0x73); append(0x73)  // ss
                case ae: append(0x61); append(0x65)
                default: append(folded)
                }
                index += 2
            case 0xCC where second >= 0x80 && second <= 0xBF, 0xCD where second >= 0x80 && second <= 0xAF:
                index += 2  // U+0300–U+036F, combining diacritics: fold drops them
            case 0xC2 where second == 0xA0 || second == 0xAB || second == 0xBB:
                end()  // no-break space « »
                index += 2
            case 0xE2 where second == 0x80 && index + 2 < count && isPunctuationAfterE280(bytes[index + 2]):
                end()  // – — ‘ ’ “ ” …
                index += 3
            default:
                return false
            }
        }
        end()
        return true
    }

    private static let separator: UInt8 = 1
    private static let sharpS: UInt8 = 2
    private static let ae: UInt8 = 3

    /// Per ASCII byte: its folded letter or digit, or 0 for a separator.
    private static let asciiFold: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 0x41...0x5A: UInt8(byte + 0x20)
        case 0x61...0x7A, 0x30...0x39: UInt8(byte)
        default: 0
        }
    }

    /// Per U+00C0–U+00FF, as `Slug.fold` folds it: an ASCII letter, `sharpS`, `ae`, `separator`
    /// (× ÷), or 0 for a letter fold leaves outside ASCII (ð ý þ ÿ …).
    private static let latin1Fold: [UInt8] = Array(
        "aaaaaa\u{3}ceeeeiiii\0nooooo\u{1}ouuuu\0\0\u{2}aaaaaa\u{3}ceeeeiiii\0nooooo\u{1}ouuuu\0\0\0".utf8)

    /// Third bytes of E2 80 xx: U+2013 – U+2014 — U+2018 ‘ U+2019 ’ U+201C “ U+201D ” U+2026 ….
    private static func isPunctuationAfterE280(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: true
        default: false
        }
    }
}
