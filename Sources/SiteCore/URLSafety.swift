/// Which URLs written in content or configuration may reach an `href` or `src` of the site.
///
/// Browsers skip spaces and control characters around and inside a scheme (`java\tscript:`), so
/// the scheme is read the way they read it before it is judged.
public enum URLSafety {
    /// Schemes that run script or render a document of their own when followed or loaded.
    public static let executableSchemes: Set<String> = ["javascript", "vbscript", "data", "file", "blob"]

    /// The scheme of `url` in lower case (`javascript`), or nil for a relative URL.
    public static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme }
            if scalar.value <= 0x20 { continue }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar)
            else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// Whether following or loading `url` could run script or show a document from content
    /// (`javascript:`, `data:`, `vbscript:`, `file:`, `blob:`).
    public static func isExecutable(_ url: String) -> Bool {
        scheme(of: url).map { executableSchemes.contains($0.lowercased()) } ?? false
    }

    /// Whether `url` is an absolute `http:` or `https:` address with a host.
    public static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0 != "\"" && $0 != "<" && $0 != ">" }) else { return false }
        for prefix in ["https://", "http://"] where lower.hasPrefix(prefix) {
            return lower.count > prefix.count && !lower.dropFirst(prefix.count).hasPrefix("/")
        }
        return false
    }
}
