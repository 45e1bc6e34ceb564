// BEAM's map listing order (see BeamMapOrder.h). The hash follows make_internal_hash step
// by step: the same traversal (tuple elements first to last, list heads before tails, runs
// of bytes in a list packed four to a word) with an explicit stack.
#include "term/BeamMapOrder.h"

#include "term/Compare.h"
#include "term/JenkinsHash.h"
#include "term/Map.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace athanor::rt {

namespace {

using namespace jenkins;

constexpr uint32_t kInternalSalt = 3432918353u; // INTERNAL_HASH_SALT
// BEAM's 64-bit immediate words: a small integer is (v << 4) | 0xF for -2^59 <= v < 2^59;
// [] is the bare tag 0x3B.
constexpr int64_t kBeamSmallMax = (int64_t(1) << 59) - 1;
constexpr int64_t kBeamSmallMin = -(int64_t(1) << 59);
constexpr uint64_t kBeamNil = 0x3B;

void hashWord(uint32_t &h, uint64_t word) {
  hash2(h, static_cast<uint32_t>(word), static_cast<uint32_t>(word >> 32), kC);
}

void hashDigits(uint32_t &h, const uint64_t *digits, uint64_t n, bool negative) {
  uint32_t con = negative ? kC10 : kC11;
  for (uint64_t i = 0; i < n; ++i)
    hash2(h, static_cast<uint32_t>(digits[i]), static_cast<uint32_t>(digits[i] >> 32), con);
}

struct Pending {
  Term term;
  bool cdrMark; // HASH_CDR: a cons cell's non-list tail follows
};

} // namespace

std::optional<uint32_t> beamMapHash(Term root) {
  uint32_t h = kInternalSalt;
  std::vector<Pending> stack;
  Term t = root;
  for (;;) {
    bool pop = true;
    if (isSmall(t)) {
      int64_t v = smallValue(t);
      if (v >= kBeamSmallMin && v <= kBeamSmallMax) {
        hashWord(h, (static_cast<uint64_t>(v) << 4) | 0xF);
      } else { // a bignum on BEAM: one 64-bit digit of magnitude
        uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        hashDigits(h, &mag, 1, v < 0);
      }
    } else if (isNil(t)) {
      hashWord(h, kBeamNil);
    } else if (isCons(t)) {
      ByteRun run = hashByteRun(h, t);
      t = run.rest;
      Term cell = run.cell;
      if (run.count > 0)
        hash2(h, run.partial, static_cast<uint32_t>(run.count), kC22);
      if (isCons(t)) { // stopped at a non-byte head: the head now, the tail after it
        Term tail = consTail(cell);
        h ^= kC17;
        h = std::rotl(h, 17);
        stack.push_back({tail, false});
        if (!isCons(tail))
          stack.push_back({ATH_NIL, true});
        t = consHead(cell);
      }
      pop = false; // t is the head, or the non-list tail after a run of bytes
    } else if (isBoxed(t)) {
      switch (boxedType(t)) {
      case ATH_T_TUPLE: {
        uint64_t n = tupleArity(t);
        hash1(h, static_cast<uint32_t>(n), kC9);
        if (n == 0)
          break;
        for (uint64_t i = n; i-- > 1;)
          stack.push_back({tupleElem(t, i), false});
        t = tupleElem(t, 0);
        pop = false;
        break;
      }
      case ATH_T_BINARY: {
        uint32_t con = kC13 + h;
        h = binarySize(t) == 0
                ? con
                : blockHash(reinterpret_cast<const unsigned char *>(binaryData(t)),
                            binarySize(t), con);
        break;
      }
      case ATH_T_FLOAT: {
        double d = floatValue(t);
        if (d == 0.0)
          d = 0.0; // -0.0 hashes as 0.0
        uint64_t bits;
        std::memcpy(&bits, &d, 8);
        hash2(h, static_cast<uint32_t>(bits), static_cast<uint32_t>(bits >> 32), kC12);
        break;
      }
      case ATH_T_BIGPOS:
      case ATH_T_BIGNEG:
        hashDigits(h, bigintLimbs(t), bigintLimbCount(t), bigintNegative(t));
        break;
      default:
        return std::nullopt; // maps, funs, references
      }
    } else {
      return std::nullopt; // atoms, pids
    }
    if (!pop)
      continue;
    for (;;) {
      if (stack.empty())
        return h;
      Pending next = stack.back();
      stack.pop_back();
      if (next.cdrMark) {
        h ^= kC18;
        h = std::rotl(h, 17);
        continue;
      }
      t = next.term;
      break;
    }
  }
}

std::vector<std::pair<Term, Term>> mapEntriesListOrder(Term map) {
  if (boxedType(map) != ATH_T_HAMT)
    return mapEntriesSorted(map);
  struct Entry {
    uint32_t path; // the hash with its nibbles reversed: trie order is numeric order
    Term key, value;
  };
  std::vector<Entry> entries;
  entries.reserve(mapSize(map));
  bool reproducible = true;
  mapForEach(map, [&](Term k, Term v) {
    auto hash = beamMapHash(k);
    if (!hash) {
      reproducible = false;
      return false;
    }
    uint32_t x = *hash, path = 0;
    for (int i = 0; i < 8; ++i, x >>= 4)
      path = (path << 4) | (x & 0xF);
    entries.push_back({path, k, v});
    return true;
  });
  if (!reproducible)
    return mapEntriesSorted(map);
  std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
    if (a.path != b.path)
      return a.path > b.path;
    return compareExact(a.key, b.key) < 0;
  });
  std::vector<std::pair<Term, Term>> out;
  out.reserve(entries.size());
  for (auto &e : entries)
    out.emplace_back(e.key, e.value);
  return out;
}

} // namespace athanor::rt
