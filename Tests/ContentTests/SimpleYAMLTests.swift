import Foundation
import SiteTesting
import Testing
@testable import Content

/// The fast path for plain front matter gives exactly Yams' tree — values, plain or quoted,
/// lines and columns — for every document it takes, and takes the plain ones.
@Suite struct SimpleYAMLTests {
    static func describe(_ node: YAMLNode) -> String {
        let place = "@\(node.line):\(node.column)"
        switch node.content {
        case .scalar(let text, let plain): return "\(plain ? "plain" : "quoted")(\(text.debugDescription))\(place)"
        case .sequence(let items): return "[\(items.map(describe).joined(separator: ", "))]\(place)"
        case .mapping(let entries):
            return "{\(entries.map { "\($0.key)@\($0.keyLine):\($0.keyColumn)=\(describe($0.value))" }.joined(separator: ", "))}\(place)"
        }
    }

    /// Documents where the fast path differs from Yams, and how many it took.
    static func differences(_ documents: [String]) -> (differences: [String], taken: Int) {
        var differences: [String] = []
        var taken = 0
        for document in documents {
            guard let fast = SimpleYAML.parse(document, lineOffset: 1) else { continue }
            taken += 1
            var log = DiagnosticCollector(file: "f.md", text: document)
            let outcome = YAMLReader.read(document, lineOffset: 1, rulePrefix: "front-matter", log: &log, simple: false)
            guard case .document(let node) = outcome, log.diagnostics.isEmpty else {
                differences.append("\(document.debugDescription): Yams gives \(outcome), \(log.diagnostics.map { $0.formatted() })")
                continue
            }
            if describe(node) != describe(fast) {
                differences.append("\(document.debugDescription):\n  yams \(describe(node))\n  fast \(describe(fast))")
            }
        }
        return (differences, taken)
    }

    @Test(arguments: ["content", "Tests/Fixtures/hostile/content"])
    func fastPathAgreesWithYamsOnEveryFrontMatterOfABank(folder: String) {
        let root = SiteTesting.repositoryRoot + "/" + folder
        var documents: [String] = []
        for path in (FileManager.default.subpaths(atPath: root) ?? []).sorted() where path.hasSuffix(".md") || path.hasSuffix(".yml") {
            guard let data = FileManager.default.contents(atPath: root + "/" + path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            let yaml: String
            if case .found(let found, _, _) = FrontMatter.split(text) { yaml = found } else { yaml = text }
            documents.append(yaml)
            // Each line alone, and each run of lines up to the first that is not plain.
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            documents += lines
            documents += lines.indices.map { lines[...$0].joined(separator: "\n") }
        }
        let (differences, taken) = Self.differences(documents)
        #expect(differences.isEmpty, "\(differences.prefix(5).joined(separator: "\n"))")
        #expect(taken > 20)
    }

    static let keys = ["titel", "title", "age_band", "slug-id", "x", "_a", "Datum", "a1", "1a", "-a", "ä", "a b", "a:b", "titel"]
    static let values = [
        "SAMBA", "Emmaboda", "2022-12-25", "9", "Fall 1", "Väntan på beslut", "a.b/c (d)", "\"19-24\"",
        "\"Fall 1: sysselsättning i Emmaboda (SAMBA)\"", "\"a\\\"b\"", "\"a\\nb\"", "\"\"", "\"a#b\"", "\"tab\tx\"",
        "[a, b, c]", "[kartlaggning]", "[a,b]", "[a , b]", "[]", "[a, [b]]", "[-a]", "[a-b, c_d]", "[å]", "a: b", "a #b",
        "a#b", "a  b", "a ", " a", "", "null", "~", "yes", "&x a", "*x", "!tag a", "|", ">-", "'q'", "@a", "`a`", "%a",
        "a\u{A0}b", "a\u{2028}b", "a\u{85}b", "a\u{FEFF}b", "😀 x", "–", "a\tb", "-", "- a", "? a", "{a: b}", "a,b",
        "a]b", "a}b", "\u{301}a", "é\u{301}", "x:", "a:", "http://x.se", "a?b", "a!b", "a'b", "\"a'b\"",
    ]

    /// Lines after `key: >-`: the folded text DRIVE writes, and what the fast path must leave to Yams.
    static let blockLines = [
        "  En ung vuxen fick stöd,", "  och # ingen: kommentar", "  - a", "  [a, b]", "  \"q\" 'r'", "   djupare",
        " mindre", "  ", "", "  tab\tx", "  slut ", "\t  x", "  a\u{2028}b", "  ---", "  ...", "k: v", "  ä😀",
    ]

    @Test func fastPathAgreesWithYamsOnPseudoRandomDocuments() {
        var state: UInt64 = 2_012
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var documents: [String] = []
        for _ in 0..<3000 {
            var lines: [String] = []
            for _ in 0..<(1 + next(6)) {
                switch next(12) {
                case 0: lines.append(["", "# kommentar", "  fortsättning", "- a", "---", "..."][next(6)])
                case 1: lines.append(Self.keys[next(Self.keys.count)] + [":", ":  ", ":\t", " :"][next(4)] + Self.values[next(Self.values.count)])
                case 2, 3, 4: lines.append(Self.keys[next(Self.keys.count)] + ": " + Self.values[next(Self.values.count)])
                case 5:
                    lines.append("k\(lines.count): >-")
                    for _ in 0..<(1 + next(3)) { lines.append(Self.blockLines[next(Self.blockLines.count)]) }
                // Mostly the plain values the fast path takes, under distinct keys.
                default: lines.append("k\(lines.count): " + Self.values[next(12)])
                }
            }
            documents.append(lines.joined(separator: "\n") + (next(10) == 0 ? "\n" : ""))
        }
        let (differences, taken) = Self.differences(documents)
        #expect(differences.isEmpty, "\(differences.count): \(differences.prefix(5).joined(separator: "\n"))")
        #expect(taken > 300, "the fast path takes the plain documents")
    }

    @Test(arguments: [
        ("title: \"Fall\"\nweight: 9\nmethods: [a, b]", true), ("titel: a\n  b", false), ("titel: a # not a comment?", false),
        ("titel: a\ntitel: b", false), ("titel: >-\n  text\n  mer", true), ("titel: >-\n  a\n   b", false),
        ("titel: >-\n  a\n\n  b", false), ("titel: >\n  text", false), ("titel: |-\n  text", false), ("titel: >-", false),
        ("titel: \">-\"\nx: a", true), ("titel: >-\n  a \n  b", false), ("titel:", false),
    ])
    func fastPathTakesOnlyPlainDocuments(document: String, taken: Bool) {
        #expect((SimpleYAML.parse(document, lineOffset: 1) != nil) == taken)
    }

    /// Short mappings look for a repeated key among the keys before it, long ones in a set.
    @Test(arguments: [3, 15, 16, 17, 40])
    func aRepeatedKeyGoesToYamsAtAnyLength(keyCount: Int) {
        let lines = (0..<keyCount).map { "k\($0): v" }
        #expect(SimpleYAML.parse(lines.joined(separator: "\n"), lineOffset: 1) != nil)
        for repeated in [0, keyCount - 1] {
            let document = (lines + ["k\(repeated): w"]).joined(separator: "\n")
            #expect(SimpleYAML.parse(document, lineOffset: 1) == nil, "k\(repeated) repeated after \(keyCount) keys")
        }
    }
}
