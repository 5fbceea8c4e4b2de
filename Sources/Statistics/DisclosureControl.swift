/// Disclosure control over every count the statistics publish, decided once so that HTML, charts,
/// CSV, JSON, method pages and the terminal all hide exactly the same cells.
///
/// The counts are sums of *atoms* (unknown non-negative integers such as "cases of project p with
/// outcome v", or "cases of outcome group g in municipality a"). Published counts, the table lines
/// (a total is the sum of its parts) and the structure an attacker knows (`links`) are linear
/// constraints; a suppressed count's feasible range is found by linear programming.
public struct DisclosureProblem: Sendable {
    /// One count: the sum of its atoms, with its true value.
    public struct Quantity: Sendable, Hashable {
        public var atoms: [Int]
        public var value: Int
    }

    /// `total` is the sum of `parts` (a table row, column or hierarchy level).
    public struct Line: Sendable, Hashable {
        public var total: Int
        public var parts: [Int]
    }

    /// Known structure: the sum of `atoms` equals (or is at most) quantity `quantity`.
    public struct Link: Sendable {
        public var atoms: [Int]
        public var relation: LinearProgram.Relation
        public var quantity: Int
    }

    public private(set) var atomCount = 0
    public private(set) var quantities: [Quantity] = []
    public private(set) var lines: [Line] = []
    public private(set) var links: [Link] = []
    /// Counts that would show a whole small group sharing one outcome (0 % or 100 % of fewer than 2k).
    public private(set) var attributeRisks: Set<Int> = []
    private var indexByAtoms: [[Int]: Int] = [:]

    public init() {}

    public mutating func newAtom() -> Int {
        atomCount += 1
        return atomCount - 1
    }

    /// The quantity summing `atoms`; the same set of atoms is always the same quantity.
    public mutating func quantity(_ atoms: [Int], value: Int) -> Int {
        let key = Array(Set(atoms)).sorted()
        if let existing = indexByAtoms[key] { return existing }
        quantities.append(Quantity(atoms: key, value: value))
        indexByAtoms[key] = quantities.count - 1
        return quantities.count - 1
    }

    public mutating func line(total: Int, parts: [Int]) {
        let distinct = parts.reduce(into: [Int]()) { if !$0.contains($1) && $1 != total { $0.append($1) } }
        guard distinct.count >= 2 || (distinct.count == 1 && quantities[distinct[0]].atoms != quantities[total].atoms) else { return }
        let line = Line(total: total, parts: distinct)
        if !lines.contains(line) { lines.append(line) }
    }

    public mutating func link(_ atoms: [Int], _ relation: LinearProgram.Relation, _ quantity: Int) {
        links.append(Link(atoms: atoms, relation: relation, quantity: quantity))
    }

    /// Marks `part` as a share of `denominator` (a row of a table): with fewer than 2k in the
    /// denominator, 0 % and 100 % are not published.
    public mutating func share(_ part: Int, of denominator: Int, threshold: Int) {
        let (value, total) = (quantities[part].value, quantities[denominator].value)
        if total >= 1, total < 2 * threshold, value == 0 || value == total { attributeRisks.insert(part) }
    }
}

/// Why a count is not shown.
public enum SuppressionReason: String, Sendable, Hashable, Codable {
    /// 1 ≤ n < k: shown as "<k".
    case small
    /// Hidden so that a small count cannot be recomputed from totals and other tables.
    case complementary
    /// 0 % or 100 % of a group smaller than 2k.
    case attribute
}

/// The decision for every quantity of a `DisclosureProblem`.
public struct DisclosureDecision: Sendable {
    public var threshold: Int
    /// Nil when the count is published.
    public var suppressed: [SuppressionReason?]

    public func isSuppressed(_ quantity: Int) -> Bool { suppressed[quantity] != nil }
}

public enum DisclosureControl {
    /// Primary suppression of small counts and attribute risks, then complementary suppression until
    /// every suppressed count's feasible range, from everything published, is at least k wide.
    public static func protect(_ problem: DisclosureProblem, threshold: Int) -> DisclosureDecision {
        var decision = DisclosureDecision(threshold: threshold, suppressed: problem.quantities.map { quantity in
            (1..<max(threshold, 2)).contains(quantity.value) ? .small : nil
        })
        for risk in problem.attributeRisks where decision.suppressed[risk] == nil { decision.suppressed[risk] = .attribute }
        for _ in 0..<problem.quantities.count + 1 {
            closeLines(problem, &decision)
            let weak = audit(problem, decision).filter { $0.width < threshold }.map(\.quantity)
            if weak.isEmpty { break }
            var added = false
            for quantity in weak { added = suppressNeighbour(of: quantity, problem, &decision) || added }
            if !added {
                // Nothing left to hide next to the weak cells: hide everything rather than leak.
                for index in decision.suppressed.indices where decision.suppressed[index] == nil { decision.suppressed[index] = .complementary }
                break
            }
        }
        return decision
    }

    /// In every line with a published total, the hidden parts must be at least two and sum to at
    /// least k; otherwise the smallest published part is hidden too.
    static func closeLines(_ problem: DisclosureProblem, _ decision: inout DisclosureDecision) {
        var changed = true
        while changed {
            changed = false
            for line in problem.lines where !decision.isSuppressed(line.total) {
                let hidden = line.parts.filter(decision.isSuppressed)
                guard !hidden.isEmpty else { continue }
                let hiddenSum = hidden.reduce(0) { $0 + problem.quantities[$1].value }
                guard hidden.count < 2 || hiddenSum < decision.threshold else { continue }
                if let next = smallestPublished(line.parts, problem, decision) {
                    decision.suppressed[next] = .complementary
                } else {
                    decision.suppressed[line.total] = .complementary
                }
                changed = true
            }
        }
    }

    /// Hides one more published count next to a weak one: a part or total of its lines, else a
    /// count sharing atoms with it (a wider or narrower count over the same cases).
    static func suppressNeighbour(of quantity: Int, _ problem: DisclosureProblem, _ decision: inout DisclosureDecision) -> Bool {
        let related = problem.lines.filter { $0.total == quantity || $0.parts.contains(quantity) }
        let atoms = Set(problem.quantities[quantity].atoms)
        let overlapping = problem.quantities.indices.filter { !atoms.isDisjoint(with: problem.quantities[$0].atoms) }
        if let next = smallestPublished(related.flatMap(\.parts), problem, decision)
            ?? smallestPublished(related.map(\.total), problem, decision)
            ?? smallestPublished(overlapping, problem, decision)
        {
            decision.suppressed[next] = .complementary
            return true
        }
        return false
    }

    private static func smallestPublished(_ candidates: [Int], _ problem: DisclosureProblem, _ decision: DisclosureDecision) -> Int? {
        candidates.filter { !decision.isSuppressed($0) }.min { a, b in
            let (x, y) = (problem.quantities[a].value, problem.quantities[b].value)
            // Hiding a zero adds no protection; prefer the smallest positive count.
            return (x == 0 ? Int.max : x, a) < (y == 0 ? Int.max : y, b)
        }
    }

    /// The feasible range of one suppressed count.
    public struct Range: Sendable, Hashable {
        public var quantity: Int
        public var low: Int
        /// Nil when unbounded.
        public var high: Int?
        public var width: Int { high.map { $0 - low } ?? Int.max }
    }

    /// What an attacker can conclude about each suppressed count from the published ones, the
    /// table lines and the known structure (the symbols "<k" excluded: they bound by design).
    public static func audit(_ problem: DisclosureProblem, _ decision: DisclosureDecision) -> [Range] {
        var constraints: [LinearProgram.Constraint] = []
        for (index, quantity) in problem.quantities.enumerated() where !decision.isSuppressed(index) {
            constraints.append(.init(quantity.atoms.map { ($0, 1.0) }, .equal, Double(quantity.value)))
        }
        for line in problem.lines {
            var terms: [(variable: Int, coefficient: Double)] = problem.quantities[line.total].atoms.map { ($0, 1.0) }
            for part in line.parts { terms += problem.quantities[part].atoms.map { ($0, -1.0) } }
            constraints.append(.init(merged(terms), .equal, 0))
        }
        for link in problem.links {
            let target = problem.quantities[link.quantity]
            if decision.isSuppressed(link.quantity) {
                let terms = link.atoms.map { ($0, 1.0) } + target.atoms.map { ($0, -1.0) }
                constraints.append(.init(merged(terms), link.relation, 0))
            } else {
                constraints.append(.init(link.atoms.map { ($0, 1.0) }, link.relation, Double(target.value)))
            }
        }
        let hidden = problem.quantities.indices.filter(decision.isSuppressed)
        return ComponentSolver(atomCount: problem.atomCount, constraints: constraints)
            .ranges(of: hidden.map { problem.quantities[$0].atoms })
            .enumerated().map { offset, range in
                Range(quantity: hidden[offset], low: Int((range.min - 1e-6).rounded(.up)),
                    high: range.max.isFinite ? Int((range.max + 1e-6).rounded(.down)) : nil)
            }
    }

    private static func merged(_ terms: [(variable: Int, coefficient: Double)]) -> [(variable: Int, coefficient: Double)] {
        var sums: [Int: Double] = [:]
        for term in terms { sums[term.variable, default: 0] += term.coefficient }
        return sums.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// Splits a linear program into independent parts (atoms that share no constraint) and solves each
/// part on its own: the programs of disclosure control are many small ones joined by nothing.
struct ComponentSolver {
    let atomCount: Int
    let constraints: [LinearProgram.Constraint]

    func ranges(of sums: [[Int]]) -> [(min: Double, max: Double)] {
        var parent = Array(0..<atomCount)
        func find(_ atom: Int) -> Int {
            var root = atom
            while parent[root] != root { root = parent[root] }
            var node = atom
            while parent[node] != root { (parent[node], node) = (root, parent[node]) }
            return root
        }
        for constraint in constraints {
            guard let first = constraint.terms.first?.variable else { continue }
            for term in constraint.terms.dropFirst() {
                let (a, b) = (find(first), find(term.variable))
                if a != b { parent[a] = b }
            }
        }
        var componentConstraints: [Int: [LinearProgram.Constraint]] = [:]
        for constraint in constraints {
            guard let first = constraint.terms.first?.variable else { continue }
            componentConstraints[find(first), default: []].append(constraint)
        }
        // For each component, the parts of every requested sum that fall inside it.
        var requests: [Int: [(sum: Int, atoms: [Int])]] = [:]
        for (offset, atoms) in sums.enumerated() {
            var byComponent: [Int: [Int]] = [:]
            for atom in atoms { byComponent[find(atom), default: []].append(atom) }
            for (component, part) in byComponent { requests[component, default: []].append((offset, part)) }
        }
        var result = Array(repeating: (min: 0.0, max: 0.0), count: sums.count)
        for (component, parts) in requests.sorted(by: { $0.key < $1.key }) {
            let local = componentConstraints[component] ?? []
            guard !local.isEmpty else {
                for part in parts { result[part.sum].max = .infinity }
                continue
            }
            var numbering: [Int: Int] = [:]
            func number(_ atom: Int) -> Int {
                if let known = numbering[atom] { return known }
                numbering[atom] = numbering.count
                return numbering.count - 1
            }
            let program = LinearProgram(variableCount: 0, constraints: local.map { constraint in
                .init(constraint.terms.map { (number($0.variable), $0.coefficient) }, constraint.relation, constraint.bound)
            })
            let expressions = parts.map { $0.atoms.map { (number($0), 1.0) } }
            let sized = LinearProgram(variableCount: numbering.count, constraints: program.constraints)
            guard let ranges = sized.ranges(of: expressions) else {
                // Contradicting constraints cannot happen with true values; treat as fully known.
                for part in parts { result[part.sum].max = result[part.sum].min }
                continue
            }
            for (part, range) in zip(parts, ranges) {
                result[part.sum].min += range.min
                result[part.sum].max += range.max
            }
        }
        return result
    }
}
