import Dispatch
import Foundation
import Synchronization

/// A progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: Sendable {
    private let total: Int
    private let label: String
    private let enabled: Bool
    private let lastDrawn = Mutex<(percent: Int, time: UInt64)>((-1, 0))

    init(total: Int, label: String) {
        self.total = max(total, 1)
        self.label = label
        enabled = isatty(STDERR_FILENO) != 0
    }

    func update(_ done: Int) {
        guard enabled else { return }
        let percent = min(100, done * 100 / total)
        let now = DispatchTime.now().uptimeNanoseconds
        let draw = lastDrawn.withLock { last -> Bool in
            guard percent != last.percent, now - last.time > 50_000_000 || percent == 100 else { return false }
            last = (percent, now)
            return true
        }
        guard draw else { return }
        let width = 30, filled = width * percent / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent) %".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// A line of status on standard error for work whose length is not known in advance (the
/// optimiser's search, a pathway, a backtest): what is being done and for how long, redrawn
/// when told and once a second, only when standard error is a terminal.
final class StatusLine: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) != 0
    private let start = DispatchTime.now().uptimeNanoseconds
    private let state = Mutex<(text: String?, drawn: UInt64, finished: Bool)>((nil, 0, false))
    /// Redraws the clock; always resumed (a suspended source must not be released), and idle
    /// when the line is disabled.
    private let timer = DispatchSource.makeTimerSource(queue: .global())

    init() {
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in self?.draw(nil, force: true) }
        timer.resume()
    }

    deinit { timer.cancel() }

    func show(_ text: String, force: Bool = false) { draw(text, force: force) }

    private func draw(_ text: String?, force: Bool) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        state.withLock { state in
            if let text { state.text = text }
            guard !state.finished, let shown = state.text, force || now - state.drawn > 100_000_000 else { return }
            state.drawn = now
            let seconds = (now - start) / 1_000_000_000
            FileHandle.standardError.write(Data("\r\u{1B}[K\(shown) · \(seconds) s".utf8))
        }
    }

    func finish() {
        timer.cancel()
        guard enabled else { return }
        state.withLock { state in
            guard !state.finished else { return }
            state.finished = true
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
    }
}

/// Turns Ctrl-C into a flag the workers poll, so that a run stops between batches and exits
/// without writing half a result.
final class InterruptFlag: @unchecked Sendable {
    private let raised = Atomic<Bool>(false)
    /// Kept alive for the life of the flag; only set up in `init`.
    private let source: DispatchSourceSignal

    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.raised.store(true, ordering: .relaxed) }
        source.resume()
    }

    var isRaised: Bool { raised.load(ordering: .relaxed) }
}

/// A line for the user on standard error, kept apart from the output proper (which may be
/// piped into a file).
func printNote(_ text: String) {
    FileHandle.standardError.write(Data("\(text)\n".utf8))
}
