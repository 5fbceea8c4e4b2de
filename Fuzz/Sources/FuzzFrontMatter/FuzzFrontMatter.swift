import FuzzDriver
@testable import Content
import SiteCore

/// Bytes of a page file through decoding (UTF-8, BOM, line ends), the front-matter splitter, the
/// YAML reader and the schema validator of a section with every field type.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let decoded = SourceTextDecoder.decode(bytes, file: "fuzz.md")
    guard let text = decoded.text else { return 0 }
    var log = DiagnosticCollector(file: "fuzz.md")
    log.setText(text)
    guard case .found(let yaml, _, _) = FrontMatter.split(text) else { return 0 }
    guard case .document(let node) = YAMLReader.read(yaml, lineOffset: 1, rulePrefix: "front-matter", log: &log),
        let entries = node.entries
    else { return 0 }
    var references: [ReferenceUse] = []
    _ = FrontMatterValidator(fields: FuzzSchema.fields, context: "fuzz").validate(entries, log: &log, references: &references)
    return 0
}

enum FuzzSchema {
    static let fields: [FieldSchema] = [
        FieldSchema(key: "titel", label: "Titel", type: .text, required: true),
        FieldSchema(key: "tal", label: "Tal", type: .number, min: 1, max: 5),
        FieldSchema(key: "manad", label: "Månad", type: .month),
        FieldSchema(key: "datum", label: "Datum", type: .date),
        FieldSchema(key: "val", label: "Val", type: .choice, choices: [Choice(key: "a", label: "A"), Choice(key: "b", label: "B")]),
        FieldSchema(key: "lista", label: "Lista", type: .list, referenceSection: "metoder"),
        FieldSchema(key: "referens", label: "Referens", type: .reference, referenceSection: "trappan"),
    ]
}

@_cdecl("FuzzFrontMatter_main")
public func fuzzFrontMatterMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    kb_fuzz_main(argc, argv, fuzzFrontMatter)
}
