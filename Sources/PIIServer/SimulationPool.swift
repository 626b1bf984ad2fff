import Foundation

/// At most `slots` simulations at once, each on a thread of its own so that the server's
/// tasks are never blocked by arithmetic; at most `waitingLimit` requests waiting for one.
/// Memory is then bounded by the pool, whatever the number of clients.
actor SimulationPool {
    private let slots: Int
    private let waitingLimit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(slots: Int, waitingLimit: Int) {
        precondition(slots >= 1)
        self.slots = slots
        self.waitingLimit = waitingLimit
    }

    /// Runs `work` in a slot; nil when too many requests already wait.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T? {
        if running >= slots {
            guard waiting.count < waitingLimit else { return nil }
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        defer { release() }
        return try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try work() }) }
            thread.stackSize = 16 << 20
            thread.start()
        }
    }

    /// Hands the slot to the first waiting request, or frees it.
    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
