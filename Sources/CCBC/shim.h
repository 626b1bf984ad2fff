// COIN-OR CBC's C interface (Debian coinor-libcbc-dev): the MILP solver the portfolio
// optimiser uses for its linearised start and bound.
#include <coin/Cbc_C_Interface.h>
