/// The `Content` stage: reads a bank folder (`content/`) into plain values. It loads
/// `kunskapsbank.yml` into a `BankConfig`, walks the folder to find pages, data files and static
/// files, decodes every page's text and YAML front matter, validates the front matter against its
/// section's schema, and checks front-matter references between pages. It hands on a `LoadedBank`:
/// pages sorted by path, data and static files, and every problem found as a `Diagnostic`.
/// Nothing here throws on bad content and nothing is written to disk.
import Foundation
import SiteCore

/// Loads a whole bank folder; problems in the content become diagnostics, never thrown errors.
public struct ContentLoader: Sendable {
    /// The folder as the user gave it (`content`); display paths start with it.
    public let contentFolder: String
    /// Top-level configuration keys read by later stages (statistics, accessibility statement),
    /// accepted here without a warning.
    public let otherConfigKeys: Set<String>
    /// Pages whose bytes were read already (by the build's fingerprint); the rest are read here.
    public var preread: PrereadFiles?

    public init(contentFolder: String, otherConfigKeys: Set<String> = []) {
        var folder = contentFolder
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        self.contentFolder = folder
        self.otherConfigKeys = otherConfigKeys
    }

    /// Reads configuration, pages, data and static files. When the configuration is unusable the
    /// bank holds only its diagnostics.
    public func load() -> LoadedBank {
        let configFile = BankFile(folder: contentFolder, relativePath: ConfigReader.fileName)
        let (config, configDiagnostics) = ConfigReader(file: configFile.display, otherTopLevelKeys: otherConfigKeys)
            .read(path: configFile.absolutePath)
        var bank = LoadedBank(config: config, diagnostics: configDiagnostics)
        guard let config else {
            bank.diagnostics = Self.sorted(bank.diagnostics)
            return bank
        }

        let discovery = ContentDiscovery(folder: contentFolder, config: config).run()
        bank.diagnostics += discovery.diagnostics
        bank.staticFiles = discovery.staticFiles

        let dataResults = parallelMap(discovery.dataFiles) { DataFileReader.read($0) }
        bank.dataFiles = dataResults.compactMap(\.file)
        bank.diagnostics += dataResults.flatMap(\.diagnostics)

        let pageResults = parallelMap(discovery.pages) { [preread] in PageReader.read($0, config: config, preread: preread) }
        bank.pages = pageResults.compactMap(\.page)
        // Discovery lists folder by folder, which is nearly always path order already.
        if !bank.pages.isSorted(by: { $0.relativePath < $1.relativePath }) {
            bank.pages.sort { $0.relativePath < $1.relativePath }
        }
        bank.diagnostics += pageResults.flatMap(\.diagnostics)
        bank.diagnostics += ReferenceChecker(pages: bank.pages).check(pageResults.flatMap(\.references))

        bank.diagnostics = Self.sorted(bank.diagnostics)
        return bank
    }

    /// Location first, then everything else, so equal-located diagnostics keep one order too.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { a, b in
            if a != b, !(a < b), !(b < a) {
                return (a.rule, a.hint ?? "", a.sourceLine ?? "") < (b.rule, b.hint ?? "", b.sourceLine ?? "")
            }
            return a < b
        }
    }
}

extension Array {
    /// Whether every element is in order after the one before it (`areInIncreasingOrder` never
    /// says a later one comes first).
    func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        indices.dropFirst().allSatisfy { !areInIncreasingOrder(self[$0], self[$0 - 1]) }
    }
}
