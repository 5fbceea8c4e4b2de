import Foundation

/// A content file's text read again from disk, decoded as the loader decodes it. For diagnostics
/// about pages whose Markdown the build no longer holds: like a compiler quoting the line it
/// complains about, the build reads the file back only when there is something to quote.
public enum SourceFileText {
    /// The text of the file at `path`; nil if it cannot be read as the loader reads it.
    public static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return SourceTextDecoder.decode([UInt8](data), file: path).text
    }
}
