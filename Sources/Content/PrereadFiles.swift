import Foundation

/// Page files already read, by their path inside the content folder: the build's input
/// fingerprint reads every file of the bank before loading starts, and hands the pages' bytes on
/// here so that the loader does not open and read each of them a second time (at 10 000 pages
/// that was about 2 % of a build). It also means a build renders exactly the bytes its
/// fingerprint describes, even if a file changes in between.
///
/// Each file can be taken once; it is let go as it is taken.
public final class PrereadFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]]

    public init(_ files: [String: [UInt8]]) {
        self.files = files
    }

    /// The bytes of `relativePath`, if they were read; a second call gives nil.
    public func take(_ relativePath: String) -> [UInt8]? {
        lock.withLock { files.removeValue(forKey: relativePath) }
    }
}
