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

// Atoms of the test program beyond atoms.def, at fixed indices after it.
#define ATH_TEST_EXTRA_ATOMS(X)                                                            \
  X(Elixir_User, "Elixir.User")                                                            \
  X(age, "age")                                                                            \
  X(Elixir_Config, "Elixir.Config")                                                        \
  X(host, "host")                                                                          \
  X(port, "port")                                                                          \
  X(options, "options")                                                                    \
  X(tags, "tags")                                                                          \
  X(Elixir_MyError, "Elixir.MyError")                                                      \
  X(code, "code")                                                                          \
  X(struct_, "struct")                                                                     \
  X(operator_, "operator")                                                                 \
  X(encoded, "encoded")                                                                    \
  X(version, "version")                                                                    \
  X(Elixir_BadBooleanError, "Elixir.BadBooleanError")                                      \
  X(Elixir_Greeter, "Elixir.Greeter")                                                      \
  X(hello, "hello")                                                                        \
  X(secret, "secret")


enum ExtraAtom : uint32_t {
  kExtraAtomsStart = ATH_FIXED_ATOM_COUNT - 1,
#define ATH_EXTRA_ENUM(id, text) kAtom_##id,
  ATH_TEST_EXTRA_ATOMS(ATH_EXTRA_ENUM)
#undef ATH_EXTRA_ENUM
      kAtomTableSize
};
/// The term of a test atom: ATH_TEST_ATOM(Elixir_Greeter).
#define ATH_TEST_ATOM(id) ((ath_term(kAtom_##id) << 3) | ATH_TAG_ATOM)

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
