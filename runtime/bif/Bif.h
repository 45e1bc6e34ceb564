// Shared helpers of the BIF families (bif/*.cpp): raising Erlang's raw error reasons and
// Elixir's exception structs, and building common terms on the calling process's heap.
//
// Conventions every BIF follows (rt.h, bifs.def):
//  - On failure store the exception in the process and return ATH_NONVALUE. Erlang BIFs
//    raise the raw reason Erlang raises (:badarg, :badarith, {:badkey, k}, ...), with a
//    one-entry stacktrace [{module, function, args, []}] naming the BIF, which is what
//    Elixir's ErlangError.normalize/2 consults (KeyError's term, FunctionClauseError's
//    function). Elixir.* BIFs raise what Elixir raises: an exception struct
//    (ArgumentError with Elixir's message) or :function_clause for arguments outside the
//    function's clauses.
//  - Allocation may collect. Terms held in locals stay valid across it (the collector
//    scans the stack and pins); terms held in malloc'd containers must be registered with
//    ScopedRoots (mem/Roots.h). Measure, reserve once (HeapBuilder), then build.
#pragma once

#include "mem/Builder.h"
#include "mem/Roots.h"
#include "proc/Process.h"
#include "term/Atoms.h"
#include "term/Term.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#define ATH_BIF extern "C" ath_term

namespace athanor::rt::bif {

inline Process *P(ath_proc *p) { return asProcess(p); }

/// Raises error `reason` with the stacktrace [{module, function, args, []}].
Term raiseBifError(ath_proc *p, Term reason, Term module, Term function,
                   std::initializer_list<Term> args);
/// error :badarg from module:function(args).
Term badarg(ath_proc *p, Term module, Term function, std::initializer_list<Term> args);
/// The same, noting which argument was wrong and why, in Erlang's error_info words ("not a
/// number"): the stacktrace entry's location is [error_info: {position, "why"}], from which
/// normalize_error builds Elixir's "errors were found at the given arguments" message; a
/// negative position makes `why` the whole message (binary construction's own wording).
Term badargAt(ath_proc *p, Term module, Term function, std::initializer_list<Term> args,
              int position, std::string_view why);
inline Term badargErlAt(ath_proc *p, Term function, std::initializer_list<Term> args,
                        int position, std::string_view why) {
  return badargAt(p, ATH_ATOM(erlang), function, args, position, why);
}
/// error :badarg from erlang:function(args).
inline Term badargErl(ath_proc *p, Term function, std::initializer_list<Term> args) {
  return badarg(p, ATH_ATOM(erlang), function, args);
}
/// error :badarith (no stacktrace entry: Elixir prints the operator's caller).
Term badarith(ath_proc *p);
/// error :function_clause from module.function(args).
Term functionClause(ath_proc *p, Term module, Term function, std::initializer_list<Term> args);

/// A struct of `module` (a map with __struct__, __exception__ for exceptions, every field
/// of ath_struct_table with its default, nil where the table has none), with `fields`
/// (key, value, key, value, ...) overriding. `fields` is rooted while building.
Term makeStruct(Process *p, Term module, std::vector<Term> fields);
/// Raises an Elixir exception (error class) built with makeStruct.
Term raiseException(ath_proc *p, Term module, std::vector<Term> fields);
/// Raises %ArgumentError{message: message}.
Term argumentError(ath_proc *p, std::string_view message);
/// Elixir's ArgumentError for a BIF argument, as :erl_erts_errors words it:
/// "errors were found at the given arguments:\n\n  * 1st argument: <what>\n".
Term argumentErrorAt(ath_proc *p, int position, std::string_view what);

/// For Elixir functions that call an erlang BIF and let its error through: the result `r`
/// as is. A :badarg stays raw, as on the BEAM (catch and exit reasons see :badarg); rescue
/// turns it into the ArgumentError with the BIF's error_info message.
Term elixirRaise(ath_proc *p, Term r);

/// ErlangError.normalize(reason, stacktrace) (bif/Exceptions.cpp).
Term normalizeError(Process *p, Term reason, Term stacktrace);

/// Term builders on p's heap (each may collect before writing).
Term makeBinary(Process *p, std::string_view bytes);
Term makeFloat(Process *p, double d);
Term makeTuple(Process *p, std::initializer_list<Term> elems);
/// A list of `elems` (rooted while building) ending in `tail`.
Term makeList(Process *p, std::vector<Term> &elems, Term tail = ATH_NIL);
/// A list of binaries (each piece's bytes), built in one reservation. The pieces may point
/// into the data of `owner` (a binary), which is kept alive (pinned) meanwhile.
Term makeBinaryList(Process *p, const std::vector<std::string_view> &pieces, Term owner = 0);

/// Keeps `t` live (so in a scanned stack slot or register, pinning its block) up to this
/// point: for code that holds raw pointers into t's data across an allocation.
inline void keepAlive(Term t) { asm volatile("" : : "g"(t) : "memory"); }

/// Length of a proper list; false for improper lists and non-lists.
bool properLength(Term list, uint64_t &n);
/// The elements of a proper list appended to `out`; false if improper.
bool listElements(Term list, std::vector<Term> &out);

/// Elixir's keyword lookup (last of duplicate keys does not matter: first wins, as
/// Keyword.get). Returns `def` when absent or when `opts` is not a list.
Term keywordGet(Term opts, Term key, Term def);

/// Ordinal word for argument errors: "1st", "2nd", "3rd", "4th".
std::string ordinal(int n);

} // namespace athanor::rt::bif
