// Kernel.inspect/2 and IO.inspect of Elixir 1.14 for runtime terms: builds the same
// Inspect.Algebra document Elixir builds for each kind of term (Inspect.* protocol
// implementations, container_doc with limits) and renders it with the same fitting rules.
//
// What prints how (all checked against Elixir 1.14):
//   integers, big integers (optionally in another base), floats, atoms with Elixir's
//   quoting, strings / non-printable binaries as <<...>>, charlists, lists (improper,
//   keyword), tuples, maps (keyword style when every key is an atom), structs with their
//   fields in definition order, Range (`1..10//2`), MapSet (`MapSet.new([...])`),
//   pids `#PID<0.N.0>`, references `#Reference<0.0.A.B>` (the two reference words),
//   captures `&Mod.fun/2`, anonymous functions
//   `#Function<unique.hash/arity in Mod.parent/arity>` (unique from ath_fun_info, hash
//   a stable 27-bit hash of the module name; Elixir prints a BEAM-specific index there).
#pragma once

#include "term/Term.h"

#include <cstdint>
#include <string>

namespace athanor::format {

/// -1 stands for :infinity in limits and width.
inline constexpr int64_t kInfinity = -1;

enum class CharlistsMode { Infer, AsLists, AsCharlists };
enum class BinariesMode { Infer, AsStrings, AsBinaries };
enum class IntegerBase { Decimal, Hex, Octal, Binary };

/// Inspect.Opts (filled from the keyword options by the BIF layer).
struct InspectOptions {
  /// Render with `width` (IO.inspect, or inspect(pretty: true)); otherwise on one line.
  bool pretty = false;
  int64_t width = 80;
  /// Elements shown per collection (nested collections get what is left); -1 = :infinity.
  int64_t limit = 50;
  /// Characters shown of a string or charlist; -1 = :infinity.
  int64_t printableLimit = 4096;
  CharlistsMode charlists = CharlistsMode::Infer;
  bool structs = true;
  BinariesMode binaries = BinariesMode::Infer;
  IntegerBase base = IntegerBase::Decimal;
};

/// Options of IO.inspect/2 with no options: width 80 rendering.
inline InspectOptions ioInspectOptions() {
  InspectOptions o;
  o.pretty = true;
  return o;
}

/// inspect(term, opts) as Kernel.inspect/2 returns it (IO.inspect prints the same text
/// with pretty = true; a label is the caller's business).
std::string inspect(rt::Term t, const InspectOptions &opts = {});

/// Same, appended to `out`.
void inspectTo(rt::Term t, const InspectOptions &opts, std::string &out);

} // namespace athanor::format
