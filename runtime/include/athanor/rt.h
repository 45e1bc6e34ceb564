/* athanor/rt.h — the one C ABI between generated code and the runtime.
 *
 * Calling convention of generated code
 * ------------------------------------
 * Every compiled Elixir function is an LLVM `tailcc` function
 *     ath_term f(ath_proc *p, ath_term a1, ..., ath_term an)          (named functions)
 *     ath_term f(ath_proc *p, ath_term a1, ..., ath_term an, ath_term closure) (fn bodies)
 * The current process is always the explicit first argument: no thread-local storage in
 * generated code or in runtime code that can suspend (a process may resume on another
 * thread). Calls in tail position are `tail call tailcc`, guaranteed at every -O level.
 *
 * Errors travel by return value: a function that raises stores the exception in the
 * process (exc_class / exc_value / exc_stack below) and returns ATH_NONVALUE; callers
 * test for it after every call that can fail and either handle it (try/rescue/catch) or
 * return ATH_NONVALUE themselves. No C++ exceptions or unwinding cross generated code.
 * Runtime functions below that "may raise" follow the same rule.
 *
 * Stack and preemption check
 * --------------------------
 * Every generated function starts with
 *     if (rsp < p->hot.stack_limit) ath_check_stack(p);
 * The scheduler sets stack_limit to the bottom of the running process's usable stack
 * (plus a margin for runtime code); to end a time slice it sets it to UINTPTR_MAX, so the
 * same compare is the preemption point. ath_check_stack grows nothing: it either yields
 * (preemption) or ends the process with a `stack_overflow` reason.
 *
 * Generated code must never keep the address of a stack slot in a value that lives across
 * a call (no allocas at all, since LLVM may keep even a non-escaping one's address in a
 * callee-saved register; functions are compiled without frame pointers): a suspended
 * process's frames are copied out of the scheduler's stack and may be copied back at a
 * different address. Arrays passed to the runtime live on the process heap instead.
 *
 * Allocation
 * ----------
 * The current heap block of the process has a free gap [htop, ctop): boxed objects are
 * bump-allocated upwards from htop, cons cells downwards from ctop. Inline fast paths
 * test the gap's size (both pointers are null before the first allocation, which the
 * same test sends to the slow path):
 *     boxed, n words: if (ctop - htop < n) q = ath_alloc_slow(p, n); else { q = htop; htop += n; }
 *     cons cell:      if (ctop - htop < 2) c = ath_alloc_cons_slow(p); else { ctop -= 2; c = ctop; }
 * The slow paths may collect garbage. The collector finds roots by scanning the process
 * stack conservatively, so terms held in locals and registers stay valid (they pin their
 * blocks); anything else must be reachable from the process's own fields.
 */
#ifndef ATHANOR_RT_H
#define ATHANOR_RT_H

#include "athanor/term.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The fields of a process that generated code reads or writes directly, at fixed offsets.
   The runtime's Process object begins with this struct. */
typedef struct ath_proc_hot {
  uintptr_t stack_limit; /* +0  prologue compares rsp with this (atomic, relaxed) */
  uint64_t *htop;        /* +8  boxed bump pointer (grows up) */
  uint64_t *ctop;        /* +16 cons bump pointer (grows down); free gap is [htop, ctop) */
  ath_term exc_class;    /* +24 pending exception: atom error | throw | exit */
  ath_term exc_value;    /* +32 the raised term (an exception struct for `error`) */
  ath_term exc_stack;    /* +40 its stacktrace (a list) */
  ath_term self;         /* +48 this process's pid */
} ath_proc_hot;

typedef struct ath_proc ath_proc;

#define ATH_OFF_STACK_LIMIT 0
#define ATH_OFF_HTOP 8
#define ATH_OFF_CTOP 16
#define ATH_OFF_EXC_CLASS 24
#define ATH_OFF_EXC_VALUE 32
#define ATH_OFF_EXC_STACK 40
#define ATH_OFF_SELF 48

/* ---- Atoms: the table the compiler emits into every program ---- */
typedef struct ath_atom_entry {
  const char *name; /* UTF-8, not NUL-terminated necessarily */
  uint32_t length;
} ath_atom_entry;
extern const ath_atom_entry ath_static_atoms[];
extern const uint32_t ath_static_atom_count;

enum ath_fixed_atom {
#define ATOM(id, name) ATH_ATOM_INDEX_##id,
#include "athanor/atoms.def"
#undef ATOM
  ATH_FIXED_ATOM_COUNT
};
#define ATH_ATOM(id) ath_make_atom(ATH_ATOM_INDEX_##id)

/* ---- Structs: the table the compiler emits into every program ----
   fields[] lists the field names (atoms, excluding __struct__) in definition order and
   defaults[] their default values (static literal terms). */
typedef struct ath_struct_info {
  ath_term module;
  uint32_t field_count;
  uint32_t is_exception;
  const ath_term *fields;
  const ath_term *defaults;
  /* @derive {Inspect, only: [...] | except: [...]} hiding fields (inspect_derived = 1):
     the fields shown, in definition order, as #Name<field: value, ..., ...> */
  const ath_term *inspect_fields;
  uint32_t inspect_count;
  uint32_t inspect_derived;
} ath_struct_info;
extern const ath_struct_info ath_struct_table[];
extern const uint32_t ath_struct_count;

/* ---- Functions by module, name and arity: the tables the compiler emits ----
   One table for the standard library (ath_stdlib_functions, in libathanor_stdlib) and one
   for the program (ath_program_functions). `code` is the generated `tailcc` function
       ath_term f(ath_proc *p, ath_term a1, ..., ath_term aN)
   and must only be called through ath_apply_code (C convention), never directly from C++.
   Used by apply/3, spawn/3, function_exported?/3 and &Mod.fun/N on a variable module. */
typedef struct ath_fun_entry {
  ath_term module; /* atom */
  ath_term name;   /* atom */
  uint32_t arity;
  uint32_t exported; /* 1 for def, 0 for defp (not reachable through apply) */
  void *code;
} ath_fun_entry;
extern const ath_fun_entry ath_stdlib_functions[];
extern const uint32_t ath_stdlib_function_count;
extern const ath_fun_entry ath_program_functions[];
extern const uint32_t ath_program_function_count;

/* Calls `code` (an ath_fun_entry's code) with the elements of the proper list `args`
   (whose length must equal the entry's arity). Emitted by the compiler in the standard
   library. Follows the error convention. */
ath_term ath_apply_code(ath_proc *p, void *code, uint32_t arity, ath_term args);
/* Calls the closure `fun` with the elements of `args`; raises BadArityError /
   BadFunctionError as Elixir does. Emitted by the compiler in the standard library. */
ath_term ath_apply_fun(ath_proc *p, ath_term fun, ath_term args);

/* ---- Allocation (may collect) ---- */
uint64_t *ath_alloc_slow(ath_proc *p, uint64_t words);
ath_term *ath_alloc_cons_slow(ath_proc *p);

/* ---- Stack check / preemption (assembly; called only from generated code) ---- */
void ath_check_stack(ath_proc *p);

/* ---- Program entry: the compiler emits these into the program ----
   ath_program_main runs the script's top-level code in the main process (`unused` is 0;
   the signature matches every process entry). */
ath_term ath_program_main(ath_proc *p, ath_term unused);

/* ---- Receive ----
   receive do clauses after T -> body end compiles to:
       ath_recv_start(p, T)                  (T = :infinity without `after`)
     loop:
       m = ath_recv_peek(p)
       if m == NONVALUE: if ath_recv_wait(p) then <after body> else goto loop
       match m: clause i -> m2 = ath_recv_accept(p); <bind the pattern from m2>; <body i>
       no match -> ath_recv_next(p); goto loop
   Matching happens on the message in place; accept moves it into the heap and returns
   the message as it is there (small messages are copied, so terms bound while matching
   in place must be bound again from the returned term). */
ath_term ath_recv_start(ath_proc *p, ath_term timeout); /* NONVALUE on a bad timeout */
ath_term ath_recv_peek(ath_proc *p);
void ath_recv_next(ath_proc *p);
ath_term ath_recv_accept(ath_proc *p);
int64_t ath_recv_wait(ath_proc *p); /* assembly: may suspend; 1 = timed out */

/* ---- Processes ---- */
ath_term ath_send(ath_proc *p, ath_term dest, ath_term msg); /* may raise (bad dest) */
/* A spawned process runs ath_apply_fun(p, fun, []) (spawn/1) or
   ath_apply_code(p, code, arity, args) (spawn/3); the runtime reports a crash (an error or
   throw ending the process) on stderr in Elixir's style when it terminates the process. */

/* ---- Maps (map literals, updates and patterns) ----
   kv points at n (key, value) pairs: kv[0], kv[1], kv[2], kv[3], ...; the array may be
   anywhere (the runtime copies it before allocating). */
/* %{k0 => v0, ...}: later duplicates win. */
ath_term ath_map_new(ath_proc *p, uint64_t n, const ath_term *kv);
/* %{map | k0 => v0, ...}: every key must exist, else raises {:badkey, k} (Elixir's
   KeyError); not a map raises {:badmap, map}. May raise. */
ath_term ath_map_update(ath_proc *p, ath_term map, uint64_t n, const ath_term *kv);
/* Map.merge(map, %{k0 => v0, ...}) without the existence check: raises only {:badmap, map}. */
ath_term ath_map_put_many(ath_proc *p, ath_term map, uint64_t n, const ath_term *kv);
/* Pattern matching: the value under `key` (===), or ATH_NONVALUE if absent or if `map` is
   not a map. Never raises, never allocates. */
ath_term ath_map_find(ath_term map, ath_term key);

/* ---- Terms generated code builds or tests through the runtime ---- */
ath_term ath_make_float(ath_proc *p, double d);
/* A binary holding a copy of bytes[0..len). */
ath_term ath_make_binary(ath_proc *p, const char *bytes, uint64_t len);
/* String interpolation: the concatenation of n binaries (parts need not outlive the call);
   a part that is not a binary raises ArgumentError as `<>` does. */
ath_term ath_binary_concat_n(ath_proc *p, uint64_t n, const ath_term *parts);
/* `"prefix" <> rest` patterns: 1 if bin is a binary starting with the binary prefix. */
int ath_binary_has_prefix(ath_term bin, ath_term prefix);
/* The bytes of bin from offset `from` on (bin must be a binary; from <= byte_size). */
ath_term ath_binary_tail(ath_proc *p, ath_term bin, uint64_t from);
/* to_string/1 and interpolation of a non-binary: same as athanor.to_string (may raise). */
ath_term ath_to_string(ath_proc *p, ath_term t);
/* ==, === and term order (-1, 0, 1) for code that needs them as C booleans. Never raise. */
int ath_equal(ath_term a, ath_term b);
int ath_exact_equal(ath_term a, ath_term b);
int ath_compare(ath_term a, ath_term b);

/* ---- Exceptions ---- */
/* Stores the exception and returns ATH_NONVALUE. cls is error/throw/exit. */
ath_term ath_raise(ath_proc *p, ath_term cls, ath_term value);
/* error with a VM reason (:badarith, {:badmatch, v}, ...): the reason is kept raw in the
   process (exit reasons carry it) and converted to an exception struct by rescue. */
ath_term ath_error(ath_proc *p, ath_term reason);
ath_term ath_error_tagged(ath_proc *p, ath_term tag, ath_term value); /* {tag, value} */
/* rescue: the pending exception as an Elixir exception struct (normalizing VM reasons). */
ath_term ath_exception_normalize(ath_proc *p);
/* Clears the pending exception (after it has been handled). */
void ath_exception_clear(ath_proc *p);

#ifdef __cplusplus
}
#endif

#endif
