// OpenBLAS's CBLAS interface and the LAPACKE C interface to LAPACK.
// Debian's libopenblas carries no LAPACKE symbols, hence `link "lapacke"` in the module map.
#include <cblas.h>
#include <lapacke.h>

// `lapack_int` is a macro, which Swift cannot import; this typedef gives it a Swift name.
typedef lapack_int pii_lapack_int;
