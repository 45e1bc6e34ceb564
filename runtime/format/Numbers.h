// Number to text conversions shared by inspect and to_string: integers (small and big) in
// any base Integer.to_string/2 accepts, and floats the way Erlang/Elixir print them.
#pragma once

#include "term/Term.h"

#include <string>

namespace athanor::format {

/// Integer.to_string(i, base) for a small or big integer term, appended to `out`
/// (upper-case digits above 9, a leading '-' for negatives). base is 2..36.
void appendInteger(rt::Term integer, int base, std::string &out);

/// :erlang.float_to_binary(f, [:short]) (Erlang's io_lib_format:fwrite_g/1, used by
/// to_string and interpolation): the shortest digits that read back as `f`, in plain or
/// exponent notation, whichever is shorter (`100.0`, `1.0e3`, `1.5e-4`, `0.001`).
void appendShortestFloat(double f, std::string &out);

/// Inspect.Float: whole floats with 1.0 <= |f| < 1.0e16 print as the integer plus ".0"
/// (`1000.0`); everything else as appendShortestFloat.
void appendInspectFloat(double f, std::string &out);

} // namespace athanor::format
