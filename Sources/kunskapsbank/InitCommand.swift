import ArgumentParser
import Content
import Foundation
import Scaffolding

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Skapar en ny kunskapsbank för ett projekt, eller lägger till ett projekt i den här banken.",
        discussion: """
            kunskapsbank init samba --projekt SAMBA
              skapar mappen samba/ med en bank som går att bygga direkt: konfiguration, projektsidan, \
            Utvecklingstrappan och begreppen från DRIVE, en startsida och ett tema med egna färger.
            kunskapsbank init --lägg-till-projekt SAMBA
              lägger till sidan content/projekt/samba.md i den befintliga banken. Metoder delas mellan \
            projekten: lägg till projektet i fältet projekt på de metoder det använder.
            """)

    @Argument(help: ArgumentHelp("Mappen för den nya banken (skapas; får inte innehålla något).", valueName: "mapp"))
    var folder: String?

    @Option(name: .long, help: ArgumentHelp("Projektets namn, till exempel SAMBA.", valueName: "namn"))
    var projekt: String?

    @Option(name: [.customLong("lägg-till-projekt"), .customLong("lagg-till-projekt")],
            help: ArgumentHelp("Lägger till ett projekt i banken i --content i stället för att skapa en ny bank.", valueName: "namn"))
    var addProject: String?

    @Option(name: .long, help: "Innehållsmappen för --lägg-till-projekt.")
    var content = "content"

    func validate() throws {
        switch (folder, projekt, addProject) {
        case (.some, .some, nil), (nil, nil, .some): return
        case (_, _, .some): throw ValidationError("--lägg-till-projekt tar ingen mapp och inget --projekt")
        case (nil, _, nil): throw ValidationError("ange en mapp, till exempel: kunskapsbank init samba --projekt SAMBA")
        case (.some, nil, nil): throw ValidationError("ange projektets namn med --projekt, till exempel --projekt SAMBA")
        }
    }

    func run() throws {
        if let addProject { try add(addProject) } else if let folder, let projekt { try create(folder, projekt) }
    }

    private func create(_ folder: String, _ name: String) throws {
        let project = ProjectIdentity(name: name)
        guard !project.slug.isEmpty else { fail("projektnamnet \"\(name)\" måste innehålla bokstäver eller siffror", status: 2) }
        let manager = FileManager.default
        if let entries = try? manager.contentsOfDirectory(atPath: folder), !entries.isEmpty {
            fail("mappen \(folder) finns redan och är inte tom; välj en ny mapp så skrivs inget över")
        }
        if manager.fileExists(atPath: folder), (try? manager.contentsOfDirectory(atPath: folder)) == nil {
            fail("\(folder) finns redan och är ingen mapp")
        }
        let bank = NewBank.make(project: name)
        do {
            for file in bank.files { try writeNewFile(folder + "/" + file.path, file.text) }
        } catch {
            fail("kunde inte skriva den nya banken i \(folder): \(error.localizedDescription)")
        }
        print("skapade en ny kunskapsbank för \(project.name) i \(folder)/ (\(bank.files.count) filer)")
        print("""
            nästa steg:
              cd \(folder)
              kunskapsbank serve                      # förhandsvisa på http://127.0.0.1:8080/
              kunskapsbank new metoder "Kartläggning"  # en ny sida
              kunskapsbank build                      # webbplatsen hamnar i site/
            fyll i content/projekt/\(project.slug).md (målgrupp och mål) och webbplats i content/kunskapsbank.yml
            """)
    }

    private func add(_ name: String) throws {
        let project = ProjectIdentity(name: name)
        guard !project.slug.isEmpty else { fail("projektnamnet \"\(name)\" måste innehålla bokstäver eller siffror", status: 2) }
        let bank = ContentLoader(contentFolder: content).load()
        guard let config = bank.config else {
            fail("kan inte läsa \(content)/kunskapsbank.yml; kör kunskapsbank check för detaljer")
        }
        let page: NewPage
        do {
            page = try NewProject.page(project, config: config, pages: bank.pages)
        } catch {
            fail("banken har ingen sektion \(NewProject.sectionFolder) att lägga projektet i: \(error)")
        }
        let path = content + "/" + page.relativePath
        guard !FileManager.default.fileExists(atPath: path) else {
            fail("projektet finns redan: \(path)")
        }
        do {
            try writeNewFile(path, page.text)
        } catch {
            fail("kunde inte skriva \(path): \(error.localizedDescription)")
        }
        print("skapade \(path)")
        print("""
            fyll i målgrupp och mål på sidan. Metoderna delas mellan projekten: lägg till \(project.slug) \
            i fältet projekt på de metoder som \(project.name) använder, till exempel projekt: [drive, \(project.slug)]
            """)
    }
}
