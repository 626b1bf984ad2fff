import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIIOptimisation
import PIISimulation

/// A run as one self-contained document (XHTML with inline CSS and SVG, no script, no
/// network, no external fonts) that opens in any browser and prints on A4: the summary, the
/// rank fan chart, the horizon's rank distribution, the pillars, the indicator gaps, the
/// rivals, and the optimiser's frontier and task list, or the pathway's targets, when there is
/// one.
public struct HTMLReport: Sendable {
    public let run: RunReport
    public let study: PortfolioStudy?
    /// `pii gap --probability --report`: the pathways, the run being the first one's check.
    public let pathway: PathwayReport?

    public init(run: RunReport, study: PortfolioStudy? = nil, pathway: PathwayReport? = nil) {
        self.run = run
        self.study = study
        self.pathway = pathway
    }

    var language: Language { run.language }
    var plan: SimulationPlan { run.plan }
    var tally: SimulationTally { run.tally }
    var data: DataSet { run.data }
    var framework: Framework { data.framework }
    var focus: Int { run.focus }
    var focusName: String { run.focusName }
    var horizon: Int { plan.scenario.horizon }
    func label(_ label: Label, _ arguments: String...) -> String {
        label.filled(language, arguments)
    }

    /// The last data year's scores: the pillars and the indicator gaps.
    var current: YearScores { plan.scorer.score(plan.lastTable) }

    public func html() -> String {
        let scores = current
        var body = element("h1", [:], escaped(label(.reportTitle)))
        body += element("p", ["class": "subtitle"], escaped("\(plan.scenario.name.isEmpty ? focusName : plan.scenario.name)"))
        body += summary()
        body += section("fan", fanChart())
        body += section("distribution", distributionChart())
        body += section("rivals", rivalChart())
        body += section("pillars", pillarChart(scores))
        body += section("gaps", gapChart(scores))
        body += section("strengths", strengthsAndWeaknesses(scores))
        if let change = run.rankChange { body += section("rank-change", rankChangeSection(change)) }
        body += section("measures", measuresSection())
        if let study { body += section("optimiser", optimiser(study)) }
        if let pathway { body += section("pathway", pathwaySection(pathway)) }
        body += element("footer", [:], escaped("\(label(.generated)) · \(data.status(in: language))"))
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)">
            <head><meta charset="UTF-8"/><title>\(escaped(label(.reportTitle)) + " — " + escaped(focusName))</title><style>\(Self.style)</style></head>
            <body>\(body)</body>
            </html>

            """
    }

    private func section(_ id: String, _ content: String) -> String {
        element("section", ["id": id], content)
    }

    // MARK: Summary

    func outlook(_ probability: Double) -> (Label, String) {
        probability >= 0.8 ? (.onTrack, "good") : probability >= 0.5 ? (.atRisk, "risk") : (.offTrack, "poor")
    }

    private func summary() -> String {
        var rows = element("tr", [:], [Label.year, .milestone, .probability, .interval95, .outlook]
            .map { element("th", [:], escaped($0.text(language))) }.joined())
        for odds in run.milestoneOdds {
            let (text, style) = outlook(odds.probability)
            rows += element("tr", ["class": "milestone", "data-probability": String(odds.probability)], [
                element("td", [:], String(odds.milestone.year)),
                element("td", [:], escaped(run.describe(odds.milestone))),
                element("td", ["class": "number"], escaped(percent(odds.probability, in: language))),
                element("td", ["class": "number"], escaped("\(percent(odds.interval.lower, in: language))–\(percent(odds.interval.upper, in: language))")),
                element("td", [:], element("span", ["class": "badge \(style)"], escaped(text.text(language)))),
            ].joined())
        }
        let every = WilsonInterval(successes: tally.everyRankMilestone, trials: tally.scenarios)
        let whole = run.share(tally.everyRankMilestone)
        rows += element("tr", ["class": "plan", "data-probability": String(whole)], [
            element("td", [:], ""), element("td", [:], element("strong", [:], escaped(label(.wholePlan)))),
            element("td", ["class": "number"], element("strong", [:], escaped(percent(whole, in: language)))),
            element("td", ["class": "number"], escaped("\(percent(every.lower, in: language))–\(percent(every.upper, in: language))")),
            element("td", [:], element("span", ["class": "badge \(outlook(whole).1)"], escaped(outlook(whole).0.text(language)))),
        ].joined())
        let facts: [(Label, String)] = [
            (.province, focusName),
            (.lastData, ""),
            (.forecastModel, Phrase.model(plan.scenario.model.rawValue).text(language)),
            (.missingValueRule, plan.scenario.settings.missingValues.rawValue),
            (.scenarioCount, String(tally.scenarios)),
            (.seed, String(plan.scenario.seed)),
            (.everyMilestoneTogether, percent(run.share(tally.everyMilestone), in: language)),
        ]
        let factRows = facts.map { key, value -> String in
            if key == .lastData {
                return element("tr", [:], element("th", [:], escaped(label(.lastData, String(plan.fit.lastYear))))
                    + element("td", [:], escaped("\(label(.rank)) \(plan.lastRanks[focus].map(String.init) ?? "–")")))
            }
            return element("tr", [:], element("th", [:], escaped(key.text(language))) + element("td", [:], escaped(value)))
        }.joined()
        let status = element("p", ["class": data.panelIsIllustrative ? "status warning" : "status"], escaped(data.status(in: language)))
            + run.missingValueNote.lines(data.provinces, language: language).map {
                element("p", ["class": "status warning", "data-missing": ""], escaped("⚠ " + $0))
            }.joined()
        return element("section", ["id": "summary"],
            element("h2", [:], escaped(label(.summary)))
            + status
            + element("table", ["class": "milestones"], rows)
            + element("p", ["class": "note"], escaped(label(.outlookLegend)))
            + element("table", ["class": "facts"], factRows)
            + element("p", ["class": "note", "id": "method-note"], escaped(plan.scenario.model == .localLevel
                ? label(.methodNote) : label(.methodNoteOther, Phrase.model(plan.scenario.model.rawValue).text(language))))
            + (plan.notes.isEmpty ? "" : element("ul", ["class": "note"], plan.notes.map { element("li", [:], escaped($0.text(language))) }.joined()))
            + element("p", ["class": "command"], escaped(label(.reproduce)) + ": " + element("code", [:], escaped(run.command))))
    }

    // MARK: Charts

    private func figure(title: String, reading: String, _ svg: String, legend: String = "") -> String {
        keptTogether(element("h2", [:], escaped(title)) + element("figure", [:], svg + legend + element("figcaption", ["class": "reading"], escaped(reading))))
    }

    private func legendItem(_ swatchClass: String, _ text: String, colour: String? = nil) -> String {
        let swatch = colour.map { element("span", ["class": "swatch", "style": "background:\($0)"], " ") }
            ?? element("span", ["class": "swatch \(swatchClass)"], " ")
        return element("span", ["class": "legend-item"], swatch + escaped(text))
    }

    private func diamond(_ style: String, _ text: String) -> String {
        element("span", ["class": "legend-item"], element("span", ["class": "diamond \(style)"], "◆") + " " + escaped(text))
    }

    func fanChart() -> String {
        let years = plan.years
        let last = plan.fit.lastYear
        let start = plan.lastRanks[focus].map(Double.init)
        let quantiles = [0.05, 0.25, 0.5, 0.75, 0.95].map { q in
            years.indices.map { y in Double(tally.rankQuantile(q, year: y, province: focus) ?? data.provinces.count) }
        }
        let targets = plan.scenario.milestones.compactMap { milestone -> (Int, Int, Double)? in
            guard case .rankAtMost(let k) = milestone.condition, let m = plan.scenario.milestones.firstIndex(of: milestone) else { return nil }
            return (milestone.year, k, run.share(tally.milestoneHits[m]))
        }
        let deepest = ([quantiles[4].max() ?? 1, start ?? 1] + targets.map { Double($0.1) }).max()!
        let bottom = min(Double(data.provinces.count), deepest + 2)
        let area = PlotArea(width: 720, height: 320, left: 56, right: 24, top: 16, bottom: 44,
                            xRange: Double(last)...Double(horizon), yRange: 0.5...bottom, yDownwards: true)
        func path(_ values: [Double]) -> [(Double, Double)] {
            (start.map { [(Double(last), $0)] } ?? []) + zip(years, values).map { (Double($0), $1) }
        }
        var svg = area.axes(
            xTicks: ([last] + years).map { (Double($0), String($0)) },
            yTicks: ([1] + niceTicks(1...bottom, count: 6).filter { $0 > 1 }).map { ($0, String(Int($0))) },
            xTitle: label(.yearAxis), yTitle: label(.rankAxis))
        svg += area.band(lower: path(quantiles[0]), upper: path(quantiles[4]), class: "band90")
        svg += area.band(lower: path(quantiles[1]), upper: path(quantiles[3]), class: "band50")
        svg += area.line(path(quantiles[2]), class: "median")
        for (y, year) in years.enumerated() {
            let median = quantiles[2][y]
            svg += element("circle", [
                "cx": coordinate(area.x(Double(year))), "cy": coordinate(area.y(median)), "r": "3.5", "class": "median-point",
                "data-year": String(year), "data-median": String(Int(median)),
                "data-p5": String(Int(quantiles[0][y])), "data-p95": String(Int(quantiles[4][y])),
            ])
            svg += element("text", ["x": coordinate(area.x(Double(year)) + 6), "y": coordinate(area.y(median) - 6), "class": "value"], String(Int(median)))
        }
        if let start {
            svg += element("circle", ["cx": coordinate(area.x(Double(last))), "cy": coordinate(area.y(start)), "r": "4", "class": "start"])
        }
        for (year, k, probability) in targets {
            let (_, style) = outlook(probability)
            let cx = area.x(Double(year)), cy = area.y(Double(k))
            svg += element("path", [
                "d": "M\(coordinate(cx)),\(coordinate(cy - 7)) l7,7 l-7,7 l-7,-7 z", "class": "target \(style)",
                "data-year": String(year), "data-rank": String(k), "data-probability": String(probability),
            ])
        }
        let y = years.count - 1
        let target = run.horizonTarget
        let reading = label(.fanReading, String(horizon), String(Int(quantiles[2][y])), String(Int(quantiles[0][y])),
                            String(Int(quantiles[4][y])), String(target), percent(tally.shareRankAtMost(target, year: y, province: focus), in: language))
        let legend = element("div", ["class": "legend"], [
            legendItem("median", label(.median)), legendItem("band50", label(.band50)), legendItem("band90", label(.band90)),
            diamond("good", label(.onTrack)), diamond("risk", label(.atRisk)), diamond("poor", label(.offTrack)),
        ].joined())
        return figure(title: label(.fanTitle, focusName), reading: reading, area.svg(id: "fan-chart", title: label(.fanTitle, focusName), svg), legend: legend)
    }

    func distributionChart() -> String {
        let y = plan.years.count - 1
        let counts = tally.rankDistribution(year: y, province: focus)
        let total = max(1, counts.reduce(0, +))
        let shares = counts.dropFirst().map { Double($0) / Double(total) }
        let target = run.horizonTarget
        let maxShare = max(shares.max() ?? 0, 0.01)
        let top = (maxShare * 100 / 5).rounded(.up) * 5
        let provinces = data.provinces.count
        let area = PlotArea(width: 720, height: 260, left: 56, right: 16, top: 16, bottom: 44,
                            xRange: 0.5...(Double(provinces) + 0.5), yRange: 0...top)
        var svg = element("rect", [
            "x": coordinate(area.x(0.5)), "y": coordinate(area.top), "width": coordinate(area.x(Double(target) + 0.5) - area.x(0.5)),
            "height": coordinate(area.plotHeight), "class": "target-band",
        ])
        svg += area.axes(
            xTicks: stride(from: 1, through: provinces, by: provinces > 20 ? 3 : 1).map { (Double($0), String($0)) },
            yTicks: niceTicks(0...top, count: 4).map { ($0, compact($0, in: language)) },
            xTitle: label(.rankAxis), yTitle: label(.shareAxis))
        let barWidth = area.plotWidth / Double(provinces) * 0.8
        for (r, share) in shares.enumerated() where share > 0 {
            let rank = r + 1
            svg += element("rect", [
                "x": coordinate(area.x(Double(rank)) - barWidth / 2), "y": coordinate(area.y(share * 100)),
                "width": coordinate(barWidth), "height": coordinate(area.y(0) - area.y(share * 100)),
                "class": rank <= target ? "bar in-target" : "bar", "data-rank": String(rank), "data-share": String(share),
            ])
        }
        let likely = shares.indices.max { shares[$0] < shares[$1] } ?? 0
        let reading = label(.distributionReading, String(target), percent(tally.shareRankAtMost(target, year: y, province: focus), in: language),
                            String(likely + 1), percent(shares[likely], in: language))
        let legend = element("div", ["class": "legend"], legendItem("target-band", label(.targetBand, String(target))))
        return figure(title: label(.distributionTitle, String(horizon)), reading: reading,
                      area.svg(id: "rank-distribution", title: label(.distributionTitle, String(horizon)), svg), legend: legend)
    }

    func pillarChart(_ scores: YearScores) -> String {
        let pillars = framework.pillars
        let pillarScores = scores.scores[.pillar]!
        let tenth = (0..<scores.provinceCount).first { scores.ranks[$0] == 10 }
        let weights = framework.effectiveWeights(at: .pillar)
        let index = scores.index[focus]
        // The plan's horizon beside the last edition, when the run says why the rank moves.
        let forecast = run.rankChange
        let rowHeight = forecast == nil ? 42.0 : 53.0
        let area = PlotArea(width: 720, height: 60 + rowHeight * Double(pillars.count), left: 250, right: 130, top: 16, bottom: 44,
                            xRange: 0...100, yRange: 0...Double(pillars.count))
        var svg = area.axes(xTicks: stride(from: 0, through: 100, by: 20).map { (Double($0), String($0)) }, yTicks: [],
                            xTitle: label(.scoreAxis), yTitle: "")
        svg += element("text", ["x": coordinate(area.width - area.right + 8), "y": "12", "class": "tick"], escaped(label(.weightInIndex)))
        for (k, pillar) in pillars.enumerated() {
            let values = pillarScores[k]
            let own = values[focus]
            let average = scores.averageScore(.pillar, k)
            let rowTop = area.top + rowHeight * Double(k)
            // A long name goes on two lines rather than being cut ("…nghiên cứu phát …").
            let lines = TextTable.wrap("\(pillar.code) \(pillar.name(in: language))", to: 36)
            let first = lines.count > 1 ? rowTop + 11 : rowTop + 17
            svg += element("text", ["x": coordinate(area.left - 8), "y": coordinate(first), "class": "row-label", "text-anchor": "end"],
                           lines.prefix(2).enumerated().map { n, line in
                               element("tspan", ["x": coordinate(area.left - 8), "dy": n == 0 ? "0" : "13"], escaped(line))
                           }.joined())
            let bars: [(Double, String)] = [(own, "bar own")] + (forecast.map { [($0.forecastPillarScores[k], "bar forecast")] } ?? [])
                + [(average, "bar average")] + (tenth.map { [(values[$0], "bar tenth")] } ?? [])
            for (n, (value, style)) in bars.enumerated() where !value.isNaN {
                svg += element("rect", [
                    "x": coordinate(area.x(0)), "y": coordinate(rowTop + 4 + Double(n) * 11), "width": coordinate(area.x(value) - area.x(0)),
                    "height": "9", "class": style, "data-pillar": pillar.code, "data-score": String(value),
                ])
            }
            svg += element("text", ["x": coordinate(area.x(own) + 4), "y": coordinate(rowTop + 12), "class": "value"], escaped(fixed(own, 1, in: language)))
            let contribution = weights[k] * own / index
            svg += element("text", ["x": coordinate(area.width - area.right + 8), "y": coordinate(rowTop + 17), "class": "value"],
                           escaped("\(percent(weights[k], in: language)) · \(percent(contribution, in: language))"))
        }
        let ranked = pillars.indices.sorted { pillarScores[$0][focus] > pillarScores[$1][focus] }
        let reading = label(.pillarsReading, pillars[ranked.first!].code, fixed(pillarScores[ranked.first!][focus], 1, in: language),
                            pillars[ranked.last!].code, fixed(pillarScores[ranked.last!][focus], 1, in: language))
        let legend = element("div", ["class": "legend"], [
            legendItem("own", "\(focusName) \(plan.fit.lastYear)"),
            forecast.map { legendItem("forecast", label(.forecastBar, focusName, String($0.toYear))) } ?? "",
            legendItem("average", Label.nationalAverage.text(language)),
        ].joined() + (tenth.map { legendItem("tenth", label(.rankTenth, data.provinces[$0].name)) } ?? "")
            + element("span", ["class": "legend-item"], escaped("\(label(.weightInIndex)) · \(label(.shareOfScore))")))
        let title = forecast.map { label(.pillarsTitleWithForecast, String(plan.fit.lastYear), String($0.toYear)) }
            ?? label(.pillarsTitle, String(plan.fit.lastYear))
        return figure(title: title, reading: reading, area.svg(id: "pillars", title: title, svg), legend: legend)
    }

    /// Eleven colours (the framework's departments) that stay apart for the common colour-vision
    /// deficiencies as well as on paper: Paul Tol's "muted" scheme, whose colours differ in
    /// lightness as much as in hue, with Okabe and Ito's orange and a dark grey.
    static let palette = [
        "#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77",
        "#cc6677", "#882255", "#aa4499", "#e69f00", "#555555",
    ]

    /// Departments in the framework's order, each with its colour.
    func ownerColours() -> [(owner: String, colour: String)] {
        var owners: [String] = []
        for node in framework.indicators where !owners.contains(node.owner) { owners.append(node.owner) }
        return owners.enumerated().map { ($1, Self.palette[$0 % Self.palette.count]) }
    }

    func gapChart(_ scores: YearScores) -> String {
        let weights = framework.effectiveWeights
        let colours = Dictionary(uniqueKeysWithValues: ownerColours().map { ($0.owner, $0.colour) })
        let gaps: [(indicator: Int, gap: Double)] = framework.indicators.indices.compactMap { i in
            let gap = scores.gapToAverage(.indicator, i, province: focus)
            return gap.isNaN ? nil : (i, gap)
        }.sorted { $0.gap != $1.gap ? $0.gap < $1.gap : $0.indicator < $1.indicator }
        // The plan's horizon, when the run says why the rank moves: a mark on each row.
        let forecast = run.rankChange
        let forecastGaps = framework.indicators.indices.map { forecast?.forecastGapToAverage(indicator: $0) ?? .nan }
        let largest = (gaps.map { abs($0.gap) } + forecastGaps.filter { !$0.isNaN }.map(abs)).max() ?? 10
        let extent = max(10, (largest / 10).rounded(.up) * 10)
        // Each name whole, on two lines when long: a row grows by a line rather than cutting it.
        let names = gaps.map { TextTable.wrap("\(framework.indicators[$0.indicator].code) \(framework.indicators[$0.indicator].name(in: language))", to: 54) }
        let lineHeight = 10.0, rowPadding = 3.0
        let rowHeights = names.map { Double($0.count) * lineHeight + rowPadding }
        let plotHeight = rowHeights.reduce(0, +)
        let area = PlotArea(width: 720, height: 60 + plotHeight, left: 320, right: 56, top: 16, bottom: 44,
                            xRange: -extent...extent, yRange: 0...plotHeight)
        var svg = area.axes(xTicks: niceTicks(-extent...extent, count: 6).map { ($0, fixed($0, 0, in: language)) }, yTicks: [],
                            xTitle: label(.gapAxis), yTitle: "")
        svg += element("line", ["x1": coordinate(area.x(0)), "x2": coordinate(area.x(0)), "y1": coordinate(area.top),
                                "y2": coordinate(area.height - area.bottom), "class": "zero"])
        svg += element("text", ["x": coordinate(area.width - area.right + 6), "y": "12", "class": "tick"], escaped(Label.weightShort.text(language)))
        var top = area.top
        for (row, entry) in gaps.enumerated() {
            let node = framework.indicators[entry.indicator]
            let height = rowHeights[row], middle = top + height / 2
            let x0 = area.x(min(0, entry.gap)), x1 = area.x(max(0, entry.gap))
            let firstBaseline = middle - Double(names[row].count - 1) * lineHeight / 2 + 3.5
            svg += element("text", ["x": coordinate(area.left - 8), "y": coordinate(firstBaseline), "class": "row-label small", "text-anchor": "end"],
                           names[row].enumerated().map { n, line in
                               element("tspan", ["x": coordinate(area.left - 8), "dy": n == 0 ? "0" : coordinate(lineHeight)], escaped(line))
                           }.joined())
            svg += element("rect", [
                "x": coordinate(x0), "y": coordinate(middle - 5), "width": coordinate(max(0.5, x1 - x0)), "height": "10",
                "style": "fill:\(colours[node.owner] ?? "#888")", "class": "gap", "data-indicator": node.code, "data-gap": String(entry.gap),
            ])
            let ahead = forecastGaps[entry.indicator]
            if !ahead.isNaN {
                let cx = area.x(ahead)
                svg += element("path", [
                    "d": "M\(coordinate(cx)),\(coordinate(middle - 5)) l4,5 l-4,5 l-4,-5 z", "class": "gap-forecast",
                    "data-indicator": node.code, "data-gap": String(ahead),
                ])
            }
            svg += element("text", ["x": coordinate(area.width - area.right + 6), "y": coordinate(middle + 3.5), "class": "value small"],
                           escaped(fixed(weights[entry.indicator] * 100, 2, in: language)))
            top += height
        }
        let below = gaps.filter { $0.gap < 0 }.count
        let worst = gaps.first.map { "\(framework.indicators[$0.indicator].code) \(framework.indicators[$0.indicator].name(in: language))" } ?? "–"
        var reading = label(.gapsReading, String(below), String(gaps.count), worst, fixed(gaps.first?.gap ?? 0, 1, in: language))
        if let forecast {
            let present = forecastGaps.filter { !$0.isNaN }
            reading += " " + label(.gapsForecastReading, String(forecast.toYear), String(present.filter { $0 < 0 }.count), String(present.count))
        }
        let legend = element("div", ["class": "legend"],
            element("span", ["class": "legend-title"], escaped(label(.ownersLegend) + ":"))
            + ownerColours().map { legendItem("", $0.owner.isEmpty ? Label.noOwner.text(language) : $0.owner, colour: $0.colour) }.joined()
            + (forecast.map { element("span", ["class": "legend-item"], element("span", ["class": "diamond forecast"], "◆") + " "
                + escaped(label(.forecastBar, focusName, String($0.toYear)))) } ?? ""))
        let title = forecast.map { label(.gapsTitleWithForecast, String(plan.fit.lastYear), String($0.toYear)) }
            ?? label(.gapsTitle, String(plan.fit.lastYear))
        return figure(title: title, reading: reading, area.svg(id: "indicator-gaps", title: title, svg), legend: legend)
    }

    /// The province's strongest and weakest indicators, whole names, in two columns.
    func strengthsAndWeaknesses(_ scores: YearScores) -> String {
        let profile = ProvinceProfile(province: focus, scores: scores, table: plan.lastTable, framework: framework)
        func list(_ title: Label, _ indicators: [Int]) -> String {
            element("div", ["class": "list"], element("h3", [:], escaped(title.text(language)))
                + element("ol", [:], indicators.map { i in
                    element("li", [:], escaped("\(framework.indicators[i].code) \(framework.indicators[i].name(in: language))"))
                }.joined()))
        }
        return element("div", ["class": "lists"], list(.strengths, profile.strengths) + list(.weaknesses, profile.weaknesses))
    }

    func rivalChart() -> String {
        let years = plan.years
        let list = run.rivals
        let rivals = Array(list.provinces.prefix(5))
        let lines = [(focus, 0.0)] + rivals.map { ($0.province, $0.shareInTheWay) }
        let medians = lines.map { province, _ in years.indices.map { Double(tally.rankQuantile(0.5, year: $0, province: province) ?? data.provinces.count) } }
        let starts = lines.map { province, _ in plan.lastRanks[province].map(Double.init) }
        let all = medians.flatMap { $0 } + starts.compactMap { $0 }
        let low = max(0.5, (all.min() ?? 1) - 1), high = min(Double(data.provinces.count) + 0.5, (all.max() ?? 10) + 1)
        let last = plan.fit.lastYear
        let area = PlotArea(width: 720, height: 300, left: 56, right: 150, top: 16, bottom: 44,
                            xRange: Double(last)...Double(horizon), yRange: low...high, yDownwards: true)
        var svg = area.axes(
            xTicks: ([last] + years).map { (Double($0), String($0)) },
            yTicks: niceTicks(low...high, count: 6).filter { $0 >= 1 }.map { ($0, String(Int($0))) },
            xTitle: label(.yearAxis), yTitle: label(.medianRank))
        // Medians are whole ranks, so paths often coincide: each is drawn a little apart, and
        // the names at their ends are moved apart so that none hides another.
        var labels: [(y: Double, text: String, colour: String)] = []
        for (n, (province, share)) in lines.enumerated() {
            let offset = (Double(n) - Double(lines.count - 1) / 2) * 2.5
            let points = (starts[n].map { [(Double(last), $0)] } ?? []) + zip(years, medians[n]).map { (Double($0), $1) }
            let colour = n == 0 ? "#111111" : Self.palette[(n - 1) % Self.palette.count]
            svg += element("g", ["transform": "translate(0 \(coordinate(offset)))"],
                           area.line(points, class: n == 0 ? "path focus" : "path rival",
                                     extra: ["style": "stroke:\(colour)", "data-province": data.provinces[province].id]))
            labels.append((area.y(points.last!.1) + offset + 4, data.provinces[province].name + (n == 0 ? "" : " (\(percent(share, in: language)))"), colour))
        }
        labels.sort { $0.y < $1.y }
        for k in labels.indices.dropFirst() where labels[k].y < labels[k - 1].y + 12 { labels[k].y = labels[k - 1].y + 12 }
        for label in labels {
            svg += element("text", ["x": coordinate(area.x(Double(horizon)) + 6), "y": coordinate(label.y), "class": "value", "style": "fill:\(label.colour)"],
                           escaped(label.text))
        }
        let k = String(run.horizonTarget), median = list.focusMedian.map(String.init) ?? "–"
        let reading: String
        if list.focusMeetsTarget {
            reading = label(.rivalsAheadReading, String(horizon), focusName, median, k)
                + (rivals.first.map { " " + label(.threatReading, data.provinces[$0.province].name, percent($0.shareInTheWay, in: language), k, focusName) } ?? "")
        } else {
            reading = rivals.first.map {
                label(.rivalsReading, String(horizon), focusName, median, k, data.provinces[$0.province].name, percent($0.shareInTheWay, in: language))
            } ?? ""
        }
        let title = list.focusMeetsTarget ? label(.threatsTitle, String(horizon), focusName, k) : label(.rivalsTitle, String(horizon), k)
        return figure(title: title, reading: reading, area.svg(id: "rivals", title: title, svg),
                      legend: element("div", ["class": "legend"], escaped(label(.rivalsLegend, k, focusName))))
    }

    // MARK: Why the rank moves

    func rankChangeSection(_ change: RankChange) -> String {
        let content = run.rankChangeContent(change)
        let header = element("tr", [:], content.columns.map { element("th", [:], escaped($0)) }.joined())
        let rows = zip(content.rows, change.pillarContributions).map { row, contribution in
            element("tr", ["class": "pillar-change", "data-contribution": String(contribution)], row.enumerated().map { c, cell in
                element("td", c == 2 ? ["class": "number"] : [:], escaped(cell))
            }.joined())
        }.joined()
        return keptTogether(element("h2", [:], escaped(label(.rankChangeTitle)))
            + element("p", [:], escaped(content.summary))
            + element("table", ["class": "rank-change"], header + rows)
            + (content.remainderNote.map { element("p", ["class": "note"], escaped($0)) } ?? ""))
    }

    // MARK: Measures

    /// What the run assumed: every measure of the scenario file (its other versions left out),
    /// the focus province's and rivals' alike, with what it moves, when and at what cost; with
    /// the optimiser, which it chose (chosen first) and the odds with no measure at all.
    func measuresSection() -> String {
        let measures = plan.scenario.interventions.indices.filter { !plan.scenario.interventions[$0].isVersion }
        var content = element("h2", [:], escaped(label(.measuresTitle)))
        guard !measures.isEmpty else {
            return content + element("p", ["class": "note"], escaped(label(.noMeasures)))
        }
        // The version the optimiser funds, per measure (nil: left out).
        var funded: [Int: Int] = [:]
        if let study, let best = study.result.best {
            for (measure, versions) in study.catalogue.versions.enumerated() {
                if let choice = best.choice[measure], let head = versions.first { funded[head] = choice }
            }
        }
        let optimised = study?.result.best != nil
        let order = optimised ? measures.filter { funded[$0] != nil } + measures.filter { funded[$0] == nil } : measures
        var headers = [label(.measure), Label.owner.text(language), label(.effectsColumn), label(.startColumn), label(.rampColumn), label(.costColumn)]
        if optimised { headers.append(label(.optimiserChoice)) }
        var rows = element("tr", [:], headers.map { element("th", [:], escaped($0)) }.joined())
        for n in order {
            let measure = plan.scenario.interventions[n]
            let shown = funded[n].map { plan.scenario.interventions[$0] } ?? measure
            var name = measure.name.isEmpty ? measure.id : measure.name
            if measure.province != focus { name += " (\(data.provinces[measure.province].name))" }
            var cells = [
                element("td", [:], escaped(name)),
                element("td", [:], escaped(measure.owner.isEmpty ? Label.noOwner.text(language) : measure.owner)),
                element("td", [:], shown.effects.map { escaped(effectText($0)) }.joined(separator: element("br"))),
                element("td", ["class": "number"], String(shown.start)),
                element("td", ["class": "number"], String(shown.rampYears)),
                element("td", ["class": "number"], escaped(shown.cost == 0 ? "–" : compact(shown.cost, in: language))),
            ]
            if optimised {
                let choice = funded[n].map { $0 == n ? label(.chosen) : label(.chosenVersion, plan.scenario.interventions[$0].id) }
                    ?? (measure.province == focus ? label(.leftOut) : label(.rivalMeasure))
                cells.append(element("td", [:], escaped(choice)))
            }
            rows += element("tr", ["class": funded[n] != nil ? "measure chosen" : "measure", "data-measure": measure.id], cells.joined())
        }
        content += element("table", ["class": "measures"], rows)
        if let study {
            let none = study.verifiedNone
            content += element("p", ["class": "note", "id": "no-measure-baseline"], escaped(label(
                .noMeasureBaseline, percent(none.probability, in: language),
                "\(percent(none.interval.lower, in: language))–\(percent(none.interval.upper, in: language))", String(none.trials))))
        }
        return content
    }

    /// "6.1.1 Số đơn đăng ký sáng chế: +40 %", "…: lên trung bình cả nước".
    func effectText(_ effect: Intervention.Effect) -> String {
        let node = framework.indicators[effect.indicator]
        let change: String
        switch effect.change {
        case .relative(let share): change = signed(share * 100, in: language) + "\u{00A0}%"
        case .absolute(let amount):
            let unit = node.unit(in: language)
            change = signed(amount, in: language) + (unit.isEmpty ? "" : " " + unit)
        case .reachNationalAverage: change = label(.reachAverage)
        case .reachProvince(let q): change = label(.reachProvince, data.provinces[q].name)
        case .reachBest: change = label(.reachBest)
        }
        let uncertainty = effect.uncertainty > 0
            ? " (" + label(.uncertaintyShort, compact(effect.uncertainty * 100, in: language) + "\u{00A0}%") + ")" : ""
        return "\(node.code) \(node.name(in: language)): \(change)\(uncertainty)"
    }

    // MARK: Optimiser

    func optimiser(_ study: PortfolioStudy) -> String {
        let heading = element("h2", [:], escaped(label(.optimiserTitle)))
        let points = study.frontier
        let maxCost = max(points.map(\.cost).max() ?? 1, 1)
        let maxP = max(points.map(\.probability).max() ?? 0.01, study.verified?.probability ?? 0, 0.01)
        let top = min(100, (maxP * 100 / 10).rounded(.up) * 10)
        let area = PlotArea(width: 720, height: 260, left: 56, right: 24, top: 16, bottom: 44, xRange: 0...maxCost, yRange: 0...top)
        var svg = area.axes(xTicks: niceTicks(0...maxCost, count: 6).map { ($0, compact($0, in: language)) },
                            yTicks: niceTicks(0...top, count: 5).map { ($0, String(Int($0))) },
                            xTitle: label(.costAxis), yTitle: label(.probability) + " (%)")
        var steps: [(Double, Double)] = []
        for point in points.sorted(by: { $0.cost < $1.cost }) {
            if let previous = steps.last { steps.append((point.cost, previous.1)) }
            steps.append((point.cost, point.probability * 100))
        }
        svg += area.line(steps, class: "frontier")
        for point in points {
            svg += element("circle", ["cx": coordinate(area.x(point.cost)), "cy": coordinate(area.y(point.probability * 100)), "r": "3",
                                      "class": "frontier-point", "data-cost": String(point.cost), "data-probability": String(point.probability)])
        }
        var reading = ""
        if let best = study.result.best, let verified = study.verified {
            let cost = study.catalogue.cost(best)
            svg += element("circle", ["cx": coordinate(area.x(cost)), "cy": coordinate(area.y(verified.probability * 100)), "r": "6", "class": "chosen"])
            reading = label(.frontierReading, String(best.count), compact(cost, in: language), percent(verified.probability, in: language))
        }
        return keptTogether(heading + element("h3", [:], escaped(label(.frontierTitle)))
            + element("figure", [:], area.svg(id: "frontier", title: label(.frontierTitle), svg) + element("figcaption", ["class": "reading"], escaped(reading))))
            + tasks(study)
    }

    private func tasks(_ study: PortfolioStudy) -> String {
        guard !study.targets.isEmpty else { return "" }
        var owners: [String] = []
        for target in study.targets where !owners.contains(target.owner) { owners.append(target.owner) }
        // The title goes with the first department's table.
        var content = ""
        var title = element("h3", [:], escaped(label(.tasksTitle)))
        for owner in owners {
            var rows = element("tr", [:], ([label(.measure), Label.indicator.text(language)] + plan.years.map(String.init))
                .map { element("th", [:], escaped($0)) }.joined())
            for target in study.targets where target.owner == owner {
                let node = framework.indicators[target.indicator]
                rows += element("tr", [:], element("td", [:], escaped(study.catalogue.interventions[target.intervention].name))
                    + element("td", [:], escaped("\(node.code) \(node.name(in: language))"))
                    + plan.years.indices.map { y in
                        element("td", ["class": "number"], escaped(compact(target.withPortfolio[y], in: language))
                            + element("br") + element("span", ["class": "muted"], escaped("(\(compact(target.withoutMeasures[y], in: language)))")))
                    }.joined())
            }
            content += keptTogether(title + element("h4", [:], escaped(owner.isEmpty ? Label.noOwner.text(language) : owner)) + element("table", ["class": "tasks"], rows))
            title = ""
        }
        content += element("p", ["class": "note"], escaped("(…) = \(label(.withoutMeasures))"))
        return content
    }

    // MARK: Pathway

    /// Each probability's cost and odds, then its targets by department, year by year.
    func pathwaySection(_ report: PathwayReport) -> String {
        let heading = element("h2", [:], escaped(Phrase.pathwaySectionTitle.text(language)))
            + element("p", [:], escaped(Phrase.metTogether(report.milestones.map(report.describe).joined(separator: ", ")).text(language)))
        var summary = element("tr", [:], [Phrase.targetProbabilityHeading.text(language), Phrase.costHeading.text(language),
                                           Phrase.searchHeading.text(language), Phrase.freshCheckHeading.text(language)]
            .map { element("th", [:], escaped($0)) }.joined())
        for result in report.results {
            summary += element("tr", ["class": "pathway", "data-probability": String(result.pathway.probability),
                                      "data-fresh": String(result.freshProbability)], [
                element("td", ["class": "number"], escaped(percent(result.pathway.probability, in: language))),
                element("td", ["class": "number"], escaped(compact(result.pathway.cost, in: language))),
                element("td", ["class": "number"], escaped(percent(result.pathway.searchProbability, in: language))),
                element("td", ["class": "number"], escaped(
                    "\(percent(result.freshProbability, in: language)) (\(percent(result.interval.lower, in: language))–\(percent(result.interval.upper, in: language)))")),
            ].joined())
        }
        var content = keptTogether(heading + element("table", ["class": "summary"], summary))
        for result in report.results {
            // Each probability's title goes with its first department's table.
            var title = element("h3", [:], escaped((Phrase.probabilityAtLeastPrefix.text(language)) + percent(result.pathway.probability, in: language)))
            let steps = report.steps(result.pathway)
            var owners: [String] = []
            for step in steps where !owners.contains(framework.indicators[step.indicator].owner) {
                owners.append(framework.indicators[step.indicator].owner)
            }
            for owner in owners {
                var rows = element("tr", [:], [Label.indicator.text(language), Label.year.text(language), Phrase.requiredHeading.text(language),
                                               Phrase.noMeasuresLong.text(language), Label.unit.text(language)]
                    .map { element("th", [:], escaped($0)) }.joined())
                for step in steps where framework.indicators[step.indicator].owner == owner {
                    let node = framework.indicators[step.indicator]
                    rows += element("tr", ["class": "step", "data-indicator": node.code, "data-year": String(step.year)], [
                        element("td", [:], escaped("\(node.code) \(node.name(in: language))")),
                        element("td", ["class": "number"], String(step.year)),
                        element("td", ["class": "number"], escaped(compact(step.required, in: language))),
                        element("td", ["class": "number muted"], escaped(compact(step.median, in: language))),
                        element("td", [:], escaped(node.unit(in: language))),
                    ].joined())
                }
                content += keptTogether(title + element("h4", [:], escaped(owner.isEmpty ? Label.noOwner.text(language) : owner))
                    + element("table", ["class": "tasks"], rows))
                title = ""
            }
        }
        return content
    }

    // MARK: Style

    static let style = """
        @page { size: A4; margin: 14mm 12mm; }
        body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d1d1d; max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
        h1 { font-size: 17pt; margin: 0 0 2mm; }
        h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #ccc; padding-bottom: 1mm; }
        h3 { font-size: 11pt; margin: 4mm 0 1mm; }
        h4 { font-size: 10.5pt; margin: 3mm 0 1mm; }
        .subtitle { color: #555; margin: 0 0 3mm; }
        figure, table, .lists, .kept { break-inside: avoid; page-break-inside: avoid; }
        h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
        figure { margin: 0; }
        figcaption.reading { font-style: italic; margin-top: 1mm; }
        table { border-collapse: collapse; margin: 2mm 0; }
        th, td { padding: 1mm 2mm; border-bottom: 1px solid #e3e3e3; text-align: left; vertical-align: top; }
        td.number { text-align: right; white-space: nowrap; }
        .badge { padding: 0.3mm 2mm; border-radius: 2mm; color: #fff; font-size: 9pt; white-space: nowrap; }
        .badge.good { background: #2e7d32; } .badge.risk { background: #e08a00; } .badge.poor { background: #c62828; }
        .status.warning { background: #fff4d6; border-left: 3px solid #e08a00; padding: 1.5mm 3mm; }
        .note, .muted { color: #666; font-size: 9pt; }
        .command code { font-size: 8.5pt; word-break: break-all; }
        .chart { display: block; font-size: 11px; }
        .chart .grid { stroke: #ececec; } .chart .axis, .chart .zero { stroke: #555; }
        .chart .tick { fill: #555; font-size: 10px; } .chart .axis-title { fill: #333; font-size: 11px; }
        .chart .row-label { fill: #222; font-size: 11px; } .chart .small { font-size: 9.5px; } .chart .value { fill: #222; font-size: 10px; }
        .chart .band90 { fill: #c6dbef; } .chart .band50 { fill: #6baed6; }
        .chart .median { fill: none; stroke: #08306b; stroke-width: 2.5; } .chart .median-point { fill: #08306b; }
        .chart .start { fill: #fff; stroke: #08306b; stroke-width: 2; }
        .chart .target { stroke: #fff; stroke-width: 1; } .target.good { fill: #2e7d32; } .target.risk { fill: #e08a00; } .target.poor { fill: #c62828; }
        .chart .target-band { fill: #e8f5e9; } .chart .bar { fill: #9e9e9e; } .chart .bar.in-target { fill: #2e7d32; }
        .chart .bar.own { fill: #08306b; } .chart .bar.forecast { fill: #88ccee; } .chart .bar.average { fill: #9e9e9e; } .chart .bar.tenth { fill: #f28e2b; }
        .chart .path { fill: none; stroke-width: 2; } .chart .path.focus { stroke-width: 3; }
        .chart .frontier { fill: none; stroke: #08306b; stroke-width: 2; } .chart .frontier-point { fill: #08306b; } .chart .chosen { fill: none; stroke: #c62828; stroke-width: 2.5; }
        .legend { font-size: 9pt; margin-top: 1mm; }
        .legend-item { display: inline-block; margin: 0 4mm 1mm 0; } .legend-title { margin-right: 2mm; color: #555; }
        .swatch { display: inline-block; width: 3.2mm; height: 3.2mm; margin-right: 1.2mm; vertical-align: -0.4mm; }
        .swatch.median { background: #08306b; } .swatch.band50 { background: #6baed6; } .swatch.band90 { background: #c6dbef; }
        .swatch.target-band { background: #e8f5e9; border: 1px solid #2e7d32; }
        .swatch.own { background: #08306b; } .swatch.forecast { background: #88ccee; } .swatch.average { background: #9e9e9e; } .swatch.tenth { background: #f28e2b; }
        .chart .gap-forecast { fill: #111; stroke: #fff; stroke-width: 0.8; } .diamond.forecast { color: #111; }
        .diamond.good { color: #2e7d32; } .diamond.risk { color: #e08a00; } .diamond.poor { color: #c62828; }
        .lists { display: flex; gap: 8mm; } .lists .list { flex: 1; } .lists ol { margin: 0; padding-left: 5mm; }
        table.tasks { font-size: 9pt; width: 100%; }
        table.measures { break-inside: auto; page-break-inside: auto; }
        table.measures { font-size: 9pt; width: 100%; } table.measures tr { break-inside: avoid; page-break-inside: avoid; }
        table.measures tr.chosen td:last-child { font-weight: bold; color: #2e7d32; }
        footer { break-before: avoid; page-break-before: avoid; margin-top: 8mm; color: #666; font-size: 8.5pt; border-top: 1px solid #ccc; padding-top: 2mm; }
        """
}
