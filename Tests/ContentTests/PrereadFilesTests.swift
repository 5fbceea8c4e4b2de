import Foundation
import Testing
@testable import Content

/// The loader takes the bytes the build's fingerprint read instead of reading a page again, and
/// reads the pages nobody read before it.
@Suite struct PrereadFilesTests {
    @Test func aFileIsTakenOnce() {
        let files = PrereadFiles(["metoder/a.md": Array("x".utf8)])
        #expect(files.take("metoder/a.md") == Array("x".utf8))
        #expect(files.take("metoder/a.md") == nil)
        #expect(files.take("metoder/b.md") == nil)
    }

    @Test func theLoaderUsesBytesReadBeforeAndReadsTheRest() {
        let bank = TemporaryBank([
            "metoder/a.md": "---\ntitel: På disken\n---\nText.\n",
            "metoder/b.md": "---\ntitel: Bara på disken\n---\nText.\n",
        ])
        var loader = ContentLoader(contentFolder: bank.root)
        // The page as it was when it was read for the fingerprint, though the disk now differs.
        loader.preread = PrereadFiles(["metoder/a.md": Array("---\ntitel: Som läst\n---\nText.\n".utf8)])
        let titles = Dictionary(uniqueKeysWithValues: loader.load().pages.map { ($0.relativePath, $0.title) })
        #expect(titles["metoder/a.md"] == "Som läst")
        #expect(titles["metoder/b.md"] == "Bara på disken")
    }
}
