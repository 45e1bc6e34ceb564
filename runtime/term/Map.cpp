// Map reading: flat maps (sorted keys) and, above ATH_MAP_FLAT_MAX keys, hash tries.
#include "term/Map.h"

#include "term/Compare.h"
#include "term/Hash.h"

#include <algorithm>

namespace athanor::rt {

int64_t flatMapFind(Term map, Term key) {
  uint64_t n = flatMapCount(map);
  const Term *keys = flatMapKeys(map);
  // Most keys are atoms, found by identity in a short scan; otherwise binary search in
  // map-key order.
  if (isAtom(key) && n <= 8) {
    for (uint64_t i = 0; i < n; ++i)
      if (keys[i] == key)
        return static_cast<int64_t>(i);
    return -1;
  }
  uint64_t lo = 0, hi = n;
  while (lo < hi) {
    uint64_t mid = (lo + hi) / 2;
    int c = keys[mid] == key ? 0 : compareExact(keys[mid], key);
    if (c == 0)
      return static_cast<int64_t>(mid);
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return -1;
}

std::optional<Term> mapGet(Term map, Term key) {
  if (boxedType(map) == ATH_T_MAP) {
    int64_t i = flatMapFind(map, key);
    if (i < 0)
      return std::nullopt;
    return flatMapValues(map)[i];
  }
  return hamt::get(map, key, termHash(key));
}

std::vector<std::pair<Term, Term>> mapEntriesSorted(Term map) {
  std::vector<std::pair<Term, Term>> out;
  out.reserve(mapSize(map));
  mapForEach(map, [&](Term k, Term v) {
    out.emplace_back(k, v);
    return true;
  });
  if (boxedType(map) == ATH_T_HAMT)
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return compareExact(a.first, b.first) < 0; });
  return out;
}

} // namespace athanor::rt
