import Content
import Foundation
import SiteCore

/// One text the privacy rules read: a page's front matter or body, a data file, a file name or a
/// copied text file, with how its lines map to the file's and where authors annotate.
struct PrivacyInput: Sendable {
    enum Place: Sendable {
        case frontMatter
        /// A page's Markdown body.
        case body
        case data
        /// `text` is the path inside the bank; columns count from the start of the display path.
        case fileName
        case copiedFile
    }

    /// Display path (`content/fall/fall-07.md`).
    var file: String
    var text: String
    /// File line of the text's line 1, minus one.
    var lineOffset: Int
    var place: Place
    /// Whether the text belongs to a case learning (rule 2 applies).
    var isCase: Bool
    /// Characters of the display path before the text (file names only).
    var columnOffset = 0

    var style: Acceptance.Style {
        switch place {
        case .frontMatter, .data: .hash
        case .body: .markdown
        case .fileName: .none
        case .copiedFile: Self.markupExtensions.contains(Self.fileExtension(file)) ? .markdown : .hash
        }
    }

    func location(_ position: (line: Int, column: Int)) -> SourceLocation {
        SourceLocation(file: file, line: position.line + lineOffset, column: position.column + columnOffset)
    }

    /// Where in the file a finding at `range` stands, in words (`i bildens alt-text`).
    func placeName(of range: Range<String.Index>, lines: TextLines) -> String {
        switch place {
        case .frontMatter:
            let key = frontMatterKey(onLine: lines.position(of: range.lowerBound).line, lines: lines)
            return key.map { "i front matter, fältet \($0)" } ?? "i front matter"
        case .body:
            let links = LinkTextSpan.spans(inBody: text, file: file, lineOffset: lineOffset)
            guard let link = links.first(where: { $0.range.contains(range.lowerBound) }) else { return "i texten" }
            return link.isImage ? "i bildens alt-text" : "i länktexten"
        case .data: return "i datafilen"
        case .fileName: return "i filnamnet"
        case .copiedFile: return "i filen"
        }
    }

    /// The top-level front-matter key whose value holds `line`.
    func frontMatterKey(onLine line: Int, lines: TextLines) -> String? {
        var number = line
        while number >= 1 {
            let text = lines.line(number)
            if let first = text.first, !first.isWhitespace, first != "#", first != "-", let colon = text.firstIndex(of: ":") {
                return String(text[..<colon]).trimmingCharacters(in: .whitespaces)
            }
            number -= 1
        }
        return nil
    }

    static let markupExtensions: Set<String> = ["html", "htm", "svg", "xml"]
    /// Files copied as they are whose text is read too.
    static let textExtensions: Set<String> = markupExtensions.union(["txt", "json", "csv", "tsv", "yml", "yaml", "css", "js"])

    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

extension PrivacyInput {
    /// Every input of the bank: pages (file name, front matter, body), data files, and files
    /// copied as they are (name, and text when they are text). `skipping` is left out (the
    /// protected-words list, when it wrongly lies inside the bank).
    static func collect(
        _ bank: LoadedBank, caseSections: Set<String>, contentFolder: String, skipping: String?
    ) -> [PrivacyInput] {
        var inputs = parallelMap(chunks(bank.pages, count: ProcessInfo.processInfo.activeProcessorCount * 8)) { pages in
            var inputs: [PrivacyInput] = []
            for page in pages {
                let isCase = page.kind == .regular && page.section.map(caseSections.contains) ?? false
                inputs.append(fileName(page.source, relativePath: page.relativePath, isCase: isCase))
                if !page.frontMatter.isEmpty {
                    inputs.append(PrivacyInput(file: page.source, text: page.frontMatter, lineOffset: 1, place: .frontMatter, isCase: isCase))
                }
                inputs.append(PrivacyInput(
                    file: page.source, text: page.body, lineOffset: page.bodyLineOffset,
                    place: .body, isCase: isCase))
            }
            return inputs
        }.flatMap { $0 }
        for file in bank.dataFiles where file.relativePath != skipping {
            inputs.append(fileName(file.source, relativePath: file.relativePath, isCase: false))
            inputs.append(PrivacyInput(file: file.source, text: file.text, lineOffset: 0, place: .data, isCase: false))
        }
        for file in bank.staticFiles where file.relativePath != skipping {
            let display = contentFolder == "/" ? "/" + file.relativePath : contentFolder + "/" + file.relativePath
            inputs.append(fileName(display, relativePath: file.relativePath, isCase: false))
            guard textExtensions.contains(fileExtension(file.relativePath)),
                let data = FileManager.default.contents(atPath: file.absolutePath), data.count < 16 << 20
            else { continue }
            let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            inputs.append(PrivacyInput(file: display, text: text, lineOffset: 0, place: .copiedFile, isCase: false))
        }
        return inputs
    }

    private static func fileName(_ display: String, relativePath: String, isCase: Bool) -> PrivacyInput {
        PrivacyInput(
            file: display, text: relativePath, lineOffset: 0, place: .fileName, isCase: isCase,
            columnOffset: max(display.count - relativePath.count, 0))
    }
}
