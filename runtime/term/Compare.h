// Term order and equality, as Erlang defines them:
//   number < atom < reference < fun < pid < tuple < map < [] < list < bitstring
// compareTerms is the order of <, >, sort and `==` (1 == 1.0). compareExact is the order
// of map keys and `===`: an integer and a float are never equal, and integers sort
// before floats.
#pragma once

#include "term/Term.h"

namespace athanor::rt {

int compareTerms(Term a, Term b); // -1, 0, 1
int compareExact(Term a, Term b);
inline bool equalTerms(Term a, Term b) { return a == b || compareTerms(a, b) == 0; }
/// `===`. Plain cases are answered without the general comparison: distinct immediates
/// (an immediate never equals a boxed term: numbers are canonical), a cons and a boxed
/// term, refs, floats and bignums by their words (floats as doubles, so 0.0 === -0.0, as
/// on OTP 25), and lists and tuples element by element. A pinned reference or alias in
/// `receive {^ref, reply}` comes here for every message it looks at.
bool exactEqualSlow(Term a, Term b);
inline bool exactEqual(Term a, Term b) { return a == b || exactEqualSlow(a, b); }

} // namespace athanor::rt
