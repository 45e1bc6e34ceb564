// Structural hashing of terms for the map hash trie (term/Hamt.h).
//
// termHash is consistent with exact equality (===, the equality of map keys): terms that
// compare equal with compareExact hash equal. So 1 and 1.0 hash differently, 0.0 and -0.0
// (equal in OTP 25, which Athanor follows) hash the same, and a map hashes the same whether
// it is flat or a trie (entries are combined order-independently). The value is stable
// within one run only (atoms hash by index), which is all a map needs.
#pragma once

#include "term/Term.h"

namespace athanor::rt {

uint64_t termHash(Term t);

/// Test hook: replaces termHash's result (for exercising full-hash collisions in the trie).
/// nullptr restores the real hash.
void setTermHashOverrideForTesting(uint64_t (*fn)(Term));

} // namespace athanor::rt
