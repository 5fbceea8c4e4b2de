import Foundation
import SiteCore

/// Reads one file under `data/` as UTF-8 text.
enum DataFileReader {
    struct Result: Sendable {
        var file: DataFile?
        var diagnostics: [Diagnostic]
    }

    static func read(_ file: BankFile) -> Result {
        guard let data = FileBytes.read(file.absolutePath) else {
            return Result(file: nil, diagnostics: [unreadable(file)])
        }
        let decoded = SourceTextDecoder.decode(data, file: file.display)
        let dataFile = decoded.text.map { DataFile(relativePath: file.relativePath, text: $0, source: file.display) }
        return Result(file: dataFile, diagnostics: decoded.diagnostics)
    }

    static func unreadable(_ file: BankFile) -> Diagnostic {
        Diagnostic(
            .error, at: SourceLocation(file: file.display), rule: "content.unreadable",
            "filen \(file.display) går inte att läsa", hint: "kontrollera filens behörigheter")
    }
}
