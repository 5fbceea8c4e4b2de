import SiteCore
import Yams

/// Parses one YAML document with Yams' composer and converts it into `YAMLNode`s, reporting
/// syntax errors at their file line and refusing documents that aliases blow up.
enum YAMLReader {
    /// Larger expansions are refused: `&a [*b, *b, …]` chains grow exponentially.
    static let nodeLimit = 10_000

    enum Outcome: Sendable {
        case empty
        case document(YAMLNode)
        case failed
    }

    /// - Parameter lineOffset: file lines before the YAML text (1 for front matter after `---`).
    /// - Parameter simple: whether the plainest documents skip Yams (false only to test that
    ///   this changes nothing).
    static func read(
        _ text: String, lineOffset: Int, rulePrefix: String, log: inout DiagnosticCollector, simple: Bool = true
    ) -> Outcome {
        if simple, let node = SimpleYAML.parse(text, lineOffset: lineOffset) { return .document(node) }
        let root: Node?
        do {
            // Scalars stay text (the schema decodes them), so Yams need not resolve tags — its default
            // resolver runs regular expressions on every scalar and key, a third of front-matter
            // parsing at 10 000 pages — and the encoding is named so Yams does not read the
            // environment on every call.
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            report(error, text: text, lineOffset: lineOffset, rulePrefix: rulePrefix, log: &log)
            return .failed
        } catch {
            log.error("\(rulePrefix).yaml", line: lineOffset + 1, "ogiltig YAML: \(error)")
            return .failed
        }
        guard let root else { return .empty }
        var converter = Converter(lineOffset: lineOffset, rulePrefix: rulePrefix)
        do {
            let node = try converter.convert(root, log: &log)
            return .document(node)
        } catch {
            log.error(
                "\(rulePrefix).too-large", line: lineOffset + 1,
                "YAML-innehållet blir för stort (mer än \(nodeLimit) värden), troligen av alias (*namn) som upprepas",
                hint: "skriv ut värdena direkt i stället för att använda ankare (&) och alias (*)")
            return .failed
        }
    }

    private static func report(
        _ error: YamlError, text: String, lineOffset: Int, rulePrefix: String, log: inout DiagnosticCollector
    ) {
        let rule = "\(rulePrefix).yaml"
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            let (message, hint) = YAMLProblem.explain(problem)
            log.error(rule, line: mark.line + lineOffset, column: mark.column, message, hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            log.error(
                rule, line: context.mark.line + lineOffset, column: context.mark.column,
                "nyckeln \(names) förekommer mer än en gång", hint: "ta bort eller byt namn på den ena")
        case .reader(let problem, let offset, _, _):
            var line = lineOffset + 1
            var column = 1
            if let offset, offset <= text.count {
                let before = text.prefix(offset)
                line = before.count { $0 == "\n" } + lineOffset + 1
                column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            }
            log.error(rule, line: line, column: column, "ogiltigt tecken i YAML (\(problem))",
                hint: "ta bort osynliga styrtecken")
        default:
            log.error(rule, line: lineOffset + 1, "ogiltig YAML: \(error)")
        }
    }

    private struct LimitExceeded: Error {}

    private struct Converter {
        let lineOffset: Int
        let rulePrefix: String
        var remaining = YAMLReader.nodeLimit

        mutating func convert(_ node: Node, log: inout DiagnosticCollector) throws(LimitExceeded) -> YAMLNode {
            remaining -= 1
            if remaining < 0 { throw LimitExceeded() }
            let (line, column) = ((node.mark?.line ?? 1) + lineOffset, node.mark?.column ?? 1)
            switch node {
            case .scalar(let scalar):
                return YAMLNode(content: .scalar(scalar.string, plain: scalar.style == .plain), line: line, column: column)
            case .sequence(let sequence):
                var items: [YAMLNode] = []
                for item in sequence { items.append(try convert(item, log: &log)) }
                return YAMLNode(content: .sequence(items), line: line, column: column)
            case .mapping(let mapping):
                var entries: [YAMLEntry] = []
                for (key, value) in mapping {
                    let (keyLine, keyColumn) = (key.mark.map { $0.line + lineOffset } ?? line, key.mark?.column ?? column)
                    guard case .scalar(let keyScalar) = key else {
                        log.error(
                            "\(rulePrefix).yaml", line: keyLine, column: keyColumn,
                            "en nyckel måste vara ett enkelt ord, inte en lista eller tabell")
                        continue
                    }
                    let converted = try convert(value, log: &log)
                    entries.append(YAMLEntry(
                        key: keyScalar.string, keyLine: keyLine, keyColumn: keyColumn,
                        value: converted))
                }
                return YAMLNode(content: .mapping(entries), line: line, column: column)
            case .alias:
                // The composer resolves aliases; an unresolved one is treated as null.
                return YAMLNode(content: .scalar("", plain: true), line: line, column: column)
            }
        }
    }
}
