// The runtime's I/O and formatting primitives for the standard library: to_string/1
// (String.Chars for built-in types), inspect/2 with Inspect.Opts as a keyword list,
// put_chars/2 (IO.write to :stdio / :stderr), read_line/0, System.argv/0 and getenv.
//
// Output goes through C stdio: stdout is block-buffered (sys/Start.cpp) and flushed when
// the program ends, and every write from any scheduler thread is one fwrite, so writes
// stay whole and in program order per process.
#include "bif/Bif.h"
#include "format/Inspect.h"
#include "format/ToString.h"
#include "sched/Scheduler.h"

#include <cstdio>
#include <cstdlib>

using namespace athanor::rt;
using namespace athanor::rt::bif;
namespace fmt = athanor::format;

namespace {

Term raiseToStringFailure(ath_proc *p, Term t, const fmt::ToStringFailure &f) {
  switch (f.error) {
  case fmt::ToStringError::NotImplemented: {
    Term empty = makeBinary(P(p), "");
    return raiseException(p, ATH_ATOM(Elixir_Protocol_UndefinedError),
                          {ATH_ATOM(protocol), ATH_ATOM(Elixir_String_Chars), ATH_ATOM(value), t,
                           ATH_ATOM(description), empty});
  }
  case fmt::ToStringError::NotChardata:
    return argumentError(p, f.message);
  default: {
    Term encoded = makeBinary(P(p), f.encoded);
    Term message = makeBinary(P(p), f.message);
    return raiseException(p, ATH_ATOM(Elixir_UnicodeConversionError),
                          {internAtom("encoded"), encoded, ATH_ATOM(message), message});
  }
  }
}

bool limitOption(Term v, int64_t &out) {
  if (v == ATH_ATOM(infinity)) {
    out = fmt::kInfinity;
    return true;
  }
  if (!isSmall(v) || smallValue(v) < 0)
    return false;
  out = smallValue(v);
  return true;
}

// Inspect.Opts from a keyword list; unknown keys are ignored as Elixir ignores them.
bool inspectOptions(Term opts, fmt::InspectOptions &o) {
  for (Term l = opts; isCons(l); l = consTail(l)) {
    Term kv = consHead(l);
    if (!isTuple(kv) || tupleArity(kv) != 2)
      return false;
    Term k = tupleElem(kv, 0), v = tupleElem(kv, 1);
    switch (ath_atom_index(k)) {
    case ATH_ATOM_INDEX_pretty:
      o.pretty = v == ATH_ATOM(true);
      break;
    case ATH_ATOM_INDEX_width:
      if (!limitOption(v, o.width))
        return false;
      break;
    case ATH_ATOM_INDEX_limit:
      if (!limitOption(v, o.limit))
        return false;
      break;
    case ATH_ATOM_INDEX_printable_limit:
      if (!limitOption(v, o.printableLimit))
        return false;
      break;
    case ATH_ATOM_INDEX_structs:
      o.structs = v != ATH_ATOM(false);
      break;
    case ATH_ATOM_INDEX_charlists:
      o.charlists = v == ATH_ATOM(as_lists)       ? fmt::CharlistsMode::AsLists
                    : v == ATH_ATOM(as_charlists) ? fmt::CharlistsMode::AsCharlists
                                                  : fmt::CharlistsMode::Infer;
      break;
    case ATH_ATOM_INDEX_binaries:
      o.binaries = v == ATH_ATOM(as_strings)    ? fmt::BinariesMode::AsStrings
                   : v == ATH_ATOM(as_binaries) ? fmt::BinariesMode::AsBinaries
                                                : fmt::BinariesMode::Infer;
      break;
    case ATH_ATOM_INDEX_base:
      o.base = v == ATH_ATOM(hex)      ? fmt::IntegerBase::Hex
               : v == ATH_ATOM(octal)  ? fmt::IntegerBase::Octal
               : v == ATH_ATOM(binary) ? fmt::IntegerBase::Binary
                                       : fmt::IntegerBase::Decimal;
      break;
    default:
      break;
    }
  }
  return true;
}

} // namespace

ATH_BIF ath_bif_athanor_to_string(ath_proc *p, ath_term t) {
  if (isBinary(t))
    return t;
  std::string out;
  fmt::ToStringFailure failure;
  if (!fmt::toString(t, out, &failure))
    return raiseToStringFailure(p, t, failure);
  return makeBinary(P(p), out);
}

extern "C" ath_term ath_to_string(ath_proc *p, ath_term t) { return ath_bif_athanor_to_string(p, t); }

ATH_BIF ath_bif_athanor_inspect(ath_proc *p, ath_term t, ath_term opts) {
  fmt::InspectOptions o;
  if (!isList(opts) || !inspectOptions(opts, o))
    return argumentError(p, "invalid inspect options: " + fmt::inspect(opts));
  return makeBinary(P(p), fmt::inspect(t, o));
}

ATH_BIF ath_bif_athanor_put_chars(ath_proc *p, ath_term device, ath_term data) {
  std::FILE *out;
  if (device == ATH_ATOM(stdio) || device == ATH_ATOM(standard_io))
    out = stdout;
  else if (device == ATH_ATOM(stderr) || device == ATH_ATOM(standard_error))
    out = stderr;
  else
    return badargAt(p, ATH_ATOM(athanor), internAtom("put_chars"), {device, data}, 1,
                    "not a valid device");
  if (isBinary(data)) {
    std::fwrite(binaryData(data), 1, binarySize(data), out);
    return ATH_ATOM(ok);
  }
  std::string text;
  if (!isList(data) || !fmt::chardataToString(data, text))
    return argumentErrorAt(p, 2, "not valid character data (an iodata term)");
  std::fwrite(text.data(), 1, text.size(), out);
  return ATH_ATOM(ok);
}

ATH_BIF ath_bif_athanor_read_line(ath_proc *p) {
  std::fflush(stdout); // a prompt written before reading must be visible
  std::string line;
  int c;
  while ((c = std::fgetc(stdin)) != EOF) {
    line += static_cast<char>(c);
    if (c == '\n')
      break;
  }
  if (line.empty())
    return ATH_ATOM(eof);
  return makeBinary(P(p), line);
}

ATH_BIF ath_bif_athanor_argv(ath_proc *p) {
  const auto &args = programArgs();
  std::vector<std::string_view> views(args.begin(), args.end());
  return makeBinaryList(P(p), views);
}

ATH_BIF ath_bif_athanor_getenv(ath_proc *p, ath_term name) {
  std::string n;
  if (isBinary(name))
    n.assign(binaryView(name));
  else if (!fmt::chardataToString(name, n))
    return functionClause(p, internAtom("Elixir.System"), internAtom("get_env"), {name});
  const char *v = std::getenv(n.c_str());
  if (!v)
    return ATH_ATOM(nil);
  return makeBinary(P(p), v);
}
