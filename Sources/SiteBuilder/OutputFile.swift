import SiteCore

/// One file of the published site: its path below the output folder and its bytes, or a file to
/// copy unchanged from the sources.
public struct OutputFile: Sendable, Hashable {
    public enum Body: Sendable, Hashable {
        case text(String)
        case copy(from: String)
    }

    public var path: String
    public var body: Body

    public init(path: String, text: String) {
        self.path = path
        self.body = .text(text)
    }

    public init(path: String, copyFrom source: String) {
        self.path = path
        self.body = .copy(from: source)
    }
}
