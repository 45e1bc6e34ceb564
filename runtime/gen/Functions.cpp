// Support for calls that generated code cannot resolve statically (athanor/rt.h): finding
// a function by module, name and arity in the program's and the standard library's tables
// (dynamic remote calls, apply/3), and raising the errors such calls end with —
// UndefinedFunctionError (:undef), FunctionClauseError (:function_clause) and
// BadArityError — with the stacktrace entry Elixir's messages are built from.
#include "mem/Builder.h"
#include "proc/Process.h"

#include <cstddef>
#include <mutex>
#include <unordered_map>

using namespace athanor::rt;

namespace {

struct Key {
  ath_term module, name;
  uint32_t arity;
  bool operator==(const Key &o) const {
    return module == o.module && name == o.name && arity == o.arity;
  }
};
struct KeyHash {
  size_t operator()(const Key &k) const {
    return std::hash<uint64_t>()(k.module * 31 + k.name * 7 + k.arity);
  }
};

// Built once, on first use; read-only afterwards (safe from every scheduler).
const std::unordered_map<Key, const ath_fun_entry *, KeyHash> &functionIndex() {
  static const auto *index = [] {
    auto *m = new std::unordered_map<Key, const ath_fun_entry *, KeyHash>();
    auto add = [&](const ath_fun_entry *table, uint32_t count) {
      for (uint32_t i = 0; i < count; ++i)
        if (table[i].exported)
          m->emplace(Key{table[i].module, table[i].name, table[i].arity}, &table[i]);
    };
    add(ath_program_functions, ath_program_function_count);
    add(ath_stdlib_functions, ath_stdlib_function_count);
    return m;
  }();
  return *index;
}

/// Raises `reason` with the stacktrace [{module, name, args, []}].
ath_term raiseWithFrame(ath_proc *proc, ath_term reason, ath_term module, ath_term name,
                        ath_term args) {
  Process *p = asProcess(proc);
  HeapBuilder b(p, 5, 1);
  ath_term frame = b.tuple({module, name, args, ATH_NIL});
  ath_term stack = b.cons(frame, ATH_NIL);
  p->hot.exc_class = ATH_ATOM(error);
  p->hot.exc_value = reason;
  p->hot.exc_stack = stack;
  return ATH_NONVALUE;
}

uint32_t listLength(ath_term list, bool *proper) {
  uint32_t n = 0;
  while (ath_is_cons(list)) {
    ++n;
    list = ath_cons_ptr(list)[1];
  }
  *proper = list == ATH_NIL;
  return n;
}

} // namespace

// The dynamic-call cache in generated code (codegen/GenExpr.cpp) reads these offsets.
static_assert(offsetof(ath_fun_entry, module) == 0 && offsetof(ath_fun_entry, code) == 24);

extern "C" const ath_fun_entry *ath_find_function_entry(ath_term module, ath_term name,
                                                        uint32_t arity) {
  if (!ath_is_atom(module) || !ath_is_atom(name))
    return nullptr;
  const auto &index = functionIndex();
  auto it = index.find(Key{module, name, arity});
  return it == index.end() ? nullptr : it->second;
}

extern "C" void *ath_find_function(ath_term module, ath_term name, uint32_t arity) {
  const ath_fun_entry *e = ath_find_function_entry(module, name, arity);
  return e ? e->code : nullptr;
}

extern "C" ath_term ath_raise_undef(ath_proc *p, ath_term module, ath_term name, ath_term args) {
  if (!ath_is_atom(module)) {
    // `x.f()` on something that is not a module.
    Process *proc = asProcess(p);
    HeapBuilder b(proc, 4, 0);
    return ath_raise(p, ATH_ATOM(error), b.tuple({ATH_ATOM(badfun), module}));
  }
  return raiseWithFrame(p, ATH_ATOM(undef), module, name, args);
}

extern "C" ath_term ath_raise_function_clause(ath_proc *p, ath_term module, ath_term name,
                                              ath_term args) {
  return raiseWithFrame(p, ATH_ATOM(function_clause), module, name, args);
}

extern "C" ath_term ath_raise_badarity(ath_proc *proc, ath_term fun, ath_term args) {
  Process *p = asProcess(proc);
  HeapBuilder b(p, 6, 0);
  ath_term inner = b.tuple({fun, args});
  return ath_raise(proc, ATH_ATOM(error), b.tuple({ATH_ATOM(badarity), inner}));
}

// apply/3 is ath_apply_mfa (sched/Context.S): this resolves the function, and the stub
// tail-calls ath_apply_code, so no C++ frame stays on the stack while the function runs
// (it may suspend, and the process resume on another scheduler's stack).
struct ApplyTarget {
  void *code;      // nullptr: the error is raised and `value` is NONVALUE
  uint64_t value;  // the arity
};

extern "C" ApplyTarget ath_apply_mfa_resolve(ath_proc *p, ath_term module, ath_term name,
                                             ath_term args) {
  bool proper = false;
  uint32_t arity = listLength(args, &proper);
  if (!proper)
    return {nullptr, ath_error(p, ATH_ATOM(badarg))};
  void *code = ath_find_function(module, name, arity);
  if (!code)
    return {nullptr, ath_raise_undef(p, module, name, args)};
  return {code, arity};
}
