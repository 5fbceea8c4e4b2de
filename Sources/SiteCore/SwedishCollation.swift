/// Sorting as a Swedish reader expects: å, ä, ö after z; accents ignored otherwise (é as e, ü as y);
/// case only breaks ties. Used for section lists and the A–Ö register.
public enum SwedishCollation {
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let keyA = key(a)
        let keyB = key(b)
        return keyA != keyB ? keyA.lexicographicallyPrecedes(keyB) : a < b
    }

    /// The letter a title is filed under in an A–Ö register (`"Å"`, `"K"`, `"#"` for digits and signs).
    public static func registerLetter(_ title: String) -> String {
        guard let first = title.trimmingSpaces().first else { return "#" }
        let folded = fold(first)
        return folded.isLetter ? String(folded).uppercased() : "#"
    }

    static func key(_ text: String) -> [UInt32] {
        text.map { character in
            let folded = fold(character)
            switch folded {
            case "å": return 0x7B
            case "ä": return 0x7C
            case "ö": return 0x7D
            default: return folded.unicodeScalars.first?.value ?? 0
            }
        }
    }

    private static func fold(_ character: Character) -> Character {
        let lower = Character(character.lowercased())
        switch lower {
        case "å", "ä", "ö": return lower
        case "æ": return "ä"
        case "ø": return "ö"
        case "ü": return "y"
        default:
            let folded = Slug.fold(String(lower))
            return folded.count == 1 ? Character(folded) : lower
        }
    }
}
