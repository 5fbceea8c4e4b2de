/// Finds what the user probably meant (`menade du "arbetsprovning"?`): the candidates within a small
/// edit distance of the input, compared case- and diacritic-insensitively, nearest first.
public enum NearestMatch {
    public static func candidates(for input: String, among options: [String], limit: Int = 3) -> [String] {
        let target = Array(Slug.fold(input))
        let threshold = max(2, target.count / 3)
        let scored = options.compactMap { option -> (Int, String)? in
            let folded = Array(Slug.fold(option))
            if folded == target { return (0, option) }
            let distance = editDistance(target, folded, limit: threshold)
            if distance <= threshold { return (distance, option) }
            if folded.count > 3, target.count > 3, folded.starts(with: target) || target.starts(with: folded) {
                return (threshold, option)
            }
            return nil
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.1)
    }

    /// `menade du "a" eller "b"?`, or nil when nothing is near.
    public static func hint(for input: String, among options: [String], quote: (String) -> String = { "\"\($0)\"" }) -> String? {
        let found = candidates(for: input, among: options)
        guard !found.isEmpty else { return nil }
        return "menade du " + found.map(quote).joined(separator: " eller ") + "?"
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
