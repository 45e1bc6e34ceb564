// phash2 (see Phash.h). The traversal keeps OTP's order exactly (a tuple's first element
// first, list heads before tails, a map's pairs each hashed from zero and xor-ed), with an
// explicit stack so deep terms do not recurse.
#include "term/Phash.h"

#include "term/Atoms.h"
#include "term/Map.h"

#include <cstring>
#include <vector>

#include "term/JenkinsHash.h"

namespace athanor::rt {

namespace {

using namespace jenkins;

constexpr uint32_t kNilHash = 3468870702u; // [] hashed on its own
constexpr uint32_t kNilTag = 2;            // BEAM's NIL_DEF type code (mixed in after other data)

// Integers: 28-bit signed values mix their 32-bit value (twice if negative); anything
// larger mixes its magnitude's 64-bit digits as pairs of 32-bit halves.
void hashMagnitude(uint32_t &h, uint64_t digit, bool negative) {
  hash2(h, static_cast<uint32_t>(digit), static_cast<uint32_t>(digit >> 32), negative ? kC10 : kC11);
}

void hashSmall(uint32_t &h, int64_t v) {
  if (v >= -(int64_t(1) << 27) && v < (int64_t(1) << 27)) {
    int32_t y = static_cast<int32_t>(v);
    if (y < 0)
      hash1(h, static_cast<uint32_t>(-y), kC);
    hash1(h, static_cast<uint32_t>(y), kC);
    return;
  }
  hashMagnitude(h, v < 0 ? static_cast<uint64_t>(-v) : static_cast<uint64_t>(v), v < 0);
}

// Markers on the work stack besides terms.
constexpr Term kMapTail = ATH_NONVALUE;   // restore the hash around a map's pairs
constexpr Term kMapPair = ATH_NONVALUE + 64; // one pair done: fold it into the xor

struct Work {
  Term term;
  uint32_t savedHash = 0, savedXor = 0; // kMapTail only
};

} // namespace

uint32_t atomTableHash(std::string_view name) {
  uint32_t h = 0;
  const unsigned char *p = reinterpret_cast<const unsigned char *>(name.data());
  size_t len = name.size();
  while (len--) {
    unsigned v = *p++;
    if (len && (v & 0xFE) == 0xC2 && (*p & 0xC0) == 0x80) { // a Latin-1 character in UTF-8
      v = ((v << 6) | (*p & 0x3F)) & 0xFF;
      ++p;
      --len;
    }
    h = (h << 4) + v;
    if (uint32_t g = h & 0xf0000000u) {
      h ^= g >> 24;
      h ^= g;
    }
  }
  return h;
}

uint32_t phash2(Term root) {
  uint32_t h = 0, pairs = 0;
  std::vector<Work> stack;
  Term t = root;
  for (;;) {
    bool next = true; // after this term, continue with the stack
    if (isSmall(t)) {
      hashSmall(h, smallValue(t));
    } else if (isAtom(t)) {
      uint32_t v = atomTableHash(atomName(t));
      if (h == 0)
        h = v;
      else
        hash1(h, v, kC3);
    } else if (isNil(t)) {
      if (h == 0)
        h = kNilHash;
      else
        hash1(h, kNilTag, kC2);
    } else if (isPid(t)) {
      hash1(h, static_cast<uint32_t>(ath_pid_id(t) & 0x7FFF), kC5);
    } else if (isCons(t)) {
      ByteRun run = hashByteRun(h, t);
      t = run.rest;
      Term cell = run.cell;
      if (run.count > 0)
        hash1(h, run.partial, kC4);
      if (isCons(t)) { // stopped at a non-byte head: hash it, then the tail
        stack.push_back({consTail(cell)});
        t = consHead(cell);
      }
      next = false; // t is the next term to hash (a head, or the tail after the bytes)
    } else if (isBoxed(t)) {
      switch (boxedType(t)) {
      case ATH_T_TUPLE: {
        uint64_t n = tupleArity(t);
        hash1(h, static_cast<uint32_t>(n), kC9);
        if (n == 0)
          break;
        for (uint64_t i = n; i-- > 1;)
          stack.push_back({tupleElem(t, i)});
        t = tupleElem(t, 0);
        next = false;
        break;
      }
      case ATH_T_MAP:
      case ATH_T_HAMT: {
        uint64_t n = mapSize(t);
        hash1(h, static_cast<uint32_t>(n), kC16);
        if (n == 0)
          break;
        stack.push_back({kMapTail, h, pairs});
        h = 0;
        pairs = 0;
        mapForEach(t, [&](Term k, Term v) {
          stack.push_back({kMapPair});
          stack.push_back({v});
          stack.push_back({k});
          return true;
        });
        break;
      }
      case ATH_T_BINARY: {
        uint32_t con = kC13 + h;
        h = binarySize(t) == 0
                ? con
                : blockHash(reinterpret_cast<const unsigned char *>(binaryData(t)),
                            binarySize(t) & 0xFFFFFFFFu, con);
        break;
      }
      case ATH_T_FLOAT: {
        double d = floatValue(t);
        if (d == 0.0)
          d = 0.0;
        uint64_t bits;
        std::memcpy(&bits, &d, 8);
        hash2(h, static_cast<uint32_t>(bits >> 32), static_cast<uint32_t>(bits), kC12);
        break;
      }
      case ATH_T_BIGPOS:
      case ATH_T_BIGNEG:
        for (uint64_t i = 0; i < bigintLimbCount(t); ++i)
          hashMagnitude(h, bigintLimbs(t)[i], bigintNegative(t));
        break;
      case ATH_T_FUN: {
        const ath_fun_info *info = funInfo(t);
        if (info->is_capture) { // external fun: module, function and arity
          hash2(h, info->arity, atomTableHash(atomName(info->module)), kC);
          hash1(h, atomTableHash(atomName(info->name)), kC14);
          break;
        }
        hash2(h, static_cast<uint32_t>(funFreeCount(t)), atomTableHash(atomName(info->module)), kC);
        hash2(h, info->unique, 0, kC);
        for (uint64_t i = funFreeCount(t); i-- > 0;)
          stack.push_back({funFree(t, i)});
        break;
      }
      case ATH_T_REF:
        hash1(h, static_cast<uint32_t>(refWord(t, 0)), kC7);
        break;
      default:
        break;
      }
    }
    if (!next)
      continue;
    // hash2_common: the next pending term, or the end of a map pair / map.
    for (;;) {
      if (stack.empty())
        return h;
      Work w = stack.back();
      stack.pop_back();
      if (w.term == kMapTail) {
        uint32_t inner = pairs;
        h = w.savedHash;
        hash1(h, inner, kC19);
        pairs = w.savedXor;
        continue;
      }
      if (w.term == kMapPair) {
        pairs ^= h;
        h = 0;
        continue;
      }
      t = w.term;
      break;
    }
  }
}

} // namespace athanor::rt
