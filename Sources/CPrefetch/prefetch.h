// Swift has no prefetch builtin; the batched scorer asks for the next indicator's block
// while it works on the current one, so that streaming scenarios from memory overlaps with
// the arithmetic.
static inline void pii_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}
