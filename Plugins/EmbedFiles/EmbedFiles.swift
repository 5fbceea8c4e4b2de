import Foundation
import PackagePlugin

/// Compiles files of the repository into a target as base64 string literals, so the installed tool
/// needs no resource bundle beside it: `DefaultTheme` gets `themes/default/`, `Scaffolding` gets
/// DRIVE's ladder, glossary and configuration (the starting point of `kunskapsbank init`).
@main
struct EmbedFiles: BuildToolPlugin {
    /// Per target: the folder the paths are relative to, and the files or folders below it.
    static let sources: [String: (root: String, entries: [String])] = [
        "DefaultTheme": ("themes/default", ["templates", "strings", "assets"]),
        "Scaffolding": ("content", ["kunskapsbank.yml", "trappan", "begrepp"]),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let source = Self.sources[target.name] else { return [] }
        let root = context.package.directoryURL.appending(path: source.root)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        // Every file is an input, so an edit re-embeds. SwiftPM caches this plugin's answer, though
        // (swift-package-manager#6816, #7891): after a file is *deleted* from the folder an
        // incremental build stops with "missing inputs" until `touch Package.swift` makes it plan
        // again. Fresh clones and CI are not affected.
        let inputs = source.entries.flatMap { Self.files(below: root.appending(path: $0)) }
        return [
            .buildCommand(
                displayName: "Embedding \(source.root) into \(target.name)",
                executable: try context.tool(named: "FileEmbedder").url,
                arguments: [output.path, root.path] + source.entries,
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }

    static func files(below url: URL) -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [url] }
        let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [URL] = []
        while let file = walker?.nextObject() as? URL {
            if (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { found.append(file) }
        }
        return found
    }
}
