import Testing
@testable import Statistics

struct LinearProgramTests {
    @Test func rangeOfACellInATwoByTwoTableWithMargins() throws {
        // x0 + x1 = 10, x2 + x3 = 5, x0 + x2 = 8, x1 + x3 = 7
        let program = LinearProgram(variableCount: 4, constraints: [
            .init([(0, 1), (1, 1)], .equal, 10), .init([(2, 1), (3, 1)], .equal, 5),
            .init([(0, 1), (2, 1)], .equal, 8), .init([(1, 1), (3, 1)], .equal, 7),
        ])
        let ranges = try #require(program.ranges(of: [[(0, 1)], [(3, 1)], [(0, 1), (1, 1)]]))
        #expect(ranges[0].min == 3 && ranges[0].max == 8)
        #expect(ranges[1].min == 0 && ranges[1].max == 5)
        #expect(ranges[2].min == 10 && ranges[2].max == 10)
    }

    @Test func atMostConstraintsAndUnboundedMaximum() throws {
        let program = LinearProgram(variableCount: 3, constraints: [.init([(0, 1), (1, 1)], .atMost, 4)])
        let ranges = try #require(program.ranges(of: [[(0, 1)], [(2, 1)]]))
        #expect(ranges[0].min == 0 && ranges[0].max == 4)
        #expect(ranges[1].max == .infinity)
    }

    @Test func contradictionIsInfeasible() {
        let program = LinearProgram(variableCount: 1, constraints: [.init([(0, 1)], .equal, 2), .init([(0, 1)], .equal, 3)])
        #expect(program.ranges(of: [[(0, 1)]]) == nil)
    }

    @Test func redundantConstraintsAreHarmless() throws {
        let program = LinearProgram(variableCount: 2, constraints: [
            .init([(0, 1), (1, 1)], .equal, 6), .init([(0, 1), (1, 1)], .equal, 6), .init([(0, 2), (1, 2)], .equal, 12),
        ])
        let ranges = try #require(program.ranges(of: [[(0, 1)]]))
        #expect(ranges[0].min == 0 && ranges[0].max == 6)
    }
}
