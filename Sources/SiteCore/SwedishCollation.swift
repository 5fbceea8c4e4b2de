/// Sorting as a Swedish reader expects: å, ä, ö after z; accents ignored otherwise (é as e, ü as y);
/// case only breaks ties. Used for section lists and the A–Ö register.
public enum SwedishCollation {
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        switch compare(key(a), key(b)) {
        case .less: return true
        case .greater: return false
        case .equal: return a < b
        }
    }

    /// Sorts by a title, computing each title's key once (n keys, not n log n), ties broken by
    /// `tieBreak` so the order never depends on the input order.
    public static func sorted<Item>(_ items: [Item], by title: (Item) -> String, tieBreak: (Item, Item) -> Bool) -> [Item] {
        let titles = items.map(title)
        let keys = titles.map(key)
        // Positions are sorted, not the items: a page is a big value to move at every swap.
        let order = items.indices.sorted { i, j in
            switch compare(keys[i], keys[j]) {
            case .less: return true
            case .greater: return false
            case .equal: return titles[i] != titles[j] ? titles[i] < titles[j] : tieBreak(items[i], items[j])
            }
        }
        return order.map { items[$0] }
    }

    public enum Order: Sendable {
        case less, equal, greater
    }

    /// Two keys of `key(_:)` compared in one pass.
    public static func compare(_ a: [UInt32], _ b: [UInt32]) -> Order {
        for (x, y) in zip(a, b) where x != y { return x < y ? .less : .greater }
        return a.count == b.count ? .equal : a.count < b.count ? .less : .greater
    }

    /// The letter a title is filed under in an A–Ö register (`"Å"`, `"K"`, `"#"` for digits and signs).
    public static func registerLetter(_ title: String) -> String {
        guard let first = title.trimmingSpaces().unicodeScalars.first, let letter = key(String(first)).first,
            let scalar = Unicode.Scalar(letter)
        else { return "#" }
        switch letter {
        case 0x7B: return "Å"
        case 0x7C: return "Ä"
        case 0x7D: return "Ö"
        default: return Character(scalar).isLetter ? String(scalar).uppercased() : "#"
        }
    }

    /// One number per letter: a–z as themselves, then å, ä, ö; other accents folded away.
    public static func key(_ text: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "å", "Å": key.append(0x7B)
            case "ä", "Ä", "æ", "Æ": key.append(0x7C)
            case "ö", "Ö", "ø", "Ø": key.append(0x7D)
            case "ü", "Ü": key.append(0x79)  // y
            default:
                if scalar.value < 0x80 {
                    key.append((0x41...0x5A).contains(scalar.value) ? scalar.value + 0x20 : scalar.value)
                } else {
                    key.append(contentsOf: Slug.fold(String(scalar)).unicodeScalars.map(\.value))
                }
            }
        }
        return key
    }
}
