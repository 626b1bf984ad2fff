/// What one raw unit of an indicator costs, and how far it may move: a row of the cost CSV.
public struct IndicatorCost: Sendable, Equatable {
    /// In any currency, the same for every row (the reports call it "cost"); nil: one unit
    /// per normalised point.
    public var costPerUnit: Double?
    /// The most the indicator may improve, in its own unit; nil: up to its domain.
    public var maxChange: Double?

    public init(costPerUnit: Double? = nil, maxChange: Double? = nil) {
        self.costPerUnit = costPerUnit
        self.maxChange = maxChange
    }
}
