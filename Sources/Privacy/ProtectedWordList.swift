import Foundation
import SiteCore

/// Finds and reads the protected-words list. It must lie outside the bank folder, so it is never
/// published; a list that is named but cannot be read stops the build rather than letting the
/// check pass silently.
struct ProtectedWordList {
    var words = ProtectedWords(listText: "")
    /// The path as the user wrote it, for hints; nil when no list is named.
    var name: String?
    /// The list's path inside the bank when it wrongly lies there, so it is not scanned itself.
    var pathInsideBank: String?
    var diagnostics: [Diagnostic] = []

    /// The list never has its own lines quoted.
    static let hiddenLine = "(listans innehåll visas inte)"

    static func load(commandLine: String?, settings: PrivacySettings, contentFolder: String) -> ProtectedWordList {
        var list = ProtectedWordList()
        let path: String
        let location: SourceLocation
        if let commandLine {
            path = commandLine
            location = SourceLocation(file: commandLine)
        } else if let configured = settings.protectedWordsPath {
            path = configured.path.hasPrefix("/") ? configured.path : contentFolder + "/" + configured.path
            location = configured.location
        } else {
            return list
        }
        list.name = commandLine ?? settings.protectedWordsPath?.path
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let bank = URL(fileURLWithPath: contentFolder).standardizedFileURL.resolvingSymlinksInPath().path
        let quoted = commandLine == nil ? nil : hiddenLine
        if resolved == bank || resolved.hasPrefix(bank.hasSuffix("/") ? bank : bank + "/") {
            list.pathInsideBank = String(resolved.dropFirst(bank.count).drop { $0 == "/" })
            list.diagnostics.append(Diagnostic(
                .error, at: location, rule: "integritet.skyddade-ord-i-innehallet",
                "listan med skyddade ord (\(list.name ?? path)) ligger i innehållsmappen och skulle publiceras",
                hint: "flytta listan utanför \(contentFolder)/, t.ex. till ../skyddade-ord.txt, och ange den nya sökvägen",
                sourceLine: quoted))
            return list
        }
        guard let data = FileManager.default.contents(atPath: resolved), let text = String(data: data, encoding: .utf8) else {
            list.diagnostics.append(Diagnostic(
                .error, at: location, rule: "integritet.skyddade-ord-saknas",
                "listan med skyddade ord (\(list.name ?? path)) går inte att läsa som UTF-8-text",
                hint: "kontrollera sökvägen (den räknas från \(commandLine == nil ? contentFolder + "/" : "arbetsmappen")); "
                    + "utan listan kan bygget inte veta att inga namn publiceras",
                sourceLine: quoted))
            return list
        }
        list.words = ProtectedWords(listText: text)
        return list
    }
}
