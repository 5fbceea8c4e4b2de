/// The matches of `CaseDetailRule.wordAndNumber` (a word of three or more letters, spaces, a
/// house number of one to three digits, maybe a letter), found in the text's bytes: the expression
/// tried every letter of every case text and was most of the privacy stage at 10 000 cases.
///
/// Only for texts whose characters all lie where Swift's Unicode tables and ICU's agree on letters
/// and numbers and where case-insensitive matching adds nothing to `\p{L}` (ICU adds U+0345) or
/// `[a-z]` (ICU adds `ſ`, handled, and the Kelvin sign): ASCII, Latin-1 and Latin Extended-A/B,
/// and the general punctuation of U+2010–U+205E. Other texts return nil and go to the expression.
/// A differential test holds the two equal.
enum StreetAddressScanner {
    static func matches(in text: String) -> [Pattern.Match]? {
        let found: [(match: Range<Int>, word: Range<Int>)]? = UTF8Scan.withBytes(text) { bytes in
            guard isSupported(bytes) else { return nil }
            var found: [(match: Range<Int>, word: Range<Int>)] = []
            var index = 0
            while let (scalar, length) = UTF8Scan.scalar(at: index, in: bytes) {
                guard isLetter(scalar) else {
                    index += length
                    continue
                }
                // A maximal run of letters: `(?<![\p{L}])(\p{L}{3,})` can only take all of it,
                // since spaces must follow.
                let wordStart = index
                var letters = 0
                while let (scalar, length) = UTF8Scan.scalar(at: index, in: bytes), isLetter(scalar) {
                    letters += 1
                    index += length
                }
                let wordEnd = index
                guard letters >= 3 else { continue }
                var digitsStart = wordEnd
                while digitsStart < bytes.count, bytes[digitsStart] == UInt8(ascii: " ") { digitsStart += 1 }
                guard digitsStart > wordEnd else { continue }
                var digitsEnd = digitsStart
                while digitsEnd < bytes.count, digitsEnd - digitsStart < 4, UTF8Scan.isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
                // A fourth digit fails every shorter number too: a digit is `\p{N}`.
                guard (1...3).contains(digitsEnd - digitsStart) else { continue }
                // `(?:[ ]?[a-z])?(?![\p{L}\p{N}])`, alternatives in the expression's order.
                let end: Int
                if bytes.count > digitsEnd, bytes[digitsEnd] == UInt8(ascii: " "), let letter = asciiLetterLength(at: digitsEnd + 1, in: bytes),
                    UTF8Scan.noLetterOrNumber(at: digitsEnd + 1 + letter, in: bytes)
                {
                    end = digitsEnd + 1 + letter
                } else if let letter = asciiLetterLength(at: digitsEnd, in: bytes),
                    UTF8Scan.noLetterOrNumber(at: digitsEnd + letter, in: bytes)
                {
                    end = digitsEnd + letter
                } else if UTF8Scan.noLetterOrNumber(at: digitsEnd, in: bytes) {
                    end = digitsEnd
                } else {
                    continue
                }
                found.append((wordStart..<end, wordStart..<wordEnd))
                index = end
            }
            return found
        }
        return found?.compactMap { match in
            guard let range = UTF8Scan.range(text, match.match.lowerBound, match.match.upperBound) else { return nil }
            return Pattern.Match(range: range, groups: [UTF8Scan.range(text, match.word.lowerBound, match.word.upperBound)])
        }
    }

    /// Whether every character is one the scanner knows as ICU does.
    private static func isSupported(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let (scalar, length) = UTF8Scan.scalar(at: index, in: bytes),
                scalar.value < 0x250 || (0x2010...0x205E).contains(scalar.value)
            else { return false }
            index += length
        }
        return true
    }

    /// `\p{L}`, for the supported characters.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (scalar.value | 0x20) >= UInt32(UInt8(ascii: "a")) && (scalar.value | 0x20) <= UInt32(UInt8(ascii: "z"))
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// The length of `[a-z]` matched case-insensitively at `offset` (ASCII letters and `ſ`), or nil.
    private static func asciiLetterLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard offset < bytes.count else { return nil }
        let byte = bytes[offset]
        if byte | 0x20 >= UInt8(ascii: "a"), byte | 0x20 <= UInt8(ascii: "z") { return 1 }
        if byte == 0xC5, offset + 1 < bytes.count, bytes[offset + 1] == 0xBF { return 2 }
        return nil
    }
}
