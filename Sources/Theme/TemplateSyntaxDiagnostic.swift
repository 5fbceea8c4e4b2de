import Mustache
import SiteCore

/// Turns swift-mustache's parse errors into Swedish diagnostics at the template's line and column.
enum TemplateSyntaxDiagnostic {
    static func make(file: String, error: MustacheTemplate.ParserError) -> Diagnostic {
        let (message, hint) = describe(error.error)
        return Diagnostic(
            .error,
            at: SourceLocation(file: file, line: error.context.lineNumber, column: error.context.columnNumber),
            rule: "theme.template-syntax", message, hint: hint, sourceLine: error.context.line)
    }

    static func describe(_ error: any Error) -> (message: String, hint: String?) {
        guard let error = error as? MustacheTemplate.Error else {
            return ("mallen kan inte läsas (\(error))", nil)
        }
        switch error {
        case .sectionCloseNameIncorrect:
            return ("sektionen stängs med fel namn",
                    "en sektion som öppnas med {{#namn}} eller {{^namn}} stängs med {{/namn}}")
        case .unfinishedName:
            return ("taggen är inte avslutad eller har ett ogiltigt namn",
                    "skriv taggen som {{namn}}; namn får innehålla bokstäver a–z, siffror, punkt, - och _")
        case .expectedSectionEnd:
            return ("en sektion eller ett block stängs aldrig",
                    "varje {{#namn}}, {{^namn}}, {{$namn}} och {{<mall}} behöver ett {{/namn}}")
        case .invalidSetDelimiter:
            return ("ogiltigt byte av avgränsare", "skriv till exempel {{=<% %>=}}")
        case .transformAppliedToInheritanceSection:
            return ("ett block ({{$namn}}) kan inte ha en funktion", nil)
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return ("inuti {{<mall}} … {{/mall}} får bara block ({{$namn}} … {{/namn}}) stå",
                    "flytta innehållet in i ett block som mallen har, till exempel {{$main}}")
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return ("okänd inställning i {{% … }}", "bara {{% CONTENT_TYPE: HTML }} och TEXT finns")
        }
    }
}

extension TemplateSyntaxDiagnostic {
    /// A construct swift-mustache accepts but the compiled renderer does not implement, at its tag.
    static func unsupported(file: String, text: String, failure: TemplateParser.Failure) -> Diagnostic {
        let position = TextPosition(of: failure.position, in: text)
        let (message, hint) = describe(failure.reason)
        return Diagnostic(
            .error, at: SourceLocation(file: file, line: position.line, column: position.column),
            rule: "theme.template-unsupported", message, hint: hint, sourceLine: TextPosition.line(position.line, of: text))
    }

    private static func describe(_ reason: TemplateParser.Failure.Reason) -> (message: String, hint: String?) {
        switch reason {
        case .setDelimiter:
            return ("byte av avgränsare ({{=<% %>=}}) stöds inte", "skriv alla taggar med {{ och }}")
        case .pragma:
            return ("inställningar med {{% … }} stöds inte",
                    "ta bort taggen; sidorna är HTML och {{namn}} skyddar alltid texten")
        case .dynamicPartial:
            return ("delmallar vars namn hämtas ur vyn ({{>*namn}}) stöds inte",
                    "skriv delmallens namn, till exempel {{>partials/fakta}}")
        case .unknownTransform(let name):
            return ("funktionen \"\(name)\" finns inte",
                    "funktioner som finns: " + TemplateTransform.allCases.map(\.rawValue).joined(separator: ", "))
        case .syntax:
            return ("taggen kan inte tolkas", "skriv taggen som {{namn}}, {{#namn}} … {{/namn}} eller {{>mall}}")
        }
    }
}
