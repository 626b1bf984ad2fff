/// A problem with a file a user gave: which file, which line and column, what is wrong and
/// what is expected. Printed as `file:line: field: message`.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var field: String?
    public var message: String

    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let field { location += ": \(field)" }
        return "\(location): \(message)"
    }
}

/// Several problems found in one pass over a file; the first is the headline.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [InputError]

    public init(_ errors: [InputError]) {
        precondition(!errors.isEmpty)
        self.errors = errors
    }

    public var description: String {
        let more = errors.count - 1
        guard more > 0 else { return errors[0].description }
        return errors[0].description + "\n(and \(more) more problem\(more == 1 ? "" : "s") in this data; `pii validate` lists them all)"
    }
}
