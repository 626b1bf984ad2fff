/// How an indicator's outliers are treated before normalisation (methodology §2.2).
public enum OutlierTreatment: String, Sendable, CaseIterable {
    /// The GII rule: winsorise while skewness and kurtosis exceed the thresholds, else a scaled log.
    case gii
    /// Values are normalised as they are.
    case none
}

/// Fixed normalisation bounds: the indicator is scaled between them instead of the
/// provinces' minimum and maximum (methodology §2.3).
public struct Goalposts: Sendable, Equatable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }
}

/// The values an indicator can physically take (a share lies in 0–100, a PCI sub-index in
/// 0–10). An absent bound means unbounded on that side.
public struct Domain: Sendable, Equatable {
    public var min: Double?
    public var max: Double?

    public init(min: Double? = nil, max: Double? = nil) {
        self.min = min
        self.max = max
    }

    public static let unbounded = Domain()

    public func contains(_ value: Double) -> Bool {
        if let min, value < min { return false }
        if let max, value > max { return false }
        return true
    }

    /// The nearest value inside the domain.
    public func clamp(_ value: Double) -> Double {
        var result = value
        if let min, result < min { result = min }
        if let max, result > max { result = max }
        return result
    }
}

/// One row of the framework: a block, pillar, group or indicator.
public struct FrameworkNode: Sendable, Equatable {
    public var code: String
    public var level: NodeLevel
    /// The code of the node this one is averaged into (`PII` for a block).
    public var parent: String
    public var nameVI: String
    public var nameEN: String
    /// The unit in English (the framework file's `unit` column).
    public var unit: String
    /// The unit in Vietnamese (`unit_vi`); empty when the file gives none.
    public var unitVI: String
    /// +1 when a higher value is better, −1 when a lower one is. Used by indicators only.
    public var direction: Int
    /// The node's weight in its parent's weighted mean; positive.
    public var weight: Double
    public var treatment: OutlierTreatment
    public var goalposts: Goalposts?
    public var domain: Domain
    /// The provincial department responsible for the indicator's data and its improvement.
    public var owner: String
    /// Whether the node is known from published sources (`known`) or assumed by analogy
    /// with the GII (`assumed`).
    public var status: String

    public init(
        code: String, level: NodeLevel, parent: String, nameVI: String, nameEN: String = "",
        unit: String = "", unitVI: String = "", direction: Int = 1, weight: Double = 1,
        treatment: OutlierTreatment = .gii, goalposts: Goalposts? = nil,
        domain: Domain = .unbounded, owner: String = "", status: String = ""
    ) {
        self.code = code
        self.level = level
        self.parent = parent
        self.nameVI = nameVI
        self.nameEN = nameEN
        self.unit = unit
        self.unitVI = unitVI
        self.direction = direction
        self.weight = weight
        self.treatment = treatment
        self.goalposts = goalposts
        self.domain = domain
        self.owner = owner
        self.status = status
    }

    /// The unit in `language`, falling back to the other language's.
    public func unit(in language: Language) -> String {
        switch language {
        case .vi: unitVI.isEmpty ? unit : unitVI
        case .en: unit.isEmpty ? unitVI : unit
        }
    }

    /// The node's name in `language`, falling back to the Vietnamese name.
    public func name(in language: Language) -> String {
        switch language {
        case .vi: nameVI
        case .en: nameEN.isEmpty ? nameVI : nameEN
        }
    }
}
