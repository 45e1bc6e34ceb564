// Maps: the read interface shared by the runtime (BIFs, comparison, formatting).
//
// Small maps (up to ATH_MAP_FLAT_MAX keys) are one MAP object: n keys sorted in map-key
// order followed by their n values. Larger maps are hash tries (HAMT objects); the
// functions here hide the difference.
//
// Map-key order is the exact term order: like term order, except that an integer and a
// float are never equal and every integer sorts before every float (so 1 and 1.0 are two
// keys). This is the order inspect prints small maps in.
#pragma once

#include "term/Term.h"

#include <optional>
#include <utility>
#include <vector>

namespace athanor::rt {

/// Number of keys.
uint64_t mapSize(Term map);

/// Value for `key` (compared exactly, ===), if present.
std::optional<Term> mapGet(Term map, Term key);

/// All entries in ascending map-key order.
std::vector<std::pair<Term, Term>> mapEntriesSorted(Term map);

} // namespace athanor::rt
