import Foundation
import SiteCore

/// Rule 3: the protected words (names of participants, staff, employers, villages, rare
/// diagnoses), matched as whole words, case- and diacritic-insensitively. A word is never shown
/// in full: only its first letter and its length.
struct ProtectedWords: Sendable {
    /// Each entry as folded words (`anna-karin` → `["anna", "karin"]`), keyed by its first word.
    private let entries: [String: [[String]]]

    var isEmpty: Bool { entries.isEmpty }

    /// One word or phrase a line; blank lines and lines starting with `#` are skipped.
    init(listText: String) {
        var entries: [String: [[String]]] = [:]
        for line in listText.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let words = Self.words(in: trimmed).map(\.folded)
            guard let first = words.first else { continue }
            if !(entries[first]?.contains(words) ?? false) { entries[first, default: []].append(words) }
        }
        self.entries = entries
    }

    /// Every occurrence in `text`, longest entry first where entries overlap. The last word may
    /// carry the Swedish genitive `s` (`Annas`), which points at the same person.
    func occurrences(in text: String) -> [Range<String.Index>] {
        guard !entries.isEmpty else { return [] }
        let words = Self.words(in: text)
        func matches(_ entry: [String], at index: Int) -> Bool {
            guard index + entry.count <= words.count else { return false }
            for (offset, word) in entry.enumerated() {
                let written = words[index + offset].folded
                if written != word, !(offset == entry.count - 1 && written == word + "s") { return false }
            }
            return true
        }
        var found: [Range<String.Index>] = []
        var index = 0
        while index < words.count {
            let folded = words[index].folded
            var candidates = entries[folded] ?? []
            if folded.hasSuffix("s") { candidates += entries[String(folded.dropLast())] ?? [] }
            if let match = candidates.sorted(by: { $0.count > $1.count }).first(where: { matches($0, at: index) }) {
                found.append(words[index].range.lowerBound..<words[index + match.count - 1].range.upperBound)
                index += match.count
            } else {
                index += 1
            }
        }
        return found
    }

    func findings(in text: String, listName: String, acceptanceHint: String) -> [Finding] {
        occurrences(in: text).map { range in
            Finding(
                rule: "integritet.skyddat-ord", severity: .error, range: range,
                what: "skyddat ord \(Self.describe(text[range]))",
                hint: "byt ut eller ta bort ordet (det står i \(listName)); är träffen ett annat ord, " + acceptanceHint)
        }
    }

    /// `"A***" (4 tecken)`
    static func describe(_ word: Substring) -> String {
        "\"\(masked(word))\" (\(word.count) tecken)"
    }

    /// The first letter, then `*` for every other letter or digit (`A*** *******`).
    static func masked(_ word: Substring) -> String {
        var out = ""
        for (offset, character) in word.enumerated() {
            out.append(offset == 0 || !(character.isLetter || character.isNumber) ? character : "*")
        }
        return out
    }

    /// Runs of letters and digits; everything else separates words.
    private static func words(in text: some StringProtocol) -> [(range: Range<String.Index>, folded: String)] {
        var words: [(Range<String.Index>, String)] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let isWord = text[index].isLetter || text[index].isNumber
            if isWord, start == nil { start = index }
            if !isWord, let begin = start {
                words.append((begin..<index, Slug.fold(String(text[begin..<index]))))
                start = nil
            }
            index = text.index(after: index)
        }
        if let begin = start { words.append((begin..<text.endIndex, Slug.fold(String(text[begin..<text.endIndex])))) }
        return words.map { (range: $0.0, folded: $0.1) }
    }
}
