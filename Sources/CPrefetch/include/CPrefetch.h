#ifndef PII_CPREFETCH_H
#define PII_CPREFETCH_H

#include <stdint.h>

// Asks the memory system to bring the cache line holding `address` into the level-2 cache
// (x86 `prefetcht1`; a hint on other processors). Never faults, so the address may lie
// beyond the memory the caller owns: it is taken as an integer for that reason.
static inline void pii_prefetch_to_l2(uintptr_t address) {
    __builtin_prefetch((const void *)address, 0, 2);
}

#endif
