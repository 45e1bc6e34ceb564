// Elixir's textual forms of atoms, strings and floats, as `inspect/2` prints them.
//
// Shared by the compiler (the quoted printer of `--emit=quoted`, which must match
// `inspect(quoted, limit: :infinity, printable_limit: :infinity)` byte for byte) and the
// runtime's `inspect`/`to_string`. Plain C++17, no dependencies: no LLVM, no ANTLR, no
// runtime headers.
//
// The rules follow Elixir 1.14 (`Macro.inspect_atom/2`, `Macro.classify_atom/1`,
// `Code.Identifier.escape/2`, `String.printable?/1`, `Inspect.Float`), checked against
// real Elixir. Unicode identifiers are approximated: any code point outside the ASCII,
// Latin-1 punctuation and common symbol blocks counts as a letter.
#pragma once

#include <string>
#include <string_view>

namespace athanor::format {

/// How an atom prints: as an alias (`Foo.Bar` for "Elixir.Foo.Bar"), bare after a colon
/// (`:ok`, `:+`, `:foo?`, `true`), or quoted (`:"with space"`).
enum class AtomStyle { Alias, Unquoted, Quoted };

AtomStyle classifyAtom(std::string_view name);

/// `inspect(atom)`: `:ok`, `:"with space"`, `Foo.Bar`, `:+`, `:"::"`, `true`, `nil`.
std::string inspectAtom(std::string_view name);

/// An atom as a keyword-list key, colon included: `ok:`, `"with space":`, `+:`.
std::string inspectAtomKey(std::string_view name);

/// True when a list `[{atom, v}, ...]` with this key may print as a keyword list
/// (Elixir excludes module names: `[{Foo, 1}]` stays a list of tuples).
bool isKeywordKey(std::string_view name);

/// `String.printable?/1`: valid UTF-8 of printable code points and the escapable controls
/// (\n \r \t \v \b \f \e \d \a).
bool isPrintable(std::string_view bytes);

/// The body of a double-quoted literal without the quotes: escapes `quote`, `\`, `#{`,
/// the controls above and other non-printable code points (`\0`, `\xHH`, `\uFEFF`).
std::string escapeString(std::string_view bytes, char quote = '"');

/// `inspect(binary)`: `"text"` when printable, otherwise `<<104, 0, 255>>`.
std::string inspectString(std::string_view bytes);

/// `Float.to_string/1` (and interpolation): the shortest digits that read back exactly,
/// in plain or exponent notation, whichever Erlang's `float_to_binary(f, [short])`-style
/// `io_lib_format:fwrite_g` picks: `1.0e3`, `100.0`, `1.5e-4`, `0.001`.
std::string floatToString(double value);

/// `inspect(float)`: whole floats with 1.0 <= |f| < 1.0e16 print plainly (`1000.0`),
/// everything else as floatToString.
std::string inspectFloat(double value);

} // namespace athanor::format
