/// One problem found in a data set, with where it is and how serious.
public struct DataIssue: Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning }

    public enum Kind: String, Sendable, CaseIterable {
        case malformed = "malformed value"
        case unknownProvince = "unknown province"
        case unknownIndicator = "unknown indicator"
        case duplicateRow = "duplicated row"
        case outsideDomain = "value outside the domain"
        case yearOutOfRange = "year out of range"
        case missingValue = "missing value"
        case incompleteYear = "year with missing provinces"
        case noVariance = "indicator with no variance"
        case onBound = "values on a domain bound"
        case noValues = "a panel without values"
    }

    public var severity: Severity
    public var kind: Kind
    public var location: InputError
    public var year: Int?
    public var province: Int?
    public var indicator: Int?

    public init(_ severity: Severity, _ kind: Kind, _ location: InputError,
                year: Int? = nil, province: Int? = nil, indicator: Int? = nil) {
        self.severity = severity
        self.kind = kind
        self.location = location
        self.year = year
        self.province = province
        self.indicator = indicator
    }
}
