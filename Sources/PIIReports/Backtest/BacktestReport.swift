import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIISimulation

/// The outputs of `pii backtest`: per forecaster and horizon the rank CRPS beside the naive
/// rules, the coverage of the 50 % and 90 % rank intervals beside the probability they held,
/// the Brier score and mean absolute error, and the reliability of P(rank ≤ top) at short
/// horizons; as a table, JSON, or an HTML page with the charts.
public struct BacktestReport: Sendable {
    public let result: Backtest.Result
    public let data: DataSet
    public let language: Language

    public init(result: Backtest.Result, data: DataSet, language: Language) {
        self.result = result
        self.data = data
        self.language = language
    }

    var settings: Backtest.Settings { result.settings }
    var forecasters: [Forecaster] { settings.forecasters }
    var horizons: ClosedRange<Int> { 1...max(result.horizons, 1) }
    /// The forecaster whose reliability is shown: the default model when it ran.
    var featured: Forecaster {
        forecasters.first { $0 == .model(.localLevel, .resample) } ?? forecasters.first { !$0.isBaseline } ?? forecasters[0]
    }

    func text(_ label: Label, _ arguments: String...) -> String { label.filled(language, arguments) }

    /// A ratio or share with two (three) decimals, "–" when there is none.
    private func number(_ value: Double, _ digits: Int = 2) -> String {
        value.isFinite ? readable(String(format: "%.\(digits)f", value), language) : "–"
    }

    // MARK: Table

    public func table() -> String {
        var out = text(.backtestTitle) + "\n"
        out += wrapped(text(.backtestSetup, settings.origins.map(\.description).joined(separator: ", "), String(settings.horizon),
                            String(settings.scenarios), String(settings.seed))) + "\n"
        out += "\n" + wrapped(text(.crpsTitle)) + "\n"
        out += grid { forecaster, h in
            let score = result.scores[forecaster]![h - 1]
            return forecaster.isBaseline ? number(score.crps) : "\(number(score.crps)) (\(number(result.crpsRatio(forecaster, horizon: h))))"
        }
        out += wrapped(text(.crpsLegend)) + "\n"
        out += "\n" + wrapped(text(.coverage90Title)) + "\n"
        out += grid { forecaster, h in
            let score = result.scores[forecaster]![h - 1]
            return "\(number(score.coverage90)) / \(number(score.mass90))"
        }
        out += "\n" + wrapped(text(.coverage50Title)) + "\n"
        out += grid { forecaster, h in
            let score = result.scores[forecaster]![h - 1]
            return "\(number(score.coverage50)) / \(number(score.mass50))"
        }
        out += wrapped(text(.coverageLegend)) + "\n"
        out += "\n" + text(.brierTitle, String(settings.top)) + "\n"
        out += grid { forecaster, h in number(result.scores[forecaster]![h - 1].brier, 3) }
        out += "\n" + text(.maeTitle) + "\n"
        out += grid { forecaster, h in number(result.scores[forecaster]![h - 1].meanAbsoluteError, 1) }
        let cases = horizons.map { "h = \($0): \(result.scores[forecasters[0]]![$0 - 1].cases)" }.joined(separator: ", ")
        out += text(.cases) + ": " + cases + "\n"
        out += "\n" + text(.reliabilityTitle, String(settings.top), featured.description) + "\n"
        var reliability = TextTable([
            .init(text(.binShort)), .init(text(.cases), .right), .init(text(.forecastShort), .right), .init(text(.observedShort), .right),
        ])
        for bin in result.pooled(featured, horizons: 1...2).reliability where bin.cases > 0 {
            reliability.add([readable(String(format: "%.1f–%.1f", bin.low, bin.high), language), String(bin.cases), number(bin.meanForecast, 3), number(bin.observed, 3)])
        }
        out += reliability.render()
        if !result.notes.isEmpty {
            out += "\n" + text(.notesTitle) + "\n"
            for note in result.notes { out += wrapped("· \(note.text(language))") + "\n" }
        }
        for warning in result.warnings { out += wrapped("! \(warning.text(language))") + "\n" }
        out += wrapped(data.status(in: language)) + "\n"
        return out
    }

    /// One row per forecaster, one column per horizon.
    private func grid(_ cell: (Forecaster, Int) -> String) -> String {
        var table = TextTable([.init(text(.forecaster), maxWidth: 26)] + horizons.map { .init(text(.horizonShort, String($0)), .right) })
        for forecaster in forecasters {
            table.add([forecaster.description] + horizons.map { cell(forecaster, $0) })
        }
        return table.render()
    }

    // MARK: JSON

    public func json() -> JSONValue {
        func score(_ score: ForecastScore) -> [(String, JSONValue)] {
            [("cases", .integer(score.cases)), ("crps", .number(score.crps)), ("mean_absolute_error", .number(score.meanAbsoluteError)),
             ("coverage_50", .number(score.coverage50)), ("mass_50", .number(score.mass50)),
             ("coverage_90", .number(score.coverage90)), ("mass_90", .number(score.mass90)), ("brier", .number(score.brier))]
        }
        func bins(_ score: ForecastScore) -> JSONValue {
            .array(score.reliability.map { bin in
                .object([("low", .number(bin.low)), ("high", .number(bin.high)), ("cases", .integer(bin.cases)),
                         ("forecast", .number(bin.cases > 0 ? bin.meanForecast : nil)), ("observed", .number(bin.cases > 0 ? bin.observed : nil))])
            })
        }
        let entries: [JSONValue] = forecasters.map { forecaster in
            .object([
                ("name", .string(forecaster.description)),
                ("baseline", .bool(forecaster.isBaseline)),
                ("horizons", .array(horizons.map { h in
                    .object([("horizon", .integer(h))] + score(result.scores[forecaster]![h - 1])
                        + [("crps_ratio", .number(result.crpsRatio(forecaster, horizon: h)))])
                })),
                ("reliability_1_2", bins(result.pooled(forecaster, horizons: 1...2))),
            ])
        }
        return .object([
            ("origins", .array(settings.origins.map { .string("\($0.first)-\($0.last)") })),
            ("horizon", .integer(settings.horizon)),
            ("scenarios", .integer(settings.scenarios)),
            ("seed", .integer(Int(exactly: settings.seed))),
            ("top", .integer(settings.top)),
            ("forecasters", .array(entries)),
            ("notes", .array(result.notes.map { .string($0.en) })),
            ("warnings", .array(result.warnings.map { .string($0.en) })),
            ("data", .object([("illustrative", .bool(data.panelIsIllustrative)), ("panel", .string(data.panelDescription))])),
        ])
    }

    // MARK: HTML

    public func html() -> String {
        var body = element("h1", [:], escaped(text(.backtestTitle)))
        body += element("p", ["class": "subtitle"], escaped(text(.backtestSetup, settings.origins.map(\.description).joined(separator: ", "),
            String(settings.horizon), String(settings.scenarios), String(settings.seed))))
        body += element("section", ["id": "crps"], keptTogether(crpsChart()))
        body += element("section", ["id": "coverage"], keptTogether(coverageTable()))
        body += element("section", ["id": "reliability"], keptTogether(reliabilityChart()))
        if !result.notes.isEmpty {
            body += element("section", ["id": "notes"], element("h2", [:], escaped(text(.notesTitle)))
                + element("ul", [:], result.notes.map { element("li", [:], escaped($0.text(language))) }.joined()))
        }
        body += element("footer", [:], escaped("\(Label.generated.text(language)) · \(data.status(in: language))"))
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)">
            <head><meta charset="UTF-8"/><title>\(escaped(text(.backtestTitle)))</title><style>\(HTMLReport.style)\(Self.style)</style></head>
            <body>\(body)</body>
            </html>

            """
    }

    static let palette = ["#08306b", "#c62828", "#2e7d32", "#e08a00", "#6a3d9a", "#00838f", "#8d6e63", "#ad1457", "#546e7a", "#9e9d24"]
    static let style = """
        .chart .reference { stroke: #555; stroke-dasharray: 4 3; } .chart .series { fill: none; stroke-width: 2; }
        .chart .diagonal { stroke: #999; stroke-dasharray: 4 3; } .chart .point.thin { fill: #fff; stroke-width: 1.5; }
        .legend { list-style: none; padding: 0; margin: 1mm 0; } .legend li { display: inline-block; margin-right: 4mm; font-size: 9pt; }
        .legend .swatch { display: inline-block; width: 4mm; height: 1mm; vertical-align: middle; margin-right: 1mm; }
        """

    private func crpsChart() -> String {
        let models = forecasters.filter { !$0.isBaseline }
        let ratios = models.flatMap { f in horizons.map { result.crpsRatio(f, horizon: $0) } }.filter(\.isFinite)
        let low = min((ratios.min() ?? 0.9) - 0.02, 0.95), high = max((ratios.max() ?? 1.1) + 0.02, 1.05)
        let area = PlotArea(width: 640, height: 300, left: 56, right: 16, top: 14, bottom: 40,
                            xRange: Double(horizons.lowerBound) - 0.2...Double(horizons.upperBound) + 0.2, yRange: low...high)
        var content = area.axes(
            xTicks: horizons.map { (Double($0), String($0)) }, yTicks: niceTicks(low...high).map { ($0, String(format: "%.2f", $0)) },
            xTitle: text(.horizonAxis), yTitle: text(.crpsRatioAxis))
        content += area.line([(area.xRange.lowerBound, 1), (area.xRange.upperBound, 1)], class: "reference")
        var legend = ""
        for (n, forecaster) in models.enumerated() {
            let colour = Self.palette[n % Self.palette.count]
            let points = horizons.map { (Double($0), result.crpsRatio(forecaster, horizon: $0)) }.filter { $0.1.isFinite }
            content += area.line(points, class: "series", extra: [
                "stroke": colour, "data-forecaster": forecaster.description,
                "data-ratios": points.map { String(format: "%.4f", $0.1) }.joined(separator: " "),
            ])
            legend += element("li", [:], element("span", ["class": "swatch", "style": "background: \(colour)"], "") + escaped(forecaster.description))
        }
        let featuredRatios = horizons.map { result.crpsRatio(featured, horizon: $0) }.filter(\.isFinite)
        let reading = text(.crpsChartReading, featured.description, number(featuredRatios.min() ?? .nan),
                           number(featuredRatios.max() ?? .nan), String(horizons.upperBound))
        return element("h2", [:], escaped(text(.crpsChartTitle)))
            + element("figure", [:], area.svg(id: "backtest-crps", title: text(.crpsChartTitle), content)
                + element("ul", ["class": "legend"], legend)
                + element("figcaption", ["class": "reading"], escaped(reading + " " + text(.crpsLegend))))
    }

    private func coverageTable() -> String {
        var rows = element("tr", [:], ([text(.forecaster)] + horizons.map { text(.horizonShort, String($0)) })
            .map { element("th", [:], escaped($0)) }.joined())
        for forecaster in forecasters {
            rows += element("tr", [:], element("td", [:], escaped(forecaster.description)) + horizons.map { h in
                let score = result.scores[forecaster]![h - 1]
                return element("td", ["class": "number"], escaped("\(number(score.coverage90)) / \(number(score.mass90))"))
            }.joined())
        }
        return element("h2", [:], escaped(text(.coverage90Title))) + element("table", ["id": "coverage-90"], rows)
            + element("p", ["class": "note"], escaped(text(.coverageLegend)))
    }

    private func reliabilityChart() -> String {
        let area = PlotArea(width: 360, height: 320, left: 56, right: 16, top: 14, bottom: 40, xRange: 0...1, yRange: 0...1)
        let ticks = stride(from: 0.0, through: 1.0, by: 0.2).map { ($0, String(format: "%.1f", $0)) }
        var content = area.axes(xTicks: ticks, yTicks: ticks, xTitle: text(.reliabilityAxisForecast), yTitle: text(.reliabilityAxisObserved))
        content += area.line([(0, 0), (1, 1)], class: "diagonal")
        for bin in result.pooled(featured, horizons: 1...2).reliability where bin.cases > 0 {
            content += element("circle", [
                "cx": coordinate(area.x(bin.meanForecast)), "cy": coordinate(area.y(bin.observed)),
                "r": coordinate(3 + min(Double(bin.cases), 400).squareRoot() / 3),
                "class": bin.cases >= 20 ? "point" : "point thin", "fill": Self.palette[0], "stroke": Self.palette[0],
                "data-cases": String(bin.cases), "data-forecast": String(format: "%.4f", bin.meanForecast),
                "data-observed": String(format: "%.4f", bin.observed),
            ])
        }
        let title = text(.reliabilityTitle, String(settings.top), featured.description)
        return element("h2", [:], escaped(title))
            + element("figure", [:], area.svg(id: "backtest-reliability", title: title, content)
                + element("figcaption", ["class": "reading"], escaped(text(.reliabilityReading))))
    }
}
