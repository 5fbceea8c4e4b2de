import Foundation
import SiteCore

/// Rule 2: details that point at a person in a case learning — phone numbers, e-mail addresses,
/// street addresses with numbers, exact dates and exact ages. Ages may appear only in bands of at
/// least five years (`19–23 år`), periods at month granularity at most (`maj 2012`).
struct CaseDetailRule: Sendable {
    /// Severity per kind of detail, from the configuration.
    var severities: [CaseDetail: Severity]

    static let minimumAgeBand = 5

    /// - Parameter prefiltered: skip each expression when a byte scan shows the text lacks
    ///   something every match of it holds (false only to test that this changes nothing).
    func findings(in text: String, acceptanceHint: String, prefiltered: Bool = true) -> [Finding] {
        let can = prefiltered ? Candidates(text) : .all
        var found: [Finding] = []
        func add(_ detail: CaseDetail, _ range: Range<String.Index>, _ what: String, _ hint: String) {
            found.append(Finding(
                rule: detail.rule, severity: severities[detail] ?? .error, range: range, what: what,
                hint: hint + "; är uppgiften ofarlig, " + acceptanceHint))
        }
        for match in can.phone ? Self.phone.matches(in: text) : [] {
            guard let range = Self.phoneNumber(in: text, candidate: match.range) else { continue }
            add(.phone, range, "telefonnummer \"\(text[range])\" i en fallbeskrivning",
                "ta bort numret; en fallbeskrivning ska inte gå att koppla till en person")
        }
        // Every match holds an `@`; a byte search (Foundation's `contains` went through CFString).
        for match in can.at ? Self.email.matches(in: text) : [] {
            add(.email, match.range, "e-postadress \"\(text[match.range])\" i en fallbeskrivning",
                "ta bort adressen; en fallbeskrivning ska inte gå att koppla till en person")
        }
        let streets = can.wordAndNumber ? StreetAddressScanner.matches(in: text) ?? Self.wordAndNumber.matches(in: text) : []
        for match in streets where Self.isStreetName(match.groups[0].map { text[$0] }) {
            add(.address, match.range, "gatuadress \"\(text[match.range])\" i en fallbeskrivning",
                "ta bort adressen eller skriv bara orten")
        }
        for (index, pattern) in Self.exactDates.enumerated() where can.exactDate(index) {
            for match in pattern.matches(in: text) {
                add(.date, match.range, "exakt datum \"\(text[match.range])\" i en fallbeskrivning",
                    "ange högst månad och år (\"i maj 2012\")")
            }
        }
        for match in can.digit ? Self.age.matches(in: text) : [] {
            guard let number = match.groups[1].flatMap({ Int(text[$0]) }) else { continue }
            if let lowRange = match.groups[0], let low = Int(text[lowRange]) {
                guard low < number, number - low < 100 else { continue }
                if number - low + 1 < Self.minimumAgeBand {
                    add(.age, match.range, "åldersintervallet \"\(text[match.range])\" i en fallbeskrivning är smalare än \(Self.minimumAgeBand) år",
                        "ange ålder i intervall om minst \(Self.minimumAgeBand) år (\"19–23 år\")")
                }
                continue
            }
            guard Self.isExactAge(number, in: text, match: match) else { continue }
            add(.age, match.range, "exakt ålder \"\(text[match.range])\" i en fallbeskrivning",
                "ange åldersgrupp i intervall om minst \(Self.minimumAgeBand) år (\"19–23 år\")")
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// What a byte scan found that matches need: every expression but e-mail's needs an ASCII
    /// digit, and most need a certain pair of bytes; a text without them is not searched.
    struct Candidates {
        /// `[0-9]`
        var digit = false
        /// `0[1-9]` not after an ASCII letter, digit or `+-/.,` (anything after a non-ASCII
        /// character counts), or `+46`: how a phone number starts.
        var phone = false
        /// ` [0-9]`: a house number after its street.
        var wordAndNumber = false
        /// `[0-9]-[0-9]`
        var digitDashDigit = false
        /// `[0-9].[0-9]` or `[0-9]/[0-9]`
        var digitDotOrSlashDigit = false
        /// `[0-9]{4}-[0-9]{2}-[0-9]{2}`: what an ISO date (`exactDates[0]`) needs.
        var isoDate = false
        /// `@`, which every e-mail address holds.
        var at = false

        static let all = Candidates(digit: true, phone: true, wordAndNumber: true, digitDashDigit: true, digitDotOrSlashDigit: true)

        init(digit: Bool, phone: Bool, wordAndNumber: Bool, digitDashDigit: Bool, digitDotOrSlashDigit: Bool) {
            (self.digit, self.phone, self.wordAndNumber) = (digit, phone, wordAndNumber)
            (self.digitDashDigit, self.digitDotOrSlashDigit) = (digitDashDigit, digitDotOrSlashDigit)
            (isoDate, at) = (digitDashDigit, true)
        }

        init(_ text: String) {
            UTF8Scan.withBytes(text) { bytes in
                at = bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "@")), bytes.count) != nil } ?? false
                for index in bytes.indices where UTF8Scan.isDigit(bytes[index]) {
                    digit = true
                    guard index >= 1 else { continue }
                    let before = bytes[index - 1]
                    if before == UInt8(ascii: " ") { wordAndNumber = true }
                    if before == UInt8(ascii: "0"), bytes[index] != UInt8(ascii: "0"), index == 1 || !Self.blocksPhone(bytes[index - 2]) {
                        phone = true
                    }
                    guard index >= 2 else { continue }
                    if UTF8Scan.isDigit(bytes[index - 2]) {
                        if before == UInt8(ascii: "-") {
                            digitDashDigit = true
                            // `index` may be the day's first digit: look for `YYYY-MM-` before it.
                            if !isoDate, index >= 8, bytes[index - 4] == UInt8(ascii: "-"),
                                [3, 5, 6, 7, 8].allSatisfy({ UTF8Scan.isDigit(bytes[index - $0]) })
                            {
                                isoDate = true
                            }
                        }
                        if before == UInt8(ascii: ".") || before == UInt8(ascii: "/") { digitDotOrSlashDigit = true }
                    }
                    if bytes[index] == UInt8(ascii: "6"), before == UInt8(ascii: "4"), bytes[index - 2] == UInt8(ascii: "+") { phone = true }
                }
            }
        }

        /// An ASCII letter, digit or one of `+-/.,`: the phone expression's look-behind.
        private static func blocksPhone(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: ","):
                return true
            default:
                return false
            }
        }

        /// Whether `exactDates[index]` can match.
        func exactDate(_ index: Int) -> Bool {
            switch index {
            case 0: isoDate
            case 2, 3: digitDotOrSlashDigit
            default: digit
            }
        }
    }

    // A national number starts with 0 and a non-zero digit, or with +46; groups may be split by
    // one space or hyphen. Amounts (`16 000 kr`), years and dates never start that way.
    private static let phone = Pattern(#"(?<![\p{L}\p{N}+\-/.,])(?:\+46[ \-]?(?:\(0\)[ \-]?)?|0)[1-9][0-9]*(?:[ \-][0-9]+)*(?![\p{N}])"#)
    private static let email = Pattern(#"(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}"#)
    /// A word, then a house number of at most three digits (years are not house numbers); the
    /// word must end like a Swedish street name (checked in code: a regex suffix backtracks badly).
    static let wordAndNumber = Pattern(#"(?<![\p{L}])(\p{L}{3,})[ ]+[0-9]{1,3}(?:[ ]?[a-z])?(?![\p{L}\p{N}])"#, caseInsensitive: true)
    private static let streetSuffixes = [
        "gatan", "gata", "vägen", "väg", "gränd", "gränden", "stigen", "torget", "torg", "allén", "backen", "platsen", "leden",
    ]
    private static let monthNames = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec"
    static let exactDates = [
        // 2012-03-14
        Pattern(#"(?<![0-9])(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"#),
        // den 3 maj, 14 mars 2012, 3:e maj, 3 okt.
        Pattern(#"(?<![\p{L}\p{N}])(?:den\s+)?(?:0?[1-9]|[12][0-9]|3[01])(?::[ae])?\s+(?:\#(monthNames))\.?(?![\p{L}])"#,
                caseInsensitive: true),
        // 14/3 2012, 14.3.2012, den 14/3
        Pattern(#"(?<![\p{N}/.,])(?:0?[1-9]|[12][0-9]|3[01])[./](?:0?[1-9]|1[0-2])(?:[./](?:19|20)?[0-9]{2}| (?:19|20)[0-9]{2})(?![\p{N}])"#),
        Pattern(#"(?<![\p{L}])den\s+(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])(?![\p{N}])"#, caseInsensitive: true),
    ]
    /// `23 år`, `23-årig`, `23-åringen`, `23 års ålder`; group 1 is the lower end of a band
    /// (`19–23 år`, `mellan 19 och 23 år`), group 2 the age.
    private static let age = Pattern(
        #"(?<![\p{L}\p{N},.])(?:([0-9]{1,3})(?:\s*[-–—]\s*|\s+(?:till|och)\s+))?([0-9]{1,3})(?:\s*[-–]\s*|\s*)(?:år|års|årig\p{L}*|åring\p{L}*)(?![\p{L}])"#,
        caseInsensitive: true)

    static var patterns: [Pattern] { [phone, email, wordAndNumber, age] + exactDates }

    /// `Storgatan`, `Kungsvägen`: a street suffix after at least two letters.
    private static func isStreetName(_ word: Substring?) -> Bool {
        guard let word = word?.lowercased() else { return false }
        return streetSuffixes.contains { word.hasSuffix($0) && word.count >= $0.count + 2 }
    }

    /// Words before a number of years that make it a duration or a limit, not someone's age
    /// (`i 20 år`, `under 25 år`).
    private static let durationWords: Set<String> = [
        "i", "under", "efter", "pa", "for", "sedan", "inom", "om", "varje", "per", "an", "minst", "hogst",
        "drygt", "nastan", "cirka", "ca", "knappt", "over", "ungefar", "fran", "upp", "till",
    ]
    private static let durationFollowers: Set<String> = ["senare", "tidigare", "sedan", "framat", "bakat"]

    /// Ages below 15 are durations (`2-årig utbildning`, `3 år`); words around the number say
    /// whether it is an age.
    private static func isExactAge(_ number: Int, in text: String, match: Pattern.Match) -> Bool {
        guard (15...110).contains(number) else { return false }
        let word = text[match.range].drop { $0.isNumber || $0.isWhitespace || $0 == "-" || $0 == "–" }
        if word.lowercased().hasPrefix("årig") || word.lowercased().hasPrefix("åring") { return true }
        if let before = Self.word(before: match.range.lowerBound, in: text), durationWords.contains(before) { return false }
        if let after = Self.word(after: match.range.upperBound, in: text), durationFollowers.contains(after) { return false }
        return true
    }

    private static func word(before index: String.Index, in text: String) -> String? {
        let head = text[..<index].reversed().drop { $0.isWhitespace }
        let letters = head.prefix { $0.isLetter }
        return letters.isEmpty ? nil : Slug.fold(String(letters.reversed()))
    }

    private static func word(after index: String.Index, in text: String) -> String? {
        let letters = text[index...].drop { $0.isWhitespace }.prefix { $0.isLetter }
        return letters.isEmpty ? nil : Slug.fold(String(letters))
    }

    /// The phone number in a candidate run of digit groups: 8–10 digits counting the leading 0
    /// (which `+46` replaces); trailing groups (a year after the number) are dropped until it fits.
    private static func phoneNumber(in text: String, candidate: Range<String.Index>) -> Range<String.Index>? {
        var end = candidate.upperBound
        while end > candidate.lowerBound {
            var written = String(text[candidate.lowerBound..<end])
            if written.hasPrefix("+46") {
                written = "0" + written.dropFirst(3).replacingOccurrences(of: "(0)", with: "")
            }
            let digits = written.count(where: \.isNumber)
            if (8...10).contains(digits) { return candidate.lowerBound..<end }
            guard digits > 10, let separator = text[candidate.lowerBound..<end].lastIndex(where: { $0 == " " || $0 == "-" })
            else { return nil }
            end = separator
        }
        return nil
    }
}
