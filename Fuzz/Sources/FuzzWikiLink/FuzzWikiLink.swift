import FuzzDriver
import Markdown

/// The wiki-link scanner: `[[…]]` on cmark's inlines, with escapes read back from the source,
/// shortcut reference links between brackets, emphasis, code spans and line breaks; then every
/// found link relabelled, unlinked or kept, and the tree rendered.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWikiLink(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = WikiLinkSyntax(inner: text)
    let options = MarkdownOptions(safe: true, headingIDs: false, tables: false, wikiLinks: true)
    let document = MarkdownDocument(text, sourceFile: "fuzz.md", lineOffset: 2, options: options)
    let wikiLinks = document.links.filter { $0.wiki != nil }
    let openers = text.utf8.indices.filter { text.utf8[$0] == UInt8(ascii: "[") }.count
    if wikiLinks.count * 2 > openers { fatalError("more wiki links than [[ in the text") }
    for link in wikiLinks {
        if link.location.line < 3 { fatalError("wiki link placed above the Markdown") }
    }
    document.applyLinks { index, link in
        guard link.wiki != nil else { return .keep }
        switch index % 3 {
        case 0: return .replace(url: "../x/index.html", text: "<Titel & \"x\">")
        case 1: return .unlink
        default: return .keep
        }
    }
    let html = document.renderHTML()
    if html.contains("<Titel") { fatalError("a wiki-link title reached the HTML unescaped") }
    _ = document.plainText
    return 0
}

@_cdecl("FuzzWikiLink_main")
public func fuzzWikiLinkMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    kb_fuzz_main(argc, argv, fuzzWikiLink)
}
