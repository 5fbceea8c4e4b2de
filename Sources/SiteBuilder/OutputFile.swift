import SiteCore

/// One file of the published site: its path below the output folder and its bytes, or a file to
/// copy unchanged from the sources.
public struct OutputFile: Sendable, Hashable {
    public enum Body: Sendable, Hashable {
        case text(String)
        /// UTF-8 text made as bytes (a rendered page), written without making a `String` of it.
        case bytes([UInt8])
        case copy(from: String)
    }

    public var path: String
    public var body: Body

    public init(path: String, text: String) {
        self.path = path
        self.body = .text(text)
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.body = .bytes(bytes)
    }

    /// The text of a file made in memory (nil for a copy).
    public var text: String? {
        switch body {
        case .text(let text): text
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        case .copy: nil
        }
    }

    /// Calls `body` with the bytes of a file made in memory; nil for a copy.
    public func withContent<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        switch self.body {
        case .text(var text): try text.withUTF8(body)
        case .bytes(let bytes): try bytes.withUnsafeBufferPointer(body)
        case .copy: nil
        }
    }

    public init(path: String, copyFrom source: String) {
        self.path = path
        self.body = .copy(from: source)
    }
}
