import FuzzDriver
import Markdown

/// The whole page pipeline of the Markdown target: parse with every addition on, list headings and
/// links, rewrite every link, render safe HTML and plain text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let document = MarkdownDocument(text, sourceFile: "fuzz.md", lineOffset: 3, readDataFile: { _ in "a,b\n1,2\n" })
    _ = document.headings
    document.rewriteLinks { link in link.destination.isEmpty ? nil : "x/" + link.destination }
    let html = document.renderHTML()
    if html.contains("<script") { fatalError("script survived safe mode") }
    _ = document.plainText
    return 0
}

@_cdecl("FuzzPage_main")
public func fuzzPageMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    kb_fuzz_main(argc, argv, fuzzPage)
}
