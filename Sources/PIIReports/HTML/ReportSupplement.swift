/// What a search adds to a run's HTML report, from the module that knows the search (the
/// optimiser's choice and frontier, the pathway's targets): so that the report, and every
/// plain table, needs no solver.
public protocol ReportSupplement: Sendable {
    /// The version funded per measure of the scenario (its index → the chosen version's
    /// index); nil when the supplement chooses no measures.
    var fundedVersions: [Int: Int]? { get }
    /// What goes under the measures table (markup).
    func measuresNote(in report: HTMLReport) -> String
    /// The sections after the measures, in order.
    func sections(in report: HTMLReport) -> [ReportSection]
}

extension ReportSupplement {
    public var fundedVersions: [Int: Int]? { nil }
    public func measuresNote(in report: HTMLReport) -> String { "" }
}

/// One section of a report: its `id` (for links and tests) and its markup.
public struct ReportSection: Sendable {
    public let id: String
    public let content: String

    public init(id: String, content: String) {
        self.id = id
        self.content = content
    }
}
