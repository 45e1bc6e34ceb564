// Literals: the value of a number, character or string token, as Elixir computes it.
//
// The lexer keeps literal text raw; what an escape or an underscore means is decided here
// (elixir_interpolation.erl's unescape rules, elixir_tokenizer.erl's number rules), so the
// token filter (quoted function names) and the AST builder agree on one implementation.
// Plain C++: no ANTLR types.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace athanor::parse {

/// Decodes a whole UTF-8 string into code points; returns false on invalid UTF-8.
bool decodeUtf8(std::string_view bytes, std::vector<uint32_t> &out);

/// Appends code point `cp` encoded as UTF-8.
void appendUtf8(std::string &out, uint32_t cp);

/// Elixir's unescape of string, charlist and quoted-atom text: `\n \t \s \e \0 ...`,
/// `\xHH`, `\uHHHH`, `\u{H..}`, backslash-newline (removed) and `\c` -> `c` for any other c.
/// On a malformed escape returns false and sets `error` to Elixir's message.
bool unescape(std::string_view raw, std::string &out, std::string &error);

/// The code point of a character literal (`?a`, `?\n`, `?é`).
uint32_t charLiteralValue(std::string_view text);

/// An integer literal (`1_000`, `0x1F`, `0b101`, `0o17`). `big` is set when the value does
/// not fit int64; `decimal` always holds the value's decimal digits.
struct IntegerValue {
  bool big = false;
  int64_t value = 0;
  std::string decimal;
};
IntegerValue integerLiteralValue(std::string_view text);

/// A float literal (`1.5`, `1.0e-3`, `1_000.5`). Returns false when the value overflows a
/// double (Elixir rejects it as an invalid float).
bool floatLiteralValue(std::string_view text, double &out);

} // namespace athanor::parse
