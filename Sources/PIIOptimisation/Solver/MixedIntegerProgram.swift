/// A mixed-integer linear programme: bounded columns (variables), some integer, and rows
/// `lower ≤ Σ coefficient · column ≤ upper`.
public struct MixedIntegerProgram: Sendable {
    public struct Column: Sendable {
        public var lower: Double
        public var upper: Double
        public var objective: Double
        public var isInteger: Bool

        public init(lower: Double = 0, upper: Double = 1, objective: Double = 0, isInteger: Bool = true) {
            self.lower = lower
            self.upper = upper
            self.objective = objective
            self.isInteger = isInteger
        }
    }

    public struct Row: Sendable {
        public var columns: [Int]
        public var coefficients: [Double]
        public var lower: Double
        public var upper: Double

        public init(columns: [Int], coefficients: [Double], lower: Double = -.infinity, upper: Double = .infinity) {
            self.columns = columns
            self.coefficients = coefficients
            self.lower = lower
            self.upper = upper
        }
    }

    public var columns: [Column] = []
    public var rows: [Row] = []
    /// Maximise the objective (minimise when false).
    public var maximise = true

    public init() {}

    @discardableResult
    public mutating func addColumn(_ column: Column) -> Int {
        columns.append(column)
        return columns.count - 1
    }

    public mutating func addRow(_ row: Row) {
        rows.append(row)
    }
}

/// What a solver found.
public struct MixedIntegerSolution: Sendable {
    public enum Status: Sendable, Equatable {
        /// Proven optimal.
        case optimal
        /// Stopped at a limit with an integer feasible solution.
        case feasible
        /// Proven to have no solution.
        case infeasible
        /// Stopped without a solution, or failed.
        case unknown
    }

    public var status: Status
    public var values: [Double]
    public var objective: Double
    /// The best bound the search proved on the objective.
    public var bound: Double
    /// Whether the safety limit on seconds stopped the search (then the result depends on
    /// the machine's speed, and the outputs say so); the node limit is what normally binds.
    public var stoppedByTime = false
}
