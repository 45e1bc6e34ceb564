// Elixir's textual forms of atoms, strings and floats. See Quote.h.
#include "format/Quote.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace athanor::format {

namespace {

/// Decodes one UTF-8 code point at `s[i]`; returns it and advances `i`, or returns -1 and
/// advances by one byte when the sequence is invalid (overlong, surrogate, truncated).
int32_t decodeUtf8(std::string_view s, size_t &i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = 0;
  int32_t cp = 0;
  int32_t min = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1F;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0F;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    cp = c & 0x07;
    min = 0x10000;
  } else {
    ++i;
    return -1;
  }
  if (i + len > s.size()) {
    ++i;
    return -1;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return -1;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return -1;
  }
  i += len;
  return cp;
}

bool isAsciiLower(int32_t c) { return c >= 'a' && c <= 'z'; }
bool isAsciiUpper(int32_t c) { return c >= 'A' && c <= 'Z'; }
bool isAsciiDigit(int32_t c) { return c >= '0' && c <= '9'; }

/// Approximates Unicode's identifier letters for code points above ASCII: everything except
/// Latin-1 punctuation/symbols and the common punctuation and symbol blocks.
bool isUnicodeLetter(int32_t c) {
  if (c < 0x80)
    return false;
  if (c < 0xC0)
    return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7)
    return false;
  if (c >= 0x2000 && c <= 0x2BFF) // punctuation, symbols, arrows, math, boxes
    return false;
  if (c >= 0x3000 && c <= 0x303F) // CJK punctuation
    return false;
  if (c >= 0xFE00 && c <= 0xFE0F) // variation selectors
    return false;
  if (c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFF))
    return false;
  return true;
}

/// Elixir's identifier tokenizer on a whole atom name: `[a-zA-Z_letter][a-zA-Z0-9_@letter]*[?!]?`.
/// `startsUpper` reports an ASCII capital first letter (an alias-shaped name like "Foo").
bool isIdentifierName(std::string_view s, bool &startsUpper) {
  startsUpper = false;
  if (s.empty())
    return false;
  size_t i = 0;
  int32_t c = decodeUtf8(s, i);
  if (c < 0)
    return false;
  if (isAsciiUpper(c))
    startsUpper = true;
  else if (!(isAsciiLower(c) || c == '_' || isUnicodeLetter(c)))
    return false;
  while (i < s.size()) {
    c = decodeUtf8(s, i);
    if (c < 0)
      return false;
    if (isAsciiLower(c) || isAsciiUpper(c) || isAsciiDigit(c) || c == '_' || c == '@' ||
        isUnicodeLetter(c))
      continue;
    if ((c == '?' || c == '!') && i == s.size())
      return !startsUpper;
    return false;
  }
  return true;
}

/// "Elixir" followed by zero or more `.Segment` where a segment is an ASCII capital letter
/// and then ASCII letters, digits and underscores.
bool isAliasName(std::string_view s) {
  if (s.substr(0, 6) != "Elixir")
    return false;
  size_t i = 6;
  while (i < s.size()) {
    if (s[i] != '.' || i + 1 >= s.size() || !isAsciiUpper(s[i + 1]))
      return false;
    i += 2;
    while (i < s.size() && (isAsciiLower(s[i]) || isAsciiUpper(s[i]) || isAsciiDigit(s[i]) ||
                            s[i] == '_'))
      ++i;
  }
  return true;
}

bool isOneOf(std::string_view s, std::initializer_list<const char *> names) {
  for (const char *n : names)
    if (s == n)
      return true;
  return false;
}

char hexDigit(unsigned v) { return static_cast<char>(v < 10 ? '0' + v : 'A' + v - 10); }

bool isPrintableCodePoint(int32_t c) {
  return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

const char *escapeControl(int32_t c) {
  switch (c) {
  case 7: return "\\a";
  case 8: return "\\b";
  case 127: return "\\d";
  case 27: return "\\e";
  case 12: return "\\f";
  case '\n': return "\\n";
  case '\r': return "\\r";
  case '\t': return "\\t";
  case 11: return "\\v";
  case '\\': return "\\\\";
  default: return nullptr;
  }
}

} // namespace

AtomStyle classifyAtom(std::string_view name) {
  if (isOneOf(name, {"nil", "true", "false"}))
    return AtomStyle::Unquoted;
  // Not callable, but printed bare.
  if (isOneOf(name, {"%", "%{}", "{}", "<<>>", "...", "..", ".", "..//", "->"}))
    return AtomStyle::Unquoted;
  // Operators Elixir 1.14 prints without quotes (`::`, `//`, `=>`, `^^^`, `~~~`, `<|>` are
  // quoted).
  if (isOneOf(name, {"+",   "-",   "*",   "/",   "**",  "++",  "--",  "+++", "---", "<>",
                     "=",   "==",  "===", "!=",  "!==", "=~",  "<",   ">",   "<=",  ">=",
                     "&&",  "&&&", "||",  "|||", "|>",  "<<<", ">>>", "<<~", "~>>", "<~",
                     "~>",  "<~>", "!",   "^",   "@",   "&",   "|",   "\\\\", "<-"}))
    return AtomStyle::Unquoted;
  if (isAliasName(name))
    return AtomStyle::Alias;
  bool upper = false;
  if (isIdentifierName(name, upper))
    return AtomStyle::Unquoted;
  return AtomStyle::Quoted;
}

std::string inspectAtom(std::string_view name) {
  if (isOneOf(name, {"nil", "true", "false"}))
    return std::string(name);
  switch (classifyAtom(name)) {
  case AtomStyle::Alias:
    if (name == "Elixir" || name.substr(0, 13) == "Elixir.Elixir")
      return std::string(name);
    return std::string(name.substr(7));
  case AtomStyle::Unquoted:
    return ":" + std::string(name);
  case AtomStyle::Quoted:
    break;
  }
  return ":\"" + escapeString(name, '"') + "\"";
}

std::string inspectAtomKey(std::string_view name) {
  if (classifyAtom(name) == AtomStyle::Quoted)
    return "\"" + escapeString(name, '"') + "\":";
  return std::string(name) + ":";
}

bool isKeywordKey(std::string_view name) { return name.substr(0, 7) != "Elixir."; }

bool isPrintable(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    int32_t c = decodeUtf8(s, i);
    if (c < 0)
      return false;
    if (isPrintableCodePoint(c))
      continue;
    if (c == '\n' || c == '\r' || c == '\t' || c == 11 || c == 8 || c == 12 || c == 27 ||
        c == 127 || c == 7)
      continue;
    return false;
  }
  return true;
}

std::string escapeString(std::string_view s, char quote) {
  std::string out;
  out.reserve(s.size() + 2);
  size_t i = 0;
  while (i < s.size()) {
    char b = s[i];
    if (b == quote) {
      out += '\\';
      out += quote;
      ++i;
      continue;
    }
    if (b == '#' && i + 1 < s.size() && s[i + 1] == '{') {
      out += "\\#{";
      i += 2;
      continue;
    }
    size_t start = i;
    int32_t c = decodeUtf8(s, i);
    if (c < 0) {
      unsigned v = static_cast<unsigned char>(s[start]);
      out += "\\x";
      out += hexDigit(v >> 4);
      out += hexDigit(v & 15);
      continue;
    }
    if (const char *e = escapeControl(c)) {
      out += e;
    } else if (c == 0) {
      out += "\\0";
    } else if (c == 0xFEFF) {
      out += "\\uFEFF";
    } else if (isPrintableCodePoint(c)) {
      out.append(s.data() + start, i - start);
    } else if (c < 0x100) {
      out += "\\x";
      out += hexDigit(static_cast<unsigned>(c) >> 4);
      out += hexDigit(static_cast<unsigned>(c) & 15);
    } else {
      int digits = c < 0x10000 ? 4 : 6;
      out += "\\x{";
      for (int k = digits - 1; k >= 0; --k)
        out += hexDigit((static_cast<unsigned>(c) >> (4 * k)) & 15);
      out += '}';
    }
  }
  return out;
}

std::string inspectString(std::string_view s) {
  if (isPrintable(s))
    return "\"" + escapeString(s, '"') + "\"";
  std::string out = "<<";
  for (size_t i = 0; i < s.size(); ++i) {
    if (i)
      out += ", ";
    out += std::to_string(static_cast<unsigned char>(s[i]));
  }
  out += ">>";
  return out;
}

std::string floatToString(double value) {
  std::string out;
  if (std::signbit(value)) {
    out += '-';
    value = -value;
  }
  // Shortest round-trip digits in scientific form: "d.ddde+XX".
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  size_t e = sci.find('e');
  std::string digits;
  for (size_t k = 0; k < e; ++k)
    if (sci[k] != '.')
      digits += sci[k];
  int exp10 = std::atoi(sci.c_str() + e + 1);
  // Erlang's io_lib_format:insert_decimal/2 with value = 0.DIGITS * 10^place.
  int place = exp10 + 1;
  int len = static_cast<int>(digits.size());
  auto expForm = [&]() {
    std::string r;
    r += digits[0];
    r += '.';
    r += len == 1 ? std::string("0") : digits.substr(1);
    r += 'e';
    r += std::to_string(place - 1);
    return r;
  };
  if (place == 0) {
    out += "0." + digits;
  } else if (place < 0 || place >= len) {
    std::string expL = std::to_string(place - 1);
    int expDot = len == 1 ? 2 : 1;
    int expCost = static_cast<int>(expL.size()) + 1 + expDot;
    if (place < 0) {
      if (2 - place <= expCost)
        out += "0." + std::string(static_cast<size_t>(-place), '0') + digits;
      else
        out += expForm();
    } else {
      // Erlang prints whole floats from 2^53 on (where not every integer is a double any
      // more) in exponent form even when the plain form would be as short.
      if (value < 9007199254740992.0 && place - len + 2 <= expCost)
        out += digits + std::string(static_cast<size_t>(place - len), '0') + ".0";
      else
        out += expForm();
    }
  } else {
    out += digits.substr(0, static_cast<size_t>(place)) + "." +
           digits.substr(static_cast<size_t>(place));
  }
  return out;
}

std::string inspectFloat(double value) {
  double a = std::fabs(value);
  if (a >= 1.0 && a < 1.0e16 && std::trunc(a) == a) {
    std::string out = std::to_string(static_cast<int64_t>(value));
    return out + ".0";
  }
  return floatToString(value);
}

} // namespace athanor::format
