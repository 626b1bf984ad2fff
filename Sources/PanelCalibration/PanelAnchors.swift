import Foundation
import PIIData
import PIIIndex

/// What the illustrative panel is built from (the files in `Anchors/`, documented in the
/// data README): each indicator's realistic range, leader and yearly movement; each
/// province's 2025 total (published or assumed), profile and recent movement.
public struct PanelAnchors: Sendable {
    public struct IndicatorAnchor: Sendable {
        public var code: String
        /// The raw values that normalise to 0 and to 100.
        public var low: Double
        public var high: Double
        /// The province that scores 100.
        public var leader: String
        /// For an indicator whose leader is far ahead: the province whose value the leader's
        /// is winsorised to (so both score 100), and how far ahead the leader's raw value is.
        public var runnerUp: String?
        public var outlierFactor: Double?
        public var kind: MovementKind
        /// Yearly movement: a growth rate (`growth`), points (`level`, `survey`) or none (`rate`).
        public var change: Double
        /// The spread of the yearly movement (a share for `growth`, points otherwise).
        public var noise: Double
        /// Decimals the values are published with.
        public var digits: Int
    }

    /// How an indicator moves from year to year.
    public enum MovementKind: String, Sendable {
        /// Grows by a rate (counts, spending, per-capita values).
        case growth
        /// Rises by points (shares).
        case level
        /// A survey score that drifts by points with noise (PCI, PAPI, PAR Index, DTI).
        case survey
        /// A rate that only fluctuates (growth rates, yearly indices, budget shares).
        case rate
    }

    public struct ProvinceAnchor: Sendable {
        public var id: String
        public var total: Double
        public var published: Bool
        public var input: Double?
        public var output: Double?
        /// Published pillar scores, in framework order (Bắc Ninh only).
        public var pillars: [Double?]
        /// How much stronger (+) or weaker (−) than its total the province is on each pillar.
        public var tilts: [Double]
        /// The rise of the province's index into 2025 and into 2024, in points.
        public var change2024: Double
        public var change2023: Double
    }

    public var indicators: [IndicatorAnchor]
    public var provinces: [ProvinceAnchor]
    /// Where each pillar's scores sit relative to the provinces' totals, by pillar code.
    public var pillarOffsets: [String: Double]

    /// The anchors committed with the generator.
    public static func bundled() throws -> PanelAnchors {
        guard let directory = Bundle.module.url(forResource: "Anchors", withExtension: nil) else {
            throw InputError(file: "Anchors", message: .anchorFilesMissing)
        }
        return try load(from: directory)
    }

    public static func load(from directory: URL) throws -> PanelAnchors {
        let indicatorTable = try InputTable.first(url: directory.appendingPathComponent("indicators.csv"), file: "indicators.csv")
        let provinceTable = try InputTable.first(url: directory.appendingPathComponent("provinces.csv"), file: "provinces.csv")
        let pillarTable = try InputTable.first(url: directory.appendingPathComponent("pillars.csv"), file: "pillars.csv")
        let indicators = try indicatorTable.records.map { record in
            let number = { (column: String) throws -> Double in try Self.number(indicatorTable, record, column) }
            let text = { (column: String) in indicatorTable.value(record, column) }
            guard let kind = MovementKind(rawValue: text("kind")) else {
                throw indicatorTable.error(record, "kind", .notAMovementKind)
            }
            return IndicatorAnchor(
                code: text("code"), low: try number("low"), high: try number("high"), leader: text("leader"),
                runnerUp: text("runner_up").isEmpty ? nil : text("runner_up"),
                outlierFactor: text("outlier_factor").isEmpty ? nil : try number("outlier_factor"),
                kind: kind, change: try number("change"), noise: try number("noise"),
                digits: Int(try number("digits")))
        }
        let provinces = try provinceTable.records.map { record in
            let number = { (column: String) throws -> Double in try Self.number(provinceTable, record, column) }
            let optional = { (column: String) throws -> Double? in
                provinceTable.value(record, column).isEmpty ? nil : try number(column)
            }
            return ProvinceAnchor(
                id: provinceTable.value(record, "id"), total: try number("total_2025"),
                published: provinceTable.value(record, "source") == "published",
                input: try optional("input"), output: try optional("output"),
                pillars: try (1...7).map { try optional("pillar_\($0)") },
                tilts: try (1...7).map { try number("tilt_\($0)") },
                change2024: try number("change_2024"), change2023: try number("change_2023"))
        }
        var offsets: [String: Double] = [:]
        for record in pillarTable.records {
            offsets[pillarTable.value(record, "pillar")] = try number(pillarTable, record, "offset")
        }
        return PanelAnchors(indicators: indicators, provinces: provinces, pillarOffsets: offsets)
    }

    private static func number(_ table: InputTable, _ record: InputTable.Record, _ column: String) throws -> Double {
        guard let value = Double(table.value(record, column)) else {
            throw table.error(record, column, .notANumber(quoted(table.value(record, column))))
        }
        return value
    }
}
