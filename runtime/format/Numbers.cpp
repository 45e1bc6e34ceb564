// Integer and float printing. Big integers go through GMP on a read-only view of the limbs;
// float digits come from std::to_chars (shortest round trip, as Ryu in Erlang), then the
// layout follows Erlang's io_lib_format:fwrite_g/1 (its insert_decimal/2).
#include "format/Numbers.h"
#include "format/Quote.h"

#include <charconv>
#include <cmath>
#include <gmp.h>
#include <string_view>

namespace athanor::format {

namespace {

void appendSmallInteger(int64_t value, int base, std::string &out) {
  char digits[72];
  char *end = digits + sizeof digits;
  char *p = end;
  // Work on the negative value so INT64_MIN-sized magnitudes cannot overflow.
  int64_t v = value < 0 ? value : -value;
  do {
    int d = static_cast<int>(-(v % base));
    *--p = static_cast<char>(d < 10 ? '0' + d : 'A' + d - 10);
    v /= base;
  } while (v != 0);
  if (value < 0)
    *--p = '-';
  out.append(p, end);
}

void appendBigInteger(rt::Term t, int base, std::string &out) {
  mpz_t view;
  auto limbs = static_cast<mp_size_t>(rt::bigintLimbCount(t));
  mpz_roinit_n(view, reinterpret_cast<const mp_limb_t *>(rt::bigintLimbs(t)),
               rt::bigintNegative(t) ? -limbs : limbs);
  size_t start = out.size();
  out.resize(start + mpz_sizeinbase(view, base) + 2);
  // A negative base asks GMP for upper-case letters.
  mpz_get_str(out.data() + start, base > 10 ? -base : base, view);
  out.resize(start + std::char_traits<char>::length(out.data() + start));
}

} // namespace

void appendInteger(rt::Term integer, int base, std::string &out) {
  if (rt::isSmall(integer))
    appendSmallInteger(rt::smallValue(integer), base, out);
  else
    appendBigInteger(integer, base, out);
}

void appendShortestFloat(double f, std::string &out) {
  // One implementation of Erlang's short float format, shared with the compiler's quoted
  // printer (format/Quote.cpp).
  out += floatToString(f);
}

void appendInspectFloat(double f, std::string &out) {
  double magnitude = std::fabs(f);
  if (magnitude >= 1.0 && magnitude < 1.0e16 && std::trunc(f) == f) {
    appendSmallInteger(static_cast<int64_t>(f), 10, out);
    out += ".0";
    return;
  }
  appendShortestFloat(f, out);
}

} // namespace athanor::format
