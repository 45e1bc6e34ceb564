// Building maps on a process heap: put, remove, merge and construction from pairs, keeping
// the canonical form of term/Map.h (flat with sorted keys up to ATH_MAP_FLAT_MAX keys, a
// hash trie above). Every function may collect garbage; the terms passed in stay valid
// (they are held by the caller's frame, which the collector scans), pointers derived from
// them before the call do not.
#pragma once

#include "term/Term.h"

#include <vector>

namespace athanor::rt {

struct Process;

/// %{} (a static term).
Term emptyMap();

/// map with key => value. Returns `map` itself when it already holds this very value.
Term mapPut(Process *p, Term map, Term key, Term value);

/// map without key (`map` itself if the key is absent).
Term mapRemove(Process *p, Term map, Term key);

/// A map of the pairs kv[0], kv[1], kv[2], kv[3], ... (later duplicates win). `kv` is
/// registered as a root while building, so the caller may have filled it with heap terms.
Term mapFromPairs(Process *p, std::vector<Term> &kv);

/// maps:merge(a, b): b's values win.
Term mapMerge(Process *p, Term a, Term b);

/// map with every pair of kv put in order (later duplicates win).
Term mapPutPairs(Process *p, Term map, std::vector<Term> &kv);

} // namespace athanor::rt
