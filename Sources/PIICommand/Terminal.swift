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
