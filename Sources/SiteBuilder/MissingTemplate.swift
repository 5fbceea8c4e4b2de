import SiteCore

extension Diagnostic {
    /// A generated page whose template the theme (and the default theme beneath it) lacks.
    static func missingTemplate(_ template: String) -> Diagnostic {
        Diagnostic(
            .error, at: SourceLocation(file: "themes"), rule: "theme.missing-template",
            "temat saknar mallen \(template).mustache", hint: "lägg till mallen i themes/<tema>/templates/")
    }
}
