import FuzzDriver
@testable import Markdown

/// The contents of a ```tabell block: option lines, CSV (quotes, separators), data-file lookups.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTabell(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let table = TabellBlock(literal: text, fenceLine: 1, fenceColumn: 1, readDataFile: { path in
        path == "data/x.csv" ? "a,b\n1,2\n" : nil
    })
    _ = table.html
    return 0
}

@_cdecl("FuzzTabell_main")
public func fuzzTabellMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    kb_fuzz_main(argc, argv, fuzzTabell)
}
