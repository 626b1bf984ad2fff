/// A plain-text table for terminals: columns padded to their widest cell, numbers aligned
/// right, long text cut with an ellipsis (or wrapped onto more lines) so that the whole table
/// fits a given width.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        /// Cells longer than this are cut; `nil` for no limit.
        public var maxWidth: Int?
        /// Long cells go on over more lines, broken at spaces, instead of being cut.
        public var wraps: Bool

        public init(_ title: String, _ alignment: Alignment = .left, maxWidth: Int? = nil, wraps: Bool = false) {
            self.title = title
            self.alignment = alignment
            self.maxWidth = maxWidth
            self.wraps = wraps
        }
    }

    public var columns: [Column]
    public private(set) var rows: [[String]] = []

    public init(_ columns: [Column]) {
        self.columns = columns
    }

    public mutating func add(_ cells: [String]) {
        precondition(cells.count == columns.count)
        rows.append(cells)
    }

    public func render() -> String {
        // Each row becomes one or more lines: a wrapped cell's lines, the other cells on the first.
        let cut = rows.flatMap { row -> [[String]] in
            let cells = zip(row, columns).map { cell, column -> [String] in
                column.wraps && column.maxWidth != nil
                    ? Self.wrap(cell, to: column.maxWidth!) : [Self.cut(cell, to: column.maxWidth)]
            }
            let height = cells.map(\.count).max() ?? 1
            return (0..<height).map { k in cells.map { k < $0.count ? $0[k] : "" } }
        }
        let titles = columns.map { Self.cut($0.title, to: $0.maxWidth) }
        var widths = titles.map(\.count)
        for row in cut {
            for (c, cell) in row.enumerated() { widths[c] = max(widths[c], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            zip(zip(cells, columns), widths).map { pair, width in
                let (cell, column) = pair
                let padding = String(repeating: " ", count: width - cell.count)
                return column.alignment == .left ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(titles), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        lines += cut.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func wrap(_ text: String, to width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line = line.isEmpty ? cut(String(word), to: width) : line + " " + word
        }
        return lines + [line]
    }

    private static func cut(_ text: String, to width: Int?) -> String {
        guard let width, text.count > width else { return text }
        return String(text.prefix(width - 1)) + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

/// `text` broken into lines of at most `width` characters at spaces, keeping its leading
/// indentation; later lines are indented by `indent` more spaces. Terminal output stays
/// readable in a 100-column window.
public func wrapped(_ text: String, width: Int = 100, indent: Int = 2) -> String {
    let margin = String(text.prefix { $0 == " " })
    let continuation = margin + String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = ""
    for word in text.dropFirst(margin.count).split(separator: " ") {
        let prefix = lines.isEmpty ? margin : continuation
        if !line.isEmpty && (prefix + line + " " + word).count > width {
            lines.append(prefix + line)
            line = String(word)
        } else {
            line = line.isEmpty ? String(word) : line + " " + word
        }
    }
    lines.append((lines.isEmpty ? margin : continuation) + line)
    return lines.joined(separator: "\n")
}
