import Content
import Foundation

/// What a new bank starts from: DRIVE's configuration, ladder and glossary as they were when the
/// tool was built (embedded by the `EmbedFiles` plugin from `content/`).
enum StarterBank {
    struct Section {
        var folder: String
        var name: String
    }

    /// DRIVE's `sektioner:` block, as text (comments kept), and its sections in order.
    static let sections: (yaml: String, list: [Section]) = {
        let text = file("kunskapsbank.yml") ?? ""
        return (sectionsBlock(of: text), (config?.sections ?? []).map { Section(folder: $0.folder, name: $0.name) })
    }()

    /// DRIVE's configuration, read with the real configuration reader.
    static let config: BankConfig? = loadConfig(file("kunskapsbank.yml") ?? "")

    /// `trappan/…` and `begrepp/…` pages, keyed by path below `content/`.
    static func copiedPages() -> [String: String] {
        var pages: [String: String] = [:]
        for path in embeddedFiles.keys where path.hasSuffix(".md") && (path.hasPrefix("trappan/") || path.hasPrefix("begrepp/")) {
            pages[path] = file(path)
        }
        return pages
    }

    static func file(_ path: String) -> String? {
        embeddedFiles[path].flatMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The lines from `sektioner:` up to the next top-level key, without trailing comments.
    static func sectionsBlock(of config: String) -> String {
        let lines = config.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("sektioner:") }) else { return "sektioner: []\n" }
        var end = lines.index(after: start)
        while end < lines.endIndex {
            let line = lines[end]
            if let first = line.first, first != " ", first != "#", first != "-" { break }
            end += 1
        }
        var block = Array(lines[start..<end])
        while let last = block.last, last.trimmingCharacters(in: .whitespaces).isEmpty || last.hasPrefix("#") {
            block.removeLast()
        }
        return block.joined(separator: "\n") + "\n"
    }

    private static func loadConfig(_ config: String) -> BankConfig? {
        let folder = NSTemporaryDirectory() + "kunskapsbank-start-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(config.utf8).write(to: URL(fileURLWithPath: folder + "/kunskapsbank.yml"))
        } catch {
            return nil
        }
        return ContentLoader(contentFolder: folder).load().config
    }
}
