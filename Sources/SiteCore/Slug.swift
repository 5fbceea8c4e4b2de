/// URL segments and heading ids made from Swedish text: lower case, å/ä→a, ö→o, other accents
/// dropped, everything that is not a letter or digit becomes one hyphen.
public enum Slug {
    public static func make(_ text: String) -> String {
        // On the folded text's bytes: a scalar outside ASCII is all bytes ≥ 0x80, none a letter or
        // digit, so it gives the same single hyphen a scalar-by-scalar walk gives.
        var out: [UInt8] = []
        var pendingHyphen = false
        for byte in foldedUTF8(text) {
            if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(byte)
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Case- and diacritic-insensitive form used to compare titles (`Kartläggning` ~ `kartlaggning`).
    /// Works on Unicode scalars: a decomposed letter (a + combining ring) folds like a precomposed one.
    public static func fold(_ text: String) -> String {
        String(decoding: foldedUTF8(text), as: UTF8.self)
    }

    /// `fold(text)` as UTF-8: `make` reads the bytes without a `String` made in between.
    private static func foldedUTF8(_ text: String) -> [UInt8] {
        // Built as UTF-8 bytes: appending scalars one by one to a `String.UnicodeScalarView` costs
        // several times more, and the search index folds the text of every page.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // ASCII: only upper-case letters change.
                out.append((0x41...0x5A).contains(value) ? UInt8(value + 0x20) : UInt8(value))
                continue
            }
            if (0x300...0x36F).contains(value) { continue }  // combining diacritics
            switch scalar {
            case "å", "ä", "á", "à", "â", "ã", "Å", "Ä", "Á", "À", "Â", "Ã": out.append(0x61)  // a
            case "ö", "ø", "ó", "ò", "ô", "õ", "Ö", "Ø", "Ó", "Ò", "Ô", "Õ": out.append(0x6F)  // o
            case "é", "è", "ê", "ë", "É", "È", "Ê", "Ë": out.append(0x65)  // e
            case "ü", "ú", "ù", "û", "Ü", "Ú", "Ù", "Û": out.append(0x75)  // u
            case "í", "ì", "î", "ï", "Í", "Ì", "Î", "Ï": out.append(0x69)  // i
            case "ç", "Ç": out.append(0x63)  // c
            case "ñ", "Ñ": out.append(0x6E)  // n
            case "ß": out.append(contentsOf: "ss".utf8)
            case "æ", "Æ": out.append(contentsOf: "ae".utf8)
            default: out.append(contentsOf: String(scalar).lowercased().utf8)
            }
        }
        return out
    }
}

/// Hands out unique slugs within one page: `syfte`, `syfte-1`, `syfte-2` …
public struct SlugRegistry: Sendable {
    /// The slugs handed out (and reserved), in an array while there are few: a page has a handful
    /// of headings, and comparing a slug with each is cheaper than hashing it into a set that grows
    /// from nothing (the set's inserts were 0.4 % of a 10k-page build's samples).
    private var few: [String] = []
    /// All of them once there are more than `fewLimit`.
    private var many: Set<String> = []
    private static let fewLimit = 16

    public init(reserved: [String] = []) {
        for slug in reserved { _ = insert(slug) }
    }

    public mutating func unique(for text: String, fallback: String = "avsnitt") -> String {
        let made = Slug.make(text)
        let base = made.isEmpty ? fallback : made
        var candidate = base
        var number = 1
        while !insert(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }

    /// Adds `slug`; false if it was there already.
    private mutating func insert(_ slug: String) -> Bool {
        if many.isEmpty {
            if few.contains(slug) { return false }
            few.append(slug)
            if few.count > Self.fewLimit {
                many = Set(few)
                few = []
            }
            return true
        }
        return many.insert(slug).inserted
    }
}
