/// URL segments and heading ids made from Swedish text: lower case, å/ä→a, ö→o, other accents
/// dropped, everything that is not a letter or digit becomes one hyphen.
public enum Slug {
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in fold(text).unicodeScalars {
            let isASCIIAlnum = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isASCIIAlnum {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    /// Case- and diacritic-insensitive form used to compare titles (`Kartläggning` ~ `kartlaggning`).
    public static func fold(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            switch character {
            case "å", "ä", "á", "à", "â", "ã": out.append("a")
            case "ö", "ø", "ó", "ò", "ô", "õ": out.append("o")
            case "é", "è", "ê", "ë": out.append("e")
            case "ü", "ú", "ù", "û": out.append("u")
            case "í", "ì", "î", "ï": out.append("i")
            case "ç": out.append("c")
            case "ñ": out.append("n")
            case "ß": out.append("ss")
            case "æ": out.append("ae")
            default:
                // Decomposed input (a + combining ring) folds the same as precomposed input.
                let base = character.unicodeScalars.first.map(Character.init) ?? character
                if character.unicodeScalars.count > 1, base.isASCII {
                    out.append(base)
                } else {
                    out.append(character)
                }
            }
        }
        return out
    }
}

/// Hands out unique slugs within one page: `syfte`, `syfte-1`, `syfte-2` …
public struct SlugRegistry: Sendable {
    private var used: Set<String> = []

    public init(reserved: [String] = []) { used = Set(reserved) }

    public mutating func unique(for text: String, fallback: String = "avsnitt") -> String {
        let base = Slug.make(text).isEmpty ? fallback : Slug.make(text)
        var candidate = base
        var number = 1
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
