// UTF-8 decoding, printability tests and Code.Identifier.escape/3, matching Elixir 1.14.
#include "format/TextEscape.h"

namespace athanor::format::detail {

size_t decodeUtf8(std::string_view s, uint32_t &codePoint) {
  if (s.empty())
    return 0;
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(0);
  if (b0 < 0x80) {
    codePoint = b0;
    return 1;
  }
  size_t length;
  uint32_t cp;
  uint32_t minimum;
  if ((b0 & 0xE0) == 0xC0) {
    length = 2, cp = b0 & 0x1F, minimum = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3, cp = b0 & 0x0F, minimum = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4, cp = b0 & 0x07, minimum = 0x10000;
  } else {
    return 0;
  }
  if (s.size() < length)
    return 0;
  for (size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (byte(i) & 0x3F);
  }
  if (cp < minimum || !isUnicodeScalar(cp))
    return 0;
  codePoint = cp;
  return length;
}

void appendUtf8(uint32_t c, std::string &out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

namespace {

// Printable single bytes of String.printable?/2: ASCII text, \a\b\t\n\v\f\r, \e and DEL.
bool isPrintableByte(unsigned char c) {
  return (c >= 32 && c <= 127) || (c >= 7 && c <= 13) || c == 27;
}

// Code points >= 0x80 that String.printable?/2 and the escaper leave as they are.
bool isPrintableNonAscii(uint32_t c) {
  return (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

char hexDigit(uint32_t v) { return static_cast<char>(v < 10 ? '0' + v : 'A' + v - 10); }

void appendHex(uint32_t value, int digits, std::string &out) {
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
    out += hexDigit((value >> shift) & 0xF);
}

// Code.Identifier's escape_map/1: the named escapes.
const char *namedEscape(uint32_t c) {
  switch (c) {
  case 7: return "\\a";
  case 8: return "\\b";
  case 127: return "\\d";
  case 27: return "\\e";
  case 12: return "\\f";
  case 10: return "\\n";
  case 13: return "\\r";
  case 9: return "\\t";
  case 11: return "\\v";
  case 92: return "\\\\";
  default: return nullptr;
  }
}

// Code.Identifier's escape_char/1.
void appendEscapedChar(uint32_t c, std::string &out) {
  if (c == 0) {
    out += "\\0";
  } else if (c == 0xFEFF) {
    out += "\\uFEFF";
  } else if ((c >= 32 && c <= 126) || isPrintableNonAscii(c)) {
    appendUtf8(c, out);
  } else if (c < 0x100) {
    out += "\\x";
    appendHex(c, 2, out);
  } else {
    out += "\\x{";
    appendHex(c, c < 0x10000 ? 4 : 6, out);
    out += '}';
  }
}

} // namespace

bool isPrintableString(std::string_view s, int64_t limit) {
  size_t i = 0;
  while (i < s.size()) {
    if (limit == 0)
      return true;
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (!isPrintableByte(b))
        return false;
      ++i;
    } else {
      uint32_t c;
      size_t n = decodeUtf8(s.substr(i), c);
      if (n == 0 || !isPrintableNonAscii(c))
        return false;
      i += n;
    }
    if (limit > 0)
      --limit;
  }
  return true;
}

bool appendEscaped(std::string_view s, char quote, int64_t limit, std::string &out) {
  size_t i = 0;
  while (i < s.size()) {
    if (limit == 0)
      return false;
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b == static_cast<unsigned char>(quote)) {
      out += '\\';
      out += quote;
      ++i;
    } else if (b == '#' && i + 1 < s.size() && s[i + 1] == '{') {
      out += "\\#{";
      i += 2;
    } else {
      uint32_t c;
      size_t n = decodeUtf8(s.substr(i), c);
      if (n == 0) { // an invalid byte
        out += "\\x";
        appendHex(b, 2, out);
        ++i;
      } else {
        if (const char *named = namedEscape(c))
          out += named;
        else
          appendEscapedChar(c, out);
        i += n;
      }
    }
    if (limit > 0)
      --limit;
  }
  return true;
}

} // namespace athanor::format::detail
