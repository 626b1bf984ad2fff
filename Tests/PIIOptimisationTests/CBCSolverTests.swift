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
        let solution = CBCSolver.solve(program, timeLimit: 10)
        #expect(solution.status == .optimal)
        #expect(solution.values.map { $0.rounded() } == [1, 0, 1, 1])
        #expect(abs(solution.objective - 25) < 1e-9)
    }

    @Test func anInfeasibleProgramSaysSo() {
        var program = MixedIntegerProgram()
        program.addColumn(.init(objective: 1))
        program.addRow(.init(columns: [0], coefficients: [1], lower: 2))
        #expect(CBCSolver.solve(program, timeLimit: 5).status == .infeasible)
    }
}
