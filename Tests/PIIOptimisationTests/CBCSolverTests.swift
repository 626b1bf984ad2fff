import Testing
@testable import PIIOptimisation

@Suite struct CBCSolverTests {
    /// A small knapsack: values 10, 13, 7, 8; weights 5, 7, 4, 3; capacity 12. Of the subsets
    /// that fit, {0, 2, 3} (weight 12, value 25) beats {0, 1} (23), {1, 3} (21) and {1, 2} (20).
    @Test func aKnapsackIsSolvedToOptimality() {
        var program = MixedIntegerProgram()
        let values = [10.0, 13, 7, 8], weights = [5.0, 7, 4, 3]
        for value in values { program.addColumn(.init(objective: value)) }
        program.addRow(.init(columns: [0, 1, 2, 3], coefficients: weights, upper: 12))
        let solution = CBCSolver.solve(program)
        #expect(solution.status == .optimal)
        #expect(solution.values.map { $0.rounded() } == [1, 0, 1, 1])
        #expect(abs(solution.objective - 25) < 1e-9)
    }

    @Test func anInfeasibleProgramSaysSo() {
        var program = MixedIntegerProgram()
        program.addColumn(.init(objective: 1))
        program.addRow(.init(columns: [0], coefficients: [1], lower: 2))
        #expect(CBCSolver.solve(program).status == .infeasible)
    }

    /// Stopped by the node limit (issue 14, case 18): whatever CBC reports, a solution it
    /// hands back is integer and feasible — its best integer solution, not a relaxation — and
    /// the seconds limit did not bind, so the result does not depend on the machine.
    @Test func aNodeLimitedSearchReturnsOnlyIntegerSolutions() {
        var program = MixedIntegerProgram()
        let count = 40
        let values = (0..<count).map { Double(37 + ($0 * 17) % 23) }, weights = (0..<count).map { Double(11 + ($0 * 13) % 19) }
        for value in values { program.addColumn(.init(objective: value)) }
        program.addRow(.init(columns: Array(0..<count), coefficients: weights, upper: 173.5))
        for nodes in [Int32(1), 5, 20_000] {
            let solution = CBCSolver.solve(program, limits: CBCSolver.Limits(nodes: nodes))
            #expect(!solution.stoppedByTime)
            #expect(solution.status != .infeasible)
            if solution.status == .optimal || solution.status == .feasible {
                #expect(solution.values.allSatisfy { abs($0 - $0.rounded()) < 1e-6 })
                #expect(zip(solution.values, weights).map { $0.rounded() * $1 }.reduce(0, +) <= 173.5 + 1e-6)
            } else {
                #expect(solution.values.isEmpty)
            }
        }
        #expect(CBCSolver.solve(program).status == .optimal)
    }
}
