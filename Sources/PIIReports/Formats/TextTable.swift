import Foundation

/// A plain-text table for terminals: columns padded to their widest cell, numbers aligned
/// right, and text wrapped at spaces — never cut — so that the whole table fits the terminal.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        /// Longer cells go on over more lines, broken at spaces; `nil` for no limit but the
        /// terminal's width.
        public var maxWidth: Int?
        /// Cells that must stay on one line (province names: "Thái / Nguyên" reads as two
        /// places). Right-aligned columns, numbers, always do.
        public var keepsWhole: Bool

        public init(_ title: String, _ alignment: Alignment = .left, maxWidth: Int? = nil, keepsWhole: Bool = false) {
            self.title = title
            self.alignment = alignment
            self.maxWidth = maxWidth
            self.keepsWhole = keepsWhole
        }

        var wraps: Bool { alignment == .left && !keepsWhole }
    }

    public var columns: [Column]
    public private(set) var rows: [[String]] = []
    /// Lines across the whole table, each before the row of its index: a long name heading
    /// the rows about it reads better than the same name wrapped in a narrow column.
    private var spans: [(before: Int, text: String)] = []

    public init(_ columns: [Column]) {
        self.columns = columns
    }

    public mutating func add(_ cells: [String]) {
        precondition(cells.count == columns.count)
        rows.append(cells)
    }

    /// A line across the table before the next row, wrapped to the table's width (its
    /// continuation indented by two spaces).
    public mutating func addSpanning(_ text: String) {
        spans.append((rows.count, text))
    }

    /// The table laid out for `width` columns. Wrapping columns give up width, the widest
    /// first, down to their longest word; a table whose fixed columns alone are wider than
    /// `width` is wider than `width`.
    public func render(width: Int = terminalColumns) -> String {
        // Two spaces between columns, one when that is what it takes to fit.
        var gap = 2, widths = columnWidths(fitting: width, gap: 2)
        if Self.total(widths, gap: 2) > width {
            gap = 1
            widths = columnWidths(fitting: width, gap: 1)
        }
        let separator = String(repeating: " ", count: gap)
        func lines(_ cells: [String], _ isTitle: Bool) -> [String] {
            let wrapped = zip(cells, columns).enumerated().map { c, pair -> [String] in
                let (cell, column) = pair
                return column.wraps || isTitle ? Self.wrap(cell, to: widths[c]) : [cell]
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { k in
                zip(zip(wrapped, columns), widths).map { pair, width in
                    let (cellLines, column) = pair
                    let cell = k < cellLines.count ? cellLines[k] : ""
                    let padding = String(repeating: " ", count: max(0, width - cell.count))
                    return column.alignment == .left ? cell + padding : padding + cell
                }.joined(separator: separator).trimmingTrailingSpaces()
            }
        }
        var output = lines(columns.map(\.title), true)
        output.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: separator))
        let across = max(Self.total(widths, gap: gap), width)
        func spanning(before row: Int) -> [String] {
            spans.filter { $0.before == row }.flatMap { span -> [String] in
                let first = Self.wrap(span.text, to: across)
                guard first.count > 1 else { return first }
                let rest = Self.wrap(first.dropFirst().joined(separator: " "), to: across - 2).map { "  " + $0 }
                return [first[0]] + rest
            }
        }
        for (r, row) in rows.enumerated() { output += spanning(before: r) + lines(row, false) }
        output += spanning(before: rows.count)
        return output.joined(separator: "\n") + "\n"
    }

    /// Each column's width: its longest cell and title, or its `maxWidth`; then, while the
    /// table is wider than `total`, columns give up width, the widest first.
    private static func total(_ widths: [Int], gap: Int) -> Int {
        widths.reduce(0, +) + gap * max(0, widths.count - 1)
    }

    private func columnWidths(fitting total: Int, gap: Int) -> [Int] {
        var widths: [Int] = [], least: [Int] = []
        for (c, column) in columns.enumerated() {
            let cells = rows.map { $0[c] }
            let longestCell = cells.map(\.count).max() ?? 0
            let titleWord = column.title.split(separator: " ").map(\.count).max() ?? 0
            if column.wraps {
                let longestWord = max(titleWord, cells.flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 0)
                let lowest = column.maxWidth.map { min(longestWord, max($0, 4)) } ?? longestWord
                let natural = max(longestCell, column.title.count)
                least.append(lowest)
                widths.append(max(lowest, column.maxWidth.map { min(natural, $0) } ?? natural))
            } else {
                least.append(max(longestCell, titleWord))
                widths.append(max(longestCell, column.title.count))
            }
        }
        var excess = Self.total(widths, gap: gap) - total
        // Text first down to a readable 16 characters, then the titles of the other columns,
        // then text down to its longest word.
        let text = columns.indices.filter { columns[$0].wraps }, other = columns.indices.filter { !columns[$0].wraps }
        for (candidates, floor) in [(text, 16), (other, 0), (text, 0)] {
            while excess > 0, let c = candidates.filter({ widths[$0] > max(least[$0], floor) }).max(by: { widths[$0] < widths[$1] }) {
                widths[c] -= 1
                excess -= 1
            }
        }
        return widths
    }

    /// `text` in lines of at most `width` characters, broken at spaces; a word longer than
    /// the line (only where a column's `maxWidth` is narrower than its longest word) is cut.
    static func wrap(_ text: String, to width: Int) -> [String] {
        guard text.count > width else { return [text] }
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

    private static func cut(_ text: String, to width: Int) -> String {
        guard text.count > width, width > 1 else { return text }
        return String(text.prefix(width - 1)) + "…"
    }
}

/// The width terminal output is laid out for: `COLUMNS` when set (a shell sets it for its
/// terminal; a user may set it for a pipe), else the terminal's own width when standard output
/// is one, else 100. Read once: output is laid out for the window the command started in.
public let terminalColumns: Int = {
    if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns >= 20 {
        return min(columns, 400)
    }
    var size = winsize()
    if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
        return min(Int(size.ws_col), 400)
    }
    return 100
}()

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

/// `text` broken into lines of at most `width` characters at spaces, keeping its leading
/// indentation; later lines are indented by `indent` more spaces. A no-break space (U+00A0)
/// holds words together: see `unbroken(_:)`.
public func wrapped(_ text: String, width: Int = terminalColumns, indent: Int = 2) -> String {
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

/// `name` with no-break spaces, so that `wrapped` never puts "Thái" at the end of one line and
/// "Nguyên" at the start of the next.
public func unbroken(_ name: String) -> String {
    name.replacingOccurrences(of: " ", with: "\u{00A0}")
}
