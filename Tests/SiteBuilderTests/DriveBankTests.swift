import Foundation
import Testing
import SiteBuilder
import SiteCore
import SiteTesting

/// The real DRIVE bank in `content/`, built as a user would build it.
@Suite(.serialized) struct DriveBankTests {
    static func buildDrive(parallel: Bool) async throws -> (BuildReport, [String: String]) {
        let output = try SiteTesting.temporaryFolder() + "/site"
        let options = BuildOptions(
            contentFolder: SiteTesting.repositoryRoot + "/content", outputFolder: output,
            themesFolder: SiteTesting.defaultThemes, parallel: parallel)
        let report = await SiteBuilder.build(options)
        return (report, SiteTesting.readTree(output))
    }

    @Test func driveBuildsCleanlyWithEveryPage() async throws {
        let (report, tree) = try await Self.buildDrive(parallel: true)
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.map { $0.formatted() }.joined(separator: "\n"))")
        let cases = tree.keys.filter { $0.hasPrefix("fall/fall-") && $0.hasSuffix("/index.html") }
        #expect(cases.count == 30)
        #expect(tree.keys.filter { $0.hasPrefix("metoder/") && $0.hasSuffix("/index.html") }.count >= 9)
        #expect(tree.keys.filter { $0.hasPrefix("trappan/") && $0.hasSuffix("/index.html") }.count == 6)
        for required in ["index.html", "a-o/index.html", "projekt/drive/index.html", "begrepp/index.html", "404.html", "assets/site.css"] {
            #expect(tree[required] != nil, "\(required) saknas")
        }
    }

    @Test func parallelAndSerialBuildsGiveTheSameBytes() async throws {
        let (_, parallel) = try await Self.buildDrive(parallel: true)
        let (_, serial) = try await Self.buildDrive(parallel: false)
        #expect(parallel.count > 80)
        #expect(parallel == serial)
    }

    @Test func everyPageIsSwedishWithOneH1AndAUniqueTitle() async throws {
        let (_, tree) = try await Self.buildDrive(parallel: true)
        var titles: [String: String] = [:]
        for (path, html) in tree where path.hasSuffix(".html") {
            #expect(html.contains(#"<html lang="sv""#), "\(path)")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(path) ska ha exakt en h1")
            let title = html.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first ?? ""
            #expect(!title.isEmpty, "\(path) saknar titel")
            if let other = titles[title] { Issue.record("\(path) och \(other) har samma titel: \(title)") }
            titles[title] = path
        }
    }

    @Test func everyInternalLinkIsRelativeAndLeadsToAFile() async throws {
        let (_, tree) = try await Self.buildDrive(parallel: true)
        var checked = 0
        // 404.html is shown at any depth; with a bas-url it links by the base path (PublishingTests).
        for (path, html) in tree where path.hasSuffix(".html") && path != "404.html" {
            for url in attributeValues(html, names: ["href", "src"]) {
                if url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("mailto:") || url.hasPrefix("tel:") || url.hasPrefix("#") { continue }
                #expect(!url.hasPrefix("/"), "\(path): absolut länk \(url)")
                let file = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
                let resolved = resolve(file.removingPercentEncoding ?? file, from: path)
                #expect(tree[resolved] != nil, "\(path): länken \(url) leder ingenstans")
                checked += 1
            }
        }
        #expect(checked > 500)
    }

    @Test func noThirdPartyRequestsInPages() async throws {
        let (_, tree) = try await Self.buildDrive(parallel: true)
        for (path, text) in tree where path.hasSuffix(".html") || path.hasSuffix(".css") {
            for url in attributeValues(text, names: ["src"]) + cssURLs(text) {
                #expect(!url.contains("//"), "\(path) hämtar \(url) från en annan webbplats")
            }
        }
    }

    private func attributeValues(_ html: String, names: [String]) -> [String] {
        var values: [String] = []
        for name in names {
            for chunk in html.components(separatedBy: " \(name)=\"").dropFirst() {
                if let value = chunk.split(separator: "\"", maxSplits: 1, omittingEmptySubsequences: false).first {
                    values.append(String(value).replacingOccurrences(of: "&amp;", with: "&"))
                }
            }
        }
        return values
    }

    private func cssURLs(_ css: String) -> [String] {
        css.components(separatedBy: "url(").dropFirst().compactMap { $0.split(separator: ")").first.map(String.init) }
    }

    private func resolve(_ url: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for segment in url.split(separator: "/") {
            if segment == ".." { if !parts.isEmpty { parts.removeLast() } } else if segment != "." { parts.append(String(segment)) }
        }
        return parts.joined(separator: "/")
    }
}
