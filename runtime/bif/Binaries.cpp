// Binary BIFs (byte_size, bit_size, binary_part, split_binary), `<>`
// (athanor.binary_concat), and the binary helpers generated code calls for literals,
// interpolation and `"prefix" <> rest` patterns (rt.h). Binaries are byte-aligned; parts
// are copies (there are no sub-binaries).
#include "bif/Bif.h"
#include "format/Inspect.h"

#include <cstring>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

Term atom(const char *name) { return internAtom(name); }

// Erlang's message for a non-binary segment of a binary construction.
// The raw reason is :badarg, as on the BEAM; rescue sees this ArgumentError message.
Term badSegment(ath_proc *p, uint64_t segment, Term value) {
  return badargAt(p, ATH_ATOM(erlang), atom("bit_size"), {value}, -1,
                  "construction of binary failed: segment " + std::to_string(segment) +
                      " of type 'binary': expected a binary but got: " +
                      athanor::format::inspect(value));
}

} // namespace

ATH_BIF ath_bif_erlang_byte_size(ath_proc *p, ath_term b) {
  if (!isBinary(b))
    return badargErlAt(p, atom("byte_size"), {b}, 1, "not a bitstring");
  return makeSmall(static_cast<int64_t>(binarySize(b)));
}

ATH_BIF ath_bif_erlang_bit_size(ath_proc *p, ath_term b) {
  if (!isBinary(b))
    return badargErlAt(p, atom("bit_size"), {b}, 1, "not a bitstring");
  return makeSmall(static_cast<int64_t>(binarySize(b) * 8));
}

ATH_BIF ath_bif_erlang_binary_part(ath_proc *p, ath_term b, ath_term start, ath_term len) {
  if (!isBinary(b))
    return badargErlAt(p, atom("binary_part"), {b, start, len}, 1, "not a binary");
  if (!isSmall(start))
    return badargErlAt(p, atom("binary_part"), {b, start, len}, 2, "not an integer");
  if (!isSmall(len))
    return badargErlAt(p, atom("binary_part"), {b, start, len}, 3, "not an integer");
  int64_t size = static_cast<int64_t>(binarySize(b)), s = smallValue(start), l = smallValue(len);
  if (s < 0 || s > size)
    return badargErlAt(p, atom("binary_part"), {b, start, len}, 2, "out of range");
  if (l < 0) {
    s += l;
    l = -l;
  }
  if (s < 0 || s + l > size)
    return badargErlAt(p, atom("binary_part"), {b, start, len}, 3, "out of range");
  HeapBuilder hb(P(p), HeapBuilder::binaryWords(static_cast<uint64_t>(l)), 0);
  return hb.binary(binaryView(b).substr(static_cast<size_t>(s), static_cast<size_t>(l)));
}

ATH_BIF ath_bif_erlang_split_binary(ath_proc *p, ath_term b, ath_term pos) {
  if (!isBinary(b))
    return badargErlAt(p, atom("split_binary"), {b, pos}, 1, "not a binary");
  if (!isSmall(pos))
    return badargErlAt(p, atom("split_binary"), {b, pos}, 2, "not an integer");
  int64_t size = static_cast<int64_t>(binarySize(b)), k = smallValue(pos);
  if (k < 0 || k > size)
    return badargErlAt(p, atom("split_binary"), {b, pos}, 2, "out of range");
  uint64_t n = static_cast<uint64_t>(k);
  HeapBuilder hb(P(p), HeapBuilder::binaryWords(n) + HeapBuilder::binaryWords(binarySize(b) - n) + 3, 0);
  Term front = hb.binary(binaryView(b).substr(0, n));
  Term back = hb.binary(binaryView(b).substr(n));
  return hb.tuple({front, back});
}

ATH_BIF ath_bif_athanor_binary_concat(ath_proc *p, ath_term a, ath_term b) {
  if (!isBinary(a))
    return badSegment(p, 1, a);
  if (!isBinary(b))
    return badSegment(p, 2, b);
  if (binarySize(a) == 0)
    return b;
  if (binarySize(b) == 0)
    return a;
  uint64_t na = binarySize(a), nb = binarySize(b);
  HeapBuilder hb(P(p), HeapBuilder::binaryWords(na + nb), 0);
  uint64_t *w = hb.words(HeapBuilder::binaryWords(na + nb));
  w[0] = ath_make_header(ATH_T_BINARY, 1 + (na + nb + 7) / 8);
  w[1] = na + nb;
  w[1 + (na + nb + 7) / 8] = 0;
  char *d = reinterpret_cast<char *>(w + 2);
  std::memcpy(d, binaryData(a), na);
  std::memcpy(d + na, binaryData(b), nb);
  return ath_make_boxed(w);
}

// ---- helpers for generated code (rt.h) ----

extern "C" ath_term ath_make_float(ath_proc *p, double d) { return makeFloat(P(p), d); }

extern "C" ath_term ath_make_binary(ath_proc *p, const char *bytes, uint64_t len) {
  return makeBinary(P(p), std::string_view(bytes, len));
}

extern "C" ath_term ath_binary_concat_n(ath_proc *p, uint64_t n, const ath_term *parts) {
  std::vector<Term> v(parts, parts + n);
  uint64_t total = 0;
  for (uint64_t i = 0; i < n; ++i) {
    if (!isBinary(v[i]))
      return badSegment(p, i + 1, v[i]);
    total += binarySize(v[i]);
  }
  ScopedRoots roots(P(p), v);
  HeapBuilder hb(P(p), HeapBuilder::binaryWords(total), 0);
  uint64_t *w = hb.words(HeapBuilder::binaryWords(total));
  w[0] = ath_make_header(ATH_T_BINARY, 1 + (total + 7) / 8);
  w[1] = total;
  if (total)
    w[1 + (total + 7) / 8] = 0;
  char *d = reinterpret_cast<char *>(w + 2);
  for (Term part : v) {
    std::memcpy(d, binaryData(part), binarySize(part));
    d += binarySize(part);
  }
  return ath_make_boxed(w);
}

extern "C" int ath_binary_has_prefix(ath_term bin, ath_term prefix) {
  return isBinary(bin) && isBinary(prefix) && binaryView(bin).starts_with(binaryView(prefix));
}

extern "C" ath_term ath_binary_tail(ath_proc *p, ath_term bin, uint64_t from) {
  uint64_t n = binarySize(bin);
  if (from >= n)
    return makeBinary(P(p), {});
  if (from == 0)
    return bin;
  HeapBuilder hb(P(p), HeapBuilder::binaryWords(n - from), 0);
  return hb.binary(binaryView(bin).substr(from));
}
