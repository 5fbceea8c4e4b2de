/// Finds resources a theme would load from another origin (`src="https://…"`, `url(//cdn…)`,
/// `@import "http…"`, `<link href="https://…">`). The published site must make no third-party
/// requests, so each one is an error at its file, line and column.
enum ExternalResourceScan {
    struct Finding: Sendable, Equatable {
        var line: Int
        var column: Int
        var url: String
    }

    static func inTemplate(_ text: String) -> [Finding] {
        let scan = Scanner(text)
        var findings: [Finding] = []
        for attribute in ["src=", "srcset=", "poster="] {
            findings += scan.externalValues(after: attribute, within: 0..<scan.characters.count)
        }
        var searchStart = 0
        while let tag = scan.find("<link", from: searchStart, before: scan.characters.count) {
            let end = scan.find(">", from: tag, before: scan.characters.count) ?? scan.characters.count
            findings += scan.externalValues(after: "href=", within: tag..<end)
            searchStart = end
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    static func inStylesheet(_ text: String) -> [Finding] {
        let scan = Scanner(text)
        let all = 0..<scan.characters.count
        let findings = scan.externalValues(after: "url(", within: all) + scan.externalValues(after: "@import", within: all)
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Case-insensitive search over characters, so positions map straight to line and column.
    private struct Scanner {
        let characters: [Character]
        let lowered: [String]

        init(_ text: String) {
            characters = Array(text)
            lowered = characters.map { $0.lowercased() }
        }

        func find(_ marker: String, from start: Int, before end: Int) -> Int? {
            let needle = marker.map { String($0) }
            guard start <= end - needle.count else { return nil }
            for index in start...(end - needle.count) where Array(lowered[index..<index + needle.count]) == needle {
                return index
            }
            return nil
        }

        func externalValues(after marker: String, within range: Range<Int>) -> [Finding] {
            var findings: [Finding] = []
            var searchStart = range.lowerBound
            while let found = find(marker, from: searchStart, before: range.upperBound) {
                var index = found + marker.count
                searchStart = index
                while index < range.upperBound, " \"'".contains(characters[index]) { index += 1 }
                let rest = lowered[index..<min(index + 6, range.upperBound)].joined()
                guard rest.hasPrefix("http:") || rest.hasPrefix("https:") || rest.hasPrefix("//") else { continue }
                var end = index
                while end < range.upperBound, !" \"')>\n".contains(characters[end]) { end += 1 }
                let (line, column) = position(of: index)
                findings.append(Finding(line: line, column: column, url: String(characters[index..<end])))
            }
            return findings
        }

        func position(of index: Int) -> (line: Int, column: Int) {
            var line = 1
            var column = 1
            for character in characters[..<index] {
                if character.isNewline { line += 1; column = 1 } else { column += 1 }
            }
            return (line, column)
        }
    }
}
