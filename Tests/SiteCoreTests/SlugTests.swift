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
}
