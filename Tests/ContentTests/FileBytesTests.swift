import Foundation
import Testing
@testable import Content

/// Files are read whole, byte for byte, whatever their size; what cannot be read gives nil.
@Suite struct FileBytesTests {
    @Test(arguments: [0, 1, 4095, 4096, 4097, 300_001])
    func readsEveryByteOfAFile(size: Int) throws {
        let bank = TemporaryBank([:], withConfig: false)
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        bank.write(bytes, to: "fil.bin")
        #expect(FileBytes.read(bank.path("fil.bin")) == bytes)
    }

    @Test func aFolderOrAMissingFileIsNil() {
        let bank = TemporaryBank(["mapp/fil.md": "x"], withConfig: false)
        #expect(FileBytes.read(bank.path("mapp")) == nil)
        #expect(FileBytes.read(bank.path("saknas.md")) == nil)
        #expect(FileBytes.read(bank.path("mapp/fil.md")) == Array("x".utf8))
    }
}
