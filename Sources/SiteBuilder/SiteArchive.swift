import Foundation
import SiteCore

/// The site as one zip file for upload to a municipal web (`kunskapsbank build --zip`): the same
/// files as the output folder, at the archive's root, in path order, every entry dated with the
/// bank's `senast-uppdaterad` so the same content always gives the same bytes. Entries are stored
/// without compression: Foundation on Linux offers no deflate, the site is small (DRIVE: 1,4 MB),
/// and a stored zip is read by every unpacker a web editor may have.
struct SiteArchive {
    let files: [OutputFile]
    /// `YYYY-MM-DD`; nil dates the entries 1 January 1980, the earliest a zip can say.
    let date: String?

    /// Writes the archive beside, never inside, the site; returns a diagnostic on failure.
    func write(to path: String) -> Diagnostic? {
        do {
            let data = try archive()
            let temporary = path + ".ny-\(ProcessInfo.processInfo.processIdentifier)"
            try data.write(to: URL(fileURLWithPath: temporary))
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
            return nil
        } catch {
            return Diagnostic(
                .error, at: SourceLocation(file: path), rule: "output.archive",
                "kunde inte skriva zip-filen: \(error.localizedDescription)",
                hint: "webbplatsen är skriven; kontrollera diskutrymme och behörigheter")
        }
    }

    struct TooLarge: LocalizedError {
        var errorDescription: String? { "webbplatsen är för stor för en zip-fil utan zip64 (högst 65 535 filer och 4 GB)" }
    }

    /// The zip bytes: a local header and the data of each file, then the central directory.
    func archive() throws -> Data {
        let (time, day) = dosTimestamp()
        var out = Data()
        var central = Data()
        var count = 0
        for file in files.sorted(by: { $0.path < $1.path }) {
            let body: Data
            switch file.body {
            case .text(let text): body = Data(text.utf8)
            case .bytes(let bytes): body = Data(bytes)
            case .copy(let source): body = try Data(contentsOf: URL(fileURLWithPath: source))
            }
            let name = Data(file.path.utf8)
            let crc = CRC32.checksum(body)
            guard out.count < UInt32.max - 1, body.count < UInt32.max - 1, count < 0xFFFF else { throw TooLarge() }
            let offset = UInt32(out.count)
            // Local file header: version 1.0, UTF-8 names (bit 11), stored.
            out.append(le32: 0x0403_4B50); out.append(le16: 10); out.append(le16: 0x0800); out.append(le16: 0)
            out.append(le16: time); out.append(le16: day); out.append(le32: crc)
            out.append(le32: UInt32(body.count)); out.append(le32: UInt32(body.count))
            out.append(le16: UInt16(name.count)); out.append(le16: 0)
            out.append(name); out.append(body)
            // Central directory entry: made by Unix 3.0, file mode 0644.
            central.append(le32: 0x0201_4B50); central.append(le16: 0x031E); central.append(le16: 10)
            central.append(le16: 0x0800); central.append(le16: 0); central.append(le16: time); central.append(le16: day)
            central.append(le32: crc); central.append(le32: UInt32(body.count)); central.append(le32: UInt32(body.count))
            central.append(le16: UInt16(name.count)); central.append(le16: 0); central.append(le16: 0)
            central.append(le16: 0); central.append(le16: 0); central.append(le32: 0o100644 << 16)
            central.append(le32: offset); central.append(name)
            count += 1
        }
        guard out.count < UInt32.max - 1 else { throw TooLarge() }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.append(le32: 0x0605_4B50); out.append(le16: 0); out.append(le16: 0)
        out.append(le16: UInt16(count)); out.append(le16: UInt16(count))
        out.append(le32: UInt32(central.count)); out.append(le32: centralOffset); out.append(le16: 0)
        return out
    }

    /// MS-DOS time and date fields: noon of the configured day (noon, so no time zone moves the day).
    private func dosTimestamp() -> (time: UInt16, date: UInt16) {
        guard let date, let day = ISODay.parse(date), day.year >= 1980, day.year <= 2107 else { return (0, 0x21) }
        return (UInt16(12 << 11), UInt16((day.year - 1980) << 9 | day.month << 5 | day.day))
    }
}

/// The CRC-32 of zip (polynomial 0xEDB88320).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    fileprivate mutating func append(le16 value: UInt16) { append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8)]) }
    fileprivate mutating func append(le32 value: UInt32) {
        append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)])
    }
}
