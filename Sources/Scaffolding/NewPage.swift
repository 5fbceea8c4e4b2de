/// Scaffolding for writers: a new page from its section's schema (`kunskapsbank new`), a new bank
/// for a successor project and a project added to a bank (`kunskapsbank init`). It hands back file
/// texts; the command writes them, never over an existing file.
import Content
import Foundation
import SiteCore

/// A new page of a section: front matter with every field the section declares (required ones
/// filled with valid example values and marked, allowed values in comments) and a body skeleton
/// for the section's template.
public struct NewPage: Sendable {
    /// `metoder/ny-metod.md`, relative to the content folder.
    public var relativePath: String
    public var text: String

    /// Why no page could be made.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unknownSection(String, hint: String)
        case emptySlug(String)

        public var description: String {
            switch self {
            case .unknownSection(let name, let hint): "sektionen \"\(name)\" finns inte i kunskapsbank.yml; \(hint)"
            case .emptySlug(let title): "titeln \"\(title)\" ger inget filnamn; använd bokstäver eller siffror"
            }
        }
    }

    /// Makes the page for `title` in the section stored in `folder`; `pages` are the bank's pages,
    /// used for valid reference values and the next ladder number.
    public static func make(config: BankConfig, pages: [Page], section folder: String, title: String, today: Date = Date()) throws(Problem) -> NewPage {
        let trimmedFolder = folder.trimmingCharacters(in: CharacterSet(charactersIn: "/ "))
        guard let section = config.section(trimmedFolder) else {
            let folders = config.sections.map(\.folder)
            let hint = NearestMatch.hint(for: trimmedFolder, among: folders) ?? "sektioner: " + folders.joined(separator: ", ")
            throw .unknownSection(trimmedFolder, hint: hint)
        }
        let cleanTitle = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Slug.make(cleanTitle)
        guard !slug.isEmpty else { throw .emptySlug(title) }
        let frontMatter = FrontMatterTemplate(section: section, pages: pages, today: today).text(title: cleanTitle)
        let body = PageSkeleton.body(for: section.template)
        return NewPage(relativePath: section.folder + "/" + slug + ".md", text: frontMatter + "\n" + body)
    }
}
