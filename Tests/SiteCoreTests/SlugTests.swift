import Testing
import SiteCore

@Suite struct SlugTests {
    @Test(arguments: [
        ("Kartläggning", "kartlaggning"),
        ("Flerpartsmöte", "flerpartsmote"),
        ("Åter till arbete", "ater-till-arbete"),
        ("  Syfte & mål!  ", "syfte-mal"),
        ("Psykiatrisk utredning och behandling", "psykiatrisk-utredning-och-behandling"),
        ("KBT", "kbt"),
        ("19–23 år", "19-23-ar"),
        ("Café", "cafe"),
        ("A\u{030A}r", "ar"),  // decomposed å
        ("???", ""),
    ])
    func slugFoldsSwedishLetters(input: String, expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func duplicateHeadingsAreNumbered() {
        var registry = SlugRegistry()
        #expect(registry.unique(for: "Syfte") == "syfte")
        #expect(registry.unique(for: "Syfte") == "syfte-1")
        #expect(registry.unique(for: "syfte") == "syfte-2")
        #expect(registry.unique(for: "!!!") == "avsnitt")
    }
}

/// Folding for comparison and search: case and Swedish and other Latin diacritics go, everything
/// else is lower-cased as Unicode does it.
@Suite struct FoldTests {
    @Test(arguments: [
        ("Kartläggning", "kartlaggning"),
        ("ÅÄÖ åäö", "aao aao"),
        ("Ka\u{0308}rt", "kart"),  // decomposed ä
        ("Straße Æble Ñandú Çava", "strasse aeble nandu cava"),
        ("ΣΟΦΙΑ Łódź", "σοφια łodź"),
        ("Möte 2012–2013 🙂!", "mote 2012–2013 🙂!"),
        ("", ""),
    ])
    func foldsCaseAndDiacritics(text: String, folded: String) {
        #expect(Slug.fold(text) == folded)
    }

    /// The scalar-by-scalar rule `Slug.make` had before it worked on bytes.
    static func scalarSlug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in Slug.fold(text).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    @Test func slugsOnBytesMatchTheScalarRule() {
        let alphabet = ["a", "Z", "9", " ", "-", "å", "Ä", "Ö", "é", "e\u{301}", "İ", "ß", "Æ", "中", "👍🏽", "ł", "Ω", "_", ".", "ﬁ", "Ǆ"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<(Int(state >> 59) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += alphabet[Int(state >> 33) % alphabet.count]
            }
            #expect(Slug.make(text) == Self.scalarSlug(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

/// Many headings on one page: past the few the registry compares in a list, it must still number
/// repeats and keep clear of reserved slugs.
@Suite struct SlugRegistryTests {
    @Test(arguments: [1, 16, 17, 40])
    func repeatedHeadingsAreNumberedAtAnyCount(count: Int) {
        var registry = SlugRegistry(reserved: ["innehall"])
        let ids = (0..<count).map { registry.unique(for: $0 % 2 == 0 ? "Syfte" : "Innehåll") }
        let expected = (0..<count).map { index in
            index % 2 == 0 ? (index == 0 ? "syfte" : "syfte-\(index / 2)") : "innehall-\(index / 2 + 1)"
        }
        #expect(ids == expected)
    }
}
