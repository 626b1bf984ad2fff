import Foundation
import Hummingbird
import HummingbirdTesting
@testable import PIIServer
import Testing

@Suite struct PoolTests {
    /// A session's newer what-if cancels the one it waits for: the older gets 409, the newer
    /// its answer; another session's request is not touched.
    @Test func aNewerRequestOfTheSameSessionCancelsTheOlder() async throws {
        try await Harness.test(try Harness.room()) { client in
            async let older = client.execute(uri: "/api/whatif", method: .post, headers: Harness.headers(json: true),
                                             body: Harness.scenario(scenarios: 20_000)) { $0.status }
            async let other = client.execute(uri: "/api/whatif", method: .post,
                                             headers: Harness.headers(session: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", json: true),
                                             body: Harness.scenario(scenarios: 2_000)) { $0.status }
            try await Task.sleep(for: .milliseconds(300))
            let newer = try await client.execute(uri: "/api/whatif", method: .post, headers: Harness.headers(json: true),
                                                 body: Harness.scenario(scenarios: 500)) { $0.status }
            #expect(newer == .ok)
            #expect(try await older == .conflict)
            #expect(try await other == .ok)
        }
    }

    @Test func thePoolRunsAtMostItsSlotsAndRefusesBeyondItsQueue() async throws {
        let pool = SimulationPool(slots: 1, waitingLimit: 1)
        let running = Counter()
        async let first = pool.run { running.enter(); Thread.sleep(forTimeInterval: 0.3); return running.leave() }
        try await Task.sleep(for: .milliseconds(50))
        async let second = pool.run { running.enter(); return running.leave() }
        try await Task.sleep(for: .milliseconds(50))
        let third = try await pool.run { 0 }
        #expect(third == nil)
        #expect(try await first == 1)
        #expect(try await second == 1)
    }
}

/// How many closures run at once, and the most seen.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0, most = 0

    func enter() { lock.withLock { now += 1; most = max(most, now) } }

    /// Leaves and returns the most that ran at once so far.
    func leave() -> Int { lock.withLock { now -= 1; return most } }
}
