import PIIData
import PIIForecast

/// What one browser works on: the data it uploaded and the simulation it waits for. A session
/// is named by a random cookie; nothing of one session is reachable from another's.
struct Session: Sendable {
    /// The files uploaded, by kind (panel, provinces, framework): each replaces the server's.
    var uploads: [String: UploadedFile] = [:]
    /// The data the uploads make and its forecast fit, when they read without errors.
    var uploaded: (data: DataSet, fit: ForecastFit)?
    /// The simulation this session waits for; raised when the session asks again.
    var current: CancelFlag?
}

/// Every live session, the least recently used forgotten beyond `limit`.
actor SessionStore {
    private let limit: Int
    private var sessions: [String: Session] = [:]
    private var lastUse: [String: UInt64] = [:]
    private var clock: UInt64 = 0

    init(limit: Int) {
        self.limit = limit
    }

    func session(_ id: String) -> Session {
        guard let session = sessions[id] else { return Session() }
        touch(id)
        return session
    }

    func update(_ id: String, _ change: (inout Session) -> Void) {
        touch(id)
        var session = sessions[id] ?? Session()
        change(&session)
        sessions[id] = session
        if sessions.count > limit, let oldest = lastUse.min(by: { $0.value < $1.value })?.key {
            sessions[oldest]?.current?.raise()
            sessions[oldest] = nil
            lastUse[oldest] = nil
        }
    }

    /// Starts a new simulation for the session: the one it waited for is cancelled.
    func startSimulation(_ id: String) -> CancelFlag {
        let flag = CancelFlag()
        update(id) { session in
            session.current?.raise()
            session.current = flag
        }
        return flag
    }

    private func touch(_ id: String) {
        clock += 1
        lastUse[id] = clock
    }
}
