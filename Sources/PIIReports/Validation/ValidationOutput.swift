import PIIData
import PIIIndex

/// The outputs of `pii validate`: errors first (each with file, line and field), then what is
/// missing grouped by the department that owns it, then the other warnings.
public struct ValidationOutput: Sendable {
    public let data: DataSet
    public let report: ValidationReport
    public let language: Language
    /// The method the missing-value note ranks with.
    public let settings: MethodSettings

    public init(data: DataSet, report: ValidationReport, language: Language, settings: MethodSettings = .standard) {
        self.data = data
        self.report = report
        self.language = language
        self.settings = settings
    }

    public func table() -> String {
        var text = "\(Label.validation.text(language)): \(data.panelDescription)\n"
        for layout in data.layouts { text += wrapped("  \(Label.readAs.text(language)): \(layout.text(language))", indent: 4) + "\n" }
        text += "\n"
        var years = TextTable([
            .init(Label.year.text(language)), .init(Label.provinces.text(language), .right),
            .init(Label.values.text(language), .right), .init(Label.missingCount.text(language), .right),
        ])
        for summary in report.years {
            years.add([String(summary.year), "\(summary.provinces)/\(data.provinces.count)", String(summary.values), String(summary.missing)])
        }
        text += years.render()
        if !report.errors.isEmpty {
            text += "\n\(Label.errors.text(language)) (\(report.errors.count)):\n"
            for group in IssueGroup.runs(of: report.errors) { text += wrapped("  ✗ \(group.text(language))", indent: 4) + "\n" }
        }
        if !report.missingByOwner.isEmpty {
            text += "\n\(Label.missingByOwner.text(language)):\n"
            for (owner, values) in report.missingByOwner {
                let name = owner.isEmpty ? Label.noOwner.text(language) : owner
                text += wrapped("  \(name) (\(values.count)): " + describe(values), indent: 4) + "\n"
            }
        }
        let notes = missingValueNotes.flatMap { $0.lines(data.provinces, language: language) }
        if !notes.isEmpty {
            text += "\n\(Label.missingAndRanks.text(language)):\n"
            for line in notes { text += wrapped("  ! \(line)", indent: 4) + "\n" }
        }
        let others = report.warnings.filter { $0.kind != .missingValue }
        if !others.isEmpty {
            text += "\n\(Label.warnings.text(language)) (\(others.count)):\n"
            for issue in others { text += wrapped("  ! \(issue.location.message.text(language))", indent: 4) + "\n" }
        }
        text += "\n" + (report.isValid
            ? "✓ \(Label.noErrors.text(language))"
            : "✗ \(report.errors.count) \(Label.errorsFound.text(language))") + "\n"
        return text
    }

    /// For every year with gaps, the ranks they give and would give under `lowest`.
    var missingValueNotes: [MissingValueNote] {
        let scorer = BatchScorer(framework: data.framework, settings: settings)
        return data.panel.years.compactMap { year in
            guard let table = data.panel[year], table.missingCount > 0 else { return nil }
            let note = MissingValueNote(framework: data.framework, table: table, year: year, settings: settings,
                                        ranks: scorer.score(table).ranks)
            return note.entries.isEmpty ? nil : note
        }
    }

    /// Missing values as "code year: province, province; …", in framework order.
    private func describe(_ values: [ValidationReport.MissingValue]) -> String {
        var keys: [(indicator: Int, year: Int)] = []
        var provinces: [String: [String]] = [:]
        for value in values {
            let key = "\(value.indicator)/\(value.year)"
            if provinces[key] == nil { keys.append((value.indicator, value.year)) }
            provinces[key, default: []].append(data.provinces[value.province].name)
        }
        return keys.sorted { ($0.indicator, $0.year) < ($1.indicator, $1.year) }.map { key in
            let names = provinces["\(key.indicator)/\(key.year)"]!
            return "\(data.framework.indicators[key.indicator].code) \(key.year): \(names.joined(separator: ", "))"
        }.joined(separator: "; ")
    }

    public func json() -> JSONValue {
        func issue(_ issue: DataIssue) -> JSONValue {
            .object([
                ("severity", .string(issue.severity.rawValue)),
                ("kind", .string(issue.kind.rawValue)),
                ("file", .string(issue.location.file)),
                ("line", .integer(issue.location.line)),
                ("sheet", issue.location.sheet.map { .string($0) } ?? .null),
                ("place", .string(issue.location.place)),
                ("field", issue.location.field.map { .string($0) } ?? .null),
                ("message", .string(issue.location.message.text(language))),
            ])
        }
        return .object([
            ("panel", .string(data.panelDescription)),
            ("valid", .bool(report.isValid)),
            ("layouts", .array(data.layouts.map { .string($0.text(language)) })),
            ("years", .array(report.years.map {
                .object([("year", .integer($0.year)), ("provinces", .integer($0.provinces)),
                         ("values", .integer($0.values)), ("missing", .integer($0.missing))])
            })),
            ("errors", .array(report.errors.map(issue))),
            ("missing_by_owner", .array(report.missingByOwner.map { owner, values in
                .object([
                    ("owner", .string(owner)),
                    ("count", .integer(values.count)),
                    ("values", .array(values.map {
                        .object([("year", .integer($0.year)), ("province", .string(data.provinces[$0.province].id)),
                                 ("indicator", .string(data.framework.indicators[$0.indicator].code))])
                    })),
                ])
            })),
            ("warnings", .array(report.warnings.map(issue))),
            ("missing_values", .array(missingValueNotes.map { $0.json(data.provinces) })),
        ])
    }
}
