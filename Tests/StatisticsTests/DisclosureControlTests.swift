import Testing
@testable import Statistics

/// The feasible-range property: from everything published (numbers, totals, lines between tables
/// and the known structure), every hidden count can still be anything in a range at least k wide.
struct DisclosureControlTests {
    static func assertProtected(_ problem: DisclosureProblem, _ decision: DisclosureDecision, _ context: String) {
        for range in DisclosureControl.audit(problem, decision) {
            #expect(range.width >= decision.threshold,
                "\(context): dolt tal \(problem.quantities[range.quantity].value) kan bara vara \(range.low)…\(range.high.map(String.init) ?? "∞")")
        }
        for (index, quantity) in problem.quantities.enumerated() where (1..<decision.threshold).contains(quantity.value) {
            #expect(decision.suppressed[index] == .small, "\(context): antalet \(quantity.value) visas")
        }
    }

    @Test(arguments: 0..<40)
    func randomBanksLeaveEveryHiddenCountAtLeastKWide(seed: Int) {
        let threshold = 3 + seed % 3
        let statistics = StatisticsFixture.randomStatistics(seed: UInt64(seed), count: 6 + seed % 25, threshold: threshold)
        Self.assertProtected(statistics.problem, statistics.decision, "slumpbank \(seed)")
    }

    @Test(arguments: 0..<60)
    func randomTwoWayTablesWithMarginsAreProtected(seed: Int) {
        var random = SeededRandom(seed: UInt64(1000 + seed))
        let (rows, columns, threshold) = (2 + random.next(below: 4), 2 + random.next(below: 4), 3 + random.next(below: 3))
        var problem = DisclosureProblem()
        var cells: [[Int]] = []
        for _ in 0..<rows { cells.append((0..<columns).map { _ in problem.newAtom() }) }
        let values = cells.map { row in row.map { _ in random.next(below: 4) == 0 ? 0 : random.next(below: 12) } }
        var cellQuantities: [[Int]] = []
        for (row, atoms) in cells.enumerated() {
            cellQuantities.append(atoms.enumerated().map { column, atom in problem.quantity([atom], value: values[row][column]) })
        }
        let rowTotals = cells.indices.map { problem.quantity(cells[$0], value: values[$0].reduce(0, +)) }
        let columnTotals = (0..<columns).map { column in problem.quantity(cells.map { $0[column] }, value: values.map { $0[column] }.reduce(0, +)) }
        let grand = problem.quantity(cells.flatMap { $0 }, value: values.flatMap { $0 }.reduce(0, +))
        for row in 0..<rows { problem.line(total: rowTotals[row], parts: cellQuantities[row]) }
        for column in 0..<columns { problem.line(total: columnTotals[column], parts: cellQuantities.map { $0[column] }) }
        problem.line(total: grand, parts: rowTotals)
        problem.line(total: grand, parts: columnTotals)
        let decision = DisclosureControl.protect(problem, threshold: threshold)
        Self.assertProtected(problem, decision, "tabell \(seed): \(values)")
    }

    @Test func aLoneSmallCellInARowTakesAComplementWithIt() {
        var problem = DisclosureProblem()
        let (a, b) = (problem.newAtom(), problem.newAtom())
        let small = problem.quantity([a], value: 4)
        let large = problem.quantity([b], value: 6)
        let total = problem.quantity([a, b], value: 10)
        problem.line(total: total, parts: [small, large])
        let decision = DisclosureControl.protect(problem, threshold: 5)
        #expect(decision.suppressed[small] == .small)
        #expect(decision.suppressed[large] == .complementary)
        #expect(decision.suppressed[total] == nil)
    }

    @Test func zeroAndWholeOfASmallGroupAreNotPublished() {
        var problem = DisclosureProblem()
        let (a, b) = (problem.newAtom(), problem.newAtom())
        let all = problem.quantity([a], value: 7)
        let none = problem.quantity([b], value: 0)
        let total = problem.quantity([a, b], value: 7)
        problem.share(all, of: total, threshold: 5)
        problem.share(none, of: total, threshold: 5)
        problem.line(total: total, parts: [all, none])
        let decision = DisclosureControl.protect(problem, threshold: 5)
        #expect(decision.suppressed[all] != nil)
        #expect(decision.suppressed[none] != nil)
        #expect(decision.suppressed[total] == nil)
    }
}
