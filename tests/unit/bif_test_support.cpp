// BIF test support (see bif_test_support.h), and weak definitions of the program tables
// the runtime links against (function tables, apply entry points) that tests needing real
// ones override.
#include "bif_test_support.h"

#include "format/Exceptions.h"
#include "format/Inspect.h"
#include "mem/Gc.h"
#include "sched/Runtime.h"
#include "term/Atoms.h"
#include "term/Structs.h"

#include <gtest/gtest.h>

#include <mutex>

#include "bif_decls.h"


// ---- weak program tables: an empty program ----
extern "C" {
extern __attribute__((weak)) const ath_fun_entry ath_stdlib_functions[1] = {};
extern __attribute__((weak)) const uint32_t ath_stdlib_function_count = 0;
extern __attribute__((weak)) const ath_fun_entry ath_program_functions[1] = {};
extern __attribute__((weak)) const uint32_t ath_program_function_count = 0;

// Test closures and table entries point at C++ functions of the generated-code shape
// (C convention here: tests are compiled C++).
__attribute__((weak)) ath_term ath_apply_code(ath_proc *p, void *code, uint32_t arity,
                                              ath_term args) {
  ath_term a[4] = {0, 0, 0, 0};
  for (uint32_t i = 0; i < arity && i < 4; ++i, args = athanor::rt::consTail(args))
    a[i] = athanor::rt::consHead(args);
  switch (arity) {
  case 0:
    return reinterpret_cast<ath_term (*)(ath_proc *)>(code)(p);
  case 1:
    return reinterpret_cast<ath_term (*)(ath_proc *, ath_term)>(code)(p, a[0]);
  case 2:
    return reinterpret_cast<ath_term (*)(ath_proc *, ath_term, ath_term)>(code)(p, a[0], a[1]);
  default:
    return reinterpret_cast<ath_term (*)(ath_proc *, ath_term, ath_term, ath_term)>(code)(
        p, a[0], a[1], a[2]);
  }
}

__attribute__((weak)) ath_term ath_apply_fun(ath_proc *p, ath_term fun, ath_term args) {
  using namespace athanor::rt;
  if (!isFun(fun))
    return ath_error_tagged(p, ATH_ATOM(badfun), fun);
  uint64_t n = 0;
  for (ath_term l = args; isCons(l); l = consTail(l))
    ++n;
  if (n != funInfo(fun)->arity)
    return ath_error_tagged(p, ATH_ATOM(badarity), fun);
  void *code = reinterpret_cast<void *>(boxed(fun)[1]);
  if (n == 0)
    return reinterpret_cast<ath_term (*)(ath_proc *, ath_term)>(code)(p, fun);
  return reinterpret_cast<ath_term (*)(ath_proc *, ath_term, ath_term)>(code)(p, consHead(args),
                                                                              fun);
}
}

namespace athanor::test {

using namespace athanor::rt;

TestProcess::TestProcess() {
  static std::once_flag once;
  std::call_once(once, [] { processTableInit(); });
  p_ = allocatePcb(nullptr);
  processTableInsert(nullptr, p_);
}

TestProcess::~TestProcess() {
  heapRelease(p_);
  mailboxFreeAll(p_->mailbox);
  processTableRemove(nullptr, p_);
}

void TestProcess::collect() { collectGarbage(p_, 0); }

const std::vector<BifRef> &allBifs() {
  static const std::vector<BifRef> bifs = {
#define BIF(m, n, a, sym) {m, n, a, reinterpret_cast<void *>(&ath_bif_##sym)},
#define GUARD_BIF BIF
#include "athanor/bifs.def"
#undef BIF
#undef GUARD_BIF
  };
  return bifs;
}

const BifRef *findBif(std::string_view module, std::string_view name, int arity) {
  for (const BifRef &b : allBifs())
    if (module == b.module && name == b.name && arity == b.arity)
      return &b;
  return nullptr;
}

Term callBif(ath_proc *p, const BifRef &bif, const std::vector<Term> &a) {
  switch (bif.arity) {
  case 0:
    return reinterpret_cast<ath_term (*)(ATH_PARAMS_0)>(bif.fn)(p);
  case 1:
    return reinterpret_cast<ath_term (*)(ATH_PARAMS_1)>(bif.fn)(p, a[0]);
  case 2:
    return reinterpret_cast<ath_term (*)(ATH_PARAMS_2)>(bif.fn)(p, a[0], a[1]);
  case 3:
    return reinterpret_cast<ath_term (*)(ATH_PARAMS_3)>(bif.fn)(p, a[0], a[1], a[2]);
  case 4:
    return reinterpret_cast<ath_term (*)(ATH_PARAMS_4)>(bif.fn)(p, a[0], a[1], a[2], a[3]);
  }
  ADD_FAILURE() << "bad arity";
  return ATH_NONVALUE;
}

std::string describeResult(ath_proc *p, Term result) {
  if (result != ATH_NONVALUE)
    return "ok " + format::inspect(result);
  ath_proc_hot &h = asProcess(p)->hot;
  Term cls = h.exc_class, value = h.exc_value;
  if (cls == ATH_ATOM(error)) {
    Term e = ath_bif_athanor_normalize_error(p, value, h.exc_stack);
    if (e == ATH_NONVALUE)
      return "normalize_error failed";
    Term module = structModule(e);
    return "error " + format::inspect(module) + " " +
           format::inspect(format::test::TermHeap().binary(format::exceptionMessage(e)));
  }
  if (cls == ATH_ATOM(throw))
    return "throw " + format::inspect(value);
  return "exit " + format::inspect(value);
}

std::string runCase(ath_proc *p, format::test::TermHeap &heap, std::string_view line) {
  size_t open = line.find('(');
  if (open == std::string_view::npos || line.back() != ')')
    return "bad case line";
  std::string_view head = line.substr(0, open);
  size_t dot = head.rfind('.');
  // `:erlang./(1, 2)`: the name may itself be a dot.
  if (dot == head.size() - 1 && dot > 0 && head[dot - 1] == '.')
    --dot;
  std::string_view mod = head.substr(0, dot), name = head.substr(dot + 1);
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') // :erlang."=:="(a, b)
    name = name.substr(1, name.size() - 2);
  std::string module = mod.starts_with(":") ? std::string(mod.substr(1)) : "Elixir." + std::string(mod);
  // Elixir functions whose implementation is an athanor primitive.
  static const std::pair<std::string_view, std::string_view> kAliases[] = {
      {"Elixir.ErlangError.normalize", "to normalize_error"},
      {"Elixir.Exception.message", "to exception_message"},
      {"Elixir.Exception.format_banner", "to format_banner"},
      {"Elixir.Exception.format_exit", "to format_exit"},
      {"Elixir.Kernel.to_string", "to to_string"},
      {"Elixir.Kernel.inspect", "to inspect"},
      {"Elixir.Kernel.<>", "to binary_concat"},
      // stdlib wrappers whose last argument defaults to [] (and that take a %Regex{})
      {"Elixir.String.split", "to string_split"},
      {"Elixir.String.replace", "to string_replace"},
  };
  std::string argsText = "[" + std::string(line.substr(open + 1, line.size() - open - 2)) + "]";
  Term args = heap.parse(argsText);
  std::vector<Term> v;
  for (; isCons(args); args = consTail(args))
    v.push_back(consHead(args));
  const BifRef *bif = findBif(module, name, static_cast<int>(v.size()));
  std::string full = module + "." + std::string(name);
  std::string aliasName;
  for (auto [from, to] : kAliases)
    if (!bif && full == from) {
      module = "athanor";
      aliasName = std::string(to.substr(3));
      name = aliasName;
      bif = findBif(module, name, static_cast<int>(v.size()));
      if (!bif && (bif = findBif(module, name, static_cast<int>(v.size()) + 1)))
        v.push_back(ATH_NIL); // the defaulted options: []
    }
  if (!bif)
    return "no such BIF " + module + "." + std::string(name) + "/" + std::to_string(v.size());
  if (!bif->fn)
    return "not implemented: " + module + "." + std::string(name) + "/" + std::to_string(v.size());
  return describeResult(p, callBif(p, *bif, v));
}

} // namespace athanor::test
