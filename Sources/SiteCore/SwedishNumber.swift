/// Numbers as Swedish readers expect them: a no-break space between thousands, a decimal comma,
/// a real minus sign (`−25 937`, `1 920 000`, `33,3`).
public enum SwedishNumber {
    public static let thousandsSeparator: Character = "\u{00A0}"

    public static func format(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(thousandsSeparator) }
            grouped.append(digit)
        }
        return (value < 0 ? "−" : "") + grouped
    }

    public static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<max(decimals, 0) { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled) - whole * Int(scale)
        var text = format(whole)
        if decimals > 0 {
            let fractionText = String(fraction)
            text += "," + String(repeating: "0", count: decimals - fractionText.count) + fractionText
        }
        return (value < 0 && scaled > 0 ? "−" : "") + text
    }

    /// Reads a number the way Swedish tables write it: `1 920 000`, `-25 937`, `−5 660`, `33,5`,
    /// `12 %`. Returns nil for anything that is not a number.
    public static func parse(_ text: String) -> Double? {
        var cleaned = ""
        var negative = false
        let trimmed = text.trimmingSpaces()
        for character in trimmed {
            switch character {
            case " ", "\u{00A0}", "\u{202F}", "%": continue
            case "-", "−", "–":
                guard cleaned.isEmpty, !negative else { return nil }
                negative = true
            case ",": cleaned.append(".")
            case "0"..."9", ".": cleaned.append(character)
            default: return nil
            }
        }
        guard !cleaned.isEmpty, cleaned.contains(where: \.isNumber), let value = Double(cleaned) else { return nil }
        return negative ? -value : value
    }
}

extension String {
    /// Trims spaces, tabs and line breaks at both ends (no Foundation needed).
    public func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
