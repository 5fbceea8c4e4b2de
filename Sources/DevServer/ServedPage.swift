import SiteCore

/// Turns a built HTML page into the page the preview serves: the overlay stylesheet and reload
/// script are added before `</head>`, and the latest build's problems after `<body …>`. The site on
/// disk is never changed, so `build` output never carries any of it.
enum ServedPage {
    static func inject(into html: String, snapshot: BuildSnapshot) -> String {
        var page = html
        let tags = """
            <link rel="stylesheet" href="\(DevAssets.stylesheetPath)">
            <script src="\(DevAssets.scriptPath)" data-version="\(snapshot.version)" defer></script>

            """
        if let head = page.range(of: "</head>", options: .caseInsensitive) {
            page.insert(contentsOf: tags, at: head.lowerBound)
        } else {
            page = tags + page
        }
        let overlay = overlayHTML(snapshot)
        guard !overlay.isEmpty else { return page }
        if let bodyStart = page.range(of: "<body", options: .caseInsensitive),
            let bodyEnd = page.range(of: ">", range: bodyStart.upperBound..<page.endIndex)
        {
            page.insert(contentsOf: overlay, at: bodyEnd.upperBound)
        } else {
            page += overlay
        }
        return page
    }

    /// The page served for every address while no build has succeeded yet.
    static func failurePage(_ snapshot: BuildSnapshot) -> String {
        inject(into: """
            <!doctype html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Bygget misslyckades – kunskapsbank</title>
            </head>
            <body>
            <main>
            <h1>Webbplatsen kunde inte byggas</h1>
            <p>Rätta felen som visas ovan och spara filen. Sidan laddas om av sig själv.</p>
            </main>
            </body>
            </html>

            """, snapshot: snapshot)
    }

    /// An `<aside>` listing every problem with file:line:column, or "" when there are none.
    static func overlayHTML(_ snapshot: BuildSnapshot) -> String {
        let diagnostics = snapshot.diagnostics
        guard !diagnostics.isEmpty else { return "" }
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        var heading: String
        if errors > 0 {
            heading = "Bygget misslyckades: \(errors) fel"
            if warnings > 0 { heading += " och \(warnings) \(warnings == 1 ? "varning" : "varningar")" }
            heading += snapshot.siteReady ? ". Sidan nedan är från det senaste lyckade bygget." : "."
        } else {
            heading = "Bygget lyckades med \(warnings) \(warnings == 1 ? "varning" : "varningar")"
        }
        var html = "\n<aside class=\"kb-dev-overlay\(errors > 0 ? "" : " kb-dev-varningar")\" "
        html += "aria-label=\"Problem i senaste bygget\" data-kunskapsbank-problem=\"\(diagnostics.count)\">\n"
        html += "<details\(errors > 0 ? " open" : "")>\n<summary>\(escapeHTML(heading))</summary>\n<ol>\n"
        for diagnostic in diagnostics.prefix(200) {
            let label = diagnostic.severity == .error ? "kb-dev-fel" : "kb-dev-varning"
            html += "<li><code><span class=\"kb-dev-plats\">\(escapeHTML(diagnostic.location.description))</span>: "
            html += "<span class=\"\(label)\">\(diagnostic.severity.swedishLabel)</span>: \(escapeHTML(diagnostic.message))</code>"
            if let line = diagnostic.sourceLine { html += "<br><code>    \(escapeHTML(line))</code>" }
            if let hint = diagnostic.hint { html += "<p>Tips: \(escapeHTML(hint))</p>" }
            html += "</li>\n"
        }
        if diagnostics.count > 200 { html += "<li>… och \(diagnostics.count - 200) till; se terminalen.</li>\n" }
        html += "</ol>\n</details>\n</aside>\n"
        return html
    }
}
