import Foundation
import SiteCore

/// Turns a file's bytes into text: UTF-8 only, byte order mark removed, line ends made `\n`.
///
/// Windows line ends (CRLF) and old Mac ones (lone CR) are normalised silently: Notepad and Excel
/// write them by default, nothing is wrong with such a file, and a warning nobody can act on
/// teaches writers to skip warnings.
enum SourceTextDecoder {
    struct Decoded: Sendable {
        /// Nil when the file cannot be read as UTF-8 (an error is among the diagnostics).
        var text: String?
        var diagnostics: [Diagnostic]
    }

    static func decode(_ data: [UInt8], file: String) -> Decoded {
        var log = DiagnosticCollector(file: file)
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
            log.warning(
                "encoding.bom", "filen börjar med ett BOM-tecken (byte order mark); det tas bort",
                hint: "spara filen som UTF-8 utan BOM")
        } else if let wide = wideEncoding(of: bytes) {
            log.error(
                "encoding.not-utf8", "filen är sparad som \(wide), inte UTF-8",
                hint: "spara som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8)")
            return Decoded(text: nil, diagnostics: log.diagnostics)
        }
        let normalised = normaliseLineEnds(bytes)
        // The common case, valid UTF-8, is checked by the standard library's fast validator.
        if let text = String(validating: normalised, as: UTF8.self) {
            return Decoded(text: text, diagnostics: log.diagnostics)
        }
        if let bad = firstInvalidOffset(Array(normalised)) {
            let (line, column) = position(of: bad, in: Array(normalised))
            log.error(
                "encoding.invalid-utf8", line: line, column: column,
                "ogiltig UTF-8 (byte 0x\(String(normalised[normalised.startIndex + bad], radix: 16, uppercase: true)))",
                hint: "filen verkar vara sparad i en äldre teckenkodning (t.ex. Windows-1252); spara som UTF-8")
            return Decoded(text: nil, diagnostics: log.diagnostics)
        }
        return Decoded(text: String(decoding: normalised, as: UTF8.self), diagnostics: log.diagnostics)
    }

    private static func wideEncoding(of bytes: ArraySlice<UInt8>) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return "UTF-32"
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }

    /// The bytes themselves (no copy) when they hold no CR.
    private static func normaliseLineEnds(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let hasCR = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false
        }
        guard hasCR else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
            } else {
                if !(byte == 0x0A && previousWasCR) { out.append(byte) }
                previousWasCR = false
            }
        }
        return out[...]
    }

    /// The offset of the first byte that starts an ill-formed sequence.
    private static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// 1-based line and character column of a byte offset in valid text before it.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let line = before.count { $0 == 0x0A } + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (line, column)
    }
}
