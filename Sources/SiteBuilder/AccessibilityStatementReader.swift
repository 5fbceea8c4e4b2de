import Content
import SiteCore

/// Reads `tillganglighet:` into an `AccessibilityStatement`. A missing required field is an error
/// at the section (or the field's parent); an assessment more than a year older than the site's
/// `senast-uppdaterad` is a warning. The year is counted from that configured date, not from the
/// build clock, so the same content always gives the same build.
struct AccessibilityStatementReader {
    let file: String
    let site: SiteSettings
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, site: SiteSettings) {
        self.file = file
        self.site = site
    }

    static let keys = [
        "organisation", "webbplats", "adress", "efterlevnad", "standard", "brister", "bedomning",
        "senast-uppdaterad", "publicerad", "kontakt", "tillgangliga-versioner",
    ]

    mutating func read(_ node: YAMLNode) -> AccessibilityStatement? {
        guard let entries = node.entries else {
            error(node, "tillganglighet ska vara en tabell med nycklar, inte \(node.kindName)",
                  hint: "skriv fälten indragna under tillganglighet:, till exempel efterlevnad: delvis")
            return nil
        }
        warnUnknown(entries, allowed: Self.keys, parent: "tillganglighet")
        let organisation = text(node, "organisation") ?? nonEmpty(site.organisation)
        let siteName = text(node, "webbplats") ?? nonEmpty(site.title)
        var address = text(node, "adress") ?? site.baseURL
        if let given = address, !URLSafety.isWebAddress(given) {
            error(node["adress"] ?? node, "adress ska vara en webbadress som börjar med https://, inte \"\(given)\"",
                  hint: "adress: https://www.kommun.se/kunskapsbank/")
            address = nil
        }
        let compliance = choice(node, "efterlevnad", AccessibilityStatement.Compliance.self)
        let standard = text(node, "standard")
        let updated = date(node, "senast-uppdaterad")
        let published = date(node, "publicerad") ?? site.published
        let assessment = node["bedomning"]
        let assessmentDate = assessment.flatMap { date($0, "datum") }
        let assessmentMethod = assessment.flatMap { text($0, "metod") }
        if let assessment { warnUnknown(assessment.entries ?? [], allowed: ["datum", "metod"], parent: "bedomning") }
        let contact = node["kontakt"].flatMap { readContact($0, name: "kontakt") }
        let versions = node["tillgangliga-versioner"].flatMap { readContact($0, name: "tillgangliga-versioner") }
        let shortcomings = readShortcomings(node["brister"])

        var missing: [(String, String)] = []
        if organisation == nil { missing.append(("organisation", "organisation: Nybro kommun (eller webbplats: organisation:)")) }
        if siteName == nil { missing.append(("webbplats", "webbplats: Kunskapsbank DRIVE")) }
        if address == nil, node["adress"] == nil { missing.append(("adress", "adress: https://www.example.se/kunskapsbank/ (eller webbplats: bas-url:)")) }
        if compliance == nil, node["efterlevnad"] == nil { missing.append(("efterlevnad", "efterlevnad: delvis (helt, delvis eller inte)")) }
        if standard == nil { missing.append(("standard", "standard: WCAG 2.1 nivå AA (EN 301 549 v.3.2.1)")) }
        if assessment == nil {
            missing.append(("bedomning", "bedomning: { datum: \"2026-11-20\", metod: Självskattning }"))
        } else {
            if assessmentDate == nil, assessment?["datum"] == nil { missing.append(("bedomning: datum", "datum: \"2026-11-20\"")) }
            if assessmentMethod == nil { missing.append(("bedomning: metod", "metod: Självskattning (intern testning)")) }
        }
        if updated == nil, node["senast-uppdaterad"] == nil { missing.append(("senast-uppdaterad", "senast-uppdaterad: \"2026-11-25\"")) }
        if node["kontakt"] == nil { missing.append(("kontakt", "kontakt: { e-post: …, telefon: … }")) }
        for (field, example) in missing {
            error(node, "tillgänglighetsredogörelsen saknar \(field)", hint: "lägg till \(example)", rule: "statement.missing-field")
        }
        if compliance != nil, compliance != .full, shortcomings.isEmpty {
            let at = node["efterlevnad"] ?? node
            error(at, "efterlevnad är \(compliance?.rawValue ?? "") men inga brister är beskrivna",
                  hint: "lägg till brister: med beskrivning:, orsak: och alternativ: för varje känd brist", rule: "statement.missing-field")
        }
        if let assessmentDate, let reference = site.updated ?? updated,
            ISODay.isMoreThanAYear(assessmentDate, before: reference), let dateNode = assessment?["datum"]
        {
            diagnostics.append(Diagnostic(
                .warning, at: location(dateNode), rule: "statement.old-assessment",
                "bedömningen av tillgängligheten gjordes \(assessmentDate), mer än ett år före \(reference)",
                hint: "gör en ny bedömning och uppdatera bedomning: datum (DIGG rekommenderar minst en gång om året)"))
        }
        guard let organisation, let siteName, let address, let compliance, let standard, let updated,
            let assessmentDate, let assessmentMethod, let contact, !diagnostics.hasErrors
        else { return nil }
        return AccessibilityStatement(
            organisation: organisation, siteName: siteName, siteURL: address, compliance: compliance,
            standard: standard, shortcomings: shortcomings, assessmentDate: assessmentDate,
            assessmentMethod: assessmentMethod, updated: updated, published: published,
            contact: contact, versionsContact: versions ?? contact)
    }

    private mutating func readContact(_ node: YAMLNode, name: String) -> AccessibilityStatement.Contact? {
        guard node.entries != nil else {
            error(node, "\(name) ska vara en tabell med nycklar, inte \(node.kindName)", hint: "\(name): { e-post: …, telefon: … }")
            return nil
        }
        warnUnknown(node.entries ?? [], allowed: ["e-post", "telefon", "svarstid"], parent: name)
        let contact = AccessibilityStatement.Contact(
            email: text(node, "e-post"), phone: text(node, "telefon"), responseTime: text(node, "svarstid"))
        if contact.email == nil, contact.phone == nil {
            error(node, "\(name) behöver e-post eller telefon", hint: "lägg till e-post: … eller telefon: …", rule: "statement.missing-field")
            return nil
        }
        return contact
    }

    private mutating func readShortcomings(_ node: YAMLNode?) -> [AccessibilityStatement.Shortcoming] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.items else {
            error(node, "brister ska vara en lista, inte \(node.kindName)", hint: "- beskrivning: …\n      orsak: bristande-forenlighet")
            return []
        }
        return items.compactMap { item in
            guard item.entries != nil else {
                error(item, "en brist ska ha beskrivning:, orsak: och alternativ:, inte \(item.kindName)")
                return nil
            }
            warnUnknown(item.entries ?? [], allowed: ["beskrivning", "orsak", "alternativ"], parent: "brister")
            let description = text(item, "beskrivning")
            let reason = choice(item, "orsak", AccessibilityStatement.Reason.self)
            if description == nil { error(item, "bristen saknar beskrivning", hint: "beskrivning: Vad som inte fungerar", rule: "statement.missing-field") }
            if reason == nil, item["orsak"] == nil {
                error(item, "bristen saknar orsak", hint: "orsak: bristande-forenlighet, oskaligt-betungande eller undantag", rule: "statement.missing-field")
            }
            guard let description, let reason else { return nil }
            return AccessibilityStatement.Shortcoming(description: description, reason: reason, alternative: text(item, "alternativ"))
        }
    }

    // MARK: - Values

    private mutating func text(_ node: YAMLNode, _ key: String) -> String? {
        guard let value = node[key], !value.isNull else { return nil }
        guard let scalar = value.scalar else {
            error(value, "\(key) ska vara text, inte \(value.kindName)")
            return nil
        }
        return nonEmpty(scalar.trimmingSpaces)
    }

    private mutating func date(_ node: YAMLNode, _ key: String) -> String? {
        guard let value = node[key], !value.isNull else { return nil }
        guard let scalar = value.scalar, ISODay.parse(scalar) != nil else {
            error(value, "\(key) ska vara ett datum ÅÅÅÅ-MM-DD", hint: "\(key): \"2026-11-25\"")
            return nil
        }
        return scalar
    }

    private mutating func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ key: String, _: T.Type) -> T?
    where T.RawValue == String {
        guard let value = node[key], let scalar = value.scalar, !value.isNull else { return nil }
        if let choice = T(rawValue: scalar) { return choice }
        let allowed = T.allCases.map(\.rawValue)
        error(value, "okänt värde \"\(scalar)\" för \(key)",
              hint: NearestMatch.hint(for: scalar, among: allowed) ?? "tillåtna värden: " + allowed.joined(separator: ", "))
        return nil
    }

    private mutating func warnUnknown(_ entries: [YAMLEntry], allowed: [String], parent: String) {
        for entry in entries where !allowed.contains(entry.key) {
            diagnostics.append(Diagnostic(
                .warning, at: SourceLocation(file: file, line: entry.keyLine, column: entry.keyColumn),
                rule: "statement.unknown-key", "okänd nyckel \"\(entry.key)\" under \(parent)",
                hint: NearestMatch.hint(for: entry.key, among: allowed) ?? "kända nycklar: " + allowed.joined(separator: ", ")))
        }
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    private func location(_ node: YAMLNode) -> SourceLocation { SourceLocation(file: file, line: node.line, column: node.column) }

    private mutating func error(_ node: YAMLNode, _ message: String, hint: String? = nil, rule: String = "statement.invalid") {
        diagnostics.append(Diagnostic(.error, at: location(node), rule: rule, message, hint: hint))
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
