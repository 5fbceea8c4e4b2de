import Foundation

/// One line of a content file read again from disk, decoded as the loader decodes it. For
/// diagnostics about pages whose Markdown the build no longer holds: like a compiler quoting the
/// line it complains about, the build reads it back only when there is something to quote.
public enum SourceLine {
    /// Line `line` (1-based) of the file at `path`; nil if it cannot be read or has fewer lines.
    public static func read(_ path: String, line: Int) -> String? {
        guard line >= 1, let data = FileManager.default.contents(atPath: path),
            let text = SourceTextDecoder.decode([UInt8](data), file: path).text
        else { return nil }
        let lines = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
        return line <= lines.count ? String(lines[line - 1]) : nil
    }
}
