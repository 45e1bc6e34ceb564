// The order in which BEAM lists the entries of a map with more than 32 keys.
//
// OTP stores such a map as a hash trie keyed by make_map_hash(key) (make_internal_hash(key,
// 0) in erts/emulator/beam/utils.c, 32 bits, four bits per level from the low end), and
// :maps.to_list/keys/values walk it so that the entries come out in *descending* order of
// the hash read nibble by nibble from the lowest (the iterator behind :maps.fold and
// :maps.iterator walks the other way: ascending). Inspect, Map.keys and Enumerable follow
// that order, so programs that print a large map depend on it.
//
// The internal hash of immediates is the raw 64-bit BEAM word, so it is reproducible for
// terms built from integers, floats, binaries, [] and lists and tuples of those: small
// integers are (v << 4) | 0xF, bignums hash their digits. Atoms hash their atom-table
// *index*, which depends on what the VM happened to load first, and pids, references, funs
// and maps depend on node-local state: a map holding such a key cannot be ordered like BEAM,
// and mapEntriesListOrder falls back to map-key order for it (deterministic, not BEAM's).
// Keys whose 32-bit hashes are equal (BEAM then rehashes; rare below ~10^4 keys) are
// ordered by map-key order.
#pragma once

#include "term/Term.h"

#include <optional>
#include <utility>
#include <vector>

namespace athanor::rt {

/// OTP 25's make_map_hash(key) on a 64-bit VM, when it does not depend on VM-local state.
std::optional<uint32_t> beamMapHash(Term key);

/// A map's entries in the order :maps.to_list returns them on BEAM: key order for flat
/// maps (at most 32 keys), trie order for larger maps whose keys all have a reproducible
/// hash, key order otherwise.
std::vector<std::pair<Term, Term>> mapEntriesListOrder(Term map);

} // namespace athanor::rt
