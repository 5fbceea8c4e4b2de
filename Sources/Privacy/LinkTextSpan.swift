import Content
import Markdown

/// Where the text of a link or the alt text of an image stands in a page's body, so that a
/// finding there can say so: alt texts are easy to forget, and screen readers read them aloud.
struct LinkTextSpan: Sendable {
    /// Between the brackets, in `page.body`.
    var range: Range<String.Index>
    var isImage: Bool

    /// The spans of every link and image cmark finds in a page's body (`lineOffset`: the file
    /// lines before it). It parses the body, so it is asked only when a finding needs its place.
    static func spans(inBody body: String, file: String, lineOffset: Int) -> [LinkTextSpan] {
        guard body.contains("[") else { return [] }
        let document = MarkdownDocument(body, sourceFile: file, lineOffset: lineOffset, options: .plainCommonMark)
        let lines = TextLines(body)
        return document.links.compactMap { link in
            let line = lines.line(link.location.line - lineOffset)
            guard var index = line.index(line.startIndex, offsetBy: link.location.column - 1, limitedBy: line.endIndex)
            else { return nil }
            if link.isImage {
                guard index < body.endIndex, body[index] == "!" else { return nil }
                index = body.index(after: index)
            }
            guard index < body.endIndex, body[index] == "[" else { return nil }
            let start = body.index(after: index)
            guard let end = closingBracket(in: body, from: start) else { return nil }
            return LinkTextSpan(range: start..<end, isImage: link.isImage)
        }
    }

    /// The `]` that closes the bracket opened just before `start`, skipping escapes and nested pairs.
    private static func closingBracket(in text: String, from start: String.Index) -> String.Index? {
        var depth = 1
        var index = start
        while index < text.endIndex {
            switch text[index] {
            case "\\":
                index = text.index(after: index)
                if index == text.endIndex { return nil }
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }
}
