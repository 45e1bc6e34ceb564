// Bob Jenkins' hashing as BEAM uses it (erts/emulator/beam/utils.c): the 96-bit mix, the
// UINT32_HASH_2 step and block_hash over bytes, plus the HCONST_n constants (multiples of
// the golden ratio), and the packing of a list's bytes both BEAM hashes share. Shared by
// phash2 (term/Phash.cpp) and the map hash (term/BeamMapOrder.cpp).
#pragma once

#include "term/Term.h"

#include <cstdint>

namespace athanor::rt::jenkins {

constexpr uint32_t kC = 0x9e3779b9u; // the golden ratio, and its multiples below
constexpr uint32_t kC2 = 0x3c6ef372u, kC3 = 0xdaa66d2bu, kC4 = 0x78dde6e4u, kC5 = 0x1715609du,
                   kC7 = 0x5384540fu, kC9 = 0x8ff34781u, kC10 = 0x2e2ac13au, kC11 = 0xcc623af3u,
                   kC12 = 0x6a99b4acu, kC13 = 0x08d12e65u, kC14 = 0xa708a81eu, kC16 = 0xe3779b90u,
                   kC15 = 0x454021d7u, kC17 = 0x81af1549u, kC18 = 0x1fe68f02u, kC22 = 0x98c475e6u,
                   kC19 = 0xbe1e08bbu;

// Bob Jenkins' 96-bit mix.
inline void mix(uint32_t &a, uint32_t &b, uint32_t &c) {
  a -= b; a -= c; a ^= (c >> 13);
  b -= c; b -= a; b ^= (a << 8);
  c -= a; c -= b; c ^= (b >> 13);
  a -= b; a -= c; a ^= (c >> 12);
  b -= c; b -= a; b ^= (a << 16);
  c -= a; c -= b; c ^= (b >> 5);
  a -= b; a -= c; a ^= (c >> 3);
  b -= c; b -= a; b ^= (a << 10);
  c -= a; c -= b; c ^= (b >> 15);
}

inline void hash2(uint32_t &h, uint32_t x, uint32_t y, uint32_t k) {
  uint32_t a = k + x, b = k + y;
  mix(a, b, h);
}
inline void hash1(uint32_t &h, uint32_t x, uint32_t k) { hash2(h, x, 0, k); }

inline uint32_t blockHash(const unsigned char *k, uint64_t len, uint32_t init) {
  uint32_t a = kC, b = kC, c = init;
  uint64_t n = len;
  auto word = [](const unsigned char *p) {
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
  };
  while (n >= 12) {
    a += word(k);
    b += word(k + 4);
    c += word(k + 8);
    mix(a, b, c);
    k += 12;
    n -= 12;
  }
  c += static_cast<uint32_t>(len);
  switch (n) { // the remaining bytes; the low byte of c holds the length
  case 11: c += uint32_t(k[10]) << 24; [[fallthrough]];
  case 10: c += uint32_t(k[9]) << 16; [[fallthrough]];
  case 9: c += uint32_t(k[8]) << 8; [[fallthrough]];
  case 8: b += uint32_t(k[7]) << 24; [[fallthrough]];
  case 7: b += uint32_t(k[6]) << 16; [[fallthrough]];
  case 6: b += uint32_t(k[5]) << 8; [[fallthrough]];
  case 5: b += k[4]; [[fallthrough]];
  case 4: a += uint32_t(k[3]) << 24; [[fallthrough]];
  case 3: a += uint32_t(k[2]) << 16; [[fallthrough]];
  case 2: a += uint32_t(k[1]) << 8; [[fallthrough]];
  case 1: a += k[0];
  }
  mix(a, b, c);
  return c;
}

// A list's leading run of byte-valued heads, as both hashes walk it: every four bytes
// are packed into one word and mixed with hash1(.., kC4); the last 0-3 are left in
// `partial` (`count` of them) for the caller, whose hashes finish them differently.
struct ByteRun {
  Term cell;        // the last cell examined (its head is not a byte if rest is a cons)
  Term rest;        // the list after the run: a cons (stopped at a non-byte head) or a tail
  uint32_t partial; // the unmixed bytes
  int count;
};

inline ByteRun hashByteRun(uint32_t &h, Term list) {
  ByteRun r{list, list, 0, 0};
  auto isByte = [](Term t) { return isSmall(t) && smallValue(t) >= 0 && smallValue(t) <= 255; };
  while (isByte(consHead(r.cell))) {
    r.partial = (r.partial << 8) + static_cast<uint32_t>(smallValue(consHead(r.cell)));
    if (r.count == 3) {
      hash1(h, r.partial, kC4);
      r.count = 0;
      r.partial = 0;
    } else {
      ++r.count;
    }
    r.rest = consTail(r.cell);
    if (!isCons(r.rest))
      break;
    r.cell = r.rest;
  }
  return r;
}

} // namespace athanor::rt::jenkins
