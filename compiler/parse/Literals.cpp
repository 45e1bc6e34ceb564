// Literal values (numbers, characters, escapes). See Literals.h.
#include "parse/Literals.h"

#include <charconv>
#include <cmath>

namespace athanor::parse {

bool decodeUtf8(std::string_view s, std::vector<uint32_t> &out) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(c);
      ++i;
      continue;
    }
    int len;
    uint32_t cp, min;
    if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if (i + len > s.size())
      return false;
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80)
        return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    out.push_back(cp);
    i += len;
  }
  return true;
}

void appendUtf8(std::string &out, uint32_t cp) {
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

namespace {

bool isHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return c - 'A' + 10;
}

/// elixir_interpolation:unescape_map/1 for a single escaped character.
int unescapeChar(char c) {
  switch (c) {
  case '0': return 0;
  case 'a': return 7;
  case 'b': return 8;
  case 'd': return 127;
  case 'e': return 27;
  case 'f': return 12;
  case 'n': return '\n';
  case 'r': return '\r';
  case 's': return ' ';
  case 't': return '\t';
  case 'v': return 11;
  default: return static_cast<unsigned char>(c);
  }
}

/// Reads `{H..H}` (1 to 6 hex digits) at raw[i] (which is '{'); advances i past '}'.
bool readBracedHex(std::string_view raw, size_t &i, uint32_t &cp, std::string &digits) {
  size_t j = i + 1;
  digits.clear();
  while (j < raw.size() && isHex(raw[j]) && digits.size() < 7)
    digits += raw[j++];
  if (digits.empty() || digits.size() > 6 || j >= raw.size() || raw[j] != '}')
    return false;
  cp = 0;
  for (char d : digits)
    cp = cp * 16 + static_cast<uint32_t>(hexValue(d));
  i = j + 1;
  return true;
}

bool appendCodePoint(std::string &out, uint32_t cp, const std::string &digits,
                     std::string &error) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    error = "invalid or reserved Unicode code point \\u{" + digits + "}";
    return false;
  }
  appendUtf8(out, cp);
  return true;
}

} // namespace

bool unescape(std::string_view raw, std::string &out, std::string &error) {
  out.clear();
  size_t i = 0;
  while (i < raw.size()) {
    char c = raw[i];
    if (c != '\\' || i + 1 >= raw.size()) {
      out += c;
      ++i;
      continue;
    }
    char e = raw[i + 1];
    i += 2;
    if (e == 'x') {
      // \xHH is a byte; the deprecated \xH and \x{H*} forms are code points.
      if (i + 1 < raw.size() && isHex(raw[i]) && isHex(raw[i + 1])) {
        out += static_cast<char>(hexValue(raw[i]) * 16 + hexValue(raw[i + 1]));
        i += 2;
      } else if (i < raw.size() && isHex(raw[i])) {
        std::string d(1, raw[i]);
        ++i;
        if (!appendCodePoint(out, static_cast<uint32_t>(hexValue(d[0])), d, error))
          return false;
      } else {
        uint32_t cp;
        std::string digits;
        if (i < raw.size() && raw[i] == '{' && readBracedHex(raw, i, cp, digits)) {
          if (!appendCodePoint(out, cp, digits, error))
            return false;
        } else {
          error = "invalid hex escape character, expected \\xHH where H is a hexadecimal digit";
          return false;
        }
      }
    } else if (e == 'u') {
      uint32_t cp = 0;
      std::string digits;
      if (i + 3 < raw.size() && isHex(raw[i]) && isHex(raw[i + 1]) && isHex(raw[i + 2]) &&
          isHex(raw[i + 3])) {
        digits = std::string(raw.substr(i, 4));
        for (char d : digits)
          cp = cp * 16 + static_cast<uint32_t>(hexValue(d));
        i += 4;
      } else if (!(i < raw.size() && raw[i] == '{' && readBracedHex(raw, i, cp, digits))) {
        error = "invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a "
                "hexadecimal digit";
        return false;
      }
      if (!appendCodePoint(out, cp, digits, error))
        return false;
    } else if (e == '\n') {
      // backslash-newline: a line continuation inside the literal
    } else if (e == '\r' && i < raw.size() && raw[i] == '\n') {
      ++i;
    } else {
      out += static_cast<char>(unescapeChar(e));
    }
  }
  return true;
}

uint32_t charLiteralValue(std::string_view text) {
  // text is `?c` or `?\c`, where c is one code point.
  std::vector<uint32_t> cps;
  decodeUtf8(text.substr(1), cps);
  if (cps.empty())
    return 0;
  if (cps[0] == '\\' && cps.size() > 1) {
    uint32_t c = cps[1];
    return c < 0x80 ? static_cast<uint32_t>(unescapeChar(static_cast<char>(c))) : c;
  }
  return cps[0];
}

IntegerValue integerLiteralValue(std::string_view text) {
  unsigned base = 10;
  size_t i = 0;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b')) {
    base = text[1] == 'x' ? 16 : text[1] == 'o' ? 8 : 2;
    i = 2;
  }
  // Little-endian base-10^9 limbs: enough for any literal, no GMP needed in the compiler.
  std::vector<uint32_t> limbs{0};
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_')
      continue;
    uint64_t carry = static_cast<uint64_t>(hexValue(c));
    for (uint32_t &limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * base + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry)
      limbs.push_back(static_cast<uint32_t>(carry));
  }
  IntegerValue r;
  r.decimal = std::to_string(limbs.back());
  for (size_t k = limbs.size() - 1; k-- > 0;) {
    std::string part = std::to_string(limbs[k]);
    r.decimal += std::string(9 - part.size(), '0') + part;
  }
  // INT64_MAX has 19 digits; compare as strings of equal length.
  static const std::string kMax = "9223372036854775807";
  r.big = r.decimal.size() > kMax.size() || (r.decimal.size() == kMax.size() && r.decimal > kMax);
  if (!r.big)
    r.value = std::stoll(r.decimal);
  return r;
}

bool floatLiteralValue(std::string_view text, double &out) {
  std::string clean;
  for (char c : text)
    if (c != '_')
      clean += c;
  auto res = std::from_chars(clean.data(), clean.data() + clean.size(), out);
  return res.ec == std::errc() && std::isfinite(out);
}

} // namespace athanor::parse
