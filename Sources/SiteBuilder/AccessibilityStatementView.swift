import SiteCore

/// The view of `/tillganglighet/` (template `tillganglighet`): DIGG's model text with the bank's
/// own facts filled in. Sentences come from the theme's strings with `{namn}` placeholders, so an
/// English bank gets an English statement.
struct AccessibilityStatementView {
    let statement: AccessibilityStatement
    let builder: PageView

    static let path = PageView.accessibilityPath

    func make() -> [String: Any] {
        let context = builder.context
        let values = [
            "organisation": statement.organisation, "webbplats": statement.siteName, "adress": statement.siteURL,
            "standard": statement.standard, "metod": statement.assessmentMethod,
        ]
        func text(_ key: String, _ extra: [String: String] = [:]) -> String {
            Self.fill(context.string(key, key), values.merging(extra) { _, new in new })
        }
        var view = builder.base(
            title: context.string("statementTitle", "Tillgänglighetsredogörelse"), summary: text("statementSummary"),
            bodyHTML: "", section: nil, trail: [], published: statement.published, updated: statement.updated)
        let (status, how): (String, String) = switch statement.compliance {
        case .full: ("statementStatusFull", "statementHowFull")
        case .partial: ("statementStatusPartial", "statementHowPartial")
        case .none: ("statementStatusNone", "statementHowNone")
        }
        let groups: [[String: Any]] = AccessibilityStatement.Reason.allCases.compactMap { reason in
            let items = statement.shortcomings.filter { $0.reason == reason }
            guard !items.isEmpty else { return nil }
            let key: String = switch reason {
            case .nonCompliance: "statementReasonNonCompliance"
            case .disproportionateBurden: "statementReasonBurden"
            case .outOfScope: "statementReasonOutOfScope"
            }
            return [
                "title": context.string(key, reason.rawValue),
                "items": items.map { ["description": $0.description, "alternative": $0.alternative ?? ""] as [String: Any] },
            ]
        }
        view["statement"] = [
            "intro": text("statementIntro"),
            "appliesTo": text("statementAppliesTo"),
            "siteURL": statement.siteURL,
            "howAccessible": text(how),
            "status": text(status),
            "standard": text("statementStandard"),
            "alternativeText": text("statementAlternativeText"),
            "versionsContact": contact(statement.versionsContact, text: text),
            "reportText": text("statementReportText"),
            "contact": contact(statement.contact, text: text),
            "supervisionText": text("statementSupervisionText"),
            "complaintURL": AccessibilityStatement.complaintURL,
            "commitment": text("statementCommitment"),
            "groups": groups,
            "method": text("statementMethod"),
            "assessed": text("statementAssessed", ["datum": FieldFormatting.isoDate(statement.assessmentDate)]),
            "published": statement.published.map { text("statementPublished", ["datum": FieldFormatting.isoDate($0)]) } ?? "",
            "updated": text("statementUpdated", ["datum": FieldFormatting.isoDate(statement.updated)]),
        ] as [String: Any]
        return view
    }

    private func contact(_ contact: AccessibilityStatement.Contact, text: (String, [String: String]) -> String) -> [String: Any] {
        var view: [String: Any] = [:]
        if let email = contact.email {
            view["email"] = email
            view["emailURL"] = "mailto:" + email
        }
        if let phone = contact.phone {
            view["phone"] = phone
            view["phoneURL"] = "tel:" + phone.filter { $0.isNumber || $0 == "+" }
        }
        if let time = contact.responseTime { view["responseTime"] = text("statementResponseTime", ["svarstid": time]) }
        return view
    }

    /// Replaces `{name}` with the value of `name`; unknown names stay as they are.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { return out + rest[open...] }
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
