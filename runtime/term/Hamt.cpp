// Hash trie operations (see Hamt.h). Every construction function is written once and run
// twice: with WordCounter to measure, with HeapWords to build into reserved heap space.
#include "term/Hamt.h"

#include "term/Compare.h"
#include "term/Hash.h"

#include <algorithm>
#include <cstring>

namespace athanor::rt::hamt {

namespace {

inline Term makeInfo(uint64_t count, uint32_t bits) {
  return makeSmall(static_cast<int64_t>((count << 32) | bits));
}

template <class A> uint64_t *newNode(A &a, uint64_t slots, uint64_t count, uint32_t bits) {
  uint64_t *w = a.take(nodeWords(slots));
  w[0] = ath_make_header(ATH_T_HAMT, 1 + 2 * slots);
  w[1] = makeInfo(count, bits);
  return w;
}

// A copy of `node` with a new count; the caller patches the slot that changed.
template <class A> uint64_t *copyNode(A &a, Term node, uint64_t count) {
  uint64_t words = nodeWords(slotCount(node));
  uint64_t *w = a.take(words);
  std::memcpy(w, boxed(node), words * sizeof(uint64_t));
  w[1] = makeInfo(count, bitmap(node));
  return w;
}

inline uint32_t slotIndex(uint32_t bits, uint32_t bit) {
  return static_cast<uint32_t>(std::popcount(bits & (bit - 1)));
}

// The smallest subtrie at `depth` holding two entries with different keys.
template <class A>
Term pairNode(A &a, int depth, uint64_t h1, Term k1, Term v1, uint64_t h2, Term k2, Term v2) {
  if (depth >= kCollisionDepth) {
    uint64_t *w = newNode(a, 2, 2, 0);
    w[2] = k1, w[3] = v1, w[4] = k2, w[5] = v2;
    return ath_make_boxed(w);
  }
  uint32_t c1 = chunkAt(h1, depth), c2 = chunkAt(h2, depth);
  if (c1 == c2) {
    Term child = pairNode(a, depth + 1, h1, k1, v1, h2, k2, v2);
    uint64_t *w = newNode(a, 1, 2, 1u << c1);
    w[2] = ATH_NONVALUE, w[3] = child;
    return ath_make_boxed(w);
  }
  uint64_t *w = newNode(a, 2, 2, (1u << c1) | (1u << c2));
  if (c1 > c2) {
    std::swap(k1, k2);
    std::swap(v1, v2);
  }
  w[2] = k1, w[3] = v1, w[4] = k2, w[5] = v2;
  return ath_make_boxed(w);
}

template <class A>
Term putRec(A &a, Term node, int depth, uint64_t hash, Term key, Term value, bool &added) {
  uint64_t n = slotCount(node);
  if (isCollision(node)) {
    for (uint64_t i = 0; i < n; ++i) {
      const Term *s = slot(node, i);
      if (exactEqual(s[0], key)) {
        if (s[1] == value)
          return node;
        uint64_t *w = copyNode(a, node, count(node));
        w[3 + 2 * i] = value;
        return ath_make_boxed(w);
      }
    }
    uint64_t *w = newNode(a, n + 1, count(node) + 1, 0);
    std::memcpy(w + 2, slot(node, 0), 2 * n * sizeof(uint64_t));
    w[2 + 2 * n] = key;
    w[3 + 2 * n] = value;
    added = true;
    return ath_make_boxed(w);
  }
  uint32_t bits = bitmap(node), bit = 1u << chunkAt(hash, depth);
  uint32_t idx = slotIndex(bits, bit);
  if (!(bits & bit)) {
    uint64_t *w = newNode(a, n + 1, count(node) + 1, bits | bit);
    std::memcpy(w + 2, slot(node, 0), 2 * idx * sizeof(uint64_t));
    w[2 + 2 * idx] = key;
    w[3 + 2 * idx] = value;
    std::memcpy(w + 4 + 2 * idx, slot(node, idx), 2 * (n - idx) * sizeof(uint64_t));
    added = true;
    return ath_make_boxed(w);
  }
  const Term *s = slot(node, idx);
  if (s[0] == ATH_NONVALUE) {
    Term child = putRec(a, s[1], depth + 1, hash, key, value, added);
    if (child == s[1])
      return node;
    uint64_t *w = copyNode(a, node, count(node) + (added ? 1 : 0));
    w[3 + 2 * idx] = child;
    return ath_make_boxed(w);
  }
  if (exactEqual(s[0], key)) {
    if (s[1] == value)
      return node;
    uint64_t *w = copyNode(a, node, count(node));
    w[3 + 2 * idx] = value;
    return ath_make_boxed(w);
  }
  Term sub = pairNode(a, depth + 1, termHash(s[0]), s[0], s[1], hash, key, value);
  uint64_t *w = copyNode(a, node, count(node) + 1);
  w[2 + 2 * idx] = ATH_NONVALUE;
  w[3 + 2 * idx] = sub;
  added = true;
  return ath_make_boxed(w);
}

struct Removal {
  enum Kind { Unchanged, Node, Leaf, Empty } kind;
  Term a = 0, b = 0; // Node: a is the node; Leaf: the remaining (key, value)
};

// `node` without slot `idx` (and without `bit` in its bitmap).
template <class A> Term dropSlot(A &a, Term node, uint32_t idx, uint32_t bit) {
  uint64_t n = slotCount(node);
  uint64_t *w = newNode(a, n - 1, count(node) - 1, bitmap(node) & ~bit);
  std::memcpy(w + 2, slot(node, 0), 2 * idx * sizeof(uint64_t));
  std::memcpy(w + 2 + 2 * idx, slot(node, idx + 1), 2 * (n - idx - 1) * sizeof(uint64_t));
  return ath_make_boxed(w);
}

template <class A> Removal removeRec(A &a, Term node, int depth, uint64_t hash, Term key) {
  uint64_t n = slotCount(node);
  if (isCollision(node)) {
    for (uint64_t i = 0; i < n; ++i) {
      if (!exactEqual(slot(node, i)[0], key))
        continue;
      if (n == 1)
        return {Removal::Empty};
      if (n == 2) {
        const Term *other = slot(node, 1 - i);
        return {Removal::Leaf, other[0], other[1]};
      }
      return {Removal::Node, dropSlot(a, node, static_cast<uint32_t>(i), 0)};
    }
    return {Removal::Unchanged};
  }
  uint32_t bits = bitmap(node), bit = 1u << chunkAt(hash, depth);
  if (!(bits & bit))
    return {Removal::Unchanged};
  uint32_t idx = slotIndex(bits, bit);
  const Term *s = slot(node, idx);
  if (s[0] == ATH_NONVALUE) {
    Removal r = removeRec(a, s[1], depth + 1, hash, key);
    switch (r.kind) {
    case Removal::Unchanged:
      return r;
    case Removal::Node: {
      uint64_t *w = copyNode(a, node, count(node) - 1);
      w[3 + 2 * idx] = r.a;
      return {Removal::Node, ath_make_boxed(w)};
    }
    case Removal::Leaf: {
      if (n == 1 && depth > 0) // this node would hold just that entry: hoist it
        return r;
      uint64_t *w = copyNode(a, node, count(node) - 1);
      w[2 + 2 * idx] = r.a;
      w[3 + 2 * idx] = r.b;
      return {Removal::Node, ath_make_boxed(w)};
    }
    case Removal::Empty:
      if (n == 1)
        return r;
      return {Removal::Node, dropSlot(a, node, idx, bit)};
    }
  }
  if (!exactEqual(s[0], key))
    return {Removal::Unchanged};
  if (n == 1)
    return {Removal::Empty};
  if (n == 2 && depth > 0) {
    const Term *other = slot(node, 1 - idx);
    if (other[0] != ATH_NONVALUE)
      return {Removal::Leaf, other[0], other[1]};
  }
  return {Removal::Node, dropSlot(a, node, idx, bit)};
}

template <class A> Term buildRec(A &a, const Entry *e, uint64_t n, int depth) {
  if (depth >= kCollisionDepth) {
    uint64_t *w = newNode(a, n, n, 0);
    for (uint64_t i = 0; i < n; ++i) {
      w[2 + 2 * i] = e[i].key;
      w[3 + 2 * i] = e[i].value;
    }
    return ath_make_boxed(w);
  }
  // Entries are sorted so that equal chunks at this depth are contiguous.
  struct Group {
    uint32_t chunk;
    uint64_t start, len;
    Term child;
  } groups[32];
  uint32_t g = 0, bits = 0;
  for (uint64_t i = 0; i < n;) {
    uint32_t c = chunkAt(e[i].hash, depth);
    uint64_t j = i + 1;
    while (j < n && chunkAt(e[j].hash, depth) == c)
      ++j;
    groups[g++] = {c, i, j - i, 0};
    bits |= 1u << c;
    i = j;
  }
  for (uint32_t i = 0; i < g; ++i)
    if (groups[i].len > 1)
      groups[i].child = buildRec(a, e + groups[i].start, groups[i].len, depth + 1);
  uint64_t *w = newNode(a, g, n, bits);
  for (uint32_t i = 0; i < g; ++i) {
    uint32_t idx = slotIndex(bits, 1u << groups[i].chunk);
    if (groups[i].len > 1) {
      w[2 + 2 * idx] = ATH_NONVALUE;
      w[3 + 2 * idx] = groups[i].child;
    } else {
      w[2 + 2 * idx] = e[groups[i].start].key;
      w[3 + 2 * idx] = e[groups[i].start].value;
    }
  }
  return ath_make_boxed(w);
}

uint64_t reverseBits(uint64_t x) {
  x = ((x >> 1) & 0x5555555555555555ull) | ((x & 0x5555555555555555ull) << 1);
  x = ((x >> 2) & 0x3333333333333333ull) | ((x & 0x3333333333333333ull) << 2);
  x = ((x >> 4) & 0x0F0F0F0F0F0F0F0Full) | ((x & 0x0F0F0F0F0F0F0F0Full) << 4);
  return __builtin_bswap64(x);
}

} // namespace

std::optional<Term> get(Term node, Term key, uint64_t hash) {
  for (int depth = 0;; ++depth) {
    if (isCollision(node)) {
      uint64_t n = slotCount(node);
      for (uint64_t i = 0; i < n; ++i)
        if (exactEqual(slot(node, i)[0], key))
          return slot(node, i)[1];
      return std::nullopt;
    }
    uint32_t bits = bitmap(node), bit = 1u << chunkAt(hash, depth);
    if (!(bits & bit))
      return std::nullopt;
    const Term *s = slot(node, slotIndex(bits, bit));
    if (s[0] == ATH_NONVALUE) {
      node = s[1];
      continue;
    }
    if (s[0] == key || exactEqual(s[0], key))
      return s[1];
    return std::nullopt;
  }
}

template <class Alloc>
Term put(Alloc &a, Term root, uint64_t hash, Term key, Term value, bool &added) {
  added = false;
  return putRec(a, root, 0, hash, key, value, added);
}

template <class Alloc> Term remove(Alloc &a, Term root, uint64_t hash, Term key, bool &removed) {
  Removal r = removeRec(a, root, 0, hash, key);
  removed = r.kind != Removal::Unchanged;
  switch (r.kind) {
  case Removal::Unchanged:
    return root;
  case Removal::Node:
    return r.a;
  case Removal::Leaf: { // only for tiny tries, which callers never keep; stay well formed
    uint64_t h = termHash(r.a);
    uint64_t *w = newNode(a, 1, 1, 1u << chunkAt(h, 0));
    w[2] = r.a, w[3] = r.b;
    return ath_make_boxed(w);
  }
  case Removal::Empty:
    break;
  }
  return ATH_NONVALUE; // emptied: callers never get here (they go flat first)
}

template <class Alloc> Term build(Alloc &a, const Entry *entries, uint64_t n) {
  return buildRec(a, entries, n, 0);
}

void sortForBuild(std::vector<Entry> &entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
    return reverseBits(x.hash) < reverseBits(y.hash);
  });
}

template Term put<WordCounter>(WordCounter &, Term, uint64_t, Term, Term, bool &);
template Term put<HeapWords>(HeapWords &, Term, uint64_t, Term, Term, bool &);
template Term remove<WordCounter>(WordCounter &, Term, uint64_t, Term, bool &);
template Term remove<HeapWords>(HeapWords &, Term, uint64_t, Term, bool &);
template Term build<WordCounter>(WordCounter &, const Entry *, uint64_t);
template Term build<HeapWords>(HeapWords &, const Entry *, uint64_t);

} // namespace athanor::rt::hamt
