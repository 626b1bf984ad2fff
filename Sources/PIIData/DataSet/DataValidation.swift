import Foundation
import PIIIndex

/// Everything `pii validate` reports about a data set: the errors found while reading (which
/// stop every other command), and warnings about completeness and variance (which do not).
public struct ValidationReport: Sendable {
    /// One missing value, for the department that must report it.
    public struct MissingValue: Sendable, Hashable {
        public var year: Int
        public var province: Int
        public var indicator: Int
    }

    /// What one year holds.
    public struct YearSummary: Sendable, Equatable {
        public var year: Int
        /// Provinces with at least one value.
        public var provinces: Int
        public var values: Int
        public var missing: Int
    }

    public var errors: [DataIssue]
    public var warnings: [DataIssue]
    public var years: [YearSummary]
    /// Missing values grouped by the indicator's owner (framework order of first appearance);
    /// indicators without an owner are grouped under an empty name.
    public var missingByOwner: [(owner: String, values: [MissingValue])]

    public var isValid: Bool { errors.isEmpty }
}

/// The checks of `pii validate` beyond what reading a file finds: completeness per year,
/// province and indicator, years with provinces that report nothing, indicators with no
/// variance.
public enum DataValidation {
    /// A panel of 0–100 scores (`DataSet.valuesAreNormalised`) has the bounds 0 and 100.
    public static func check(_ data: DataSet) -> ValidationReport {
        let framework = data.framework, provinces = data.provinces, valuesAreNormalised = data.valuesAreNormalised
        let file = data.paths.panel ?? "(embedded) panel.csv"
        var warnings: [DataIssue] = []
        var summaries: [ValidationReport.YearSummary] = []
        var missing: [ValidationReport.MissingValue] = []
        // A value that is there but wrong is an error, not also a missing value.
        let wrong = Set(data.issues.compactMap { issue -> ValidationReport.MissingValue? in
            guard issue.severity == .error, let year = issue.year, let province = issue.province, let indicator = issue.indicator else { return nil }
            return .init(year: year, province: province, indicator: indicator)
        })
        for year in data.panel.years {
            let table = data.panel[year]!
            var silent: [Int] = []
            var reporting = 0
            for p in 0..<provinces.count {
                let present = (0..<framework.indicators.count).filter { table[p, $0] != nil }.count
                if present == 0 {
                    silent.append(p)
                } else {
                    reporting += 1
                    for i in 0..<framework.indicators.count where table[p, i] == nil {
                        let value = ValidationReport.MissingValue(year: year, province: p, indicator: i)
                        if !wrong.contains(value) { missing.append(value) }
                    }
                }
            }
            if !silent.isEmpty {
                let names = silent.map { provinces[$0].name }.joined(separator: ", ")
                warnings.append(DataIssue(
                    .warning, .incompleteYear,
                    InputError(file: file, message: .provincesWithoutValues(year: year, count: silent.count, of: provinces.count, names: names)),
                    year: year))
            }
            for (i, indicator) in framework.indicators.enumerated() {
                let values = (0..<provinces.count).compactMap { table[$0, i] }
                if values.count >= 2, let first = values.first, values.allSatisfy({ $0 == first }) {
                    warnings.append(DataIssue(
                        .warning, .noVariance,
                        InputError(file: file, field: indicator.code, message: .noVariance(year: year, code: indicator.code, value: formatNumber(first))),
                        year: year, indicator: i))
                }
            }
            summaries.append(.init(
                year: year, provinces: reporting, values: provinces.count * framework.indicators.count - table.missingCount,
                missing: table.missingCount - silent.count * framework.indicators.count))
        }
        // Values on a bound of a two-sided domain: the forecast's logit cannot hold a bound
        // itself and takes them a little inside it (docs/forecasting.md).
        for (i, indicator) in framework.indicators.enumerated() {
            guard valuesAreNormalised || (indicator.domain.min != nil && indicator.domain.max != nil) else { continue }
            let low = valuesAreNormalised ? 0 : indicator.domain.min!, high = valuesAreNormalised ? 100 : indicator.domain.max!
            var count = 0
            for year in data.panel.years {
                for p in 0..<provinces.count {
                    if let value = data.panel[year]![p, i], value <= low || value >= high { count += 1 }
                }
            }
            if count > 0 {
                warnings.append(DataIssue(
                    .warning, .onBound,
                    InputError(file: file, field: indicator.code, message: .valuesOnBound(count: count, code: indicator.code, domain: "\(formatNumber(low))–\(formatNumber(high))")),
                    indicator: i))
            }
        }
        for value in missing {
            let indicator = framework.indicators[value.indicator]
            warnings.append(DataIssue(
                .warning, .missingValue,
                InputError(file: file, field: indicator.code, message: .missingValue(year: value.year, province: provinces[value.province].name, code: indicator.code, owner: indicator.owner.isEmpty ? nil : indicator.owner)),
                year: value.year, province: value.province, indicator: value.indicator))
        }
        var byOwner: [(owner: String, values: [ValidationReport.MissingValue])] = []
        for value in missing {
            let owner = framework.indicators[value.indicator].owner
            if let index = byOwner.firstIndex(where: { $0.owner == owner }) {
                byOwner[index].values.append(value)
            } else {
                byOwner.append((owner, [value]))
            }
        }
        // What every other command refuses is an error here too.
        let empty = data.panel.years.isEmpty
            ? [DataIssue(.error, .noValues, InputError(file: file, message: .panelWithoutValues))]
            : []
        return ValidationReport(
            errors: data.issues.filter { $0.severity == .error } + empty,
            warnings: data.issues.filter { $0.severity == .warning } + warnings,
            years: summaries, missingByOwner: byOwner)
    }
}
