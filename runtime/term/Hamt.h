// The hash array mapped trie (HAMT) behind maps with more than ATH_MAP_FLAT_MAX keys.
//
// Node layout (one ATH_T_HAMT object per node; every word after the header is a term, so
// the collector, the copier and heap walks need nothing special):
//
//     [header(HAMT, 1 + 2k)] [info] [a_0][b_0] ... [a_{k-1}][b_{k-1}]
//
//   info   a small integer: (count << 32) | bitmap
//            bitmap  bit i set <=> the node has a slot for hash chunk i; the k slots are
//                    stored in ascending bit order (slot index = popcount of lower bits)
//            count   the number of keys in the subtrie (the root's count is the map size)
//          bitmap == 0 marks a collision node: k (key, value) pairs whose keys have the same
//          full 64-bit hash, in no particular order (only found at depth kCollisionDepth).
//   slot   (key, value) for an entry, or (ATH_NONVALUE, child) for a subtrie. NONVALUE is an
//          immediate that is never a key, so it cannot be mistaken for one.
//
// The chunk of a key at depth d is bits [5d, 5d + 5) of termHash(key) (term/Hash.h):
// depths 0..12 (depth 12 has the 4 top bits), then collision nodes. Lookups, inserts and
// removals touch one node per level: O(log32 n). Updates copy the path (the trie is
// immutable like every term). A map with <= ATH_MAP_FLAT_MAX keys is never a trie (the
// write side converts), so inspect and term order, which see small maps most, stay simple.
//
// Construction happens in two passes with the same code: a measuring pass counts the words
// the new nodes need (WordCounter), the caller reserves them on the heap (which may collect
// and move the old trie's nodes: the pass re-reads everything from the root), then the
// building pass takes them (HeapWords).
#pragma once

#include "term/Term.h"

#include <bit>
#include <cstdint>
#include <optional>
#include <vector>

namespace athanor::rt::hamt {

constexpr int kChunkBits = 5;
constexpr int kCollisionDepth = 13; // 13 * 5 > 64: the hash is used up

inline uint32_t chunkAt(uint64_t hash, int depth) {
  return static_cast<uint32_t>(hash >> (kChunkBits * depth)) & 31u;
}

inline uint64_t info(Term node) { return static_cast<uint64_t>(smallValue(boxed(node)[1])); }
inline uint32_t bitmap(Term node) { return static_cast<uint32_t>(info(node)); }
inline uint64_t count(Term node) { return info(node) >> 32; }
inline bool isCollision(Term node) { return bitmap(node) == 0; }
inline uint64_t slotCount(Term node) { return (ath_header_size(header(node)) - 1) / 2; }
inline const Term *slot(Term node, uint64_t i) { return boxed(node) + 2 + 2 * i; }
inline uint64_t nodeWords(uint64_t slots) { return 2 + 2 * slots; }

/// Value of `key` (whose termHash is `hash`) in the trie rooted at `root`.
std::optional<Term> get(Term root, Term key, uint64_t hash);

/// Calls f(key, value) for every entry in trie order; stops early when f returns false.
/// Returns false if it stopped early.
template <class F> bool forEach(Term node, F &&f) {
  uint64_t n = slotCount(node);
  for (uint64_t i = 0; i < n; ++i) {
    const Term *s = slot(node, i);
    if (s[0] == ATH_NONVALUE) {
      if (!forEach(s[1], f))
        return false;
    } else if (!f(s[0], s[1])) {
      return false;
    }
  }
  return true;
}

/// Allocation policies for the two construction passes.
struct WordCounter {
  uint64_t words = 0;
  std::vector<uint64_t> scratch; // measuring writes land here and are never read
  uint64_t *take(uint64_t n) {
    words += n;
    if (scratch.size() < n)
      scratch.resize(n);
    return scratch.data();
  }
};
struct HeapWords {
  ath_proc_hot *hot;
  uint64_t *take(uint64_t n) {
    uint64_t *q = hot->htop;
    hot->htop = q + n;
    return q;
  }
};

/// The trie with key -> value (hash = termHash(key)). `added` tells whether the key is new.
/// Returns `root` itself when nothing changes (the key holds this very value already).
template <class Alloc>
Term put(Alloc &a, Term root, uint64_t hash, Term key, Term value, bool &added);

/// The trie without `key`; `removed` tells whether it was there (else `root` is returned).
/// The caller converts results of <= ATH_MAP_FLAT_MAX keys to flat maps, so the root of a
/// trie always has more than that many keys and never collapses here.
template <class Alloc> Term remove(Alloc &a, Term root, uint64_t hash, Term key, bool &removed);

/// An entry for bulk construction.
struct Entry {
  uint64_t hash;
  Term key;
  Term value;
};
/// Builds a trie from entries with distinct keys, sorted with sortForBuild.
template <class Alloc> Term build(Alloc &a, const Entry *entries, uint64_t n);
/// Orders entries so that every subtrie's entries are contiguous (by chunk 0, then 1, ...).
void sortForBuild(std::vector<Entry> &entries);

extern template Term put<WordCounter>(WordCounter &, Term, uint64_t, Term, Term, bool &);
extern template Term put<HeapWords>(HeapWords &, Term, uint64_t, Term, Term, bool &);
extern template Term remove<WordCounter>(WordCounter &, Term, uint64_t, Term, bool &);
extern template Term remove<HeapWords>(HeapWords &, Term, uint64_t, Term, bool &);
extern template Term build<WordCounter>(WordCounter &, const Entry *, uint64_t);
extern template Term build<HeapWords>(HeapWords &, const Entry *, uint64_t);

} // namespace athanor::rt::hamt
