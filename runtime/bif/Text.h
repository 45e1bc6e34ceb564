// Text conversions shared by the conversion BIFs (Convert.cpp) and Elixir's Integer,
// Float and String modules: number parsing in Erlang's and Elixir's syntaxes, float
// formatting with Erlang's float_to_binary options, exact decimal rounding of doubles,
// and UTF-8 / charlist conversions.
#pragma once

#include "term/Bignum.h"
#include "term/Term.h"

#include <optional>
#include <string>
#include <string_view>

namespace athanor::rt::bif {

/// Value of a digit character in base 2..36, or -1.
int digitValue(char c, int base);

/// Parses [+-]digits (the whole text, no spaces or underscores) in `base` into `out`, as
/// binary_to_integer/2 does. false if the text is not such an integer.
bool parseIntegerText(std::string_view text, int base, Mpz &out);

/// Integer.parse/2: the longest prefix [+-]?digits+; returns the number of bytes used (0
/// when there are no digits).
size_t parseIntegerPrefix(std::string_view text, int base, Mpz &out);

/// The integer term of `z` on p's heap.
Term integerTerm(Process *p, mpz_srcptr z);

/// binary_to_float/1's syntax: [+-]?digits.digits([eE][+-]?digits)? (whole text).
std::optional<double> parseErlangFloat(std::string_view text);

/// Float.parse/1's prefix syntax: [+-]?digits(.digits)?([eE][+-]?digits)?; returns the
/// bytes used, or 0 if there is no number or it overflows.
size_t parseElixirFloatPrefix(std::string_view text, double &out);

/// Erlang's float_to_binary(f, [{:decimals, n}]) (+ `compact`): the fast fixed-point
/// conversion with its own rounding (adds 0.555.../10^n), so 0.015 gives "0.02".
/// nullopt if the text would exceed Erlang's 256-byte buffer.
std::optional<std::string> floatToDecimals(double f, int decimals, bool compact);

/// float_to_binary(f, [{:scientific, n}]): "d.ddde+XX".
std::string floatToScientific(double f, int digits);

/// Rounding modes of Float.round/floor/ceil.
enum class DecimalRounding { HalfUp, Floor, Ceil };

/// Float.round/floor/ceil(f, precision) for precision 1..15 (and floor/ceil at 0): rounds
/// the exact decimal value of `f`, then converts back to the nearest double. A zero stays
/// as it is; a nonzero value rounded to zero becomes +0.0, as Elixir's does.
double roundDecimal(double f, int precision, DecimalRounding mode);

/// Appends the UTF-8 encoding of code point c (must be valid).
void appendUtf8(uint32_t c, std::string &out);
/// Decodes one code point at s[0..] (strict); returns the length used or 0 if invalid.
size_t decodeUtf8(std::string_view s, uint32_t &c);
/// True if s is valid UTF-8.
bool validUtf8(std::string_view s);

/// A list of code points as UTF-8; false if an element is not a valid code point or the
/// list is improper.
bool charlistToUtf8(Term list, std::string &out);
/// A list of bytes/binaries/nested lists (iolist; tail may be a binary) as bytes.
bool iolistToBytes(Term list, std::string &out);

} // namespace athanor::rt::bif
