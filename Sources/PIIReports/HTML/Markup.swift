import Foundation

/// Text made safe for XML (and so for XHTML and SVG): the report is well-formed XML, so that
/// any XML parser reads it and the tests can check it.
package func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.append(character)
        }
    }
    return result
}

/// A heading and what it introduces, printed on one page (the reports' style keeps `.kept`
/// whole): Chromium leaves a heading alone at a page's foot whatever `break-after: avoid` asks
/// when what follows it does not fit.
package func keptTogether(_ content: String) -> String {
    element("div", ["class": "kept"], content)
}

/// An element with attributes (in the order given) and already-escaped content. Only void
/// HTML elements and SVG shapes close themselves (`<br/>`, `<rect …/>`): a browser reading
/// the file as HTML would take `<td/>` or `<span/>` for an opening tag.
package func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: String = "") -> String {
    let attributeText = attributes.map { " \($0.key)=\"\(escaped($0.value))\"" }.joined()
    if content.isEmpty && selfClosing.contains(name) { return "<\(name)\(attributeText)/>" }
    return "<\(name)\(attributeText)>\(content)</\(name)>"
}

private let selfClosing: Set<String> = ["br", "meta", "line", "circle", "rect", "path", "polygon", "polyline"]

/// A coordinate for SVG: two decimals are finer than any screen or printer.
package func coordinate(_ value: Double) -> String {
    String(format: "%.2f", value)
}

/// A plotting area in an SVG canvas: maps data to canvas coordinates and draws the axes.
package struct PlotArea {
    package let width: Double
    package let height: Double
    package let left: Double, right: Double, top: Double, bottom: Double
    package let xRange: ClosedRange<Double>
    package let yRange: ClosedRange<Double>
    /// Rank axes grow downwards: 1 at the top.
    package var yDownwards = false

    package init(width: Double, height: Double, left: Double, right: Double, top: Double, bottom: Double,
                 xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, yDownwards: Bool = false) {
        self.width = width
        self.height = height
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
        self.xRange = xRange
        self.yRange = yRange
        self.yDownwards = yDownwards
    }

    package var plotWidth: Double { width - left - right }
    package var plotHeight: Double { height - top - bottom }

    package func x(_ value: Double) -> Double {
        left + (value - xRange.lowerBound) / max(xRange.upperBound - xRange.lowerBound, 1e-12) * plotWidth
    }

    package func y(_ value: Double) -> Double {
        let share = (value - yRange.lowerBound) / max(yRange.upperBound - yRange.lowerBound, 1e-12)
        return yDownwards ? top + share * plotHeight : top + (1 - share) * plotHeight
    }

    /// The `<svg>` element around `content`, with a title for screen readers.
    package func svg(id: String, title: String, _ content: String) -> String {
        element("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "id": id, "class": "chart", "role": "img",
            "viewBox": "0 0 \(Int(width)) \(Int(height))", "width": "100%",
        ], element("title", [:], escaped(title)) + content)
    }

    /// Axis lines, tick labels and grid lines, with axis titles.
    package func axes(xTicks: [(Double, String)], yTicks: [(Double, String)], xTitle: String, yTitle: String) -> String {
        var out = ""
        for (value, label) in yTicks {
            let yy = coordinate(y(value))
            out += element("line", ["x1": coordinate(left), "x2": coordinate(width - right), "y1": yy, "y2": yy, "class": "grid"])
            out += element("text", ["x": coordinate(left - 6), "y": yy, "class": "tick", "text-anchor": "end", "dominant-baseline": "middle"], escaped(label))
        }
        for (value, label) in xTicks {
            out += element("text", ["x": coordinate(x(value)), "y": coordinate(height - bottom + 16), "class": "tick", "text-anchor": "middle"], escaped(label))
        }
        out += element("line", ["x1": coordinate(left), "x2": coordinate(width - right), "y1": coordinate(height - bottom), "y2": coordinate(height - bottom), "class": "axis"])
        out += element("line", ["x1": coordinate(left), "x2": coordinate(left), "y1": coordinate(top), "y2": coordinate(height - bottom), "class": "axis"])
        if !xTitle.isEmpty {
            out += element("text", ["x": coordinate(left + plotWidth / 2), "y": coordinate(height - 4), "class": "axis-title", "text-anchor": "middle"], escaped(xTitle))
        }
        if !yTitle.isEmpty {
            out += element("text", [
                "x": "12", "y": coordinate(top + plotHeight / 2), "class": "axis-title", "text-anchor": "middle",
                "transform": "rotate(-90 12 \(coordinate(top + plotHeight / 2)))",
            ], escaped(yTitle))
        }
        return out
    }

    /// A polyline through the points, in data coordinates.
    package func line(_ points: [(Double, Double)], class name: String, extra: KeyValuePairs<String, String> = [:]) -> String {
        let path = points.map { "\(coordinate(x($0.0))),\(coordinate(y($0.1)))" }.joined(separator: " ")
        var attributes: [(String, String)] = [("points", path), ("class", name)]
        attributes += extra.map { ($0.key, $0.value) }
        return "<polyline" + attributes.map { " \($0.0)=\"\(escaped($0.1))\"" }.joined() + "/>"
    }

    /// The band between a lower and an upper line, in data coordinates.
    package func band(lower: [(Double, Double)], upper: [(Double, Double)], class name: String) -> String {
        let points = (lower + upper.reversed()).map { "\(coordinate(x($0.0))),\(coordinate(y($0.1)))" }.joined(separator: " ")
        return element("polygon", ["points": points, "class": name])
    }
}

/// Tick values for an axis: about `count` round steps across the range.
package func niceTicks(_ range: ClosedRange<Double>, count: Int = 5) -> [Double] {
    let span = range.upperBound - range.lowerBound
    guard span > 0 else { return [range.lowerBound] }
    let raw = span / Double(count)
    let magnitude = pow(10, (log10(raw)).rounded(.down))
    let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
    var ticks: [Double] = []
    var value = (range.lowerBound / step).rounded(.up) * step
    while value <= range.upperBound + step * 1e-9 {
        ticks.append(value)
        value += step
    }
    return ticks
}
