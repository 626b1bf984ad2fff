// The module's one function is inline in its header; SwiftPM builds a C target from at least
// one source file.
#include "CPrefetch.h"
