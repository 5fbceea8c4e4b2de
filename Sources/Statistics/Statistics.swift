/// The statistics stage (DESIGN.md §3 "analyse"): counts the case learnings by outcome group and
/// dimension, evaluates the projects' goals, computes samhällsvinst and costs, and protects every
/// count with disclosure control. Hands on `BankStatistics`: pages of protected tables for the
/// site builder, the same tables for the terminal, per-page outcome summaries (method pages) and
/// how case pages may show their fields.
public struct BankStatistics: Sendable {
    public var config: StatisticsConfig
    /// The whole bank first, then one page per project, then one per dimension.
    public var pages: [StatisticsPage]
    /// For pages a dimension refers to (`metoder/kartlaggning`): the protected outcome row of the cases naming them.
    public var outcomeSummaries: [String: StatisticsTable]
    public var caseDisplay: CaseDisplay
    /// Every published count and the decision about it, for audits.
    public var problem: DisclosureProblem
    public var decision: DisclosureDecision

    /// The page at `segments` (`["statistik", "projekt", "drive"]`).
    public func page(_ segments: [String]) -> StatisticsPage? { pages.first { $0.segments == segments } }
}

/// One statistics page: what it counts, in words, and its tables.
public struct StatisticsPage: Sendable {
    /// URL segments below the site root (`["statistik", "kommun"]`).
    public var segments: [String]
    public var title: String
    public var summary: String
    /// Population, period, source: paragraphs in words.
    public var about: [String]
    /// Terms and what they mean (outcome groups, key figures, samhällsvinst).
    public var definitions: [(term: String, meaning: String)]
    public var sections: [StatisticsSection]
    /// Other statistics pages this one leads to.
    public var links: [(title: String, segments: [String])]
}

/// A heading with paragraphs and, usually, one table.
public struct StatisticsSection: Sendable {
    public var heading: String
    public var paragraphs: [String]
    public var table: StatisticsTable?

    public init(heading: String, paragraphs: [String] = [], table: StatisticsTable? = nil) {
        self.heading = heading
        self.paragraphs = paragraphs
        self.table = table
    }
}
