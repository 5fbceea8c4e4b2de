import DefaultTheme
import Foundation
import Testing
import SiteBuilder
import SiteTesting
import Theme

/// The theme folder is protected wherever `--themes` points, and so is the cache the built-in theme
/// is written to (`~/.cache/kunskapsbank/…`), even before it exists: neither is ever an output.
@Suite struct OutputRefusalTests {
    static let page = "-- content/metoder/a.md --\n---\ntitel: Alfa\n---\nText.\n"

    @Test(arguments: ["egna-teman", "egna-teman/default", "egna-teman/ny-mapp", "."])
    func refusesTheThemesFolderGivenElsewhere(output: String) async throws {
        let bankFolder = try bank(Self.page).write()
        let elsewhere = try SiteTesting.temporaryFolder()
        try FileManager.default.copyItem(atPath: SiteTesting.defaultThemes, toPath: elsewhere + "/egna-teman")
        let report = await SiteBuilder.build(BuildOptions(
            contentFolder: bankFolder + "/content", outputFolder: elsewhere + "/" + output, themesFolder: elsewhere + "/egna-teman"))
        let refusal = report.diagnostics.first { $0.rule == "output.unsafe" }
        #expect(refusal?.message.contains("temamappen") == true, "\(report.diagnostics.map(\.message))")
        #expect(!report.wroteOutput)
        #expect(!FileManager.default.fileExists(atPath: elsewhere + "/egna-teman/ny-mapp"))
    }

    @Test func refusesTheBuiltInThemeCache() async throws {
        let bankFolder = try bank(Self.page).write()
        let noThemes = bankFolder + "/inga-teman"
        // The bank builds with the built-in theme, from a folder the protected list names.
        let used = try #require(BuiltInTheme.themesFolder())
        #expect(ThemeLoader.builtInThemeCacheFolders.contains { used.hasPrefix($0 + "/") })
        for cache in ThemeLoader.builtInThemeCacheFolders {
            for output in [cache, cache + "/site", used, used + "/default"] {
                let report = await SiteBuilder.build(BuildOptions(
                    contentFolder: bankFolder + "/content", outputFolder: output, themesFolder: noThemes))
                let refusal = report.diagnostics.first { $0.rule == "output.unsafe" }
                #expect(refusal != nil && !report.wroteOutput, "\(output)")
            }
            #expect(!FileManager.default.fileExists(atPath: cache + "/site"))
        }
        #expect(FileManager.default.fileExists(atPath: used + "/default/templates/base.mustache"))
        // The same bank builds into an ordinary folder with the built-in theme.
        let report = await SiteBuilder.build(BuildOptions(
            contentFolder: bankFolder + "/content", outputFolder: bankFolder + "/site", themesFolder: noThemes))
        #expect(report.wroteOutput, "\(report.diagnostics.map(\.message))")
    }
}
