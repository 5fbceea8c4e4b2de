/// Months (`2012-03`) and dates (`2014-03-31`) as front matter writes them, checked by hand so
/// that no time zone or YAML timestamp rule can shift them.
enum CalendarText {
    /// `YYYY-MM`: exactly seven ASCII bytes (a character that is an ASCII digit is one byte).
    static func month(_ text: String) -> (year: Int, month: Int)? {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = number(bytes, 0, 4),
                let month = number(bytes, 5, 7), (1...12).contains(month)
            else { return nil }
            return (year, month)
        }
    }

    /// `YYYY-MM-DD`: exactly ten ASCII bytes.
    static func date(_ text: String) -> (year: Int, month: Int, day: Int)? {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                let year = number(bytes, 0, 4), let month = number(bytes, 5, 7), let day = number(bytes, 8, 10),
                (1...12).contains(month), (1...daysIn(month, of: year)).contains(day)
            else { return nil }
            return (year, month, day)
        }
    }

    /// The ASCII digits `start..<end` as a number.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var value = 0
        for index in start..<end {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
