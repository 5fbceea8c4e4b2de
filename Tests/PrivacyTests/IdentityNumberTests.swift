import Testing
@testable import Privacy

@Suite struct IdentityNumberTests {
    static let valid: [(written: String, kind: IdentityNumber.Kind)] = [
        ("640823-3234", .personnummer),
        ("811218-9876", .personnummer),
        ("19811218-9876", .personnummer),
        ("121212+1212", .personnummer),
        ("701063-2391", .samordningsnummer),
    ]

    @Test(arguments: valid.map(\.written))
    func issueTestValuesAreValidWithEverySeparator(written: String) throws {
        let kind = try #require(Self.valid.first { $0.written == written }?.kind)
        let digitsOnly = written.filter(\.isNumber)
        for form in [written, digitsOnly, "Nummer: \(written).", "(\(written))"] {
            let found = IdentityNumber.scan(form)
            #expect(found.count == 1, "\(form)")
            #expect(found.first?.number == IdentityNumber(kind: kind, hasValidCheckDigit: true), "\(form)")
            #expect(found.first.map { String(form[$0.range]) } == (form.contains(written) ? written : digitsOnly))
        }
    }

    /// Luhn catches every single-digit error: no change of one digit of a valid number is valid.
    @Test(arguments: valid.map(\.written))
    func everySingleDigitChangeIsNotValid(written: String) {
        var mutations = 0
        for (offset, character) in written.enumerated() where character.isNumber {
            for digit in "0123456789" where digit != character {
                var changed = Array(written)
                changed[offset] = digit
                let text = String(changed)
                mutations += 1
                let valid = IdentityNumber.scan(text).filter { $0.number.hasValidCheckDigit }
                #expect(valid.isEmpty, "\(text) ska inte räknas som giltigt")
            }
        }
        #expect(mutations == written.count { $0.isNumber } * 9)
    }

    @Test(arguments: [
        ("640823-3235", IdentityNumber.Kind.personnummer),
        ("701063-2392", .samordningsnummer),
        ("19640823-3235", .personnummer),
    ])
    func sameShapeWithWrongCheckDigitIsFoundButNotValid(written: String, kind: IdentityNumber.Kind) {
        #expect(IdentityNumber.scan(written).map(\.number) == [IdentityNumber(kind: kind, hasValidCheckDigit: false)])
    }

    @Test(arguments: [
        "2012-2013", "0481-45000", "212000-0787", "16 000 kr", "535000", "473491", "640823-32345",
        "1640823-3234", "641323-3234", "640832-3234", "640230-3234", "18640823-3234", "640823--3234",
        "fall-07", "2012-03-14", "0470-70 40 00",
    ])
    func otherNumbersAreNotIdentityNumbers(text: String) {
        #expect(IdentityNumber.scan(text).isEmpty, "\(text)")
    }

    @Test func leapDayNeedsALeapYearWhenTheCenturyIsWritten() {
        #expect(IdentityNumber.parse(date: "20000229", last: "0000") != nil)
        #expect(IdentityNumber.parse(date: "19000229", last: "0000") == nil)
        #expect(IdentityNumber.parse(date: "000229", last: "0000") != nil)
        #expect(IdentityNumber.parse(date: "010229", last: "0000") == nil)
    }

    @Test func maskingHidesTheLastFourDigits() {
        #expect(IdentityNumber.masked("640823-3234") == "640823-****")
        #expect(IdentityNumber.masked("19811218+9876") == "19811218+****")
        #expect(IdentityNumber.masked("6408233234") == "640823****")
    }
}
