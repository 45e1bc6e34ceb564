// Exceptions for the standard library: ErlangError.normalize/2 (athanor.normalize_error,
// and ath_exception_normalize for `rescue`), Exception.message/1, format_banner/3,
// format_exit/1, and the logger's error line (athanor.log_error).
//
// normalize turns a raw VM reason into the struct Elixir 1.14 builds for it, reading the
// stacktrace the way Elixir does: the first entry names the function for :undef and
// :function_clause, holds the map for {:badkey, k} raised by maps:get & co., and, for
// :badarg raised by a BIF of this runtime, carries the error_info {position, why} that
// becomes Elixir's "errors were found at the given arguments" message.
#include "bif/Bif.h"
#include "format/Exceptions.h"
#include "format/Inspect.h"
#include "format/ToString.h"
#include "bif/Functions.h"
#include "term/Map.h"
#include "term/Structs.h"

#include <sys/time.h>

#include <cstdio>
#include <ctime>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

bool isTupleN(Term t, uint64_t n) { return isTuple(t) && tupleArity(t) == n; }

bool isExceptionStruct(Term t) {
  if (!structModule(t))
    return false;
  auto e = mapGet(t, ATH_ATOM(__exception__));
  return e && *e == ATH_ATOM(true);
}

// The first stacktrace entry {m, f, args_or_arity, location}, or 0.
Term topEntry(Term stack) {
  if (isCons(stack) && isTupleN(consHead(stack), 4))
    return consHead(stack);
  return 0;
}

// ErlangError's from_stacktrace/1.
void functionOf(Term stack, Term &m, Term &f, Term &a) {
  m = f = a = ATH_ATOM(nil);
  Term e = topEntry(stack);
  if (!e)
    return;
  m = tupleElem(e, 0);
  f = tupleElem(e, 1);
  a = tupleElem(e, 2);
  uint64_t n;
  if (isList(a) && properLength(a, n))
    a = makeSmall(static_cast<int64_t>(n));
}

// The argument `index` (0-based) of the top entry if it is a call to module:fun/arity.
bool argOfCall(Term stack, Term module, const char *fun, uint64_t arity, uint64_t index, Term &out) {
  Term e = topEntry(stack);
  if (!e || tupleElem(e, 0) != module || !isAtom(tupleElem(e, 1)) ||
      atomName(tupleElem(e, 1)) != fun)
    return false;
  Term args = tupleElem(e, 2);
  uint64_t n;
  if (!properLength(args, n) || n != arity)
    return false;
  for (uint64_t i = 0; i < index; ++i)
    args = consTail(args);
  out = consHead(args);
  return true;
}

// The error_info {position, why} a BIF of this runtime put in the top entry's location.
bool errorInfoOf(Term stack, int64_t &position, std::string_view &why) {
  Term e = topEntry(stack);
  if (!e)
    return false;
  for (Term l = tupleElem(e, 3); isCons(l); l = consTail(l)) {
    Term kv = consHead(l);
    if (isTupleN(kv, 2) && tupleElem(kv, 0) == ATH_ATOM(error_info) &&
        isTupleN(tupleElem(kv, 1), 2) && isSmall(tupleElem(tupleElem(kv, 1), 0)) &&
        isBinary(tupleElem(tupleElem(kv, 1), 1))) {
      position = smallValue(tupleElem(tupleElem(kv, 1), 0));
      why = binaryView(tupleElem(tupleElem(kv, 1), 1));
      return true;
    }
  }
  return false;
}


Term exception(Process *p, Term module, std::vector<Term> fields) {
  return makeStruct(p, module, std::move(fields));
}

Term messageException(Process *p, Term module, std::string_view message) {
  Term m = makeBinary(p, message);
  return exception(p, module, {ATH_ATOM(message), m});
}

} // namespace

namespace athanor::rt::bif {

/// ErlangError.normalize(reason, stacktrace) (see the file comment).
Term normalizeError(Process *p, Term reason, Term stack) {
  if (isExceptionStruct(reason))
    return reason;
  if (isAtom(reason)) {
    switch (ath_atom_index(reason)) {
    case ATH_ATOM_INDEX_badarg: {
      int64_t position;
      std::string_view why;
      if (errorInfoOf(stack, position, why) && position < 0) // the whole message (bif/Bif.h)
        return messageException(p, ATH_ATOM(Elixir_ArgumentError), std::string(why));
      if (errorInfoOf(stack, position, why))
        return messageException(p, ATH_ATOM(Elixir_ArgumentError),
                                "errors were found at the given arguments:\n\n  * " +
                                    ordinal(static_cast<int>(position)) + " argument: " +
                                    std::string(why) + "\n");
      return messageException(p, ATH_ATOM(Elixir_ArgumentError), "argument error");
    }
    case ATH_ATOM_INDEX_badarith:
      return messageException(p, ATH_ATOM(Elixir_ArithmeticError),
                              "bad argument in arithmetic expression");
    case ATH_ATOM_INDEX_system_limit:
      return messageException(p, ATH_ATOM(Elixir_SystemLimitError),
                              "a system limit has been reached");
    case ATH_ATOM_INDEX_cond_clause:
      return exception(p, ATH_ATOM(Elixir_CondClauseError), {});
    case ATH_ATOM_INDEX_undef: {
      Term m, f, a;
      functionOf(stack, m, f, a);
      Term why = isAtom(m) && m != ATH_ATOM(nil) && moduleExists(m) ? ATH_ATOM(function_not_exported)
                                                                      : ATH_ATOM(nil);
      return exception(p, ATH_ATOM(Elixir_UndefinedFunctionError),
                       {ATH_ATOM(module), m, ATH_ATOM(function), f, ATH_ATOM(arity), a,
                        ATH_ATOM(reason), why});
    }
    case ATH_ATOM_INDEX_function_clause: {
      Term m, f, a;
      functionOf(stack, m, f, a);
      return exception(p, ATH_ATOM(Elixir_FunctionClauseError),
                       {ATH_ATOM(module), m, ATH_ATOM(function), f, ATH_ATOM(arity), a});
    }
    default:
      break;
    }
  } else if (isTuple(reason) && tupleArity(reason) >= 2 && isAtom(tupleElem(reason, 0))) {
    Term tag = tupleElem(reason, 0), v = tupleElem(reason, 1);
    if (tupleArity(reason) == 2) {
      switch (ath_atom_index(tag)) {
      case ATH_ATOM_INDEX_badmatch:
        return exception(p, ATH_ATOM(Elixir_MatchError), {ATH_ATOM(term), v});
      case ATH_ATOM_INDEX_case_clause:
        return exception(p, ATH_ATOM(Elixir_CaseClauseError), {ATH_ATOM(term), v});
      case ATH_ATOM_INDEX_with_clause:
        return exception(p, ATH_ATOM(Elixir_WithClauseError), {ATH_ATOM(term), v});
      case ATH_ATOM_INDEX_try_clause:
        return exception(p, ATH_ATOM(Elixir_TryClauseError), {ATH_ATOM(term), v});
      case ATH_ATOM_INDEX_badmap:
        return exception(p, ATH_ATOM(Elixir_BadMapError), {ATH_ATOM(term), v});
      case ATH_ATOM_INDEX_badfun:
        return exception(p, ATH_ATOM(Elixir_BadFunctionError), {ATH_ATOM(term), v});
      case ATH_ATOM_INDEX_badkey: {
        Term map = ATH_ATOM(nil), m;
        if (argOfCall(stack, ATH_ATOM(maps), "get", 2, 1, m) ||
            argOfCall(stack, ATH_ATOM(maps), "update", 3, 2, m) ||
            argOfCall(stack, ATH_ATOM(erlang), "map_get", 2, 1, m))
          map = m;
        return exception(p, ATH_ATOM(Elixir_KeyError), {ATH_ATOM(key), v, ATH_ATOM(term), map});
      }
      case ATH_ATOM_INDEX_badarity:
        if (isTupleN(v, 2))
          return exception(p, ATH_ATOM(Elixir_BadArityError),
                           {ATH_ATOM(function), tupleElem(v, 0), ATH_ATOM(args), tupleElem(v, 1)});
        break;
      case ATH_ATOM_INDEX_badarg: {
        std::string msg = "argument error: " + athanor::format::inspect(v);
        return messageException(p, ATH_ATOM(Elixir_ArgumentError), msg);
      }
      default:
        break;
      }
    } else if (tupleArity(reason) == 3) {
      Term third = tupleElem(reason, 2);
      if (tag == ATH_ATOM(badkey))
        return exception(p, ATH_ATOM(Elixir_KeyError), {ATH_ATOM(key), v, ATH_ATOM(term), third});
      if (atomName(tag) == "badstruct")
        return exception(p, ATH_ATOM(Elixir_BadStructError), {internAtom("struct"), v, ATH_ATOM(term), third});
      if (atomName(tag) == "badbool")
        return exception(p, internAtom("Elixir.BadBooleanError"),
                         {ATH_ATOM(term), third, internAtom("operator"), v});
    }
  }
  return exception(p, ATH_ATOM(Elixir_ErlangError), {ATH_ATOM(original), reason});
}

} // namespace athanor::rt::bif

ATH_BIF ath_bif_athanor_normalize_error(ath_proc *p, ath_term reason, ath_term stack) {
  return normalizeError(P(p), reason, stack);
}

extern "C" ath_term ath_exception_normalize(ath_proc *p) {
  ath_proc_hot &h = P(p)->hot;
  if (h.exc_class != ATH_ATOM(error))
    return h.exc_value;
  return normalizeError(P(p), h.exc_value, h.exc_stack);
}

ATH_BIF ath_bif_athanor_exception_message(ath_proc *p, ath_term e) {
  if (!isExceptionStruct(e))
    e = normalizeError(P(p), e, ATH_NIL);
  return makeBinary(P(p), athanor::format::exceptionMessage(e));
}

ATH_BIF ath_bif_athanor_format_banner(ath_proc *p, ath_term kind, ath_term reason, ath_term stack) {
  return makeBinary(P(p), athanor::format::formatBanner(kind, reason, stack));
}

ATH_BIF ath_bif_athanor_format_exit(ath_proc *p, ath_term reason) {
  return makeBinary(P(p), athanor::format::formatExitReason(reason));
}

namespace athanor::rt::bif {

/// "HH:MM:SS.mmm " of the local time, as Elixir's logger prefixes lines.
std::string logTimestamp() {
  timeval tv;
  gettimeofday(&tv, nullptr);
  tm local;
  localtime_r(&tv.tv_sec, &local);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%03d ", local.tm_hour, local.tm_min,
                local.tm_sec, static_cast<int>(tv.tv_usec / 1000));
  return buf;
}

} // namespace athanor::rt::bif

ATH_BIF ath_bif_athanor_log_error(ath_proc *p, ath_term chardata) {
  std::string text;
  athanor::format::ToStringFailure failure;
  if (!athanor::format::toString(chardata, text, &failure))
    return argumentError(p, failure.message);
  std::string line = "\n" + logTimestamp() + "[error] " + text + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
  return ATH_ATOM(ok);
}
