// Structural term hash (see Hash.h). The walk is iterative (pre-order with an explicit
// stack) so long lists and deep nests never recurse; only maps nested as keys recurse once
// per nesting level, since their entries must be combined order-independently.
#include "term/Hash.h"

#include "term/Map.h"

#include <cstring>
#include <vector>

namespace athanor::rt {

namespace {

uint64_t (*hashOverride)(Term) = nullptr;

inline uint64_t mix(uint64_t x) { // splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

class Hasher {
public:
  void feed(uint64_t w) { h_ = mix(h_ ^ (w + 0x9e3779b97f4a7c15ull)) ; }
  void bytes(const char *p, uint64_t n) {
    feed(n);
    while (n >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      feed(w);
      p += 8;
      n -= 8;
    }
    if (n) {
      uint64_t w = 0;
      std::memcpy(&w, p, n);
      feed(w);
    }
  }
  uint64_t value() const { return h_; }

private:
  uint64_t h_ = 0x243f6a8885a308d3ull;
};

uint64_t hashImpl(Term root) {
  Hasher h;
  std::vector<Term> stack{root};
  while (!stack.empty()) {
    Term t = stack.back();
    stack.pop_back();
    if (!isBoxed(t)) {
      if (isCons(t)) {
        h.feed(2);
        stack.push_back(consTail(t));
        stack.push_back(consHead(t));
      } else {
        h.feed(t); // small integers, atoms, [], pids: the word is the identity
      }
      continue;
    }
    uint64_t hdr = header(t);
    uint32_t type = ath_header_type(hdr);
    switch (type) {
    case ATH_T_TUPLE: {
      uint64_t n = tupleArity(t);
      h.feed(hdr);
      for (uint64_t i = n; i-- > 0;)
        stack.push_back(tupleElem(t, i));
      break;
    }
    case ATH_T_FLOAT: {
      double d = floatValue(t);
      if (d == 0.0)
        d = 0.0; // -0.0 === 0.0
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      h.feed(hdr);
      h.feed(bits);
      break;
    }
    case ATH_T_BIGPOS:
    case ATH_T_BIGNEG:
      h.feed(hdr);
      for (uint64_t i = 0; i < bigintLimbCount(t); ++i)
        h.feed(bigintLimbs(t)[i]);
      break;
    case ATH_T_BINARY:
      h.feed(5);
      h.bytes(binaryData(t), binarySize(t));
      break;
    case ATH_T_MAP:
    case ATH_T_HAMT: {
      // Sum of per-entry hashes: independent of layout and order.
      uint64_t sum = 0;
      mapForEach(t, [&](Term k, Term v) {
        sum += mix(hashImpl(k) * 31 + hashImpl(v));
        return true;
      });
      h.feed(6);
      h.feed(mapSize(t));
      h.feed(sum);
      break;
    }
    case ATH_T_FUN: {
      h.feed(7);
      h.feed(reinterpret_cast<uint64_t>(funInfo(t)));
      for (uint64_t i = funFreeCount(t); i-- > 0;)
        stack.push_back(funFree(t, i));
      break;
    }
    case ATH_T_REF:
      h.feed(8);
      h.feed(refWord(t, 0));
      h.feed(refWord(t, 1));
      break;
    default:
      h.feed(hdr);
      break;
    }
  }
  return h.value();
}

} // namespace

uint64_t termHash(Term t) {
  if (hashOverride) [[unlikely]]
    return hashOverride(t);
  if (isSmall(t) || isAtom(t))
    return mix(t ^ 0x6a09e667f3bcc909ull);
  return hashImpl(t);
}

void setTermHashOverrideForTesting(uint64_t (*fn)(Term)) { hashOverride = fn; }

} // namespace athanor::rt
