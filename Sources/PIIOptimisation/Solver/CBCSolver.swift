import CCBC
import Synchronization

/// Solves mixed-integer programmes with COIN-OR CBC through its C interface.
///
/// CBC is not reliably thread-safe (coin-or/Cbc#223, #332), so every call goes through one
/// lock; the programmes the engine builds are small, and the simulation, not the solver, is
/// what runs in parallel.
public enum CBCSolver {
    private static let lock = Mutex(())

    /// The limits of one solve. The branch-and-bound nodes are the limit that binds, so that a
    /// result does not depend on the machine's speed; the seconds are a safety net only, and a
    /// solution they stopped says so (`stoppedByTime`).
    public struct Limits: Sendable {
        public var nodes: Int32 = 20_000
        public var seconds: Double = 120

        public init(nodes: Int32 = 20_000, seconds: Double = 120) {
            self.nodes = nodes
            self.seconds = seconds
        }
    }

    /// - Parameter start: a known feasible solution to start from (one value per column), if any.
    public static func solve(_ program: MixedIntegerProgram, limits: Limits = Limits(), start: [Double]? = nil) -> MixedIntegerSolution {
        lock.withLock { _ in solveAlone(program, limits: limits, start: start) }
    }

    private static func solveAlone(_ program: MixedIntegerProgram, limits: Limits, start: [Double]?) -> MixedIntegerSolution {
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
        Cbc_setMaximumNodes(model, limits.nodes)
        Cbc_setMaximumSeconds(model, limits.seconds)
        if let start, start.count == program.columns.count {
            var indices = (0..<Int32(start.count)).map { $0 }
            var values = start
            Cbc_setMIPStartI(model, Int32(start.count), &indices, &values)
        }
        Cbc_solve(model)
        let stoppedByTime = Cbc_isSecondsLimitReached(model) != 0
        // CBC's best integer solution, not the column values of whatever relaxation it stopped
        // in: a search stopped before its first integer solution has none. A programme without
        // integer columns is a linear one: its solution is the proven optimal relaxation's.
        let isLinear = !program.columns.contains(where: \.isInteger)
        let solved: UnsafePointer<Double>?
        if isLinear {
            solved = Cbc_isProvenOptimal(model) != 0 ? Cbc_getColSolution(model) : nil
        } else {
            solved = Cbc_bestSolution(model).map { UnsafePointer($0) }
        }
        guard Cbc_isProvenInfeasible(model) == 0, let best = solved else {
            return MixedIntegerSolution(status: Cbc_isProvenInfeasible(model) != 0 ? .infeasible : .unknown,
                                        values: [], objective: .nan, bound: .nan, stoppedByTime: stoppedByTime)
        }
        let values = (0..<program.columns.count).map { best[$0] }
        return MixedIntegerSolution(
            status: Cbc_isProvenOptimal(model) != 0 ? .optimal : .feasible, values: values,
            objective: Cbc_getObjValue(model), bound: Cbc_getBestPossibleObjValue(model), stoppedByTime: stoppedByTime)
    }
}
