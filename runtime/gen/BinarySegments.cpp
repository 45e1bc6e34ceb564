// Binary construction and matching with segments (`<<x::16, rest::binary>>`), as generated
// code calls them (athanor/rt.h). A segment spec is one word:
//     type | signed << 8 | little << 9 | unit << 16
// with type 0 integer, 1 binary, 2 utf8, 3 float (core::Pattern::Segment::Type). Sizes are
// terms (NONVALUE when the segment has none). Only byte-aligned binaries exist in Athanor:
// a segment whose size in bits is not a multiple of 8 is not supported (badarg / no match).
#include "mem/Builder.h"
#include "mem/Roots.h"
#include "term/Bignum.h"
#include "proc/Process.h"
#include "term/Term.h"

#include <cstring>
#include <string>

using namespace athanor::rt;

namespace {

enum SegType { kInteger = 0, kBinarySeg = 1, kUtf8 = 2, kFloatSeg = 3 };

struct Spec {
  SegType type;
  bool isSigned;
  bool little;
  uint64_t unit;
};

Spec decode(uint64_t w) {
  Spec s;
  s.type = static_cast<SegType>(w & 0xFF);
  s.isSigned = (w >> 8) & 1;
  s.little = (w >> 9) & 1;
  s.unit = (w >> 16) & 0xFF;
  if (s.unit == 0)
    s.unit = 1;
  return s;
}

void encodeUtf8(uint32_t cp, std::string &out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// Decodes one UTF-8 code point at `s[i]`; 0 bytes if invalid.
size_t decodeUtf8(const unsigned char *s, size_t n, uint32_t &cp) {
  if (n == 0)
    return 0;
  unsigned char c = s[0];
  size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || len > n)
    return 0;
  cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k) {
    if ((s[k] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[k] & 0x3F);
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

/// Reads `nbits` (<= 64) bits starting at bit `pos`, most significant first.
uint64_t readBits(std::string_view data, size_t pos, size_t nbits) {
  uint64_t x = 0;
  for (size_t i = 0; i < nbits; ++i) {
    size_t bit = pos + i;
    unsigned char byte = static_cast<unsigned char>(data[bit / 8]);
    x = (x << 1) | ((byte >> (7 - bit % 8)) & 1);
  }
  return x;
}

/// A growing bit string; whole bytes at the end or the construction fails.
struct BitWriter {
  std::string bytes;
  size_t bits = 0;
  void put(uint64_t x, size_t nbits) {
    for (size_t i = nbits; i-- > 0;) {
      if (bits % 8 == 0)
        bytes += '\0';
      if ((x >> i) & 1)
        bytes.back() = static_cast<char>(bytes.back() | (1 << (7 - bits % 8)));
      ++bits;
    }
  }
  void putBytes(std::string_view b) {
    if (bits % 8 == 0) {
      bytes.append(b.data(), b.size());
      bits += 8 * b.size();
    } else {
      for (unsigned char c : b)
        put(c, 8);
    }
  }
};

} // namespace

extern "C" ath_term ath_binary_build(ath_proc *proc, uint64_t n, const uint64_t *specs,
                                     const ath_term *values) {
  BitWriter out;
  for (uint64_t i = 0; i < n; ++i) {
    Spec s = decode(specs[i]);
    ath_term v = values[2 * i];
    ath_term size = values[2 * i + 1];
    bool hasSize = size != ATH_NONVALUE;
    if (hasSize && !(ath_is_small(size) && ath_small_value(size) >= 0))
      return ath_error(proc, ATH_ATOM(badarg));
    switch (s.type) {
    case kInteger: {
      uint64_t bits = hasSize ? ath_small_value(size) * s.unit : 8;
      if (bits > 64 || !isInteger(v) || (s.little && bits % 8))
        return ath_error(proc, ATH_ATOM(badarg));
      uint64_t x;
      if (ath_is_small(v)) {
        x = static_cast<uint64_t>(ath_small_value(v));
      } else { // the low 64 bits of a big integer, two's complement
        x = bigintLimbs(v)[0];
        if (bigintNegative(v))
          x = ~x + 1;
      }
      if (bits < 64)
        x &= (uint64_t(1) << bits) - 1;
      if (s.little) {
        for (size_t k = 0; k < bits / 8; ++k)
          out.put((x >> (8 * k)) & 0xFF, 8);
      } else {
        out.put(x, bits);
      }
      break;
    }
    case kBinarySeg: {
      if (!isBinary(v))
        return ath_error(proc, ATH_ATOM(badarg));
      std::string_view bytes = binaryView(v);
      if (hasSize) {
        uint64_t bits = ath_small_value(size) * (s.unit == 1 ? 8 : s.unit);
        if (bits % 8 || bits / 8 > bytes.size())
          return ath_error(proc, ATH_ATOM(badarg));
        bytes = bytes.substr(0, bits / 8);
      }
      out.putBytes(bytes);
      break;
    }
    case kUtf8: {
      if (!ath_is_small(v) || ath_small_value(v) < 0 || ath_small_value(v) > 0x10FFFF)
        return ath_error(proc, ATH_ATOM(badarg));
      std::string enc;
      encodeUtf8(static_cast<uint32_t>(ath_small_value(v)), enc);
      out.putBytes(enc);
      break;
    }
    case kFloatSeg: {
      uint64_t bits = hasSize ? ath_small_value(size) * s.unit : 64;
      double d;
      if (isFloat(v))
        d = floatValue(v);
      else if (ath_is_small(v))
        d = static_cast<double>(ath_small_value(v));
      else
        return ath_error(proc, ATH_ATOM(badarg));
      uint64_t raw;
      if (bits == 64) {
        std::memcpy(&raw, &d, 8);
      } else if (bits == 32) {
        float f = static_cast<float>(d);
        uint32_t r32;
        std::memcpy(&r32, &f, 4);
        raw = r32;
      } else {
        return ath_error(proc, ATH_ATOM(badarg));
      }
      if (s.little)
        for (size_t k = 0; k < bits / 8; ++k)
          out.put((raw >> (8 * k)) & 0xFF, 8);
      else
        out.put(raw, bits);
      break;
    }
    }
  }
  if (out.bits % 8) // Athanor has no bitstrings that are not binaries
    return ath_error(proc, ATH_ATOM(badarg));
  HeapBuilder b(asProcess(proc), HeapBuilder::binaryWords(out.bytes.size()), 0);
  return b.binary(out.bytes);
}

extern "C" ath_term ath_binary_match(ath_proc *proc, ath_term bin, uint64_t n,
                                     const uint64_t *specs, const ath_term *sizes) {
  if (!isBinary(bin))
    return ATH_NONVALUE;
  std::string_view data = binaryView(bin);
  size_t total = data.size() * 8;
  size_t pos = 0; // in bits
  // Values are computed first, then built on the heap in one reservation.
  struct Part {
    bool isBinary = false;
    bool isFloat = false;
    bool isBig = false;     // an unsigned 63/64-bit value beyond the small range
    uint64_t big = 0;
    ath_term immediate = 0; // integers and code points
    double f = 0;
    size_t from = 0, len = 0; // bytes
  };
  std::vector<Part> parts(n);
  for (uint64_t i = 0; i < n; ++i) {
    Spec s = decode(specs[i]);
    ath_term size = sizes[i];
    bool hasSize = size != ATH_NONVALUE;
    if (hasSize && !(ath_is_small(size) && ath_small_value(size) >= 0))
      return ATH_NONVALUE;
    Part &part = parts[i];
    switch (s.type) {
    case kInteger: {
      uint64_t bits = hasSize ? ath_small_value(size) * s.unit : 8;
      if (bits > 64 || total - pos < bits || (s.little && bits % 8))
        return ATH_NONVALUE;
      uint64_t x = 0;
      if (s.little) {
        for (size_t k = 0; k < bits / 8; ++k)
          x |= readBits(data, pos + 8 * k, 8) << (8 * k);
      } else {
        x = readBits(data, pos, bits);
      }
      int64_t value;
      if (s.isSigned && bits > 0 && bits < 64 && ((x >> (bits - 1)) & 1))
        value = static_cast<int64_t>(x | (~uint64_t(0) << bits));
      else
        value = static_cast<int64_t>(x);
      if (!s.isSigned && bits == 64 && (x >> 62)) {
        part.isBig = true; // built as a big integer below
        part.big = x;
      } else if (!ath_fits_small(value)) {
        part.isBig = true;
        part.big = x; // a signed 64-bit value: reinterpreted below
      } else {
        part.immediate = ath_make_small(value);
      }
      pos += bits;
      break;
    }
    case kBinarySeg: {
      if (pos % 8)
        return ATH_NONVALUE;
      size_t len;
      if (hasSize) {
        uint64_t bits = ath_small_value(size) * (s.unit == 1 ? 8 : s.unit);
        if (bits % 8)
          return ATH_NONVALUE;
        len = bits / 8;
      } else {
        if (i + 1 != n)
          return ATH_NONVALUE; // only the last segment may take the rest
        len = (total - pos) / 8;
      }
      if ((total - pos) / 8 < len)
        return ATH_NONVALUE;
      part.isBinary = true;
      part.from = pos / 8;
      part.len = len;
      pos += 8 * len;
      break;
    }
    case kUtf8: {
      if (pos % 8)
        return ATH_NONVALUE;
      uint32_t cp;
      size_t len = decodeUtf8(reinterpret_cast<const unsigned char *>(data.data()) + pos / 8,
                              data.size() - pos / 8, cp);
      if (!len)
        return ATH_NONVALUE;
      part.immediate = ath_make_small(cp);
      pos += 8 * len;
      break;
    }
    case kFloatSeg: {
      uint64_t bits = hasSize ? ath_small_value(size) * s.unit : 64;
      if ((bits != 64 && bits != 32) || total - pos < bits)
        return ATH_NONVALUE;
      uint64_t raw = 0;
      if (s.little)
        for (size_t k = 0; k < bits / 8; ++k)
          raw |= readBits(data, pos + 8 * k, 8) << (8 * k);
      else
        raw = readBits(data, pos, bits);
      if (bits == 64) {
        std::memcpy(&part.f, &raw, 8);
      } else {
        uint32_t r32 = static_cast<uint32_t>(raw);
        float f;
        std::memcpy(&f, &r32, 4);
        part.f = f;
      }
      part.isFloat = true;
      pos += bits;
      break;
    }
    }
  }
  if (pos != total)
    return ATH_NONVALUE;
  // Big integers first (they allocate on their own); the vector is a registered root.
  Process *p = asProcess(proc);
  std::vector<ath_term> values(n, ATH_NIL);
  ScopedRoots roots(p, values);
  for (uint64_t i = 0; i < n; ++i)
    if (parts[i].isBig) {
      Spec s = decode(specs[i]);
      __int128 v = s.isSigned ? static_cast<__int128>(static_cast<int64_t>(parts[i].big))
                              : static_cast<__int128>(parts[i].big);
      values[i] = makeInteger(p, v);
    }
  uint64_t words = 1 + n;
  for (const Part &part : parts)
    words += part.isBinary ? HeapBuilder::binaryWords(part.len) : part.isFloat ? 2 : 0;
  HeapBuilder b(p, words, 0);
  // `bin` is still valid: the caller's frame holds it, which pins it for the collector.
  for (uint64_t i = 0; i < n; ++i) {
    const Part &part = parts[i];
    if (part.isBig)
      continue;
    if (part.isBinary)
      values[i] = b.binary(binaryView(bin).substr(part.from, part.len));
    else if (part.isFloat)
      values[i] = b.floatTerm(part.f);
    else
      values[i] = part.immediate;
  }
  return b.tupleOf(values.data(), n);
}
