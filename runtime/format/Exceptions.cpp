// Exception messages, banners and exit formatting: a port of the message/1 functions of
// Elixir 1.14's built-in exceptions, ErlangError.normalize/2 (for display only) and
// Exception.format_banner/3, format_exit/1 and format_stacktrace_entry/1.
#include "format/Exceptions.h"

#include "format/AtomText.h"
#include "format/Inspect.h"
#include "format/Numbers.h"
#include "format/ToString.h"
#include "term/Atoms.h"
#include "term/Map.h"
#include "term/Structs.h"

#include <optional>
#include <vector>

namespace athanor::format {

using namespace athanor::rt;

namespace {

constexpr std::string_view kExitJoiner = "\n    ";
bool (*moduleExistsHook)(Term) = nullptr;

bool isAtomNamed(Term t, std::string_view name) { return isAtom(t) && atomName(t) == name; }

Term fieldOf(Term map, Term key) {
  auto v = mapGet(map, key);
  return v ? *v : ATH_ATOM(nil);
}

Term fieldOf(Term map, std::string_view key) {
  auto atom = existingAtom(key);
  return atom ? fieldOf(map, *atom) : ATH_ATOM(nil);
}

bool isExceptionStruct(Term t) {
  return structModule(t) != 0 && fieldOf(t, ATH_ATOM(__exception__)) == ATH_ATOM(true);
}

std::string literalAtom(Term atom) {
  std::string s;
  detail::appendAtomLiteral(atomName(atom), s);
  return s;
}

std::string toStringOrInspect(Term t) {
  std::string s;
  if (!toString(t, s))
    s = inspect(t);
  return s;
}

std::optional<uint64_t> listLength(Term list) {
  uint64_t n = 0;
  for (; isCons(list); list = consTail(list))
    ++n;
  if (!isNil(list))
    return std::nullopt;
  return n;
}

bool isTupleOf(Term t, uint64_t arity) { return isTuple(t) && tupleArity(t) == arity; }

bool isTaggedTuple(Term t, uint64_t arity, std::string_view tag) {
  return isTupleOf(t, arity) && isAtomNamed(tupleElem(t, 0), tag);
}

// Exception's private format_arity/1: "/2" for an arity, "(1, :a)" for arguments.
bool appendArity(Term arityOrArgs, std::string &out) {
  if (isSmall(arityOrArgs)) {
    out += '/';
    appendInteger(arityOrArgs, 10, out);
    return true;
  }
  if (!listLength(arityOrArgs))
    return false;
  out += '(';
  for (Term l = arityOrArgs; isCons(l); l = consTail(l)) {
    if (l != arityOrArgs)
      out += ", ";
    inspectTo(consHead(l), {}, out);
  }
  out += ')';
  return true;
}

// Exception.format_mfa/3 with an arity or an argument list; false if it does not apply.
bool appendMfa(Term module, Term function, Term arityOrArgs, std::string &out) {
  if (!isAtom(module) || !isAtom(function))
    return false;
  std::string arity;
  if (!appendArity(arityOrArgs, arity))
    return false;
  std::string_view name = atomName(function);
  std::string_view parent, parentArity;
  if (detail::extractAnonymousFunParent(name, parent, parentArity)) {
    out += "anonymous fn";
    out += arity;
    out += " in ";
    out += literalAtom(module);
    out += '.';
    detail::appendAtomRemoteCall(parent, out);
    out += '/';
    out += parentArity;
    return true;
  }
  out += literalAtom(module);
  out += '.';
  detail::appendAtomRemoteCall(name, out);
  out += arity;
  return true;
}

std::string typeNameForProtocolError(Term value) {
  if (Term module = structModule(value))
    return inspect(module) + " (a struct)";
  if (isAtom(value))
    return "Atom";
  if (isBinary(value))
    return "BitString";
  if (isFloat(value))
    return "Float";
  if (isFun(value))
    return "Function";
  if (isInteger(value))
    return "Integer";
  if (isList(value))
    return "List";
  if (isMap(value))
    return "Map";
  if (isPid(value))
    return "PID";
  if (isRef(value))
    return "Reference";
  return "Tuple";
}

std::string keyNotFoundMessage(Term key, Term term) {
  std::string s = "key " + inspect(key) + " not found";
  if (term != ATH_ATOM(nil))
    s += " in: " + inspect(term);
  return s;
}

// BadArityError.message/1.
std::string badArityMessage(Term fun, Term args) {
  std::string s = inspect(fun) + " with arity " +
                  (isFun(fun) ? std::to_string(funInfo(fun)->arity) : std::string("?")) +
                  " called with ";
  uint64_t count = listLength(args).value_or(0);
  if (count == 0)
    return s + "no arguments";
  std::string inspected;
  for (Term l = args; isCons(l); l = consTail(l)) {
    if (l != args)
      inspected += ", ";
    inspectTo(consHead(l), {}, inspected);
  }
  s += count == 1 ? "1 argument (" : std::to_string(count) + " arguments (";
  return s + inspected + ")";
}

// UndefinedFunctionError.message/1.
std::string undefinedFunctionMessage(Term module, Term function, Term arity, Term reason) {
  if (function == ATH_ATOM(nil) || arity == ATH_ATOM(nil))
    return "undefined function";
  std::string mfa;
  if (!appendMfa(module, function, arity, mfa))
    return "undefined function";
  if (module == ATH_ATOM(nil))
    return "function " + mfa + " is undefined";
  if (isAtomNamed(reason, "function not exported"))
    return "function " + mfa + " is undefined or private";
  if (reason == ATH_ATOM(nil) || isAtomNamed(reason, "module could not be loaded"))
    return "function " + mfa + " is undefined (module " + inspect(module) + " is not available)";
  return "function " + mfa + " is undefined (" + toStringOrInspect(reason) + ")";
}

// The {module, function, arity} of the first stacktrace entry (ErlangError's
// from_stacktrace/1); nils when there is none.
void functionFromStacktrace(Term stacktrace, Term &module, Term &function, Term &arity) {
  module = function = arity = ATH_ATOM(nil);
  if (!isCons(stacktrace) || !isTupleOf(consHead(stacktrace), 4))
    return;
  Term entry = consHead(stacktrace);
  module = tupleElem(entry, 0);
  function = tupleElem(entry, 1);
  arity = tupleElem(entry, 2);
  if (auto n = listLength(arity); n && isList(arity))
    arity = makeSmall(static_cast<int64_t>(*n));
}

std::string functionClauseMessage(Term module, Term function, Term arity) {
  std::string mfa;
  if (function == ATH_ATOM(nil) || !appendMfa(module, function, arity, mfa))
    return "no function clause matches";
  return "no function clause matching in " + mfa;
}

std::string formatExit(Term reason, const std::string &joiner);

// Exception.format_stacktrace_entry/1 (without the "(app vsn) " prefix).
bool appendStacktraceEntry(Term entry, std::string &out) {
  if (!isTuple(entry) || (tupleArity(entry) != 3 && tupleArity(entry) != 4))
    return false;
  Term location = tupleElem(entry, tupleArity(entry) - 1);
  if (!isList(location))
    return false;
  // format_location/1: "file:line: ", "file: " or nothing.
  Term file = ATH_ATOM(nil), line = ATH_ATOM(nil);
  for (Term l = location; isCons(l); l = consTail(l)) {
    Term pair = consHead(l);
    if (!isTupleOf(pair, 2))
      continue;
    if (tupleElem(pair, 0) == ATH_ATOM(file) && file == ATH_ATOM(nil))
      file = tupleElem(pair, 1);
    else if (tupleElem(pair, 0) == ATH_ATOM(line) && line == ATH_ATOM(nil))
      line = tupleElem(pair, 1);
  }
  std::string where;
  if (file != ATH_ATOM(nil)) {
    where = toStringOrInspect(file) + ":";
    if (line != ATH_ATOM(nil) && line != makeSmall(0))
      where += toStringOrInspect(line) + ":";
    where += ' ';
  }
  if (tupleArity(entry) == 3) { // {fun, arity, location}
    Term fun = tupleElem(entry, 0);
    if (!isFun(fun))
      return false;
    out += where;
    inspectTo(fun, {}, out);
    return appendArity(tupleElem(entry, 1), out);
  }
  Term module = tupleElem(entry, 0), function = tupleElem(entry, 1);
  Term arity = tupleElem(entry, 2);
  if (isAtomNamed(function, "__MODULE__") && arity == makeSmall(0)) {
    out += where + inspect(module) + " (module)";
    return true;
  }
  if (isAtomNamed(function, "__MODULE__") && arity == makeSmall(1)) {
    out += where + "(module)";
    return true;
  }
  if (isAtomNamed(function, "__FILE__") && arity == makeSmall(1)) {
    out += where + "(file)";
    return true;
  }
  out += where;
  return appendMfa(module, function, arity, out);
}

// Exception's private format_sup_spec/1.
std::string supervisorSpecMessage(Term spec) {
  if (isTupleOf(spec, 2)) {
    Term v = tupleElem(spec, 1);
    if (isTaggedTuple(spec, 2, "duplicate_child_name"))
      return "more than one child specification has the id: " + inspect(v) +
             ".\nIf using maps as child specifications, make sure the :id keys are unique.\n"
             "If using a module or {module, arg} as child, use Supervisor.child_spec/2 to "
             "change the :id, for example:\n\n    children = [\n"
             "      Supervisor.child_spec({MyWorker, arg}, id: :my_worker_1),\n"
             "      Supervisor.child_spec({MyWorker, arg}, id: :my_worker_2)\n    ]\n";
    if (isTaggedTuple(spec, 2, "invalid_child_spec"))
      return "invalid child specification: " + inspect(v);
    if (isTaggedTuple(spec, 2, "invalid_child_type"))
      return "invalid child type: " + inspect(v) + ". Must be :worker or :supervisor.";
    if (isTaggedTuple(spec, 2, "invalid_mfa"))
      return "invalid mfa: " + inspect(v);
    if (isTaggedTuple(spec, 2, "invalid_restart_type"))
      return "invalid restart type: " + inspect(v) +
             ". Must be :permanent, :transient or :temporary.";
    if (isTaggedTuple(spec, 2, "invalid_shutdown"))
      return "invalid shutdown: " + inspect(v) +
             ". Must be an integer >= 0, :infinity or :brutal_kill.";
    if (isTaggedTuple(spec, 2, "invalid_module"))
      return "invalid module: " + inspect(v) + ". Must be an atom.";
    if (isTaggedTuple(spec, 2, "invalid_modules"))
      return "invalid modules: " + inspect(v) + ". Must be a list of atoms or :dynamic.";
  }
  return "got: " + inspect(spec);
}

// Exception's private format_sup_data/1.
std::string supervisorDataMessage(Term data) {
  static constexpr std::pair<std::string_view, std::string_view> kPrefixes[] = {
      {"invalid_type", "invalid type: "},
      {"invalid_strategy", "invalid strategy: "},
      {"invalid_intensity", "invalid max_restarts (intensity): "},
      {"invalid_period", "invalid max_seconds (period): "},
      {"invalid_max_children", "invalid max_children: "},
      {"invalid_extra_arguments", "invalid extra_arguments: "},
  };
  for (auto [tag, prefix] : kPrefixes)
    if (isTaggedTuple(data, 2, tag))
      return std::string(prefix) + inspect(tupleElem(data, 1));
  return "got: " + inspect(data);
}

// Exception's private format_exit_reason/1.
std::string formatExitReasonOnly(Term reason) {
  if (isAtom(reason)) {
    std::string_view name = atomName(reason);
    if (name == "normal" || name == "shutdown" || name == "killed")
      return std::string(name);
    if (name == "calling_self")
      return "process attempted to call itself";
    if (name == "timeout")
      return "time out";
    if (name == "noconnection")
      return "no connection";
    if (name == "noproc")
      return "no process: the process is not alive or there's no process currently "
             "associated with the given name, possibly because its application isn't started";
    return inspect(reason);
  }
  if (isTupleOf(reason, 2)) {
    Term value = tupleElem(reason, 1);
    if (isTaggedTuple(reason, 2, "shutdown"))
      return "shutdown: " + inspect(value);
    if (isTaggedTuple(reason, 2, "nodedown") && isAtom(value))
      return "no connection to " + std::string(atomName(value));
    if (isTaggedTuple(reason, 2, "already_started"))
      return "already started: " + inspect(value);
    if (isTaggedTuple(reason, 2, "bad_return_value"))
      return "bad return value: " + inspect(value);
    if (isTaggedTuple(reason, 2, "bad_call"))
      return "bad call: " + inspect(value);
    if (isTaggedTuple(reason, 2, "bad_cast"))
      return "bad cast: " + inspect(value);
    if (isTaggedTuple(reason, 2, "bad_return") && isTupleOf(value, 3) &&
        isAtom(tupleElem(value, 0)) &&
        isAtomNamed(tupleElem(value, 1), "init"))
      return formatMfa(tupleElem(value, 0), tupleElem(value, 1), 1) +
             " returned a bad value: " + inspect(tupleElem(value, 2));
    if (isTaggedTuple(reason, 2, "bad_start_spec"))
      return "bad child specification, invalid children: " + inspect(value);
    if (isTaggedTuple(reason, 2, "start_spec"))
      return "bad child specification, " + supervisorSpecMessage(value);
    if (isTaggedTuple(reason, 2, "supervisor_data"))
      return "bad supervisor configuration, " + supervisorDataMessage(value);
  }
  return inspect(reason);
}

// Exception's private format_exit/2.
std::string formatExit(Term reason, const std::string &joiner) {
  if (isTupleOf(reason, 2)) {
    Term first = tupleElem(reason, 0), second = tupleElem(reason, 1);
    // {exception, stacktrace}: "an exception was raised:" with the banner and entries.
    if (isCons(second)) {
      std::vector<std::string> entries;
      for (Term l = second; isCons(l); l = consTail(l)) {
        std::string entry;
        if (!appendStacktraceEntry(consHead(l), entry))
          return formatExitReasonOnly(reason);
        entries.push_back(std::move(entry));
      }
      std::string s = "an exception was raised:" + joiner +
                      formatBanner(ATH_ATOM(error), first, second);
      for (auto &entry : entries)
        s += joiner + "    " + entry;
      return s;
    }
    // {:shutdown, {:failed_to_start_child, child, {:EXIT, reason} | reason}}
    if (isAtomNamed(first, "shutdown") && isTaggedTuple(second, 3, "failed_to_start_child")) {
      Term childReason = tupleElem(second, 2);
      if (isTaggedTuple(childReason, 2, "EXIT"))
        childReason = tupleElem(childReason, 1);
      return "shutdown: failed to start child: " + inspect(tupleElem(second, 1)) + joiner +
             "** (EXIT) " + formatExit(childReason, joiner + "    ");
    }
    // {reason, {mod, fun, args}}: "exited in: Mod.fun(args)".
    if (isTupleOf(second, 3)) {
      auto argCount = listLength(tupleElem(second, 2));
      if (argCount && *argCount < 256) {
        std::string mfa;
        if (!appendMfa(tupleElem(second, 0), tupleElem(second, 1), tupleElem(second, 2), mfa))
          return formatExitReasonOnly(reason);
        return "exited in: " + mfa + joiner + "** (EXIT) " +
               formatExit(first, joiner + "    ");
      }
    }
  }
  return formatExitReasonOnly(reason);
}

} // namespace

std::string protocolUndefinedMessage(Term protocol, Term value, std::string_view description) {
  std::string s = "protocol " + inspect(protocol) + " not implemented for " + inspect(value) +
                  " of type " + typeNameForProtocolError(value);
  if (!description.empty()) {
    s += ", ";
    s += description;
  }
  return s;
}

std::string formatMfa(Term module, Term function, uint64_t arity) {
  std::string s;
  appendMfa(module, function, makeSmall(static_cast<int64_t>(arity)), s);
  return s;
}

std::string exceptionMessage(Term e) {
  Term module = structModule(e);
  auto term = [&] { return inspect(fieldOf(e, ATH_ATOM(term))); };
  auto messageField = [&]() -> std::string {
    Term m = fieldOf(e, ATH_ATOM(message));
    if (isBinary(m))
      return std::string(binaryView(m));
    return "got " + inspect(m) + " while retrieving Exception.message/1 for " + inspect(e) +
           " (expected a string)";
  };
  switch (ath_atom_index(module)) {
  case ATH_ATOM_INDEX_Elixir_MatchError:
    return "no match of right hand side value: " + term();
  case ATH_ATOM_INDEX_Elixir_CaseClauseError:
    return "no case clause matching: " + term();
  case ATH_ATOM_INDEX_Elixir_CondClauseError:
    return "no cond clause evaluated to a truthy value";
  case ATH_ATOM_INDEX_Elixir_WithClauseError:
    return "no with clause matching: " + term();
  case ATH_ATOM_INDEX_Elixir_TryClauseError:
    return "no try clause matching: " + term();
  case ATH_ATOM_INDEX_Elixir_FunctionClauseError:
    return functionClauseMessage(fieldOf(e, ATH_ATOM(module)), fieldOf(e, ATH_ATOM(function)),
                                 fieldOf(e, ATH_ATOM(arity)));
  case ATH_ATOM_INDEX_Elixir_BadMapError:
    return "expected a map, got: " + term();
  case ATH_ATOM_INDEX_Elixir_BadStructError:
    return "expected a struct named " + inspect(fieldOf(e, "struct")) + ", got: " + term();
  case ATH_ATOM_INDEX_Elixir_KeyError:
    if (fieldOf(e, ATH_ATOM(message)) != ATH_ATOM(nil))
      return messageField();
    return keyNotFoundMessage(fieldOf(e, ATH_ATOM(key)), fieldOf(e, ATH_ATOM(term)));
  case ATH_ATOM_INDEX_Elixir_BadArityError:
    return badArityMessage(fieldOf(e, ATH_ATOM(function)), fieldOf(e, ATH_ATOM(args)));
  case ATH_ATOM_INDEX_Elixir_BadFunctionError:
    if (isFun(fieldOf(e, ATH_ATOM(term))))
      return "function " + term() +
             " is invalid, likely because it points to an old version of the code";
    return "expected a function, got: " + term();
  case ATH_ATOM_INDEX_Elixir_UndefinedFunctionError:
    if (fieldOf(e, ATH_ATOM(message)) != ATH_ATOM(nil))
      return messageField();
    return undefinedFunctionMessage(fieldOf(e, ATH_ATOM(module)), fieldOf(e, ATH_ATOM(function)),
                                    fieldOf(e, ATH_ATOM(arity)), fieldOf(e, ATH_ATOM(reason)));
  case ATH_ATOM_INDEX_Elixir_ErlangError: {
    std::string s = "Erlang error: " + inspect(fieldOf(e, ATH_ATOM(original)));
    Term reason = fieldOf(e, ATH_ATOM(reason));
    if (reason != ATH_ATOM(nil))
      s += toStringOrInspect(reason);
    return s;
  }
  case ATH_ATOM_INDEX_Elixir_Protocol_UndefinedError: {
    Term description = fieldOf(e, ATH_ATOM(description));
    return protocolUndefinedMessage(fieldOf(e, ATH_ATOM(protocol)), fieldOf(e, ATH_ATOM(value)),
                                    isBinary(description) ? binaryView(description) : "");
  }
  default:
    break;
  }
  if (isAtomNamed(module, "Elixir.BadBooleanError"))
    return "expected a boolean on left-side of \"" + toStringOrInspect(fieldOf(e, "operator")) +
           "\", got: " + term();
  // RuntimeError, ArgumentError, ArithmeticError, SystemLimitError, Enum.EmptyError,
  // Enum.OutOfBoundsError, UnicodeConversionError and user exceptions: the message field.
  if (mapGet(e, ATH_ATOM(message)))
    return messageField();
  return inspect(e);
}

NormalizedError normalizeError(Term reason, Term stacktrace) {
  if (isExceptionStruct(reason))
    return {inspect(structModule(reason)), exceptionMessage(reason)};
  auto error = [](std::string_view module, std::string message) {
    return NormalizedError{std::string(module), std::move(message)};
  };
  if (isAtom(reason)) {
    switch (ath_atom_index(reason)) {
    case ATH_ATOM_INDEX_badarg: {
      // A runtime BIF notes the bad argument in its stacktrace entry's location as
      // [error_info: {position, why}] (bif/Bif.h): Elixir's message from erl_erts_errors.
      if (isCons(stacktrace) && isTupleOf(consHead(stacktrace), 4)) {
        for (Term l = tupleElem(consHead(stacktrace), 3); isCons(l); l = consTail(l)) {
          Term kv = consHead(l);
          if (!isTupleOf(kv, 2) || !isAtomNamed(tupleElem(kv, 0), "error_info"))
            continue;
          Term info = tupleElem(kv, 1);
          if (!isTupleOf(info, 2) || !isSmall(tupleElem(info, 0)) || !isBinary(tupleElem(info, 1)))
            continue;
          static const char *kOrdinals[] = {"1st", "2nd", "3rd"};
          int64_t pos = smallValue(tupleElem(info, 0));
          if (pos < 0) // the whole message (bif/Bif.h)
            return error("ArgumentError", std::string(binaryView(tupleElem(info, 1))));
          std::string ord = pos >= 1 && pos <= 3 ? kOrdinals[pos - 1] : std::to_string(pos) + "th";
          return error("ArgumentError", "errors were found at the given arguments:\n\n  * " + ord +
                                            " argument: " + std::string(binaryView(tupleElem(info, 1))) +
                                            "\n");
        }
      }
      return error("ArgumentError", "argument error");
    }
    case ATH_ATOM_INDEX_badarith:
      return error("ArithmeticError", "bad argument in arithmetic expression");
    case ATH_ATOM_INDEX_system_limit:
      return error("SystemLimitError", "a system limit has been reached");
    case ATH_ATOM_INDEX_cond_clause:
      return error("CondClauseError", "no cond clause evaluated to a truthy value");
    case ATH_ATOM_INDEX_undef: {
      Term module, function, arity;
      functionFromStacktrace(stacktrace, module, function, arity);
      Term why = ATH_ATOM(nil);
      if (moduleExistsHook && isAtom(module) && moduleExistsHook(module))
        if (auto a = existingAtom("function not exported"))
          why = *a;
      return error("UndefinedFunctionError", undefinedFunctionMessage(module, function, arity, why));
    }
    case ATH_ATOM_INDEX_function_clause: {
      Term module, function, arity;
      functionFromStacktrace(stacktrace, module, function, arity);
      return error("FunctionClauseError", functionClauseMessage(module, function, arity));
    }
    default:
      break;
    }
  } else if (isTuple(reason) && tupleArity(reason) >= 2 && isAtom(tupleElem(reason, 0))) {
    Term tag = tupleElem(reason, 0);
    Term value = tupleElem(reason, 1);
    if (tupleArity(reason) == 2) {
      switch (ath_atom_index(tag)) {
      case ATH_ATOM_INDEX_badmatch:
        return error("MatchError", "no match of right hand side value: " + inspect(value));
      case ATH_ATOM_INDEX_case_clause:
        return error("CaseClauseError", "no case clause matching: " + inspect(value));
      case ATH_ATOM_INDEX_with_clause:
        return error("WithClauseError", "no with clause matching: " + inspect(value));
      case ATH_ATOM_INDEX_try_clause:
        return error("TryClauseError", "no try clause matching: " + inspect(value));
      case ATH_ATOM_INDEX_badmap:
        return error("BadMapError", "expected a map, got: " + inspect(value));
      case ATH_ATOM_INDEX_badkey: {
        // ErlangError.normalize: maps:get/2, maps:update/3 and erlang:map_get/2 name the map.
        Term map = ATH_ATOM(nil);
        if (isCons(stacktrace) && isTupleOf(consHead(stacktrace), 4)) {
          Term entry = consHead(stacktrace), args = tupleElem(entry, 2);
          std::string_view mod = isAtom(tupleElem(entry, 0)) ? atomName(tupleElem(entry, 0)) : "";
          std::string_view fun = isAtom(tupleElem(entry, 1)) ? atomName(tupleElem(entry, 1)) : "";
          auto n = listLength(args);
          if (n && ((mod == "maps" && fun == "get" && *n == 2) ||
                    (mod == "erlang" && fun == "map_get" && *n == 2) ||
                    (mod == "maps" && fun == "update" && *n == 3))) {
            args = consTail(args); // the map is the last argument
            if (fun == "update")
              args = consTail(args);
            map = consHead(args);
          }
        }
        return error("KeyError", keyNotFoundMessage(value, map));
      }
      case ATH_ATOM_INDEX_badarg:
        return error("ArgumentError", "argument error: " + inspect(value));
      case ATH_ATOM_INDEX_badfun:
        if (isFun(value))
          return error("BadFunctionError",
                       "function " + inspect(value) +
                           " is invalid, likely because it points to an old version of the code");
        return error("BadFunctionError", "expected a function, got: " + inspect(value));
      case ATH_ATOM_INDEX_badarity:
        if (isTupleOf(value, 2) && isFun(tupleElem(value, 0)))
          return error("BadArityError",
                       badArityMessage(tupleElem(value, 0), tupleElem(value, 1)));
        break;
      default:
        break;
      }
    } else if (tupleArity(reason) == 3) {
      Term third = tupleElem(reason, 2);
      if (tag == ATH_ATOM(badkey)) {
        if (isMap(third))
          return error("KeyError", keyNotFoundMessage(value, third));
        return error("KeyError",
                     "key " + inspect(value) + " not found in: " + inspect(third) +
                         ". If you are using the dot syntax, such as map.field, make sure the "
                         "left-hand side of the dot is a map");
      }
      if (isAtomNamed(tag, "badstruct"))
        return error("BadStructError",
                     "expected a struct named " + inspect(value) + ", got: " + inspect(third));
      if (isAtomNamed(tag, "badbool"))
        return error("BadBooleanError", "expected a boolean on left-side of \"" +
                                            toStringOrInspect(value) +
                                            "\", got: " + inspect(third));
    }
  }
  return error("ErlangError", "Erlang error: " + inspect(reason));
}

std::string formatBanner(Term kind, Term reason, Term stacktrace) {
  if (kind == ATH_ATOM(error)) {
    NormalizedError e = normalizeError(reason, stacktrace);
    return "** (" + e.module + ") " + e.message;
  }
  if (kind == ATH_ATOM(throw))
    return "** (throw) " + inspect(reason);
  std::string joiner(kExitJoiner);
  if (isTupleOf(kind, 2) && tupleElem(kind, 0) == ATH_ATOM(EXIT))
    return "** (EXIT from " + inspect(tupleElem(kind, 1)) + ") " + formatExit(reason, joiner);
  return "** (exit) " + formatExit(reason, joiner);
}

std::string formatExitReason(Term reason) { return formatExit(reason, std::string(kExitJoiner)); }

std::string formatStacktrace(Term stacktrace, int indent) {
  std::string out;
  for (Term l = stacktrace; isCons(l); l = consTail(l)) {
    std::string entry;
    if (!appendStacktraceEntry(consHead(l), entry))
      entry = inspect(consHead(l));
    out.append(static_cast<size_t>(indent), ' ');
    out += entry;
    out += '\n';
  }
  return out;
}

void setModuleExistsHook(bool (*exists)(Term module)) { moduleExistsHook = exists; }

} // namespace athanor::format
