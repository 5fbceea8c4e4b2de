// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "kunskapsbank",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kunskapsbank", targets: ["kunskapsbank"]),
    ],
    dependencies: [
        // Front matter and configuration are YAML; Yams wraps libyaml and reports marks (line/column).
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // The command line: subcommands, help and usage errors (exit 2) for free.
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // Logic-less, escaped-by-default templates that web editors can read.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "SiteCore"),
        .target(name: "Markdown", dependencies: ["CMark", "SiteCore"]),
        .target(name: "Content", dependencies: ["SiteCore", "Markdown", "Yams"]),
        .target(name: "Theme", dependencies: [
            "SiteCore", "Yams", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "Statistics", dependencies: ["SiteCore", "Content"]),
        .target(name: "SiteBuilder", dependencies: ["SiteCore", "Markdown", "Content", "Theme", "Statistics"]),
        .executableTarget(name: "kunskapsbank", dependencies: [
            "SiteBuilder", "SiteCore", "Content", "Statistics",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "SiteTesting", dependencies: ["SiteBuilder", "SiteCore"]),
        .testTarget(name: "SiteCoreTests", dependencies: ["SiteCore"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "SiteCore"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "SiteCore", "SiteTesting"]),
        .testTarget(name: "ThemeTests", dependencies: ["Theme", "SiteCore"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics", "Content", "SiteCore", "SiteBuilder", "SiteTesting"]),
        .testTarget(name: "SiteBuilderTests", dependencies: ["SiteBuilder", "SiteTesting", "SiteCore"]),
        .testTarget(name: "CLITests", dependencies: ["kunskapsbank", "SiteTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
