import Foundation
import SiteBuilder

extension InlineSite {
    /// Writes the site to a temporary folder and builds it there with the repository's themes
    /// (unless the inline site brings its own `themes/`). Returns the report and the folder.
    public func build(parallel: Bool = true, writeOutput: Bool = true) async throws -> (report: BuildReport, folder: String) {
        let folder = try write()
        let ownThemes = files.contains { $0.path.hasPrefix("themes/") }
        let options = BuildOptions(
            contentFolder: folder + "/content", outputFolder: folder + "/site",
            themesFolder: ownThemes ? folder + "/themes" : SiteTesting.defaultThemes,
            parallel: parallel, writeOutput: writeOutput)
        return (await SiteBuilder.build(options), folder)
    }
}
