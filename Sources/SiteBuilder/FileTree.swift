import Content
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Thin POSIX file operations for writing thousands of small files: one `open`/`write`/`close`
/// per file instead of Foundation's extra `stat`s and temporary files.
enum FileTree {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    /// Creates `path` and its missing parents (mode 0755).
    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw Failure(path: path, code: errno) }
        try makeDirectory((path as NSString).deletingLastPathComponent)
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw Failure(path: path, code: errno) }
    }

    static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        let written = bytes.withContiguousStorageIfAvailable { buffer in writeAll(descriptor, buffer) }
            ?? Array(bytes).withUnsafeBufferPointer { writeAll(descriptor, $0) }
        if written != 0 { throw Failure(path: path, code: written) }
    }

    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeBufferPointer<UInt8>) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let count = Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += count
        }
        return 0
    }

    /// Makes `path` a second name of the existing file `existing` (no bytes copied); false if the
    /// file system refuses, so the caller can write instead.
    static func link(_ existing: String, to path: String) -> Bool {
        Glibc.link(existing, path) == 0
    }

    /// The file's bytes; nil when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        FileBytes.read(path)
    }
}
