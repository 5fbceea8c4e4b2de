/// A small dense simplex solver: the feasible range (minimum and maximum) of linear expressions over
/// non-negative variables under equality and at-most constraints. Used to audit disclosure control
/// the way an attacker would: "what can this suppressed cell be, given everything published?"
public struct LinearProgram: Sendable {
    public enum Relation: Sendable { case equal, atMost }

    public struct Constraint: Sendable {
        public var terms: [(variable: Int, coefficient: Double)]
        public var relation: Relation
        public var bound: Double

        public init(_ terms: [(variable: Int, coefficient: Double)], _ relation: Relation, _ bound: Double) {
            self.terms = terms
            self.relation = relation
            self.bound = bound
        }
    }

    public var variableCount: Int
    public var constraints: [Constraint]

    public init(variableCount: Int, constraints: [Constraint] = []) {
        self.variableCount = variableCount
        self.constraints = constraints
    }

    static let epsilon = 1e-9

    /// The smallest and largest value of each expression; nil when the constraints contradict each
    /// other. An unbounded maximum is `.infinity`.
    public func ranges(of expressions: [[(variable: Int, coefficient: Double)]]) -> [(min: Double, max: Double)]? {
        guard var tableau = Tableau(self) else { return nil }
        guard tableau.phaseOne() else { return nil }
        return expressions.map { expression in
            var low = tableau
            var high = tableau
            let minimum = low.optimise(expression, maximise: false)
            let maximum = high.optimise(expression, maximise: true)
            return (minimum, maximum)
        }
    }
}

/// The simplex tableau in one flat array: `rows` constraint rows, each `width` long (columns, then
/// the right-hand side), and the basis variable of each row. Bland's rule prevents cycling.
private struct Tableau {
    var rows: Int
    var columns: Int
    var cells: [Double]
    var basis: [Int]
    /// Columns at or after this index are artificial (phase one only).
    var firstArtificial: Int

    var width: Int { columns + 1 }

    init?(_ program: LinearProgram) {
        let slackCount = program.constraints.count { $0.relation == .atMost }
        let structural = program.variableCount + slackCount
        rows = program.constraints.count
        firstArtificial = structural
        columns = structural + rows
        cells = Array(repeating: 0, count: rows * (columns + 1))
        basis = Array(repeating: 0, count: rows)
        var slack = program.variableCount
        let width = columns + 1
        for (row, constraint) in program.constraints.enumerated() {
            let sign: Double = constraint.bound < 0 ? -1 : 1
            for term in constraint.terms where term.variable >= 0 && term.variable < program.variableCount {
                cells[row * width + term.variable] += sign * term.coefficient
            }
            if constraint.relation == .atMost {
                cells[row * width + slack] = sign
                slack += 1
            }
            cells[row * width + structural + row] = 1
            cells[row * width + columns] = sign * constraint.bound
            basis[row] = structural + row
        }
    }

    /// Finds a feasible basis; false when there is none.
    mutating func phaseOne() -> Bool {
        var objective = Array(repeating: 0.0, count: width)
        for column in firstArtificial..<columns { objective[column] = 1 }
        // Price out the artificial basis.
        for row in 0..<rows {
            for column in 0..<width { objective[column] -= cells[row * width + column] }
        }
        run(&objective, allowed: columns)
        if -objective[columns] > 1e-7 { return false }
        // Drive remaining artificials out of the basis, or drop their (redundant) rows.
        var row = 0
        while row < rows {
            if basis[row] >= firstArtificial {
                if let column = (0..<firstArtificial).first(where: { abs(cells[row * width + $0]) > LinearProgram.epsilon }) {
                    pivot(row: row, column: column, objective: &objective)
                } else {
                    removeRow(row)
                    continue
                }
            }
            row += 1
        }
        dropArtificialColumns()
        return true
    }

    /// After phase one the artificial columns are never used again.
    mutating func dropArtificialColumns() {
        let oldWidth = width
        let newWidth = firstArtificial + 1
        var compact = Array(repeating: 0.0, count: rows * newWidth)
        for row in 0..<rows {
            for column in 0..<firstArtificial { compact[row * newWidth + column] = cells[row * oldWidth + column] }
            compact[row * newWidth + firstArtificial] = cells[row * oldWidth + columns]
        }
        cells = compact
        columns = firstArtificial
    }

    /// Optimises `expression` from the current feasible basis; `.infinity` or `-.infinity` when unbounded.
    mutating func optimise(_ expression: [(variable: Int, coefficient: Double)], maximise: Bool) -> Double {
        var objective = Array(repeating: 0.0, count: width)
        // The tableau minimises; maximising c·x is minimising −c·x.
        for term in expression where term.variable < firstArtificial { objective[term.variable] += maximise ? -term.coefficient : term.coefficient }
        for row in 0..<rows {
            let factor = objective[basis[row]]
            if factor != 0 {
                for column in 0..<width { objective[column] -= factor * cells[row * width + column] }
            }
        }
        guard run(&objective, allowed: firstArtificial) else { return maximise ? .infinity : -.infinity }
        let value = -objective[columns]
        return maximise ? -value : value
    }

    /// Pivots until no column below `allowed` improves; false when unbounded.
    @discardableResult
    mutating func run(_ objective: inout [Double], allowed: Int) -> Bool {
        var iterations = 0
        while iterations < 50_000 {
            iterations += 1
            guard let entering = (0..<allowed).first(where: { objective[$0] < -LinearProgram.epsilon }) else { return true }
            var leaving: Int?
            var best = Double.infinity
            for row in 0..<rows {
                let coefficient = cells[row * width + entering]
                guard coefficient > LinearProgram.epsilon else { continue }
                let ratio = cells[row * width + columns] / coefficient
                if ratio < best - LinearProgram.epsilon || (abs(ratio - best) <= LinearProgram.epsilon && basis[row] < basis[leaving ?? row]) {
                    best = ratio
                    leaving = row
                }
            }
            guard let leaving else { return false }
            pivot(row: leaving, column: entering, objective: &objective)
        }
        return true
    }

    mutating func pivot(row: Int, column: Int, objective: inout [Double]) {
        let width = self.width
        cells.withUnsafeMutableBufferPointer { cells in
            let pivotValue = cells[row * width + column]
            for index in 0..<width { cells[row * width + index] /= pivotValue }
            for other in 0..<rows where other != row {
                let factor = cells[other * width + column]
                if factor == 0 { continue }
                for index in 0..<width { cells[other * width + index] -= factor * cells[row * width + index] }
            }
            let factor = objective[column]
            if factor != 0 {
                for index in 0..<width { objective[index] -= factor * cells[row * width + index] }
            }
        }
        basis[row] = column
    }

    mutating func removeRow(_ row: Int) {
        cells.removeSubrange(row * width..<(row + 1) * width)
        basis.remove(at: row)
        rows -= 1
    }
}
