import Content
import Statistics

extension SiteContext {
    /// The value a page shows for one of its front-matter fields, or nil to leave it out. Case
    /// pages show their outcome as its group and other fields only as finely as the statistics'
    /// disclosure rules allow, so that counting case pages reveals nothing the tables hide.
    func displayedValue(_ entry: FieldEntry, of page: Page) -> FieldValue? {
        guard let statistics, !showsAllFields(of: page) else { return entry.value }
        let display = statistics.caseDisplay
        if entry.key == display.outcomeField {
            guard case .choice(let key, let label) = entry.value else { return entry.value }
            return .choice(key: key, label: display.groupNames[key] ?? label)
        }
        switch display.granularity(of: entry.key) {
        case .full: return entry.value
        case .hidden: return nil
        case .year:
            switch entry.value {
            case .month(let year, _), .date(let year, _, _): return .text(String(year))
            default: return nil
            }
        }
    }

    /// Whether `displayedValue` shows every field of `page` as written: true for all but case pages.
    func showsAllFields(of page: Page) -> Bool {
        guard let statistics else { return true }
        return page.section != statistics.config.caseSection || page.kind != .regular
    }

    /// Whether `referrer` names `target` in a field it shows: a case page's hidden fields must not
    /// come back as a list of cases on the page they refer to.
    func refersVisibly(_ referrer: Page, to target: Page) -> Bool {
        guard let statistics, referrer.section == statistics.config.caseSection else { return true }
        return referrer.fields.contains { entry in
            guard let value = displayedValue(entry, of: referrer) else { return false }
            return Self.names(value, target)
        }
    }

    private static func names(_ value: FieldValue, _ target: Page) -> Bool {
        switch value {
        case .reference(let section, let slug): return section == target.section && slug == target.slug
        case .list(let items): return items.contains { names($0, target) }
        default: return false
        }
    }

    /// The protected outcome counts of the cases that name `page` (a method), as a table view.
    func outcomeSummary(for page: Page) -> [String: Any]? {
        guard let section = page.section, let table = statistics?.outcomeSummaries[section + "/" + page.slug] else { return nil }
        var view = StatisticsPageView.tableView(table, idPrefix: "utfall-sammanfattning")
        if let folder = statistics?.config.folder {
            view["statisticsURL"] = page.sitePath.relativeURL(to: .page([folder]))
        }
        view["hasSuppression"] = table.hasSuppression
        view["threshold"] = table.threshold
        return view
    }
}
