import Content
import Foundation
import SiteCore

/// A bank folder written to a temporary directory for one test and removed afterwards.
final class TemporaryBank {
    let root: String

    /// `files` maps paths inside the bank to text; `kunskapsbank.yml` defaults to `TestConfig.yaml`
    /// unless `withConfig` is false or the files name one.
    init(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:], withConfig: Bool = true) {
        root = FileManager.default.temporaryDirectory.path + "/kunskapsbank-test-" + UUID().uuidString
        var all = files.mapValues { Array($0.utf8) }
        if withConfig, all["kunskapsbank.yml"] == nil { all["kunskapsbank.yml"] = Array(TestConfig.yaml.utf8) }
        all.merge(bytes) { _, new in new }
        for (path, content) in all { write(content, to: path) }
        if all.isEmpty { try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ content: [UInt8], to path: String) {
        let full = root + "/" + path
        let folder = (full as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(content))
    }

    /// `otherConfigKeys`: top-level config sections later stages read (the real bank has `statistik`).
    func load(otherConfigKeys: Set<String> = []) -> LoadedBank {
        ContentLoader(contentFolder: root, otherConfigKeys: otherConfigKeys).load()
    }

    /// The display path of a file of this bank, as diagnostics name it.
    func path(_ relative: String) -> String { root + "/" + relative }
}

/// A small configuration with one section of each kind the tests need.
enum TestConfig {
    static let yaml = """
        webbplats:
          titel: Testbank
        sektioner:
          - mapp: metoder
            mall: metod
            namn: Metoder
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              sammanfattning: { etikett: Sammanfattning, typ: text }
              steg: { etikett: Steg, typ: lista, referens: trappan }
              kommun: { etikett: Kommun, typ: lista, varden: { nybro: Nybro, emmaboda: Emmaboda } }
          - mapp: trappan
            mall: steg
            namn: Trappan
            sortering: ordning
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              ordning: { etikett: Steg, typ: tal, kravs: true, min: 1, max: 5 }
          - mapp: fall
            mall: fall
            namn: Fall
            falt:
              titel: { etikett: Titel, typ: text, kravs: true }
              startsteg: { etikett: Startsteg, typ: referens, referens: trappan }
              utfall: { etikett: Utfall, typ: val, kravs: true, varden: { arbete: Arbete, aktivitetsersattning: Aktivitetsersättning } }
              inskriven: { etikett: Inskriven, typ: manad }
              avslutad: { etikett: Avslutad, typ: datum }

        """

    /// A valid case page whose front matter holds `extra` lines after the required ones.
    static func casePage(_ lines: String...) -> String {
        "---\ntitel: Ett fall\nutfall: arbete\n" + lines.map { $0 + "\n" }.joined() + "---\nText.\n"
    }
}

extension LoadedBank {
    func page(_ relativePath: String) -> Page? { pages.first { $0.relativePath == relativePath } }

    func diagnostics(_ rule: String) -> [Diagnostic] { diagnostics.filter { $0.rule == rule } }
}
