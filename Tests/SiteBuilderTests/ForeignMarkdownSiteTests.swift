import Foundation
import Testing
import SiteBuilder
import SiteCore
import SiteTesting

/// Pages copied from an Obsidian vault, a Hugo/Docsy site and an MDX site build: no error, a
/// warning at each foreign construct's line, and the page shows the text.
@Suite struct ForeignMarkdownSiteTests {
    @Test func vaultShortcodeAndMDXPagesBuildWithWarnings() async throws {
        let (report, folder) = try await bank("""
            -- content/metoder/kartlaggning.md --
            ---
            titel: Kartläggning
            ---
            ## Syfte

            Vi träffas tidigt. ^syfte-1

            > [!tip] Boka tolk
            > i god tid.

            ![[diagram.png]]
            ![[Flerpartsmöte]]
            Se [[Flerpartsmöte#^beslut]] och #metod/kartlaggning.
            -- content/metoder/flerpartsmote.md --
            ---
            titel: Flerpartsmöte
            ---
            import Karta from '../components/Karta'

            Alla träffas, se {{< ref "kartlaggning.md" >}}.

            {{% notice warning %}}
            Boka lokal.
            {{% /notice %}}

            <Karta zoom={3} />

            Sedan [[Kartläggning]].
            """).build()
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.filter { $0.severity == .error }.map(\.message))")
        let foreign = report.diagnostics.filter { $0.rule.hasPrefix("markdown.") }
            .map { "\(($0.location.file as NSString).lastPathComponent):\($0.location.line) \($0.rule)" }
        #expect(foreign == [
            "flerpartsmote.md:4 markdown.mdx", "flerpartsmote.md:6 markdown.shortcode", "flerpartsmote.md:8 markdown.shortcode",
            "flerpartsmote.md:12 markdown.mdx",
            "kartlaggning.md:6 markdown.obsidian-block", "kartlaggning.md:8 markdown.obsidian-callout",
            "kartlaggning.md:11 markdown.obsidian-embed", "kartlaggning.md:12 markdown.obsidian-embed",
            "kartlaggning.md:13 markdown.obsidian-block", "kartlaggning.md:13 markdown.obsidian-tag",
        ])
        let html = try String(contentsOfFile: folder + "/site/metoder/kartlaggning/index.html", encoding: .utf8)
        #expect(html.contains("![[diagram.png]]"))
        #expect(html.contains(#"Se <a href="../flerpartsmote/index.html">Flerpartsmöte</a> och #metod/kartlaggning."#))
    }
}
