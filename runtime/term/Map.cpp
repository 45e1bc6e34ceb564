// Map reading: flat maps (sorted keys) and, above ATH_MAP_FLAT_MAX keys, hash tries.
#include "term/Map.h"

#include "term/Compare.h"

namespace athanor::rt {

namespace {

uint64_t flatCount(Term m) { return ath_header_size(header(m)) / 2; }
const Term *flatKeys(Term m) { return boxed(m) + 1; }
const Term *flatValues(Term m) { return boxed(m) + 1 + flatCount(m); }

} // namespace

uint64_t mapSize(Term map) {
  if (boxedType(map) == ATH_T_MAP)
    return flatCount(map);
  return 0; // HAMT: not yet
}

std::optional<Term> mapGet(Term map, Term key) {
  if (boxedType(map) == ATH_T_MAP) {
    uint64_t n = flatCount(map);
    const Term *keys = flatKeys(map);
    // Most keys are atoms compared by identity; fall back to a binary search in
    // map-key order.
    uint64_t lo = 0, hi = n;
    while (lo < hi) {
      uint64_t mid = (lo + hi) / 2;
      int c = keys[mid] == key ? 0 : compareExact(keys[mid], key);
      if (c == 0)
        return flatValues(map)[mid];
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::vector<std::pair<Term, Term>> mapEntriesSorted(Term map) {
  std::vector<std::pair<Term, Term>> out;
  if (boxedType(map) == ATH_T_MAP) {
    uint64_t n = flatCount(map);
    out.reserve(n);
    for (uint64_t i = 0; i < n; ++i)
      out.emplace_back(flatKeys(map)[i], flatValues(map)[i]);
  }
  return out;
}

} // namespace athanor::rt
