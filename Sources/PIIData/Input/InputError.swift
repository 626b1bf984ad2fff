import PIIIndex

/// A problem with a file a user gave: which file, which line and column, what is wrong and
/// what is expected. Printed as `file:line: field: message`.
///
/// In a workbook `line` is the sheet's row and the location names the sheet and, when the
/// column is known, the cell: `panel.xlsx!2025:C14: value: …`.
public struct InputError: LocalisedError, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var field: String?
    public var message: Phrase
    /// The worksheet, for a workbook.
    public var sheet: String?
    /// The column (A = 1), for a workbook.
    public var column: Int?

    public init(file: String, line: Int? = nil, field: String? = nil, message: Phrase,
                sheet: String? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.sheet = sheet
        self.column = column
    }

    /// Where the problem is: `file:line`, or `file!sheet:C14` in a workbook.
    public var place: String {
        guard let sheet else { return file + (line.map { ":\($0)" } ?? "") }
        let cell = line.map { line in column.map { columnName($0) + String(line) } ?? String(line) }
        return "\(file)!\(sheet)" + (cell.map { ":\($0)" } ?? "")
    }

    public func text(_ language: Language) -> String {
        var location = place
        if let field { location += ": \(field)" }
        return "\(location): \(message.text(language))"
    }
}

/// Several problems found in one pass over a file; the first is the headline.
public struct InputErrors: LocalisedError, Sendable {
    public var errors: [InputError]

    public init(_ errors: [InputError]) {
        precondition(!errors.isEmpty)
        self.errors = errors
    }

    public func text(_ language: Language) -> String {
        let more = errors.count - 1
        guard more > 0 else { return errors[0].text(language) }
        return errors[0].text(language) + "\n" + Phrase.andMoreProblems(more).text(language)
    }
}
