// Private text helpers of the formatting library: strict UTF-8 decoding (as Erlang's
// `<<c::utf8>>` matches it), String.printable?/2, List.ascii_printable?/2's character test,
// and Code.Identifier.escape/3 (the escaping used for strings, charlists and quoted atoms).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace athanor::format::detail {

/// Limits given as -1 mean :infinity.
inline constexpr int64_t kNoLimit = -1;

/// Decodes the code point at the start of `s` the way `<<c::utf8, _::binary>>` matches:
/// shortest form only, no surrogates, nothing above U+10FFFF. Returns the number of bytes
/// used, or 0 if `s` does not start with a valid encoding.
size_t decodeUtf8(std::string_view s, uint32_t &codePoint);

/// Appends the UTF-8 encoding of a valid code point.
void appendUtf8(uint32_t codePoint, std::string &out);

/// True for code points that may appear in a string: not surrogates, at most U+10FFFF.
inline bool isUnicodeScalar(int64_t c) {
  return c >= 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

/// String.printable?(s, limit): only the first `limit` characters are checked.
bool isPrintableString(std::string_view s, int64_t limit);

/// The characters List.ascii_printable?/2 accepts: \a..\r, \e and ' '..'~'.
inline bool isAsciiPrintableChar(int64_t c) {
  return (c >= 7 && c <= 13) || c == 27 || (c >= 32 && c <= 126);
}

/// Code.Identifier.escape(s, quote, limit) appended to `out`: escapes the quote character,
/// backslash, `#{`, control characters and invalid bytes, stopping after `limit`
/// characters. Returns false if it stopped before the end of `s`.
bool appendEscaped(std::string_view s, char quote, int64_t limit, std::string &out);

} // namespace athanor::format::detail
