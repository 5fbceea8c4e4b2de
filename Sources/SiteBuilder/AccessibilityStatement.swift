import Content
import SiteCore

/// The accessibility statement required by the Swedish law on accessible digital public service
/// (DOS-lagen), with the fields of DIGG's model statement, read from the `tillganglighet:` section
/// of `kunskapsbank.yml`.
struct AccessibilityStatement: Sendable {
    static let configKey = "tillganglighet"

    /// How far the site complies with the law (DIGG's three levels).
    enum Compliance: String, Sendable, CaseIterable {
        case full = "helt"
        case partial = "delvis"
        case none = "inte"
    }

    /// Why a part of the site is not accessible: DIGG's three headings.
    enum Reason: String, Sendable, CaseIterable {
        case nonCompliance = "bristande-forenlighet"
        case disproportionateBurden = "oskaligt-betungande"
        case outOfScope = "undantag"
    }

    struct Shortcoming: Sendable {
        var description: String
        var reason: Reason
        var alternative: String?
    }

    struct Contact: Sendable {
        var email: String?
        var phone: String?
        var responseTime: String?
    }

    var organisation: String
    var siteName: String
    var siteURL: String
    var compliance: Compliance
    var standard: String
    var shortcomings: [Shortcoming]
    /// `YYYY-MM-DD`.
    var assessmentDate: String
    var assessmentMethod: String
    /// `YYYY-MM-DD`.
    var updated: String
    /// `YYYY-MM-DD`, when known.
    var published: String?
    var contact: Contact
    var versionsContact: Contact

    static let complaintURL = "https://www.digg.se/tdosanmalan"
}

/// `YYYY-MM-DD` dates compared as numbers, so that no clock or time zone takes part.
enum ISODay {
    static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return (year, month, day)
    }

    /// Whether `earlier` lies more than one year before `later` (2025-11-25 is not, 2025-11-24 is,
    /// before 2026-11-25).
    static func isMoreThanAYear(_ earlier: String, before later: String) -> Bool {
        guard let a = parse(earlier), let b = parse(later) else { return false }
        return (a.year + 1, a.month, a.day) < (b.year, b.month, b.day)
    }
}
