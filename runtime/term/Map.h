// Maps: the read interface shared by the runtime (BIFs, comparison, formatting, hashing).
//
// Small maps (up to ATH_MAP_FLAT_MAX keys) are one MAP object: n keys sorted in map-key
// order followed by their n values. Larger maps are hash tries of HAMT nodes (layout in
// term/Hamt.h). The write side (term/MapWrite.h) keeps the form canonical: a map has more
// than ATH_MAP_FLAT_MAX keys if and only if it is a trie. The functions here hide the
// difference.
//
// Map-key order is the exact term order: like term order, except that an integer and a
// float are never equal and every integer sorts before every float (so 1 and 1.0 are two
// keys). This is the order of term comparison (mapEntriesSorted) and the order BEAM lists
// a small map in; maps above 32 keys are listed in BEAM's trie order where that can be
// reproduced (term/BeamMapOrder.h).
#pragma once

#include "term/Hamt.h"
#include "term/Term.h"

#include <optional>
#include <utility>
#include <vector>

namespace athanor::rt {

inline uint64_t flatMapCount(Term m) { return ath_header_size(header(m)) / 2; }
inline const Term *flatMapKeys(Term m) { return boxed(m) + 1; }
inline const Term *flatMapValues(Term m) { return boxed(m) + 1 + flatMapCount(m); }

/// Number of keys.
inline uint64_t mapSize(Term map) {
  return boxedType(map) == ATH_T_MAP ? flatMapCount(map) : hamt::count(map);
}

/// Value for `key` (compared exactly, ===), if present.
std::optional<Term> mapGet(Term map, Term key);

/// All entries in ascending map-key order.
std::vector<std::pair<Term, Term>> mapEntriesSorted(Term map);

/// Calls f(key, value) for every entry, in storage order (key order for flat maps, trie
/// order for tries), stopping when f returns false. For order-independent work (hashing,
/// membership tests) without the sort of mapEntriesSorted.
template <class F> void mapForEach(Term map, F &&f) {
  if (boxedType(map) == ATH_T_MAP) {
    uint64_t n = flatMapCount(map);
    for (uint64_t i = 0; i < n; ++i)
      if (!f(flatMapKeys(map)[i], flatMapValues(map)[i]))
        return;
    return;
  }
  hamt::forEach(map, f);
}

/// Index of `key` in a flat map's key array, or -1.
int64_t flatMapFind(Term map, Term key);

} // namespace athanor::rt
