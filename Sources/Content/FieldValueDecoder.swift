import SiteCore

/// Turns one front-matter YAML value into a `FieldValue` of its field's type, reporting what
/// does not fit at the value's own line.
struct FieldValueDecoder {
    let field: FieldSchema

    func decode(_ node: YAMLNode, log: inout DiagnosticCollector, references: inout [ReferenceUse]) -> FieldValue? {
        if node.isNull {
            if field.required { missingValue(node, log: &log) }
            return nil
        }
        guard field.type == .list else {
            guard case .scalar(let text, _) = node.content else {
                log.error(
                    "front-matter.wrong-type", line: node.line, column: node.column,
                    "fältet \"\(field.key)\" ska vara ett enda värde (\(field.typeDescription)), inte \(node.kindName)",
                    hint: "skriv till exempel \(field.exampleLine)")
                return nil
            }
            return scalar(text.trimmingSpacesQuickly(), as: field.type, at: node, log: &log, references: &references)
        }
        let items: [YAMLNode]
        switch node.content {
        case .sequence(let sequence): items = sequence
        case .scalar: items = [node]  // A single value is a list of one.
        case .mapping:
            log.error(
                "front-matter.wrong-type", line: node.line, column: node.column,
                "fältet \"\(field.key)\" ska vara en lista, inte en tabell med nycklar",
                hint: "skriv till exempel \(field.exampleLine)")
            return nil
        }
        if items.isEmpty {
            if field.required { missingValue(node, log: &log) }
            return nil
        }
        let itemType: FieldType = !field.choices.isEmpty ? .choice : field.referenceSection != nil ? .reference : .text
        var values: [FieldValue] = []
        for item in items {
            guard case .scalar(let text, _) = item.content, !item.isNull else {
                log.error(
                    "front-matter.wrong-type", line: item.line, column: item.column,
                    "varje värde i listan \"\(field.key)\" ska vara ett enkelt värde, inte \(item.kindName)")
                continue
            }
            if let value = scalar(text.trimmingSpacesQuickly(), as: itemType, at: item, log: &log, references: &references) {
                values.append(value)
            }
        }
        return values.isEmpty ? nil : .list(values)
    }

    private func scalar(
        _ text: String, as type: FieldType, at node: YAMLNode, log: inout DiagnosticCollector,
        references: inout [ReferenceUse]
    ) -> FieldValue? {
        func wrong(_ expected: String, _ example: String) -> FieldValue? {
            log.error(
                "front-matter.wrong-type", line: node.line, column: node.column,
                "fältet \"\(field.key)\" ska vara \(expected), inte \"\(text)\"", hint: "till exempel \(example)")
            return nil
        }
        switch type {
        case .text, .list:
            if text.isEmpty, field.required {
                missingValue(node, log: &log)
                return nil
            }
            return .text(text)
        case .number:
            guard let number = Double(text).flatMap({ $0.isFinite ? $0 : nil }) ?? SwedishNumber.parse(text) else {
                return wrong("ett tal", "\(field.key): \(field.exampleValue)")
            }
            return inRange(number, at: node, log: &log) ? .number(number) : nil
        case .month:
            guard let month = CalendarText.month(text) else { return wrong("en månad ÅÅÅÅ-MM", "\(field.key): 2012-03") }
            return .month(year: month.year, month: month.month)
        case .date:
            guard let date = CalendarText.date(text) else {
                return wrong("ett datum ÅÅÅÅ-MM-DD", "\(field.key): 2014-03-31")
            }
            return .date(year: date.year, month: date.month, day: date.day)
        case .choice:
            if let choice = field.choices.first(where: { $0.key == text }) {
                return .choice(key: choice.key, label: choice.label)
            }
            invalidChoice(text, at: node, log: &log)
            return nil
        case .reference:
            guard let section = field.referenceSection else { return .text(text) }
            var slug = text
            if slug.hasPrefix(section + "/") { slug.removeFirst(section.count + 1) }
            if slug.hasSuffix(".md") { slug.removeLast(3) }
            references.append(ReferenceUse(
                section: section, slug: slug, location: SourceLocation(file: log.file, line: node.line, column: node.column),
                text: log.sourceText))
            return .reference(section: section, slug: slug)
        }
    }

    private func inRange(_ number: Double, at node: YAMLNode, log: inout DiagnosticCollector) -> Bool {
        let tooSmall = field.min.map { number < $0 } ?? false
        let tooLarge = field.max.map { number > $0 } ?? false
        guard tooSmall || tooLarge else { return true }
        let bounds = [field.min.map { "minst \(Self.format($0))" }, field.max.map { "högst \(Self.format($0))" }]
            .compactMap { $0 }.joined(separator: " och ")
        log.error(
            "front-matter.out-of-range", line: node.line, column: node.column,
            "fältet \"\(field.key)\" ska vara \(bounds), inte \(Self.format(number))")
        return false
    }

    private func invalidChoice(_ text: String, at node: YAMLNode, log: inout DiagnosticCollector) {
        let keys = field.choices.map(\.key)
        let folded = Slug.fold(text)
        let byLabel = field.choices.first { Slug.fold($0.label) == folded }?.key
        let nearest = byLabel.map { [$0] } ?? NearestMatch.candidates(
            for: text, among: keys + field.choices.map(\.label)
        ).compactMap { candidate in field.choices.first { $0.key == candidate || $0.label == candidate }?.key }
        var unique: [String] = []
        for key in nearest where !unique.contains(key) { unique.append(key) }
        log.error(
            "front-matter.invalid-choice", line: node.line, column: node.column,
            "\"\(text)\" är inget tillåtet värde för \(field.key); tillåtna är: \(keys.joined(separator: ", "))",
            hint: unique.isEmpty ? nil : "menade du " + unique.prefix(3).map { "\"\($0)\"" }.joined(separator: " eller ") + "?")
    }

    private func missingValue(_ node: YAMLNode, log: inout DiagnosticCollector) {
        log.error(
            "front-matter.missing-value", line: node.line, column: node.column,
            "det obligatoriska fältet \"\(field.key)\" saknar värde", hint: "skriv till exempel \(field.exampleLine)")
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

extension String {
    /// `trimmingSpaces()`, returning the text itself when it starts and ends with a visible ASCII
    /// character (nearly every front-matter value): a Character starting with one, or ending with
    /// one, is no white space.
    func trimmingSpacesQuickly() -> String {
        if let first = utf8.first, let last = utf8.last, first &- 0x21 < 0x5E, last &- 0x21 < 0x5E { return self }
        return trimmingSpaces()
    }
}
