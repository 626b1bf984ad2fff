import PIIData
import Testing

/// The `InputError` that `body` throws, nil when it throws nothing (for tests that a text is
/// accepted); any other error is recorded as an issue at the caller's line.
public func refusal(
    sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) -> InputError? {
    do {
        try body()
        return nil
    } catch let error as InputError {
        return error
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
