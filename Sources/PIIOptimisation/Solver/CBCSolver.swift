import CCBC
import Synchronization

/// Solves mixed-integer programmes with COIN-OR CBC through its C interface.
///
/// CBC is not reliably thread-safe (coin-or/Cbc#223, #332), so every call goes through one
/// lock; the programmes the engine builds are small, and the simulation, not the solver, is
/// what runs in parallel.
public enum CBCSolver {
    private static let lock = Mutex(())

    /// - Parameters:
    ///   - timeLimit: seconds before CBC stops with the best solution found.
    ///   - start: a known feasible solution to start from (one value per column), if any.
    public static func solve(_ program: MixedIntegerProgram, timeLimit: Double, start: [Double]? = nil) -> MixedIntegerSolution {
        lock.withLock { _ in solveAlone(program, timeLimit: timeLimit, start: start) }
    }

    private static func solveAlone(_ program: MixedIntegerProgram, timeLimit: Double, start: [Double]?) -> MixedIntegerSolution {
        guard let model = Cbc_newModel() else {
            return MixedIntegerSolution(status: .unknown, values: [], objective: .nan, bound: .nan)
        }
        defer { Cbc_deleteModel(model) }
        Cbc_setLogLevel(model, 0)
        for (number, column) in program.columns.enumerated() {
            Cbc_addCol(model, "x\(number)", column.lower, column.upper, column.objective,
                       column.isInteger ? 1 : 0, 0, nil, nil)
        }
        for (number, row) in program.rows.enumerated() {
            var columns = row.columns.map(Int32.init)
            var coefficients = row.coefficients
            let name = "r\(number)"
            if row.lower.isFinite {
                Cbc_addRow(model, name + "l", Int32(columns.count), &columns, &coefficients, 71 /* G */, row.lower)
            }
            if row.upper.isFinite {
                Cbc_addRow(model, name + "u", Int32(columns.count), &columns, &coefficients, 76 /* L */, row.upper)
            }
        }
        Cbc_setObjSense(model, program.maximise ? -1 : 1)
        Cbc_setMaximumSeconds(model, timeLimit)
        if let start, start.count == program.columns.count {
            var indices = (0..<Int32(start.count)).map { $0 }
            var values = start
            Cbc_setMIPStartI(model, Int32(start.count), &indices, &values)
        }
        Cbc_solve(model)
        let count = program.columns.count
        guard let solution = Cbc_getColSolution(model) else {
            return MixedIntegerSolution(status: Cbc_isProvenInfeasible(model) != 0 ? .infeasible : .unknown,
                                        values: [], objective: .nan, bound: .nan)
        }
        let values = (0..<count).map { solution[$0] }
        let status: MixedIntegerSolution.Status
        if Cbc_isProvenOptimal(model) != 0 {
            status = .optimal
        } else if Cbc_isProvenInfeasible(model) != 0 {
            status = .infeasible
        } else {
            status = values.isEmpty ? .unknown : .feasible
        }
        return MixedIntegerSolution(
            status: status, values: values, objective: Cbc_getObjValue(model), bound: Cbc_getBestPossibleObjValue(model))
    }
}
