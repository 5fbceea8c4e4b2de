import Testing
@testable import Content

/// Discovery's byte split of ASCII paths gives the folders and file the character split gives.
@Suite struct PathPartsTests {
    @Test(arguments: [
        "index.md", "metoder/kartlaggning.md", "data/a/b.csv", "a//b.md", "/a/", "",
        "fall/kärt-barn.md", "å/b.md", "a/\u{301}b.md", "a/b\u{301}/c.md",
    ])
    func pathSplitsLikeItsCharacters(path: String) {
        #expect(ContentDiscovery.pathParts(path) == path.split(separator: "/").map(String.init))
    }
}
