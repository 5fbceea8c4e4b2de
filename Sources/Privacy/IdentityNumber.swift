/// A Swedish personnummer or samordningsnummer as written in a text: `640823-3234`,
/// `19811218-9876`, `121212+1212`, `6408233234`; a samordningsnummer adds 60 to the day
/// (`701063-2391`).
struct IdentityNumber: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case personnummer
        case samordningsnummer
    }

    var kind: Kind
    /// Whether the last digit is the Luhn check digit of the nine before it. A number of the
    /// right shape with a wrong check digit is probably a typo of a real one.
    var hasValidCheckDigit: Bool

    /// Digits as written: 6 or 8 (with century) for the date, then the separator, then 4.
    private static let pattern = Pattern(#"(?<![0-9])((?:19|20)?[0-9]{6})([-+]?)([0-9]{4})(?![0-9])"#)

    /// Every number in `text` with a real date (month 1–12, a day the month has, or that day + 60).
    static func scan(_ text: String) -> [(range: Range<String.Index>, number: IdentityNumber)] {
        // Every number the pattern finds has six digits in a row; most texts have none, and
        // looking for them byte by byte is far cheaper than the regular expression.
        guard hasSixDigitsInARow(text) else { return [] }
        return pattern.matches(in: text).compactMap { match in
            guard let datePart = match.groups[0], let lastPart = match.groups[2],
                let number = parse(date: text[datePart], last: text[lastPart])
            else { return nil }
            return (match.range, number)
        }
    }

    static func hasSixDigitsInARow(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                run += 1
                if run == 6 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// The number whose date digits are `date` (`YYMMDD` or `YYYYMMDD`) and last four `last`,
    /// or nil when the date cannot be a birth date.
    static func parse(date: Substring, last: Substring) -> IdentityNumber? {
        let dateDigits = date.compactMap(\.wholeNumberValue)
        let lastDigits = last.compactMap(\.wholeNumberValue)
        guard dateDigits.count == 6 || dateDigits.count == 8, lastDigits.count == 4 else { return nil }
        let short = Array(dateDigits.suffix(6))
        let century = dateDigits.count == 8 ? dateDigits[0] * 10 + dateDigits[1] : nil
        if let century, century != 19, century != 20 { return nil }
        let yearInCentury = short[0] * 10 + short[1]
        let month = short[2] * 10 + short[3]
        let writtenDay = short[4] * 10 + short[5]
        let kind: Kind = writtenDay > 60 ? .samordningsnummer : .personnummer
        let day = kind == .samordningsnummer ? writtenDay - 60 : writtenDay
        guard (1...12).contains(month),
            day >= 1, day <= daysIn(month: month, year: century.map { $0 * 100 + yearInCentury }, yearInCentury: yearInCentury)
        else { return nil }
        let body = short + lastDigits.prefix(3)
        return IdentityNumber(kind: kind, hasValidCheckDigit: luhnCheckDigit(body) == lastDigits[3])
    }

    /// The Luhn check digit of `digits`, weighting them 2, 1, 2, 1 … from the left.
    static func luhnCheckDigit(_ digits: [Int]) -> Int {
        var sum = 0
        for (index, digit) in digits.enumerated() {
            let product = digit * (index.isMultiple(of: 2) ? 2 : 1)
            sum += product / 10 + product % 10
        }
        return (10 - sum % 10) % 10
    }

    /// Without the century, 29 February is allowed in any year divisible by four (both 1900 and
    /// 2000 end in 00, and one of them was a leap year).
    private static func daysIn(month: Int, year: Int?, yearInCentury: Int) -> Int {
        switch month {
        case 2:
            let leap = year.map { ($0.isMultiple(of: 4) && !$0.isMultiple(of: 100)) || $0.isMultiple(of: 400) }
                ?? yearInCentury.isMultiple(of: 4)
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension IdentityNumber {
    /// The number with its last four digits hidden (`640823-****`), safe to print.
    static func masked(_ written: Substring) -> String {
        var digitsLeft = written.count { $0.isASCII && $0.isNumber }
        var out = ""
        for character in written {
            if character.isASCII, character.isNumber {
                out.append(digitsLeft <= 4 ? "*" : character)
                digitsLeft -= 1
            } else {
                out.append(character)
            }
        }
        return out
    }
}
