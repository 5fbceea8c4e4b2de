/// Receives the site's files as the stages make them. When the build writes, each batch goes
/// straight into the staging folder and only its paths stay in memory, so a bank of 10 000 pages
/// never holds all of its HTML at once; otherwise (`check`) they are only counted.
final class SiteOutput {
    private let staging: SiteWriter.Staging?
    private let parallel: Bool
    /// Every path added, in order.
    private(set) var paths: [String] = []
    /// How many of the files added are pages (HTML).
    private(set) var pageCount = 0
    /// The first write that failed; the build then reports it and publishes nothing.
    private(set) var failure: (any Error)?

    init(staging: SiteWriter.Staging?, parallel: Bool) {
        self.staging = staging
        self.parallel = parallel
    }

    /// Adds files; `pages` says whether they count as the site's pages.
    func add(_ files: [OutputFile], pages: Bool = false) {
        guard !files.isEmpty else { return }
        paths += files.map(\.path)
        if pages { pageCount += files.count { $0.path.hasSuffix(".html") } }
        guard let staging, failure == nil else { return }
        do {
            try staging.add(files, parallel: parallel && files.count > 16)
        } catch {
            failure = error
        }
    }
}
