import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIISimulation

/// The report's charts, each an inline SVG with its numbers as `data-` attributes.
extension HTMLReport {
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

    package func fanChart() -> String {
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

    package func rivalChart() -> String {
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
}
