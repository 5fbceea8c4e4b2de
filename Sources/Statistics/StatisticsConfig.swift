import SiteCore

/// The `statistik:` section of `kunskapsbank.yml`: which pages are counted, how outcomes group,
/// what is broken down, the goals, the samhällsvinst rule, the costs and the disclosure threshold.
public struct StatisticsConfig: Sendable {
    /// The smallest count published as a number; never below `minimumThreshold`.
    public var threshold: Int
    /// Page title and URL segment of the statistics pages (`Statistik`, `statistik`).
    public var title: String
    public var folder: String
    /// The section whose pages are the case learnings (`fall`).
    public var caseSection: String
    /// The choice field holding each case's outcome (`utfall`).
    public var outcomeField: String
    /// The reference field naming each case's project (`projekt`).
    public var projectField: String?
    /// Month fields of enrolment and end (`inskriven`, `avslutad`).
    public var startField: String?
    public var endField: String?
    public var groups: [OutcomeGroup]
    public var keyFigures: [KeyFigure]
    public var dimensions: [Dimension]
    public var socialBenefit: SocialBenefitRule?
    /// Goals and costs per project slug.
    public var projects: [String: ProjectStatistics]
    /// Case-page fields shown in full whatever the disclosure rules say (`fallsidor: { visa-alltid: [metoder] }`):
    /// relations the texts link anyway. Counts by these fields are visible on the case pages.
    public var alwaysShownOnCases: [String] = []
    /// Where the numbers come from, in words (`källa`).
    public var source: String?
    /// The section's place in the file, for diagnostics about it as a whole.
    public var location: SourceLocation

    public static let minimumThreshold = 3
    public static let defaultThreshold = 5

    public init(
        threshold: Int = StatisticsConfig.defaultThreshold, title: String = "Statistik", folder: String = "statistik",
        caseSection: String, outcomeField: String, projectField: String? = nil, startField: String? = nil,
        endField: String? = nil, groups: [OutcomeGroup], keyFigures: [KeyFigure] = [], dimensions: [Dimension] = [],
        socialBenefit: SocialBenefitRule? = nil, projects: [String: ProjectStatistics] = [:], source: String? = nil,
        location: SourceLocation = SourceLocation(file: "kunskapsbank.yml")
    ) {
        self.threshold = max(threshold, Self.minimumThreshold)
        self.title = title
        self.folder = folder
        self.caseSection = caseSection
        self.outcomeField = outcomeField
        self.projectField = projectField
        self.startField = startField
        self.endField = endField
        self.groups = groups
        self.keyFigures = keyFigures
        self.dimensions = dimensions
        self.socialBenefit = socialBenefit
        self.projects = projects
        self.source = source
        self.location = location
    }

    /// The group an outcome value belongs to.
    public func group(of value: String) -> OutcomeGroup? {
        groups.first { $0.values.contains(value) }
    }

    public func group(_ key: String) -> OutcomeGroup? {
        groups.first { $0.key == key }
    }
}

/// Outcome values counted together (självförsörjning = arbete + studier).
public struct OutcomeGroup: Sendable, Hashable {
    public var key: String
    public var name: String
    public var values: [String]
    /// A definition in words, shown under the tables.
    public var definition: String?

    public init(key: String, name: String, values: [String], definition: String? = nil) {
        self.key = key
        self.name = name
        self.values = values
        self.definition = definition
    }
}

/// A sum of groups reported on its own (utan fortsatt försörjningsstöd = självförsörjning + ersättning).
public struct KeyFigure: Sendable, Hashable {
    public var key: String
    public var name: String
    public var groups: [String]

    public init(key: String, name: String, groups: [String]) {
        self.key = key
        self.name = name
        self.groups = groups
    }
}

/// A front-matter field to break the outcomes down by.
public struct Dimension: Sendable, Hashable {
    public var field: String
    /// Heading and URL segment; the field's label and key unless configured.
    public var name: String?
    public var location: SourceLocation

    public init(field: String, name: String? = nil, location: SourceLocation = SourceLocation(file: "kunskapsbank.yml")) {
        self.field = field
        self.name = name
        self.location = location
    }
}

/// Samhällsvinst: a fixed amount per participant and month for one outcome group, per year.
public struct SocialBenefitRule: Sendable, Hashable {
    public var group: String
    public var kronorPerMonth: Int
    public var monthsPerYear: Int
    /// The rule in words, shown with the figure.
    public var description: String?

    public init(group: String, kronorPerMonth: Int, monthsPerYear: Int = 12, description: String? = nil) {
        self.group = group
        self.kronorPerMonth = kronorPerMonth
        self.monthsPerYear = monthsPerYear
        self.description = description
    }
}

/// One project's goals and cost file.
public struct ProjectStatistics: Sendable {
    public var goals: [Goal]
    public var costs: CostSource?

    public init(goals: [Goal] = [], costs: CostSource? = nil) {
        self.goals = goals
        self.costs = costs
    }
}

/// A verksamhetsmål and how to measure it.
public struct Goal: Sendable, Hashable {
    public enum Measure: Sendable, Hashable {
        /// At least `target` participants.
        case participants(target: Int)
        /// At least `percent` of the participants ended in `group`.
        case share(group: String, percent: Int)
        /// At least `percent` of the cases ending in `values` (all when empty) took at most `months`.
        case duration(values: [String], months: Int, percent: Int)
        /// At least `percent` of the cases in `among` groups (all when empty) have `field` in `values`.
        case field(field: String, values: [String], among: [String], percent: Int)
    }

    public var name: String
    public var measure: Measure
    public var location: SourceLocation

    public init(name: String, measure: Measure, location: SourceLocation = SourceLocation(file: "kunskapsbank.yml")) {
        self.name = name
        self.measure = measure
        self.location = location
    }
}

/// A CSV file in `data/` with one row per year: budget and utfall in kronor.
public struct CostSource: Sendable, Hashable {
    public var file: String
    public var yearColumn: String
    public var budgetColumn: String
    public var actualColumn: String
    public var location: SourceLocation

    public init(
        file: String, yearColumn: String = "År", budgetColumn: String = "Budget", actualColumn: String = "Utfall",
        location: SourceLocation = SourceLocation(file: "kunskapsbank.yml")
    ) {
        self.file = file
        self.yearColumn = yearColumn
        self.budgetColumn = budgetColumn
        self.actualColumn = actualColumn
        self.location = location
    }
}
