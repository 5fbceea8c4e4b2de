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

    /// Digits as written: 6 or 8 (with century) for the date, then the separator, then 4. The
    /// definition `matches` implements by hand (a differential test holds them equal); not used
    /// when building.
    static let referencePattern = Pattern(#"(?<![0-9])((?:19|20)?[0-9]{6})([-+]?)([0-9]{4})(?![0-9])"#)

    /// Every number in `text` with a real date (month 1–12, a day the month has, or that day + 60).
    static func scan(_ text: String) -> [(range: Range<String.Index>, number: IdentityNumber)] {
        matches(in: text).compactMap { match in
            guard let datePart = match.groups[0], let lastPart = match.groups[2],
                let number = parse(date: text[datePart], last: text[lastPart])
            else { return nil }
            return (match.range, number)
        }
    }

    /// The matches of `referencePattern` in `text`, found in its bytes: a match starts where a run
    /// of ASCII digits starts, and which alternative matches depends only on the run's length and
    /// the byte after it. Most texts have no run of six digits and cost one pass over the bytes.
    static func matches(in text: String) -> [Pattern.Match] {
        let found: [(date: Range<Int>, sign: Range<Int>, last: Range<Int>)] = UTF8Scan.withBytes(text) { bytes in
            var found: [(date: Range<Int>, sign: Range<Int>, last: Range<Int>)] = []
            var index = 0
            while index < bytes.count {
                guard UTF8Scan.isDigit(bytes[index]) else {
                    index += 1
                    continue
                }
                let start = index
                while index < bytes.count, UTF8Scan.isDigit(bytes[index]) { index += 1 }
                let run = index - start
                let hasCentury = run >= 8
                    && (bytes[start] == UInt8(ascii: "1") && bytes[start + 1] == UInt8(ascii: "9")
                        || bytes[start] == UInt8(ascii: "2") && bytes[start + 1] == UInt8(ascii: "0"))
                let hasSign = index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+"))
                // The four digits after a sign must be the whole next run.
                let fourAfterSign = hasSign && index + 5 <= bytes.count
                    && (index + 1..<index + 5).allSatisfy { UTF8Scan.isDigit(bytes[$0]) }
                    && (index + 5 == bytes.count || !UTF8Scan.isDigit(bytes[index + 5]))
                // Tried in the expression's order: century, sign; century; sign; neither.
                let dateLength: Int
                if hasCentury, run == 8, fourAfterSign {
                    dateLength = 8
                } else if hasCentury, run == 12 {
                    dateLength = 8
                } else if run == 6, fourAfterSign {
                    dateLength = 6
                } else if run == 10 {
                    dateLength = 6
                } else {
                    continue
                }
                let dateEnd = start + dateLength
                let signEnd = dateEnd == index ? dateEnd + 1 : dateEnd
                found.append((start..<dateEnd, dateEnd..<signEnd, signEnd..<signEnd + 4))
                index = signEnd + 4
            }
            return found
        }
        return found.compactMap { match in
            guard let range = UTF8Scan.range(text, match.date.lowerBound, match.last.upperBound) else { return nil }
            return Pattern.Match(
                range: range,
                groups: [
                    UTF8Scan.range(text, match.date.lowerBound, match.date.upperBound),
                    UTF8Scan.range(text, match.sign.lowerBound, match.sign.upperBound),
                    UTF8Scan.range(text, match.last.lowerBound, match.last.upperBound),
                ])
        }
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
