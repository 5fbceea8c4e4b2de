/// Helpers for the hand-written scanners that replace fixed regular expressions on hot paths:
/// they read a text's UTF-8 bytes in place (no UTF-16 copy as NSRegularExpression needs) and give
/// matches as byte offsets, which `UTF8Scan.range` turns into string indices.
enum UTF8Scan {
    /// Runs `body` over the text's UTF-8 bytes, copying only when the string is not stored as
    /// contiguous UTF-8 (a bridged string).
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The string range of bytes `lower..<upper` (both on scalar boundaries), or nil when an end
    /// falls inside a character (`3234` + U+0308): what `Pattern` gives for such a match, which
    /// turns an `NSRange` into a range the same way, so the scanners find what the expressions did.
    static func range(_ text: String, _ lower: Int, _ upper: Int) -> Range<String.Index>? {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        guard let lowerBound = String.Index(start, within: text),
            let upperBound = String.Index(utf8.index(start, offsetBy: upper - lower), within: text)
        else { return nil }
        return lowerBound..<upperBound
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// The scalar starting at byte `offset` and its length in bytes; nil at the end of the text.
    /// The bytes are valid UTF-8 (they come from a Swift string).
    static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int)? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// ICU's `\s`: the Unicode White_Space property.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// ICU's `[\p{L}\p{N}]`.
    static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Whether the bytes from `offset` spell `word` (lowercase ASCII letters) case-insensitively
    /// as ICU matches it: ASCII either case, and `k` also as the Kelvin sign (U+212A), which
    /// case-folds to it. Returns the offset after the word.
    static func matchWord(_ word: StaticString, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = offset
        for index in 0..<word.utf8CodeUnitCount {
            let expected = word.utf8Start[index]
            guard position < bytes.count else { return nil }
            let byte = bytes[position]
            if byte | 0x20 == expected, byte & 0xC0 == 0x40 {
                position += 1
            } else if expected == UInt8(ascii: "k"), byte == 0xE2, position + 2 < bytes.count,
                bytes[position + 1] == 0x84, bytes[position + 2] == 0xAA
            {
                position += 3
            } else {
                return nil
            }
        }
        return position
    }

    /// The offset after the white space (ICU `\s*`) starting at `offset`.
    static func skipSpace(from offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var position = offset
        while let (scalar, length) = scalar(at: position, in: bytes), isSpace(scalar) { position += length }
        return position
    }

    /// The offset after the spaces and tabs (`[ \t]*`) starting at `offset`.
    static func skipBlanks(from offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var position = offset
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        return position
    }

    /// Whether no letter or number (`(?![\p{L}\p{N}])`) starts at `offset`.
    static func noLetterOrNumber(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (scalar, _) = scalar(at: offset, in: bytes) else { return true }
        return !isLetterOrNumber(scalar)
    }
}
