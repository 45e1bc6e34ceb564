// Map construction (see MapWrite.h). Each operation measures first, reserves the exact
// number of words on the heap (the only point where a collection can happen), re-reads its
// inputs from terms held in this frame or in rooted vectors, then writes.
#include "term/MapWrite.h"

#include "mem/Builder.h"
#include "mem/Roots.h"
#include "term/Compare.h"
#include "term/Hash.h"
#include "term/Map.h"

#include <algorithm>
#include <numeric>

namespace athanor::rt {

namespace {

constexpr uint64_t kEmptyMapHeader =
    (uint64_t(ATH_T_MAP) << 6) | (uint64_t(ATH_SUB_HEADER) << 3) | ATH_TAG_IMM;
alignas(8) const uint64_t kEmptyMap[1] = {kEmptyMapHeader};

uint64_t *takeWords(Process *p, uint64_t n) { return heapTake(&p->hot, n); }

// A flat map of m entries from pairs already in ascending key order with distinct keys:
// kv[2*order[i]], kv[2*order[i]+1].
Term writeFlat(Process *p, std::vector<Term> &kv, const std::vector<uint32_t> &order) {
  uint64_t m = order.size();
  if (m == 0)
    return emptyMap();
  heapReserve(p, 1 + 2 * m, 0);
  uint64_t *w = takeWords(p, 1 + 2 * m);
  w[0] = ath_make_header(ATH_T_MAP, 2 * m);
  for (uint64_t i = 0; i < m; ++i) {
    w[1 + i] = kv[2 * order[i]];
    w[1 + m + i] = kv[2 * order[i] + 1];
  }
  return ath_make_boxed(w);
}

// Sorts pair indices by key (stable) and keeps the last of each run of equal keys.
std::vector<uint32_t> sortedDistinct(const std::vector<Term> &kv, std::vector<uint32_t> idx) {
  std::stable_sort(idx.begin(), idx.end(),
                   [&](uint32_t a, uint32_t b) { return compareExact(kv[2 * a], kv[2 * b]) < 0; });
  std::vector<uint32_t> out;
  for (size_t i = 0; i < idx.size(); ++i) {
    if (i + 1 < idx.size() && exactEqual(kv[2 * idx[i]], kv[2 * idx[i + 1]]))
      continue;
    out.push_back(idx[i]);
  }
  return out;
}

// Builds a trie from distinct-key pairs (by index into kv, hashes alongside), already sorted
// for building.
Term writeTrie(Process *p, std::vector<Term> &kv, const std::vector<std::pair<uint64_t, uint32_t>> &order) {
  std::vector<hamt::Entry> entries(order.size());
  auto fill = [&] {
    for (size_t i = 0; i < order.size(); ++i)
      entries[i] = {order[i].first, kv[2 * order[i].second], kv[2 * order[i].second + 1]};
  };
  fill();
  hamt::WordCounter counter;
  hamt::build(counter, entries.data(), entries.size());
  heapReserve(p, counter.words, 0);
  fill(); // the reservation may have moved the keys and values (kv is rooted)
  hamt::HeapWords words{&p->hot};
  return hamt::build(words, entries.data(), entries.size());
}

Term fromPairsRooted(Process *p, std::vector<Term> &kv) {
  uint64_t n = kv.size() / 2;
  if (n <= ATH_MAP_FLAT_MAX) {
    std::vector<uint32_t> idx(n);
    std::iota(idx.begin(), idx.end(), 0u);
    return writeFlat(p, kv, sortedDistinct(kv, std::move(idx)));
  }
  // Many pairs: deduplicate by hash first (cheap), then decide the form.
  std::vector<hamt::Entry> tmp(n);
  for (uint64_t i = 0; i < n; ++i)
    tmp[i] = {termHash(kv[2 * i]), kv[2 * i], static_cast<Term>(i)}; // value slot: index
  hamt::sortForBuild(tmp);
  std::vector<std::pair<uint64_t, uint32_t>> order;
  order.reserve(n);
  for (size_t i = 0; i < tmp.size();) {
    size_t j = i + 1;
    while (j < tmp.size() && tmp[j].hash == tmp[i].hash)
      ++j;
    for (size_t a = i; a < j; ++a) { // keep the last occurrence of each key in the run
      bool later = false;
      for (size_t b = a + 1; b < j && !later; ++b)
        later = exactEqual(tmp[a].key, tmp[b].key);
      if (!later)
        order.emplace_back(tmp[a].hash, static_cast<uint32_t>(tmp[a].value));
    }
    i = j;
  }
  if (order.size() <= ATH_MAP_FLAT_MAX) {
    std::vector<uint32_t> idx;
    for (auto &o : order)
      idx.push_back(o.second);
    return writeFlat(p, kv, sortedDistinct(kv, std::move(idx)));
  }
  return writeTrie(p, kv, order);
}

// All entries of a map as pairs appended to kv (storage order).
void appendPairs(Term map, std::vector<Term> &kv) {
  mapForEach(map, [&](Term k, Term v) {
    kv.push_back(k);
    kv.push_back(v);
    return true;
  });
}

Term flatPut(Process *p, Term map, Term key, Term value) {
  int64_t i = flatMapFind(map, key);
  uint64_t n = flatMapCount(map);
  if (i >= 0) {
    if (flatMapValues(map)[i] == value)
      return map;
    heapReserve(p, 1 + 2 * n, 0);
    uint64_t *w = takeWords(p, 1 + 2 * n);
    std::copy(boxed(map), boxed(map) + 1 + 2 * n, w);
    w[1 + n + i] = value;
    return ath_make_boxed(w);
  }
  if (n == ATH_MAP_FLAT_MAX) { // the 33rd key: becomes a trie
    std::vector<Term> kv;
    kv.reserve(2 * n + 2);
    appendPairs(map, kv);
    kv.push_back(key);
    kv.push_back(value);
    ScopedRoots roots(p, kv);
    return fromPairsRooted(p, kv);
  }
  heapReserve(p, 3 + 2 * n, 0);
  const Term *keys = flatMapKeys(map), *values = flatMapValues(map);
  uint64_t pos = 0;
  while (pos < n && compareExact(keys[pos], key) < 0)
    ++pos;
  uint64_t m = n + 1;
  uint64_t *w = takeWords(p, 1 + 2 * m);
  w[0] = ath_make_header(ATH_T_MAP, 2 * m);
  for (uint64_t j = 0, o = 0; j < m; ++j) {
    if (j == pos) {
      w[1 + j] = key;
      w[1 + m + j] = value;
    } else {
      w[1 + j] = keys[o];
      w[1 + m + j] = values[o];
      ++o;
    }
  }
  return ath_make_boxed(w);
}

} // namespace

Term emptyMap() { return ath_make_boxed(kEmptyMap); }

Term mapPut(Process *p, Term map, Term key, Term value) {
  if (boxedType(map) == ATH_T_MAP)
    return flatPut(p, map, key, value);
  uint64_t hash = termHash(key);
  bool added;
  hamt::WordCounter counter;
  if (hamt::put(counter, map, hash, key, value, added) == map)
    return map;
  heapReserve(p, counter.words, 0);
  hamt::HeapWords words{&p->hot};
  return hamt::put(words, map, hash, key, value, added);
}

Term mapRemove(Process *p, Term map, Term key) {
  if (boxedType(map) == ATH_T_MAP) {
    int64_t i = flatMapFind(map, key);
    if (i < 0)
      return map;
    uint64_t n = flatMapCount(map);
    if (n == 1)
      return emptyMap();
    heapReserve(p, 2 * n - 1, 0);
    const Term *keys = flatMapKeys(map), *values = flatMapValues(map);
    uint64_t m = n - 1;
    uint64_t *w = takeWords(p, 1 + 2 * m);
    w[0] = ath_make_header(ATH_T_MAP, 2 * m);
    for (uint64_t j = 0, o = 0; j < n; ++j) {
      if (static_cast<int64_t>(j) == i)
        continue;
      w[1 + o] = keys[j];
      w[1 + m + o] = values[j];
      ++o;
    }
    return ath_make_boxed(w);
  }
  uint64_t hash = termHash(key);
  if (!hamt::get(map, key, hash))
    return map;
  if (hamt::count(map) == ATH_MAP_FLAT_MAX + 1) { // back to a flat map
    std::vector<Term> kv;
    mapForEach(map, [&](Term k, Term v) {
      if (!exactEqual(k, key)) {
        kv.push_back(k);
        kv.push_back(v);
      }
      return true;
    });
    ScopedRoots roots(p, kv);
    return fromPairsRooted(p, kv);
  }
  bool removed;
  hamt::WordCounter counter;
  hamt::remove(counter, map, hash, key, removed);
  heapReserve(p, counter.words, 0);
  hamt::HeapWords words{&p->hot};
  return hamt::remove(words, map, hash, key, removed);
}

Term mapFromPairs(Process *p, std::vector<Term> &kv) {
  ScopedRoots roots(p, kv);
  return fromPairsRooted(p, kv);
}

Term mapPutPairs(Process *p, Term map, std::vector<Term> &kv) {
  ScopedRoots roots(p, kv);
  uint64_t n = kv.size() / 2;
  if (n == 0)
    return map;
  if (boxedType(map) == ATH_T_MAP) {
    // Fast path: every key present (record-style updates): patch a copy of the map.
    uint64_t size = flatMapCount(map);
    bool all = true;
    for (uint64_t i = 0; i < n && all; ++i)
      all = flatMapFind(map, kv[2 * i]) >= 0;
    if (all) {
      heapReserve(p, 1 + 2 * size, 0);
      uint64_t *w = takeWords(p, 1 + 2 * size);
      std::copy(boxed(map), boxed(map) + 1 + 2 * size, w);
      Term copy = ath_make_boxed(w);
      for (uint64_t i = 0; i < n; ++i)
        w[1 + size + flatMapFind(copy, kv[2 * i])] = kv[2 * i + 1];
      return copy;
    }
    if (size + n <= 4 * ATH_MAP_FLAT_MAX) {
      std::vector<Term> all2;
      appendPairs(map, all2);
      all2.insert(all2.end(), kv.begin(), kv.end());
      ScopedRoots roots2(p, all2);
      return fromPairsRooted(p, all2);
    }
  }
  Term acc = map;
  for (uint64_t i = 0; i < n; ++i)
    acc = mapPut(p, acc, kv[2 * i], kv[2 * i + 1]);
  return acc;
}

Term mapMerge(Process *p, Term a, Term b) {
  uint64_t na = mapSize(a), nb = mapSize(b);
  if (nb == 0)
    return a;
  if (na == 0)
    return b;
  if (boxedType(a) == ATH_T_MAP && boxedType(b) == ATH_T_MAP) {
    // Merge the sorted key arrays; b wins on equal keys.
    auto mergeInto = [&](uint64_t *w, uint64_t m) {
      const Term *ka = flatMapKeys(a), *va = flatMapValues(a);
      const Term *kb = flatMapKeys(b), *vb = flatMapValues(b);
      uint64_t i = 0, j = 0, o = 0;
      while (i < na || j < nb) {
        int c = i == na ? 1 : j == nb ? -1 : compareExact(ka[i], kb[j]);
        Term k, v;
        if (c < 0) {
          k = ka[i], v = va[i++];
        } else {
          k = kb[j], v = vb[j++];
          if (c == 0)
            ++i;
        }
        if (w) {
          w[1 + o] = k;
          w[1 + m + o] = v;
        }
        ++o;
      }
      return o;
    };
    uint64_t m = mergeInto(nullptr, 0);
    if (m <= ATH_MAP_FLAT_MAX) {
      heapReserve(p, 1 + 2 * m, 0);
      uint64_t *w = takeWords(p, 1 + 2 * m);
      w[0] = ath_make_header(ATH_T_MAP, 2 * m);
      mergeInto(w, m);
      return ath_make_boxed(w);
    }
  }
  // A small map into a big one: put its entries one by one.
  std::vector<Term> kv;
  if (nb * 8 <= na) {
    appendPairs(b, kv);
    return mapPutPairs(p, a, kv);
  }
  if (na * 8 <= nb) {
    appendPairs(a, kv);
    ScopedRoots roots(p, kv);
    Term acc = b;
    for (size_t i = 0; i < kv.size(); i += 2)
      if (!mapGet(acc, kv[i]))
        acc = mapPut(p, acc, kv[i], kv[i + 1]);
    return acc;
  }
  appendPairs(a, kv);
  appendPairs(b, kv);
  ScopedRoots roots(p, kv);
  return fromPairsRooted(p, kv);
}

} // namespace athanor::rt
