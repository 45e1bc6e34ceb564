// Test support for the BIF unit tests: a process with its own heap outside any scheduler
// (for BIFs that never suspend), calling any entry of bifs.def by module/name/arity, and
// describing a result the way tests/unit/cases/gen_expected.exs prints Elixir's (so case
// files can be checked against real Elixir).
#pragma once

#include "format_test_support.h"
#include "proc/Process.h"

#include <string>
#include <string_view>
#include <vector>

namespace athanor::test {

using rt::Term;

/// A process created outside the scheduler: BIFs can allocate on its heap and collect
/// (the collector scans this thread's stack).
class TestProcess {
public:
  TestProcess();
  ~TestProcess();
  TestProcess(const TestProcess &) = delete;
  ath_proc *proc() const { return reinterpret_cast<ath_proc *>(p_); }
  rt::Process *process() const { return p_; }
  /// Forces a collection now.
  void collect();

private:
  rt::Process *p_;
};

struct BifRef {
  const char *module; // "erlang", "Elixir.String"
  const char *name;
  int arity;
  void *fn; // nullptr if not implemented
};

/// The bifs.def entry, or nullptr.
const BifRef *findBif(std::string_view module, std::string_view name, int arity);
/// Every bifs.def entry.
const std::vector<BifRef> &allBifs();

/// Calls a BIF with arguments.
Term callBif(ath_proc *p, const BifRef &bif, const std::vector<Term> &args);

/// "ok <inspect>", "error <Module> <inspect(message)>", "throw <inspect>", "exit <inspect>"
/// (the pending exception, when result is ATH_NONVALUE).
std::string describeResult(ath_proc *p, Term result);

/// Runs one case line "Mod.fun(arg, ...)" (Elixir syntax; `:erlang.fun`, `String.fun`)
/// and describes the result. Arguments are parsed by format::test::TermHeap::parse.
std::string runCase(ath_proc *p, format::test::TermHeap &heap, std::string_view line);

} // namespace athanor::test
