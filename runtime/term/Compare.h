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
inline bool exactEqual(Term a, Term b) { return a == b || compareExact(a, b) == 0; }

} // namespace athanor::rt
