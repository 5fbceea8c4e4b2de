/// Sorting as a Swedish reader expects: å, ä, ö after z; accents ignored otherwise (é as e, ü as y);
/// case only breaks ties. Used for section lists and the A–Ö register.
public enum SwedishCollation {
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let keyA = key(a)
        let keyB = key(b)
        return keyA != keyB ? keyA.lexicographicallyPrecedes(keyB) : a < b
    }

    /// Sorts by a title, computing each title's key once (n keys, not n log n), ties broken by
    /// `tieBreak` so the order never depends on the input order.
    public static func sorted<Item>(_ items: [Item], by title: (Item) -> String, tieBreak: (Item, Item) -> Bool) -> [Item] {
        let keyed = items.map { (key: key(title($0)), title: title($0), item: $0) }
        return keyed.sorted { a, b in
            if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
            if a.title != b.title { return a.title < b.title }
            return tieBreak(a.item, b.item)
        }.map(\.item)
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
