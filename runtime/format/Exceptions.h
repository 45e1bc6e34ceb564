// Messages of Elixir 1.14's built-in exceptions (Exception.message/1), the banner printed
// for an uncaught raise/throw/exit (Exception.format_banner/3) and exit reason formatting
// (Exception.format_exit/1), computed from runtime terms without allocating any.
#pragma once

#include "term/Term.h"

#include <string>
#include <string_view>

namespace athanor::format {

/// Exception.message(e) for an exception struct (a map with __struct__, __exception__ and
/// its fields). Built-in exceptions follow their message/1; any other exception uses its
/// `message` field. UndefinedFunctionError with a nil `reason` and `message` is reported
/// as "(module M is not available)" (the raiser should set `reason` to
/// :"function not exported" when the module exists).
std::string exceptionMessage(rt::Term exception);

/// The exception module and message that `rescue` sees for an `error` reason: exception
/// structs as they are; raw VM reasons (:badarith, {:badmatch, v}, :undef, ...) as
/// ErlangError.normalize/2 turns them into exceptions. `stacktrace` (a list of
/// {module, function, arity_or_args, location} tuples, or []) names the function for
/// :undef and :function_clause.
struct NormalizedError {
  std::string module;  // inspect(exception.__struct__), e.g. "RuntimeError"
  std::string message; // Exception.message(exception)
};
NormalizedError normalizeError(rt::Term reason, rt::Term stacktrace = ATH_NIL);

/// Exception.format_banner(kind, reason, stacktrace): "** (RuntimeError) boom",
/// "** (throw) :ball", "** (exit) ..." (kind is the atom error, throw or exit, or
/// {:EXIT, pid} for an exit signal from a linked process).
std::string formatBanner(rt::Term kind, rt::Term reason, rt::Term stacktrace = ATH_NIL);

/// Exception.format_exit(reason): "normal", "shutdown: ...", "time out",
/// "exited in: Mod.fun(args)\n    ** (EXIT) ...", "an exception was raised:\n    ** ...",
/// or inspect(reason). Stacktrace entries are printed without Elixir's "(app vsn) " prefix.
std::string formatExitReason(rt::Term reason);

/// Exception.format_stacktrace(stacktrace) without the "(app vsn) " prefixes: one line per
/// entry, each indented by `indent` spaces and ending in a newline ("" for []).
std::string formatStacktrace(rt::Term stacktrace, int indent = 4);

/// Tells normalizeError (and so formatBanner) whether a module exists, so an :undef names
/// "function M.f/1 is undefined or private" rather than "(module M is not available)". The
/// runtime installs its function-table lookup; without one every module is "not available".
void setModuleExistsHook(bool (*exists)(rt::Term module));

/// Exception.format_mfa(module, fun, arity): "Foo.bar/2", "anonymous fn/1 in Foo.run/0".
std::string formatMfa(rt::Term module, rt::Term function, uint64_t arity);

/// Protocol.UndefinedError's message: "protocol String.Chars not implemented for {1} of
/// type Tuple" (+ ", description" when there is one).
std::string protocolUndefinedMessage(rt::Term protocol, rt::Term value,
                                     std::string_view description);

} // namespace athanor::format
