// Declarations of every BIF of bifs.def (extern "C" ath_bif_<symbol>), for tests that call
// them directly.
#pragma once

#include "athanor/rt.h"

#define ATH_PARAMS_0 ath_proc *
#define ATH_PARAMS_1 ath_proc *, ath_term
#define ATH_PARAMS_2 ath_proc *, ath_term, ath_term
#define ATH_PARAMS_3 ath_proc *, ath_term, ath_term, ath_term
#define ATH_PARAMS_4 ath_proc *, ath_term, ath_term, ath_term, ath_term
#define BIF(m, n, a, sym) extern "C" ath_term ath_bif_##sym(ATH_PARAMS_##a);
#define GUARD_BIF BIF
#include "athanor/bifs.def"
#undef BIF
#undef GUARD_BIF
