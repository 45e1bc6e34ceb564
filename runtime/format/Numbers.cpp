// Integer and float printing. Big integers go through GMP on a read-only view of the limbs;
// float digits come from std::to_chars (shortest round trip, as Ryu in Erlang), then the
// layout follows Erlang's io_lib_format:fwrite_g/1 (its insert_decimal/2).
#include "format/Numbers.h"

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
  // Scientific form of the shortest round-trip digits: "-d.ddde+XX".
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof buf, f, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<size_t>(result.ptr - buf));
  if (!sci.empty() && sci[0] == '-') {
    out += '-';
    sci.remove_prefix(1);
  }
  size_t e = sci.find('e');
  if (e == std::string_view::npos) { // inf / nan: not Erlang floats, printed as is
    out.append(sci);
    return;
  }
  std::string digits;
  for (char c : sci.substr(0, e))
    if (c != '.')
      digits += c;
  int exponent = 0;
  std::from_chars(sci.data() + e + (sci[e + 1] == '+' ? 2 : 1), sci.data() + sci.size(),
                  exponent);

  // insert_decimal(Place, Digits), where the value is 0.Digits * 10^Place.
  const int place = exponent + 1;
  const int length = static_cast<int>(digits.size());
  if (place > 0 && place < length) { // the point falls inside the digits
    out.append(digits, 0, static_cast<size_t>(place));
    out += '.';
    out.append(digits, static_cast<size_t>(place));
    return;
  }
  if (place == 0) {
    out += "0.";
    out += digits;
    return;
  }
  const std::string exponentText = std::to_string(place - 1);
  const int exponentCost = static_cast<int>(exponentText.size()) + 1 + (length == 1 ? 2 : 1);
  if (place < 0 && 2 - place <= exponentCost) { // 0.000ddd
    out += "0.";
    out.append(static_cast<size_t>(-place), '0');
    out += digits;
  } else if (place > 0 && place - length + 2 <= exponentCost) { // ddd000.0
    out += digits;
    out.append(static_cast<size_t>(place - length), '0');
    out += ".0";
  } else { // d.ddde±X
    out += digits[0];
    out += '.';
    if (length == 1)
      out += '0';
    else
      out.append(digits, 1);
    out += 'e';
    out += exponentText;
  }
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
