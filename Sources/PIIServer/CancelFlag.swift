import Synchronization

/// Raised when a simulation's answer is no longer wanted: its session asked again, or the
/// server stops. The engine reads it between batches.
final class CancelFlag: Sendable {
    private let raised = Atomic(false)

    func raise() { raised.store(true, ordering: .relaxed) }

    var isRaised: Bool { raised.load(ordering: .relaxed) }
}
