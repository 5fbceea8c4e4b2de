import Content
import Foundation

/// The page of a project (`content/projekt/samba.md`) from the bank's `projekt` schema, with its
/// target group (`malgrupp`) and goals (the heading Mål) as placeholders; used by `init` for a new
/// bank and by `init --lägg-till-projekt` for an existing one.
public enum NewProject {
    public static let sectionFolder = "projekt"

    public static func page(_ project: ProjectIdentity, config: BankConfig, pages: [Page], today: Date = Date()) throws(NewPage.Problem) -> NewPage {
        try NewPage.make(config: config, pages: pages, section: sectionFolder, title: project.name, today: today)
    }
}
