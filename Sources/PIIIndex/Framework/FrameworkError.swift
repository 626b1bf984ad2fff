/// A framework that cannot be scored, with the node and field at fault so that a loader can
/// point at the line of the file it came from.
public struct FrameworkError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The code of the node at fault, when one is.
    public var code: String?
    /// The column at fault, when one is.
    public var field: String?
    public var message: String

    public init(code: String?, field: String?, message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    public var description: String { message }
}
