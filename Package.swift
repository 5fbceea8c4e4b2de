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
        // `kunskapsbank serve`: a small async HTTP/1.1 server on plain sockets (adds ~15 s to a cold
        // debug build; Hummingbird would add minutes for features a local preview never uses).
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
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
            "SiteCore", "Yams", "DefaultTheme", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "Linking", dependencies: ["SiteCore", "Markdown", "Content"]),
        .target(name: "Privacy", dependencies: ["SiteCore", "Markdown", "Content"]),
        // themes/default/ compiled into the tool, so a bank in any folder builds without a copy.
        .target(name: "DefaultTheme", plugins: ["EmbedFiles"]),
        .executableTarget(name: "FileEmbedder"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["FileEmbedder"]),
        .target(name: "Statistics", dependencies: ["SiteCore", "Content"]),
        .target(name: "SiteBuilder", dependencies: [
            "SiteCore", "Markdown", "Content", "Linking", "Theme", "Privacy", "Statistics",
        ]),
        .target(name: "DevServer", dependencies: [
            "SiteBuilder", "SiteCore", .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        // `new` and `init`: pages and banks from the schema, with DRIVE's ladder and glossary embedded.
        .target(name: "Scaffolding", dependencies: ["Content", "SiteCore"], plugins: ["EmbedFiles"]),
        // jemalloc replaces glibc's malloc in the tool: a build allocates millions of small
        // objects on all cores, and with glibc's arenas that took a fifth of its CPU time.
        .executableTarget(
            name: "kunskapsbank",
            dependencies: [
                "SiteBuilder", "SiteCore", "Content", "Statistics", "DevServer", "Scaffolding",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]),
        .target(name: "SiteTesting", dependencies: ["SiteBuilder", "SiteCore"]),
        .testTarget(name: "SiteCoreTests", dependencies: ["SiteCore"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "SiteCore"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "SiteCore", "SiteTesting"]),
        .testTarget(name: "ThemeTests", dependencies: ["Theme", "SiteCore", "SiteTesting"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics", "Content", "SiteCore", "SiteBuilder", "SiteTesting"]),
        .testTarget(name: "SiteBuilderTests", dependencies: ["SiteBuilder", "SiteTesting", "SiteCore", "Theme"]),
        .testTarget(name: "PrivacyTests", dependencies: ["Privacy", "Content", "SiteCore", "SiteBuilder", "SiteTesting"]),
        .testTarget(name: "CLITests", dependencies: ["kunskapsbank", "SiteTesting"]),
        .testTarget(name: "AuthoringTests", dependencies: [
            "DevServer", "Scaffolding", "SiteBuilder", "SiteTesting", "SiteCore", "Content", "Theme",
        ]),
    ],
    swiftLanguageModes: [.v6]
)
