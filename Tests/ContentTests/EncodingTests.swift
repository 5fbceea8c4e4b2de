import Content
import Foundation
import SiteCore
import Testing

@Suite struct EncodingTests {
    static let page = Array("---\ntitel: Å\n---\nText.\n".utf8)

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var rule: String
        var severity: Severity
        var line: Int
        var column: Int
        var message: String
        var pageKept: Bool
        var description: String { name }
    }

    @Test(arguments: [
        Case(name: "utf8 bom", bytes: [0xEF, 0xBB, 0xBF] + page, rule: "encoding.bom", severity: .warning,
            line: 1, column: 1, message: "BOM", pageKept: true),
        Case(name: "utf16", bytes: [0xFF, 0xFE] + Array("---".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            rule: "encoding.not-utf8", severity: .error, line: 1, column: 1, message: "UTF-16", pageKept: false),
        Case(name: "utf32", bytes: [0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, 0x2D], rule: "encoding.not-utf8", severity: .error,
            line: 1, column: 1, message: "UTF-32", pageKept: false),
        Case(name: "latin1", bytes: Array("---\ntitel: A\n---\nGöran ".utf8) + [0x6F, 0xE5, 0x0A],
            rule: "encoding.invalid-utf8", severity: .error, line: 4, column: 8, message: "0xE5", pageKept: false),
        Case(name: "empty", bytes: [], rule: "page.empty", severity: .error, line: 1, column: 1, message: "tom",
            pageKept: true),
    ])
    func encodingProblemIsReportedAtItsPlace(test: Case) throws {
        let bank = TemporaryBank(bytes: ["metoder/sida.md": test.bytes])
        let loaded = bank.load()
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.rule == test.rule)
        #expect(diagnostic.severity == test.severity)
        #expect(diagnostic.location == SourceLocation(file: bank.path("metoder/sida.md"), line: test.line, column: test.column))
        #expect(diagnostic.message.contains(test.message))
        #expect((loaded.page("metoder/sida.md") != nil) == test.pageKept)
        if test.rule == "encoding.not-utf8" { #expect(diagnostic.hint?.contains("spara som UTF-8") == true) }
    }

    @Test(arguments: ["\r\n", "\r"])
    func windowsAndOldMacLineEndsAreNormalisedSilently(lineEnd: String) throws {
        let text = ["---", "titel: A", "---", "Rad ett.", "Rad två.", ""].joined(separator: lineEnd)
        let bank = TemporaryBank(["metoder/sida.md": text])
        let loaded = bank.load()
        let page = try #require(loaded.page("metoder/sida.md"))
        #expect(loaded.diagnostics.isEmpty)
        #expect(page.body == "Rad ett.\nRad två.\n")
        #expect(page.title == "A")
    }

    @Test func bomIsRemovedFromTheBody() throws {
        let bank = TemporaryBank(bytes: ["metoder/sida.md": [0xEF, 0xBB, 0xBF] + Self.page])
        let page = try #require(bank.load().page("metoder/sida.md"))
        #expect(page.title == "Å")
        #expect(page.body == "Text.\n")
    }

    @Test func dataFileThatIsNotUTF8IsAnError() throws {
        let bank = TemporaryBank(bytes: ["data/tabell.csv": Array("år;belopp\n".utf8) + [0xE5, 0x3B, 0x31]])
        let loaded = bank.load()
        #expect(loaded.dataFiles.isEmpty)
        #expect(loaded.diagnostics.map(\.rule) == ["encoding.invalid-utf8"])
        #expect(loaded.diagnostics.first?.location.line == 2)
    }
}
