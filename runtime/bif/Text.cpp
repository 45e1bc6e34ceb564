// Number and text conversions (see Text.h).
#include "bif/Text.h"

#include "format/TextEscape.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace athanor::rt::bif {

int digitValue(char c, int base) {
  int v;
  if (c >= '0' && c <= '9')
    v = c - '0';
  else if (c >= 'a' && c <= 'z')
    v = c - 'a' + 10;
  else if (c >= 'A' && c <= 'Z')
    v = c - 'A' + 10;
  else
    return -1;
  return v < base ? v : -1;
}

namespace {

// Sets out from sign + digit text already validated for `base`.
void setDigits(std::string_view digits, bool negative, int base, Mpz &out) {
  if (digits.size() <= 12) { // fits easily in 64 bits for any base <= 36
    int64_t v = 0;
    for (char c : digits)
      v = v * base + digitValue(c, base);
    mpz_set_si(out, negative ? -v : v);
    return;
  }
  std::string s(digits);
  mpz_set_str(out, s.c_str(), base);
  if (negative)
    mpz_neg(out, out);
}

} // namespace

bool parseIntegerText(std::string_view text, int base, Mpz &out) {
  bool negative = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty())
    return false;
  for (char c : text)
    if (digitValue(c, base) < 0)
      return false;
  setDigits(text, negative, base, out);
  return true;
}

size_t parseIntegerPrefix(std::string_view text, int base, Mpz &out) {
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
    negative = text[i] == '-';
    ++i;
  }
  size_t start = i;
  while (i < text.size() && digitValue(text[i], base) >= 0)
    ++i;
  if (i == start)
    return 0;
  setDigits(text.substr(start, i - start), negative, base, out);
  return i;
}

Term integerTerm(Process *p, mpz_srcptr z) { return makeInteger(p, z); }

namespace {
size_t digitsAt(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && s[j] >= '0' && s[j] <= '9')
    ++j;
  return j - i;
}

std::optional<double> toDouble(std::string_view text) {
  std::string s(text);
  char *end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(d))
    return std::nullopt;
  return d;
}
} // namespace

std::optional<double> parseErlangFloat(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-'))
    ++i;
  size_t n = digitsAt(s, i);
  if (n == 0)
    return std::nullopt;
  i += n;
  if (i >= s.size() || s[i] != '.')
    return std::nullopt;
  ++i;
  n = digitsAt(s, i);
  if (n == 0)
    return std::nullopt;
  i += n;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
      ++i;
    n = digitsAt(s, i);
    if (n == 0)
      return std::nullopt;
    i += n;
  }
  if (i != s.size())
    return std::nullopt;
  return toDouble(s);
}

size_t parseElixirFloatPrefix(std::string_view s, double &out) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-'))
    ++i;
  size_t n = digitsAt(s, i);
  if (n == 0)
    return 0;
  i += n;
  if (i + 1 < s.size() && s[i] == '.' && digitsAt(s, i + 1) > 0)
    i += 1 + digitsAt(s, i + 1);
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-'))
      ++j;
    if (digitsAt(s, j) > 0)
      i = j + digitsAt(s, j);
  }
  auto d = toDouble(s.substr(0, i));
  if (!d)
    return 0;
  out = *d;
  return i;
}

std::optional<std::string> floatToDecimals(double f, int decimals, bool compact) {
  // OTP 25's fixed-point formatting: the integer part is floor(|f|) and the fraction is
  // round(frac * 10^decimals), computed in doubles (so 0.045 with 2 decimals gives 0.05
  // while 1.005 gives 1.00, as Erlang prints them). Large values and precisions go through
  // printf, as in OTP.
  constexpr int kMaxDecimals = 19;
  constexpr double kMaxFloat = 9007199254740992.0 * 2; // 2^54
  auto trimZeros = [&](std::string &s) {
    if (!compact || s.find('.') == std::string::npos)
      return;
    while (s.back() == '0')
      s.pop_back();
    if (s.back() == '.')
      s.push_back('0');
  };
  std::string out;
  bool neg = std::signbit(f); // -0.0 prints as "-0.00", as in OTP 25
  double af = std::fabs(f);
  if (af > kMaxFloat || decimals >= kMaxDecimals) {
    char buf[512];
    int len = std::snprintf(buf, sizeof buf, "%.*f", decimals, f);
    if (len < 0 || len >= 256)
      return std::nullopt;
    out.assign(buf, static_cast<size_t>(len));
    trimZeros(out);
    return out;
  }
  uint64_t intPart;
  std::string frac;
  if (decimals > 0) {
    double pow10 = std::pow(10.0, decimals);
    double intF = std::floor(af);
    double fracF = std::round((af - intF) * pow10);
    intPart = static_cast<uint64_t>(intF);
    uint64_t fracPart = static_cast<uint64_t>(fracF);
    if (fracF >= pow10) { // the rounding carried into the integer part
      ++intPart;
      fracPart = 0;
    }
    frac = std::to_string(fracPart);
    frac.insert(0, static_cast<size_t>(decimals) - frac.size(), '0');
  } else {
    intPart = static_cast<uint64_t>(std::llround(af));
  }
  if (neg)
    out += '-';
  out += std::to_string(intPart);
  if (decimals > 0)
    out += "." + frac;
  trimZeros(out);
  return out;
}

std::string floatToScientific(double f, int digits) {
  std::vector<char> buf(static_cast<size_t>(digits) + 32);
  int len = std::snprintf(buf.data(), buf.size(), "%.*e", digits, f);
  return std::string(buf.data(), static_cast<size_t>(len));
}

double roundDecimal(double f, int precision, DecimalRounding mode) {
  if (f == 0.0)
    return f;
  bool neg = std::signbit(f);
  // The exact decimal expansion of |f| (a double has at most 1074 fraction digits).
  std::vector<char> buf(1500);
  int len = std::snprintf(buf.data(), buf.size(), "%.1100f", std::fabs(f));
  std::string_view s(buf.data(), static_cast<size_t>(len));
  size_t dot = s.find('.');
  std::string digits(s.substr(0, dot));
  std::string_view frac = s.substr(dot + 1);
  digits.append(frac.substr(0, static_cast<size_t>(precision)));
  std::string_view dropped = frac.substr(static_cast<size_t>(precision));
  bool up = false;
  switch (mode) {
  case DecimalRounding::HalfUp:
    up = !dropped.empty() && dropped[0] >= '5';
    break;
  case DecimalRounding::Floor: // toward -infinity: magnitude up for negatives
  case DecimalRounding::Ceil:
    if ((mode == DecimalRounding::Floor) == neg)
      up = dropped.find_first_not_of('0') != std::string_view::npos;
    break;
  }
  if (up) { // add one unit in the last place
    size_t i = digits.size();
    while (i > 0 && digits[i - 1] == '9')
      digits[--i] = '0';
    if (i == 0)
      digits.insert(digits.begin(), '1');
    else
      ++digits[i - 1];
  }
  if (digits.find_first_not_of('0') == std::string::npos)
    return 0.0;
  std::string text = (neg ? "-" : "") + digits + "e-" + std::to_string(precision);
  return std::strtod(text.c_str(), nullptr);
}

void appendUtf8(uint32_t c, std::string &out) { format::detail::appendUtf8(c, out); }

size_t decodeUtf8(std::string_view s, uint32_t &c) { return format::detail::decodeUtf8(s, c); }

bool validUtf8(std::string_view s) {
  while (!s.empty()) {
    uint32_t c;
    size_t n = decodeUtf8(s, c);
    if (n == 0)
      return false;
    s.remove_prefix(n);
  }
  return true;
}

bool charlistToUtf8(Term list, std::string &out) {
  for (; isCons(list); list = consTail(list)) {
    Term c = consHead(list);
    if (!isSmall(c) || !format::detail::isUnicodeScalar(smallValue(c)))
      return false;
    appendUtf8(static_cast<uint32_t>(smallValue(c)), out);
  }
  return isNil(list);
}

bool iolistToBytes(Term root, std::string &out) {
  std::vector<Term> pending{root};
  while (!pending.empty()) {
    Term t = pending.back();
    pending.pop_back();
    for (;;) {
      if (isBinary(t)) {
        out.append(binaryData(t), binarySize(t));
        break;
      }
      if (isNil(t))
        break;
      if (!isCons(t))
        return false;
      Term h = consHead(t);
      if (isSmall(h) && smallValue(h) >= 0 && smallValue(h) <= 255) {
        out += static_cast<char>(smallValue(h));
      } else if (isBinary(h)) {
        out.append(binaryData(h), binarySize(h));
      } else if (isList(h)) {
        pending.push_back(consTail(t));
        t = h;
        continue;
      } else {
        return false;
      }
      t = consTail(t);
    }
  }
  return true;
}

} // namespace athanor::rt::bif
