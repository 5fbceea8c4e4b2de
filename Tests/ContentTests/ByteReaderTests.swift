import Foundation
import SiteCore
import SiteTesting
import Testing
@testable import Content

/// The loader's byte-level readers (front-matter split, file stem and extension, months and
/// dates, trimming) give what the character-level code they replace gave: each reference below is
/// that code as it was, run against pseudo-random texts built from the pieces the readers look at.
@Suite struct ByteReaderTests {
    static func texts(_ pieces: [String], count: Int, length: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(state: seed)
        return (0..<count).map { _ in
            (0..<generator.next(length + 1)).map { _ in pieces[generator.next(pieces.count)] }.joined()
        }
    }

    // MARK: Front matter

    /// `FrontMatter.split` as it was, on Substring lines.
    static func referenceSplit(_ text: String) -> FrontMatter.Split {
        func isDelimiter(_ line: Substring, closing: Bool) -> Bool {
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
            return trimmed == "---" || (closing && trimmed == "...")
        }
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            lineNumber += 1
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if let start = yamlStart {
                if isDelimiter(line, closing: true) {
                    let yamlEnd = start < lineStart ? utf8.index(before: lineStart) : start
                    return .found(yaml: String(text[start..<yamlEnd]), closingLine: lineNumber, body: String(text[next...]))
                }
            } else {
                guard isDelimiter(line, closing: false) else { return .missing }
                yamlStart = next
            }
            lineStart = next
        }
        return yamlStart == nil ? .missing : .unclosed
    }

    static let frontMatterPieces = [
        "---", "---", "---\n", "\n---\n", "...", "...\n", "\n", "\n", " ", "\t", "-", ".", "--", "titel: A", "å", "\u{301}",
        " \u{301}", "-\u{301}", "\u{A0}", "\r", "x", "# Rubrik\n", "—",
    ]

    @Test func frontMatterSplitIsTheLineByLineSplit() {
        var found = 0
        let texts = Self.texts(Self.frontMatterPieces, count: 6000, length: 12, seed: 7)
        // Half the texts open with a delimiter line, as pages do.
        for text in texts.indices.map({ $0.isMultiple(of: 2) ? "---\n" + texts[$0] : texts[$0] }) {
            let expected = Self.referenceSplit(text)
            #expect(FrontMatter.split(text) == expected, "\(text.debugDescription)")
            if case .found = expected { found += 1 }
        }
        #expect(found > 300, "the texts hold front matter")
    }

    @Test(arguments: [
        ("---\ntitel: A\n---\nText\n", FrontMatter.Split.found(yaml: "titel: A", closingLine: 3, body: "Text\n")),
        ("---\n---\n", .found(yaml: "", closingLine: 2, body: "")),
        ("--- \t\na: b\n... \n", .found(yaml: "a: b", closingLine: 3, body: "")),
        ("...\na\n---\n", .missing), ("---\na: b\n", .unclosed), ("", .missing), ("---", .unclosed),
        ("---\u{301}\n---\n", .missing),
    ])
    func frontMatterSplitsAtDelimiterLines(text: String, split: FrontMatter.Split) {
        #expect(FrontMatter.split(text) == split)
    }

    // MARK: File names

    static func referenceStem(_ relativePath: String) -> String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func referenceExtension(_ name: String) -> String {
        (name.contains(".") ? name.split(separator: ".").last : nil)?.lowercased() ?? ""
    }

    @Test func stemAndExtensionAreTheCharacterLevelOnes() {
        let pieces = ["a", "B", ".", ".", "/", "md", "MD", "_index", "é", ".\u{301}", "\u{301}", "ﬁ", "-", " ", "~"]
        for path in Self.texts(pieces, count: 6000, length: 8, seed: 11) {
            let file = BankFile(relativePath: path, absolutePath: "/x/" + path, display: "content/" + path)
            #expect(file.stem == Self.referenceStem(path), "\(path.debugDescription)")
            #expect(BankFile.fileExtension(path) == Self.referenceExtension(path), "\(path.debugDescription)")
        }
    }

    @Test(arguments: [
        ("metoder/kartlaggning.md", "kartlaggning", "md"), ("_index.md", "_index", "md"), (".gitignore", ".gitignore", "gitignore"),
        ("a/b.tar.GZ", "b.tar", "gz"), ("README", "README", ""), ("x.", "x", "x"), ("fall/Åsa.md", "Åsa", "md"),
    ])
    func stemDropsTheLastExtension(path: String, stem: String, ext: String) {
        #expect(BankFile(relativePath: path, absolutePath: "/" + path, display: path).stem == stem)
        #expect(BankFile.fileExtension(String(path.split(separator: "/").last ?? "")) == ext)
    }

    // MARK: Months, dates, trimming

    static func referenceNumber(_ digits: Substring) -> Int? {
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    static func referenceMonth(_ text: String) -> [Int]? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let year = referenceNumber(parts[0]), let month = referenceNumber(parts[1]), (1...12).contains(month)
        else { return nil }
        return [year, month]
    }

    static func referenceDate(_ text: String) -> [Int]? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = referenceNumber(parts[0]), let month = referenceNumber(parts[1]), let day = referenceNumber(parts[2]),
            (1...12).contains(month)
        else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = month == 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].contains(month) ? 30 : 31
        return (1...days).contains(day) ? [year, month, day] : nil
    }

    @Test func monthsAndDatesReadAsTheSplitAtHyphens() {
        let years = ["2012", "1900", "2000", "2024", "201", "20123", "٣012", "2o12"]
        let parts = ["01", "02", "12", "13", "00", "29", "30", "31", "1", "123", "0\u{301}", "1٣", " 3", "3 ", "+1"]
        var generator = SeededGenerator(state: 13)
        let texts = (0..<8000).map { _ in
            (0..<generator.next(4)).reduce(years[generator.next(years.count)]) { text, _ in
                text + (generator.next(8) == 0 ? "/" : "-") + parts[generator.next(parts.count)]
            }
        }
        var valid = 0
        for text in texts {
            let month = CalendarText.month(text).map { [$0.year, $0.month] }
            let date = CalendarText.date(text).map { [$0.year, $0.month, $0.day] }
            #expect(month == Self.referenceMonth(text), "\(text.debugDescription)")
            #expect(date == Self.referenceDate(text), "\(text.debugDescription)")
            if month != nil || date != nil { valid += 1 }
        }
        #expect(valid > 150, "the texts hold months and dates")
    }

    @Test func quickTrimmingIsTrimming() {
        let pieces = ["a", " ", "\t", "\n", "\u{A0}", "\u{2028}", "\u{301}", "é", "~", "!", "\u{0600}", "\u{85}", "\u{1F}", "\u{7F}"]
        for text in Self.texts(pieces, count: 6000, length: 5, seed: 17) {
            #expect(text.trimmingSpacesQuickly() == text.trimmingSpaces(), "\(text.debugDescription)")
        }
    }

    @Test func isSortedTellsSortedArrays() {
        #expect([1, 2, 2, 3].isSorted(by: <))
        #expect(![1, 3, 2].isSorted(by: <))
        #expect([Int]().isSorted(by: <))
        #expect(["metoder/a.md", "metoder-2/a.md"].isSorted(by: <) == false)
    }
}
