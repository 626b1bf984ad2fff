import Foundation

/// Runs `body(worker)` for workers `0..<count` in parallel and returns when all are done.
/// Every worker runs on a thread of its own with an 8 MiB stack: the numeric kernels' frames
/// are large in debug builds, too large for the stack of a thread-pool or test-runner thread.
package func forEachWorker(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    final class Job {
        let worker: Int
        let body: @Sendable (Int) -> Void
        init(worker: Int, body: @escaping @Sendable (Int) -> Void) {
            self.worker = worker
            self.body = body
        }
    }
    var threads: [pthread_t] = []
    for worker in 0..<count {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, 8 << 20)
        let job = Unmanaged.passRetained(Job(worker: worker, body: body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { argument in
            let job = Unmanaged<Job>.fromOpaque(argument!).takeRetainedValue()
            job.body(job.worker)
            return nil
        }, job)
        pthread_attr_destroy(&attributes)
        precondition(status == 0, "cannot start a worker thread (error \(status))")
        threads.append(thread)
    }
    for thread in threads { pthread_join(thread, nil) }
}
