import Foundation
import SiteTesting
import Theme

/// The real `themes/` folder of the repository, a sample view with every key of the view contract,
/// and throwaway theme folders for override and error tests.
enum ThemeFixture {
    static let themesFolder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // ThemeFixture.swift, ThemeTests, Tests
        return url.appendingPathComponent("themes").path
    }()

    static func defaultTheme(language: String = "sv") async throws -> Theme {
        let result = await ThemeLoader.load(themesFolder: themesFolder, name: "default", language: language)
        guard let theme = result.theme else {
            throw FixtureError(message: result.diagnostics.map { $0.formatted() }.joined(separator: "\n"))
        }
        return theme
    }

    /// A view as SiteBuilder would build it for `metoder/kartlaggning/`.
    static func view(title: String = "Kartläggning", currentStep: Int = 2) -> [String: Any] {
        let ladder: [[String: Any?]] = (1...5).map { order in
            [
                "order": order, "title": "Steg\(order)titel", "url": "../../trappan/steg-\(order)/index.html",
                "summary": order == 1 ? "Första steget" : nil,
                "current": order == currentStep, "onPath": order < currentStep,
            ]
        }
        return [
            "lang": "sv",
            "site": ["title": "Kunskapsbank DRIVE", "description": "Lärdomar från DRIVE", "organisation": "Nybro kommun"],
            "page": [
                "title": title, "documentTitle": "\(title) – Kunskapsbank DRIVE", "summary": "Så kartläggs en deltagare.",
                "bodyHTML": "<h2 id=\"syfte\">Syfte</h2>\n<p>Brödtext.</p>", "published": "2013-03-01",
                "updated": "2013-11-30", "sectionTitle": "Metoder", "url": "index.html",
            ] as [String: Any?],
            "root": "../../",
            "assets": ["css": "../../assets/site.css"],
            "homeURL": "../../index.html",
            "searchURL": "../../sok/index.html",
            "registerURL": "../../register/index.html",
            "accessibilityURL": "../../tillganglighet/index.html",
            "nav": [
                ["title": "Metoder", "url": "../index.html", "current": true],
                ["title": "Trappan", "url": "../../trappan/index.html", "current": false],
            ],
            "breadcrumbs": [["title": "Start", "url": "../../index.html"], ["title": "Metoder", "url": "../index.html"]],
            "facts": [
                ["label": "Projekt", "links": [["title": "DRIVE", "url": "../../projekt/drive/index.html"]]],
                ["label": "Målgrupp", "text": "Unga vuxna 16–24 år"],
            ],
            "notices": [["text": "Sammansatt exempel.", "kind": "composite"]],
            "children": [["title": "Fall 7", "url": "../../fall/fall-07/index.html", "meta": "Arbete"]],
            "backlinks": [["title": "Flerpartsmöte", "url": "../flerpartsmote/index.html"]],
            "ladder": ladder,
            "sections": [["title": "Metoder", "url": "metoder/index.html", "summary": "Arbetssätt", "count": 6]],
            "latest": [["title": "Fall 7", "url": "fall/fall-07/index.html"]],
            "register": [
                ["letter": "K", "id": "bokstav-k", "pages": [["title": "Kartläggning", "url": "../metoder/kartlaggning/index.html", "sectionTitle": "Metoder"]]],
                ["letter": "Ö", "id": "bokstav-o", "pages": [["title": "Öppenvård", "url": "../begrepp/oppenvard/index.html", "sectionTitle": "Begrepp"]]],
            ],
        ]
    }

    /// A fresh temporary `themes/` folder holding `files` (path below it → text) and, unless
    /// `withDefault` is false, a copy of the real default theme.
    static func themesFolder(files: [String: String], withDefault: Bool = true) throws -> String {
        let folder = URL(fileURLWithPath: try SiteTesting.temporaryFolder()).appendingPathComponent("themes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if withDefault {
            try FileManager.default.copyItem(atPath: themesFolder + "/default", toPath: folder.appendingPathComponent("default").path)
        }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    static let pageTemplates = [
        "start", "sektion", "register", "sida", "metod", "steg", "fall", "projekt", "aktor", "begrepp", "404",
    ]
}

struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

extension String {
    func occurrences(of needle: String) -> Int {
        var count = 0
        var rest = self[...]
        while let range = rest.firstRange(of: needle) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }

    /// The text of the first element that has `marker` in its opening tag, up to the end of that line.
    func line(containing marker: String) -> String? {
        split(separator: "\n").first { $0.contains(marker) }.map(String.init)
    }
}
