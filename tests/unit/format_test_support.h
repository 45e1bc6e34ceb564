// Test support for the formatting library's unit tests: builds runtime terms by hand in
// plain memory (per athanor/term.h) and parses Elixir term syntax — the text inspect/2
// prints with `structs: false, charlists: :as_lists, limit: :infinity` — into such terms,
// so test tables can hold values exactly as real Elixir printed them.
#pragma once

#include "format/Inspect.h"
#include "term/Term.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace athanor::format::test {

using rt::Term;

/// Owns the memory of the terms it builds.
class TermHeap {
public:
  Term integer(int64_t v);
  Term bigInteger(std::string_view decimalDigits); // small if it fits
  Term floating(double v);
  Term atom(std::string_view name);
  Term binary(std::string_view bytes);
  Term tuple(const std::vector<Term> &elements);
  Term list(const std::vector<Term> &elements, Term tail = ATH_NIL);
  /// A flat map; the entries are sorted into map-key order here.
  Term map(std::vector<std::pair<Term, Term>> entries);
  Term reference(uint64_t a, uint64_t b);
  Term function(const ath_fun_info *info);

  /// Parses one term written in Elixir syntax: integers, floats, atoms (`:a`, `:"a b"`,
  /// `Foo.Bar`, `true`), strings with escapes, `<<1, 2>>`, lists (`[1 | 2]`, `[a: 1]`),
  /// tuples, maps (`%{a: 1}`, `%{"k" => 1}`), `#PID<0.5.0>`, `#Reference<0.0.1.2>`.
  /// Aborts the test on a syntax error.
  Term parse(std::string_view text);

private:
  uint64_t *allocate(size_t words);
  std::vector<std::unique_ptr<uint64_t[]>> blocks_;
};

/// Parses inspect options written as Elixir keywords ("pretty: true, limit: 3").
InspectOptions parseInspectOptions(std::string_view text);

} // namespace athanor::format::test
