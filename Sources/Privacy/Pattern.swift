import Foundation

/// A fixed regular expression (ICU syntax, Unicode classes like `\p{L}`) with matches as string
/// ranges. The patterns are constants of this target, never user input.
struct Pattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as safe to share between threads.
    private let regex: NSRegularExpression?

    struct Match {
        var range: Range<String.Index>
        /// Capture groups 1…n; nil for a group that took no part in the match.
        var groups: [Range<String.Index>?]
    }

    init(_ pattern: String, caseInsensitive: Bool = false) {
        regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// Whether the pattern compiled; a test asserts it for every pattern.
    var isValid: Bool { regex != nil }

    func matches(in text: String) -> [Match] {
        guard let regex else { return [] }
        let whole = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.matches(in: text, range: whole).compactMap { result in
            guard let range = Range(result.range, in: text) else { return nil }
            let groups = (1..<max(result.numberOfRanges, 1)).map { Range(result.range(at: $0), in: text) }
            return Match(range: range, groups: groups)
        }
    }
}
