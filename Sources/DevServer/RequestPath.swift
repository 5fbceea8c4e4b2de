import Foundation

/// Maps the raw path of a request onto a file inside the site folder, refusing everything that
/// could leave it: `..` and `.` segments (also percent-encoded), back slashes, NUL bytes, hidden
/// files, and symbolic links that point outside the folder.
enum RequestPath {
    enum Resolution: Equatable {
        /// An existing regular file inside the site folder (absolute path).
        case file(String)
        /// A folder requested without its closing slash: redirect there so relative links work.
        case redirect(String)
        case forbidden
        case notFound
    }

    /// `rawPath` is the percent-encoded path of the request target (`/metoder/kartl%C3%A4ggning/`);
    /// `root` the site folder with symbolic links resolved.
    static func resolve(_ rawPath: String, root: String) -> Resolution {
        guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding else { return .forbidden }
        if decoded.contains("\0") || decoded.contains("\\") { return .forbidden }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .forbidden }
        // Hidden files (the tool's own marker, editor files) are not part of the site.
        if segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }

        let candidate = ([root] + segments.map(String.init)).joined(separator: "/")
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: candidate, isDirectory: &isFolder) else { return .notFound }
        // A symbolic link anywhere on the way may point out of the site: compare real paths.
        guard isInside(candidate, root: root) else { return .forbidden }
        guard isFolder.boolValue else { return .file(candidate) }
        guard decoded.hasSuffix("/") else { return .redirect(rawPath + "/") }
        let index = candidate + "/index.html"
        guard manager.fileExists(atPath: index, isDirectory: &isFolder), !isFolder.boolValue else { return .notFound }
        return isInside(index, root: root) ? .file(index) : .forbidden
    }

    private static func isInside(_ path: String, root: String) -> Bool {
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return real == root || real.hasPrefix(root + "/")
    }
}
