/// A framework that cannot be scored, with the node and field at fault so that a loader can
/// point at the line of the file it came from.
public struct FrameworkError: LocalisedError, Sendable, Equatable {
    /// The code of the node at fault, when one is.
    public var code: String?
    /// The column at fault, when one is.
    public var field: String?
    public var message: Phrase

    public init(code: String?, field: String?, message: Phrase) {
        self.code = code
        self.field = field
        self.message = message
    }

    public func text(_ language: Language) -> String { message.text(language) }
}
