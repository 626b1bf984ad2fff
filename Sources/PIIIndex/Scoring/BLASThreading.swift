import CBLAS

/// OpenBLAS's own threads are slower than one thread on the engine's small matrices, and the
/// engine already splits scenario batches across cores; every entry point calls this first.
public func useSingleThreadedBLAS() {
    openblas_set_num_threads(1)
}
