/// What to build from where. Paths are as the user gave them; diagnostics print them unchanged.
public struct BuildOptions: Sendable {
    public var contentFolder: String
    public var outputFolder: String
    public var themesFolder: String
    /// Overrides the theme named in `kunskapsbank.yml`.
    public var themeName: String?
    /// Render pages on all cores; `false` renders one after another (same bytes, for tests).
    public var parallel: Bool
    /// `false` runs every stage but writes nothing (`kunskapsbank check`).
    public var writeOutput: Bool
    /// `--skyddade-ord FILE`: the protected-words list, overriding `integritet: skyddade-ord:`.
    public var protectedWordsFile: String?
    /// Called as the build goes (pages loaded, rendered, files written); nil for none.
    public var progress: (@Sendable (BuildProgress) -> Void)?
    /// Also packs the written site into this zip file, for upload (`kunskapsbank build --zip`).
    public var archivePath: String?
    /// Hands back a `BuildSession` in the report of a build that wrote the site (`serve`).
    public var keepsSession = false
    /// Asked once, just before a build without errors swaps its site in: files that replace the
    /// build's own (`serve`'s fast path rendered them from content newer than the build read).
    public var lateFiles: (@Sendable () -> [OutputFile])?
    /// The process ends right after this build (`kunskapsbank build` and `check`): the build's
    /// large values — every page, the link graph, the search index — are left for the process's
    /// exit to reclaim rather than freed object by object, as compilers do (clang's
    /// `-disable-free`). That took about 50 ms of a 10 000-page build. Never for `serve` or tests.
    public var leavesMemoryToExit = false

    public init(
        contentFolder: String = "content", outputFolder: String = "site", themesFolder: String = "themes",
        themeName: String? = nil, parallel: Bool = true, writeOutput: Bool = true, protectedWordsFile: String? = nil,
        progress: (@Sendable (BuildProgress) -> Void)? = nil, archivePath: String? = nil
    ) {
        self.contentFolder = contentFolder
        self.outputFolder = outputFolder
        self.themesFolder = themesFolder
        self.themeName = themeName
        self.parallel = parallel
        self.writeOutput = writeOutput
        self.protectedWordsFile = protectedWordsFile
        self.progress = progress
        self.archivePath = archivePath
    }
}
