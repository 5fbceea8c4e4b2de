import SiteCore
import Yams

/// Reads `strings/<lang>.yml`: a flat YAML map from key to interface text.
enum InterfaceStrings {
    static func parse(_ text: String, file: String) -> (strings: [String: String], diagnostics: [Diagnostic]) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _),
            let YamlError.composer(_, problem, mark, _)
        {
            return ([:], [syntaxError(file, mark.line, mark.column, "ogiltig YAML: \(problem)", text, rule: "theme.strings-syntax")])
        } catch {
            return ([:], [syntaxError(file, 1, 1, "ogiltig YAML: \(error)", text, rule: "theme.strings-syntax")])
        }
        guard let node else { return ([:], []) }
        guard let mapping = node.mapping else {
            let mark = node.mark
            return ([:], [syntaxError(file, mark?.line ?? 1, mark?.column ?? 1,
                                "strängfilen ska vara en lista med nyckel: text", text, rule: "theme.strings-syntax")])
        }
        var strings: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for (key, value) in mapping {
            guard let name = key.string, let textValue = value.scalar?.string else {
                let mark = value.mark ?? key.mark
                diagnostics.append(syntaxError(
                    file, mark?.line ?? 1, mark?.column ?? 1,
                    "värdet för \"\(key.string ?? "?")\" ska vara en text, inte en lista eller tabell", text,
                    rule: "theme.strings-value"))
                continue
            }
            strings[name] = textValue
        }
        return (strings, diagnostics)
    }

    private static func syntaxError(
        _ file: String, _ line: Int, _ column: Int, _ message: String, _ text: String, rule: String
    ) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), rule: rule, message,
                   sourceLine: TextPosition.line(line, of: text))
    }
}
