// swift-tools-version: 6.0
// libFuzzer harnesses for the parsers (issue 9). The library targets are symlinks to the real
// sources, compiled here with testing enabled so the harnesses reach internal parsers directly.
// Build and run: see Fuzz/README.md.
import PackageDescription

let testable: [SwiftSetting] = [.unsafeFlags(["-enable-testing"])]

let package = Package(
    name: "KunskapsbankFuzz",
    dependencies: [.package(url: "https://github.com/jpsim/Yams", exact: "6.2.2")],
    targets: [
        .systemLibrary(name: "CMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(name: "SiteCore", swiftSettings: testable),
        .target(name: "Markdown", dependencies: ["CMark", "SiteCore"], swiftSettings: testable),
        .target(name: "Content", dependencies: ["SiteCore", "Markdown", "Yams"], swiftSettings: testable),
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzDriver", "Content", "SiteCore"]),
        .executableTarget(name: "FuzzTabell", dependencies: ["FuzzDriver", "Markdown"]),
        .executableTarget(name: "FuzzPage", dependencies: ["FuzzDriver", "Markdown", "SiteCore"]),
        .executableTarget(name: "FuzzWikiLink", dependencies: ["FuzzDriver", "Markdown"]),
    ],
    swiftLanguageModes: [.v6]
)
