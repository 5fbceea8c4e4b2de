import SiteCore

/// The pages: the whole bank, each project, each dimension; with population, period, source and
/// definitions in words.
extension TableMaker {
    mutating func bankPage(projects: [(key: String, label: String)], layouts: [DimensionLayout]) -> StatisticsPage {
        var links: [(title: String, segments: [String])] = projects.filter { !$0.key.isEmpty }.map { ($0.label, projectSegments($0.key)) }
        links += layouts.map { ("Per \($0.name.lowercasedFirst)", [config.folder, $0.slug]) }
        return StatisticsPage(
            segments: [config.folder], title: config.title,
            summary: "Utfall, samhällsvinst och fördelningar räknade ur kunskapsbankens fallbeskrivningar, med skydd för små tal.",
            about: about(.bank, projectName: nil), definitions: definitions(),
            sections: outcomeSections(.bank), links: links)
    }

    mutating func projectPage(_ project: (key: String, label: String), goals: [Goal], costs: CostData?) -> StatisticsPage {
        var sections: [StatisticsSection] = []
        let hasCases = value(model.total(.project(project.key))) > 0
        if !goals.isEmpty {
            sections.append(StatisticsSection(
                heading: "Måluppfyllelse",
                paragraphs: ["Projektets verksamhetsmål och hur de mättes i fallbeskrivningarna. \"Saknar underlag\" betyder att fallen inte innehåller de uppgifter som målet behöver."],
                table: goalTable(project.key, goals: goals, id: "mal")))
        }
        if hasCases {
            sections += outcomeSections(.project(project.key))
        } else {
            sections.append(StatisticsSection(heading: "Utfall", paragraphs: ["Kunskapsbanken har ännu inga fallbeskrivningar från \(project.label)."]))
        }
        if let costs {
            sections.append(StatisticsSection(
                heading: "Kostnader",
                paragraphs: ["Budget och utfall i kronor per år enligt projektets ekonomiska redovisning (\(costs.file)). Avvikelse är budget minus utfall."],
                table: costTable(costs, id: "kostnader")))
            sections.append(StatisticsSection(
                heading: "Kostnad per deltagare",
                paragraphs: ["Hela periodens utfall delat med antalet deltagare, avrundat till hela kronor."],
                table: costPerParticipantTable(costs, project: project.key, id: "kostnad-per-deltagare")))
        }
        return StatisticsPage(
            segments: projectSegments(project.key), title: "\(config.title): \(project.label)",
            summary: "Måluppfyllelse, utfall, samhällsvinst och kostnader för \(project.label).",
            about: about(.project(project.key), projectName: project.label), definitions: definitions(),
            sections: sections, links: [("\(config.title) för hela kunskapsbanken", [config.folder])])
    }

    mutating func dimensionPage(_ layout: DimensionLayout) -> StatisticsPage {
        var paragraphs = ["Antal deltagare per \(layout.name.lowercasedFirst) och utfallsgrupp."]
        if layout.isMultiValued {
            paragraphs.append("Ett fall kan ha flera värden och räknas då på varje rad, så raderna summerar inte till antalet deltagare.")
        }
        return StatisticsPage(
            segments: [config.folder, layout.slug], title: "\(config.title) per \(layout.name.lowercasedFirst)",
            summary: "Deltagarnas utfall fördelade efter \(layout.name.lowercasedFirst).",
            about: about(.bank, projectName: nil), definitions: definitions(),
            sections: [StatisticsSection(heading: "Utfall per \(layout.name.lowercasedFirst)", paragraphs: paragraphs,
                table: dimensionTable(layout, id: "utfall-per-\(layout.slug)"))],
            links: [("\(config.title) för hela kunskapsbanken", [config.folder])])
    }

    func projectSegments(_ project: String) -> [String] { [config.folder, "projekt", project] }

    private mutating func outcomeSections(_ population: CountModel.Population) -> [StatisticsSection] {
        var sections = [
            StatisticsSection(
                heading: "Utfall", paragraphs: ["Hur deltagarnas tid i insatsen slutade, i utfallsgrupper. Andelen räknas av samtliga deltagare."],
                table: groupTable(population, id: "utfall-grupper")),
            StatisticsSection(
                heading: "Utfall i detalj",
                paragraphs: ["Utfallen inom varje grupp. Här är antalen ofta så små att de skyddas; gruppernas summor står i tabellen ovan."],
                table: detailTable(population, id: "utfall")),
        ]
        if let figures = keyFigureTable(population, id: "nyckeltal") {
            sections.append(StatisticsSection(heading: "Nyckeltal", table: figures))
        }
        if let benefit = socialBenefitTable(population, id: "samhallsvinst"), let rule = config.socialBenefit {
            let group = config.group(rule.group)?.name.lowercasedFirst ?? rule.group
            let stated = rule.description ?? "Samhällsvinsten beräknas med en schablon"
            sections.append(StatisticsSection(
                heading: "Samhällsvinst",
                paragraphs: [stated + ": " + CellFormat.value(rule.kronorPerMonth, unit: .kronor)
                    + " per deltagare och månad för gruppen \(group), gånger \(rule.monthsPerYear) månader, ger samhällsvinsten per år."],
                table: benefit))
        }
        return sections
    }

    private mutating func about(_ population: CountModel.Population, projectName: String?) -> [String] {
        let total = model.total(population)
        let shown = CellFormat.text(count(total), unit: .count, threshold: k)
        let members = model.members(population)
        var text = ["Populationen är de \(shown == "<\(k)" ? "färre än \(k)" : shown) deltagare som har en fallbeskrivning med utfall i kunskapsbanken"
            + (projectName.map { " från \($0)." } ?? ".")]
        let years = members.flatMap { record in [config.startField, config.endField].compactMap { $0 }.flatMap { record.fields[$0] ?? [] } }
            .compactMap { Int($0.prefix(4)) }
        if let first = years.min(), let last = years.max() {
            text.append("Perioden är \(first == last ? "\(first)" : "\(first)–\(last)"): deltagarna skrevs in och avslutades under de åren.")
        }
        text.append(config.source ?? "Källa: kunskapsbankens fallbeskrivningar.")
        text.append("Antal under \(k) visas inte, och andra tal döljs när ett dolt antal annars skulle kunna räknas fram. Andelar visas bara för grupper med minst \(k) personer.")
        return text
    }

    private func definitions() -> [(term: String, meaning: String)] {
        var list = config.groups.map { group -> (term: String, meaning: String) in
            let values = group.values.map { value in choices.first { $0.key == value }?.label.lowercasedFirst ?? value }
            let listed = values.count > 1 ? values.dropLast().joined(separator: ", ") + " eller " + (values.last ?? "") : values.first ?? ""
            return (group.name, "Fall som avslutades med utfallet \(listed)." + (group.definition.map { " " + $0 } ?? ""))
        }
        for figure in config.keyFigures {
            let names = config.groups.filter { figure.groups.contains($0.key) }.map(\.name.lowercasedFirst)
            list.append((figure.name, "Summan av grupperna " + names.joined(separator: " och ") + "."))
        }
        if let rule = config.socialBenefit {
            list.append(("Samhällsvinst", "Beräknad besparing per år: antalet i gruppen \(config.group(rule.group)?.name.lowercasedFirst ?? rule.group) gånger "
                + CellFormat.value(rule.kronorPerMonth, unit: .kronor) + " per månad gånger \(rule.monthsPerYear) månader."))
        }
        return list
    }
}
